"""Read CoNLL-2003 style NER files (IOB1 or IOB2) and score records against them.

A file is split into documents at ``-DOCSTART-`` lines (files without them are cut every
``CHUNK_SENTENCES`` sentences). Each document becomes a plain text, tokens joined by one space
and sentences by a newline, with its gold entities as character spans. The pipeline's OntoNotes
types are mapped to CoNLL's four (``ONTONOTES_TO_CONLL``); a prediction counts only when its
span and mapped type both match exactly.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.errors import EvaluationError
from newsgraph.evaluate.seed import Score
from newsgraph.model import Record

CONLL_TYPES = ("PER", "LOC", "ORG", "MISC")
ONTONOTES_TO_CONLL = {
    "PERSON": "PER",
    "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "ORG": "ORG",
    "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC", "PRODUCT": "MISC",
}
CHUNK_SENTENCES = 50


@dataclass(frozen=True)
class GoldSpan:
    """One gold entity: character offsets into the document text, end exclusive, and its CoNLL type."""

    start: int
    end: int
    label: str


@dataclass
class ConllDoc:
    """One document of a CoNLL file: its sentences of tokens and its gold entities over them."""

    sentences: list[list[str]] = field(default_factory=list)
    tags: list[list[str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Tokens joined by a space, sentences by a newline."""
        return "\n".join(" ".join(tokens) for tokens in self.sentences)

    def token_offsets(self) -> list[list[tuple[int, int]]]:
        """Per sentence, the ``(start, end)`` character offsets of each token in ``text``."""
        offsets: list[list[tuple[int, int]]] = []
        pos = 0
        for tokens in self.sentences:
            row = []
            for token in tokens:
                row.append((pos, pos + len(token)))
                pos += len(token) + 1  # the space, or the newline after the last token
            offsets.append(row)
        return offsets

    def spans(self) -> list[GoldSpan]:
        """The gold entities as character spans, in text order."""
        found = []
        for tags, offsets in zip(self.tags, self.token_offsets()):
            for first, last, label in iob_chunks(tags):
                found.append(GoldSpan(offsets[first][0], offsets[last - 1][1], label))
        return found


def iob_chunks(tags: list[str]) -> list[tuple[int, int, str]]:
    """Entity chunks ``(first, end, type)`` of one sentence's tags, token indices end exclusive.

    Reads IOB1 and IOB2 alike: ``B-X`` always opens a chunk; ``I-X`` opens one after ``O`` or
    after a different type (IOB1's way), and continues the open chunk otherwise.
    """
    chunks: list[tuple[int, int, str]] = []
    open_at, open_type = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == open_type
        if open_type and not continues:
            chunks.append((open_at, i, open_type))
            open_type = ""
        if prefix in ("B", "I") and not continues:
            open_at, open_type = i, label
    return chunks


def read_conll(path: str | Path) -> list[ConllDoc]:
    """Read a CoNLL NER file: one token a line, the tag last, blank lines between sentences.

    Raises EvaluationError naming the file and line when a line has no tag or a tag is not IOB.
    """
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise EvaluationError(f"{path}: cannot read the CoNLL file ({e}).") from e
    docs = list(_documents(path, lines))
    if not any(doc.sentences for doc in docs):
        raise EvaluationError(f"{path}: no tokens found. Tip: expected one token and its tag a line.")
    return [doc for doc in docs if doc.sentences]


def _documents(path: str | Path, lines: Iterable[str]) -> Iterator[ConllDoc]:
    has_docstart = False
    doc = ConllDoc()
    tokens: list[str] = []
    tags: list[str] = []
    for number, line in enumerate(lines, 1):
        columns = line.split()
        if columns and columns[0] == "-DOCSTART-":
            has_docstart = True
            _close_sentence(doc, tokens, tags)
            yield doc
            doc, tokens, tags = ConllDoc(), [], []
            continue
        if not columns:
            _close_sentence(doc, tokens, tags)
            tokens, tags = [], []
            if not has_docstart and len(doc.sentences) >= CHUNK_SENTENCES:
                yield doc
                doc = ConllDoc()
            continue
        tag = columns[-1]
        if len(columns) < 2 or not (tag == "O" or tag[:2] in ("B-", "I-")):
            raise EvaluationError(
                f"{path}, line {number}: {line!r} has no IOB tag. Tip: the tag must be the last column."
            )
        tokens.append(columns[0])
        tags.append(tag)
    _close_sentence(doc, tokens, tags)
    yield doc


def _close_sentence(doc: ConllDoc, tokens: list[str], tags: list[str]) -> None:
    if tokens:
        doc.sentences.append(list(tokens))
        doc.tags.append(list(tags))


def predicted_spans(record: Record) -> set[GoldSpan]:
    """The record's named mentions with their entity's type mapped to CoNLL; unmapped types dropped."""
    found = set()
    for entity in record.entities:
        label = ONTONOTES_TO_CONLL.get(entity.type)
        if label is None:
            continue
        for mention in entity.name_mentions():
            found.add(GoldSpan(mention.start, mention.end, label))
    return found


@dataclass
class ConllScores:
    """Exact-match counts per CoNLL type; ``overall`` sums them (micro-averaged)."""

    by_type: dict[str, Score] = field(default_factory=lambda: {t: Score() for t in CONLL_TYPES})

    @property
    def overall(self) -> Score:
        total = Score()
        for score in self.by_type.values():
            total.tp, total.fp, total.fn = total.tp + score.tp, total.fp + score.fp, total.fn + score.fn
        return total

    def add(self, gold: Iterable[GoldSpan], predicted: Iterable[GoldSpan], text: str = "") -> None:
        """Count one document; misses and extras go to each type's ``failures`` (quoted from ``text``)."""
        gold_set, predicted_set = set(gold), set(predicted)
        for span in gold_set | predicted_set:
            score = self.by_type.setdefault(span.label, Score())
            if span in gold_set and span in predicted_set:
                score.tp += 1
            elif span in gold_set:
                score.fn += 1
                score.failures.append(f"missed {text[span.start:span.end]!r} ({span.label})")
            else:
                score.fp += 1
                score.failures.append(f"extra {text[span.start:span.end]!r} ({span.label})")


def score_records(docs: list[ConllDoc], records: Iterable[Record]) -> ConllScores:
    """Score each record against the document it was extracted from, in the same order."""
    scores = ConllScores()
    for doc, record in zip(docs, records, strict=True):
        scores.add(doc.spans(), predicted_spans(record), doc.text)
    return scores
