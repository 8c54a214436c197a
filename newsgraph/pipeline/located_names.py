"""Names of schools, hospitals and centres the model ran on over where they are.

News places an institution with "in": "Lehigh University in Pennsylvania", "Southeast High
School in Oklahoma City", "Community Choice Credit Union in Des Moines". The small model often
tags the whole as one ORG or FAC, and the entity then takes the place into its name, so that the
same university named without it becomes another entity. A name whose word before "in" is an
institution's head word, with only capitalised words after "in", is the institution and the
place (GPE). Names that hold "in" themselves keep it where the word before is no such head
("Students for Justice in Palestine", "Our World in Data").
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.pipeline.names import Cand

# Closed class: last words of institutions' names that news follows with "in" and a place.
INSTITUTION_HEADS = frozenset(
    """
    school university college academy institute center centre hospital clinic museum library
    church cathedral mosque synagogue temple union bank zoo arena stadium theater theatre
    """.split()
)
SPLIT_LABELS = frozenset(["ORG", "FAC"])


def split_located(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """``cands`` with each institution-in-a-place name split into the institution (its label
    kept) and the place (GPE); the rest as they were, in text order."""
    out: list[Cand] = []
    for cand in cands:
        cut = _located_at(doc, cand) if cand.label in SPLIT_LABELS else None
        if cut is None:
            out.append(cand)
            continue
        out += [Cand(cand.start, cut, cand.label), Cand(cut + 1, cand.end, "GPE")]
    return out


def _located_at(doc: Doc, cand: Cand) -> int | None:
    """The index of the "in" that places ``cand``'s institution, or None."""
    for i in range(cand.start + 1, cand.end - 1):
        if doc[i].lower_ != "in":
            continue
        if doc[i - 1].lower_ not in INSTITUTION_HEADS:
            return None
        place = doc[i + 1 : cand.end]
        if all(t.text[:1].isupper() or t.text == "," for t in place) and place[-1].text != ",":
            return i
        return None
    return None
