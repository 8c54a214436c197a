"""Turn CoNLL NER files into spaCy training data (``.spacy`` DocBin files).

Each CoNLL document becomes one Doc over the same plain text ``newsgraph evaluate conll`` feeds
the pipeline (tokens joined by spaces, sentences by newlines), tokenized by spaCy's English
tokenizer rather than taken from the file: the model then learns on the tokens it will see
on raw text (hyphenated words are split by spaCy, not by CoNLL). Every CoNLL token boundary is
a space, so every gold span lines up with spaCy's tokens.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from newsgraph.errors import EvaluationError
from newsgraph.evaluate.conll import ConllDoc, read_conll


def conll_doc_to_spacy(doc: ConllDoc, make_doc: Callable[[str], Doc]) -> Doc:
    """One CoNLL document as a spaCy Doc with its gold entities in ``doc.ents``.

    ``make_doc`` is a tokenizer (``nlp.make_doc``); raises EvaluationError if a span does not
    line up with its tokens.
    """
    spacy_doc = make_doc(doc.text)
    ents = []
    for span in doc.spans():
        ent = spacy_doc.char_span(span.start, span.end, label=span.label)
        if ent is None:
            raise EvaluationError(f"gold span {doc.text[span.start:span.end]!r} does not line up with spaCy's tokens.")
        ents.append(ent)
    spacy_doc.ents = ents
    return spacy_doc


def convert(conll_path: str | Path, output: str | Path, make_doc: Callable[[str], Doc]) -> int:
    """Write the documents of ``conll_path`` to DocBin file ``output``; return how many."""
    db = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], store_user_data=False)
    docs = read_conll(conll_path)
    for doc in docs:
        db.add(conll_doc_to_spacy(doc, make_doc))
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(output)
    return len(docs)


def english_tokenizer() -> Callable[[str], Doc]:
    """spaCy's default English tokenizer (the rules en_core_web_sm uses) as a ``make_doc``."""
    import spacy

    return spacy.blank("en", vocab=Vocab()).make_doc
