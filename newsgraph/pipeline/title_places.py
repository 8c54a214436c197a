"""Places named before a title, which the model tagged as organisations.

"Manhattan District Attorney Alvin Bragg": the model tags "Manhattan District" ORG and the
entities layer gives "District" back to the title, leaving "Manhattan" an ORG. A district or
circuit is a territory named by its place, and a name before any title that the article tags
as a place elsewhere is that place ("Texas Attorney General X", "Texas" a GPE later on).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.pipeline.names import COURT_AREAS, Cand, after_titles, is_title, lower

PLACES = frozenset(["GPE", "LOC"])


def fix_title_places(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Relabel GPE each ORG candidate right before a title and a person's name that is a place:
    the article tags it GPE or LOC elsewhere, or the title begins with a court area
    ("District Attorney"). ``cands`` in text order; the same candidates come back."""
    people = {c.start for c in cands if c.label == "PERSON"}
    places = {_text(doc, c) for c in cands if c.label in PLACES}
    out = []
    for cand in cands:
        if cand.label == "ORG" and cand.end < len(doc) and _before_titled_person(doc, cand.end, people):
            if _text(doc, cand) in places or lower(doc[cand.end]) in COURT_AREAS:
                cand = Cand(cand.start, cand.end, "GPE")
        out.append(cand)
    return out


def _text(doc: Doc, cand: Cand) -> str:
    return doc[cand.start : cand.end].text


def _before_titled_person(doc: Doc, i: int, people: set[int]) -> bool:
    """Whether title words from token ``i`` on lead to a person's name."""
    first = doc[i]
    if not (is_title(first) or lower(first) in COURT_AREAS):
        return False
    end = after_titles(doc, i + 1) if lower(first) in COURT_AREAS else after_titles(doc, i)
    return end > i and end in people
