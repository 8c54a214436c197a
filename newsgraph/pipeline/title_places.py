"""Holders named before a title: places the model tagged as organisations, and names it missed.

"Manhattan District Attorney Alvin Bragg": the model tags "Manhattan District" ORG and the
entities layer gives "District" back to the title, leaving "Manhattan" an ORG. A district or
circuit is a territory named by its place, and a name before any title that the article tags
as a place elsewhere is that place ("Texas Attorney General X", "Texas" a GPE later on).

The model also misses a holder's name right before a title and a person's name ("Federal
Reserve Chair Jerome Powell" gives only the person): an untagged run of proper nouns there is
the holder, an organisation, or a place where the article tags it one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.pipeline.names import COURT_AREAS, PORTFOLIOS, Cand, after_titles, cand_text, is_title, lower

PLACES = frozenset(["GPE", "LOC"])


def fix_title_places(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Relabel GPE each ORG candidate right before a title and a person's name that is a place:
    the article tags it GPE or LOC elsewhere, or the title begins with a court area
    ("District Attorney"). ``cands`` in text order; the same candidates come back."""
    people = {c.start for c in cands if c.label == "PERSON"}
    places = {cand_text(doc, c) for c in cands if c.label in PLACES}
    out = []
    for cand in cands:
        if cand.label == "ORG" and cand.end < len(doc) and _before_titled_person(doc, cand.end, people):
            if cand_text(doc, cand) in places or lower(doc[cand.end]) in COURT_AREAS:
                cand = Cand(cand.start, cand.end, "GPE")
        out.append(cand)
    return out



def _before_titled_person(doc: Doc, i: int, people: set[int]) -> bool:
    """Whether title words from token ``i`` on lead to a person's name."""
    first = doc[i]
    if not (is_title(first) or lower(first) in COURT_AREAS):
        return False
    end = after_titles(doc, i + 1) if lower(first) in COURT_AREAS else after_titles(doc, i)
    return end > i and end in people


def add_title_holders(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Add the untagged run of proper nouns right before the title words before a person's
    name ("Federal Reserve" in "Federal Reserve Chair Jerome Powell") as ORG, or GPE where the
    article tags the same words a place. ``cands`` in text order; they come back in text order."""
    taken = {i for c in cands for i in range(c.start, c.end)}
    places = {cand_text(doc, c) for c in cands if c.label in PLACES}
    named = {cand_text(doc, c) for c in cands}
    added = []
    for person in (c for c in cands if c.label == "PERSON"):
        title = person.start
        while title > 0 and title - 1 not in taken and _title_word(doc[title - 1]):
            title -= 1
        if title == person.start or not is_title(doc[person.start - 1]):
            continue
        start = title
        while start > 0 and start - 1 not in taken and _holder_word(doc, start - 1):
            start -= 1
        text = doc[start:title].text
        if start < title and _stands_alone(doc, start, title, taken, named):
            added.append(Cand(start, title, "GPE" if text in places else "ORG"))
            taken.update(range(start, title))
    return sorted(cands + added, key=lambda c: c.start)


def _stands_alone(doc: Doc, start: int, end: int, taken: set[int], named: set[str]) -> bool:
    """Whether the run ``[start, end)`` is a whole name: not the tail of a longer name ("Hall of
    Fame", "Senate Minority"), and of two words or more unless the article names it elsewhere
    (one capitalised word is often part of the title: "Cabinet Secretary")."""
    if start > 0 and (start - 1 in taken or doc[start - 1].lower_ in ("of", "and", "&", "for")):
        return False
    return end - start > 1 or doc[start:end].text in named


def _title_word(token: Token) -> bool:
    return is_title(token) or lower(token) in PORTFOLIOS or lower(token) in COURT_AREAS


def _holder_word(doc: Doc, i: int) -> bool:
    token = doc[i]
    return token.tag_ in ("NNP", "NNPS") and token.text[:1].isupper() and not is_title(token)
