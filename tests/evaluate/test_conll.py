"""The CoNLL reader and scorer, on hand-made IOB1 and IOB2 files."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import EvaluationError
from newsgraph.evaluate.conll import ConllScores, GoldSpan, iob_chunks, predicted_spans, read_conll
from newsgraph.model import Article, Entity, Mention, Record

IOB1 = """-DOCSTART- -X- O O

Anna NNP I-NP I-PER
Berg NNP I-NP I-PER
visited VBD I-VP O
Oslo NNP I-NP I-LOC
. . O O

The DT I-NP O
Nordic NNP I-NP I-MISC
Union NNP I-NP I-ORG
met VBD I-VP O

-DOCSTART- -X- O O

Lund NNP I-NP I-LOC
Malmo NNP I-NP B-LOC
"""

IOB2 = """Anna B-PER
Berg I-PER
visited O
Oslo B-LOC
Lund B-LOC
Malmo B-LOC
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sample.conll"
    path.write_text(text, encoding="utf-8")
    return path


def test_iob1_chunks_open_on_i_after_o_or_a_new_type() -> None:
    assert iob_chunks(["I-PER", "I-PER", "O", "I-LOC"]) == [(0, 2, "PER"), (3, 4, "LOC")]
    assert iob_chunks(["I-MISC", "I-ORG"]) == [(0, 1, "MISC"), (1, 2, "ORG")]
    assert iob_chunks(["I-LOC", "B-LOC"]) == [(0, 1, "LOC"), (1, 2, "LOC")]


def test_iob2_chunks() -> None:
    assert iob_chunks(["B-PER", "I-PER", "B-LOC", "B-LOC", "O"]) == [(0, 2, "PER"), (2, 3, "LOC"), (3, 4, "LOC")]


def test_read_iob1_file_splits_documents_and_builds_text(tmp_path: Path) -> None:
    docs = read_conll(write(tmp_path, IOB1))
    assert len(docs) == 2
    first = docs[0]
    assert first.text == "Anna Berg visited Oslo .\nThe Nordic Union met"
    found = [(first.text[s.start:s.end], s.label) for s in first.spans()]
    assert found == [("Anna Berg", "PER"), ("Oslo", "LOC"), ("Nordic", "MISC"), ("Union", "ORG")]
    assert [(docs[1].text[s.start:s.end], s.label) for s in docs[1].spans()] == [("Lund", "LOC"), ("Malmo", "LOC")]


def test_read_iob2_file_without_docstart(tmp_path: Path) -> None:
    docs = read_conll(write(tmp_path, IOB2))
    assert len(docs) == 1
    found = [(docs[0].text[s.start:s.end], s.label) for s in docs[0].spans()]
    assert found == [("Anna Berg", "PER"), ("Oslo", "LOC"), ("Lund", "LOC"), ("Malmo", "LOC")]


def test_bad_tag_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="line 2"):
        read_conll(write(tmp_path, "Anna B-PER\nBerg PERSON\n"))


def test_empty_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="no tokens"):
        read_conll(write(tmp_path, "-DOCSTART- -X- O O\n\n"))


def test_scores_exact_span_and_mapped_type() -> None:
    text = "Anna Berg visited Oslo and Bergen"
    record = Record(article=Article(text), entities=[
        Entity("e1", "Anna Berg", "PERSON", [Mention(0, 9, "Anna Berg")]),
        Entity("e2", "Oslo", "GPE", [Mention(18, 22, "Oslo")]),
        Entity("e3", "Bergen", "ORG", [Mention(27, 33, "Bergen")]),
        Entity("e4", "she", "PERSON", [Mention(0, 4, "Anna", "pronoun")]),
    ])
    predicted = predicted_spans(record)
    assert predicted == {GoldSpan(0, 9, "PER"), GoldSpan(18, 22, "LOC"), GoldSpan(27, 33, "ORG")}
    scores = ConllScores()
    scores.add([GoldSpan(0, 9, "PER"), GoldSpan(18, 22, "LOC"), GoldSpan(27, 33, "LOC")], predicted, text)
    assert (scores.by_type["PER"].tp, scores.by_type["LOC"].tp, scores.by_type["LOC"].fn) == (1, 1, 1)
    assert scores.by_type["ORG"].fp == 1
    overall = scores.overall
    assert (overall.tp, overall.fp, overall.fn) == (2, 1, 1)
    assert overall.f1 == pytest.approx(2 / 3)
    assert "missed 'Bergen' (LOC)" in scores.by_type["LOC"].failures
