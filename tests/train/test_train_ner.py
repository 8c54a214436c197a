"""The news NER recipe: CoNLL to spaCy conversion and a training smoke test on hand-made sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

from newsgraph.evaluate.conll import read_conll
from newsgraph.train.corpus import conll_doc_to_spacy, convert, english_tokenizer

SENTENCES = [
    [("Anna", "B-PER"), ("Berg", "I-PER"), ("visited", "O"), ("Oslo", "B-LOC"), (".", "O")],
    [("The", "O"), ("Nordic-Baltic", "B-MISC"), ("council", "O"), ("met", "O"), ("in", "O"), ("Riga", "B-LOC")],
    [("Acme", "B-ORG"), ("Corp", "I-ORG"), ("hired", "O"), ("Omar", "B-PER"), ("Haddad", "I-PER"), (".", "O")],
]


def write_conll(path: Path, copies: int = 1) -> Path:
    lines = []
    for _ in range(copies):
        lines.append("-DOCSTART- O\n")
        for sentence in SENTENCES:
            lines += [f"{word} {tag}" for word, tag in sentence] + [""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_conversion_retokenizes_and_keeps_spans(tmp_path: Path) -> None:
    doc = read_conll(write_conll(tmp_path / "train.conll"))[0]
    spacy_doc = conll_doc_to_spacy(doc, english_tokenizer())
    assert [(e.text, e.label_) for e in spacy_doc.ents] == [
        ("Anna Berg", "PER"), ("Oslo", "LOC"), ("Nordic-Baltic", "MISC"), ("Riga", "LOC"),
        ("Acme Corp", "ORG"), ("Omar Haddad", "PER"),
    ]
    # spaCy's tokenizer splits the hyphenated name, as it will on raw text
    assert [t.text for t in spacy_doc.ents[2]] == ["Nordic", "-", "Baltic"]


def test_convert_writes_a_docbin(tmp_path: Path) -> None:
    output = tmp_path / "train.spacy"
    assert convert(write_conll(tmp_path / "train.conll", copies=2), output, english_tokenizer()) == 2
    docs = list(DocBin().from_disk(output).get_docs(spacy.blank("en").vocab))
    assert len(docs) == 2 and len(docs[0].ents) == 6


def test_training_smoke_and_export(tmp_path: Path) -> None:
    from newsgraph.pipeline.news_ner import NewsNerComponent
    from newsgraph.train.recipe import export_model, train_ner

    data = write_conll(tmp_path / "train.conll", copies=3)
    best = train_ner(data, data, tmp_path / "out", base="", max_steps=2)
    assert (best / "config.cfg").exists()
    shipped = export_model(best, tmp_path / "news_ner")
    nlp = spacy.blank("en")
    component = NewsNerComponent(str(shipped), keep_general=[])
    doc = component(nlp("Anna Berg visited Oslo."))
    assert all(e.label_ in {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW"} for e in doc.ents)
    assert list(component.pipe([nlp("Omar Haddad."), nlp("Riga.")], batch_size=1))


@pytest.mark.parametrize("label", ["PER", "LOC", "MISC", "ORG"])
def test_shipped_labels_are_conll_types(label: str) -> None:
    from newsgraph.pipeline.news_ner import MODEL_PATH, available, load_news_ner

    if not available():
        pytest.skip("no shipped news NER model")
    assert label in load_news_ner(str(MODEL_PATH)).get_pipe("ner").labels
