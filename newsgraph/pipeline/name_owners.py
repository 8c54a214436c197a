"""Names the model ran over a possessive into what follows it.

The small model tags "Trump's Cabinet", "Trump's Department of Government Efficiency" or "Morning
Consult's Lead U.S. Politics" (before "Analyst") as one organisation. Such a span is two things, or
one thing and a title:

- where the words before the possessive name a person of the article (a full name tagged a
  person elsewhere, or its last word: "Trump" of "Donald Trump"), they are that person and the words after
  it the organisation ("Trump" | "Department of Government Efficiency");
- where a title follows the span ("... Politics Analyst"), the words after the possessive are the
  start of that title and only the owner is a name ("Morning Consult").

A name whose possessive is part of it ("McDonald's", "Children's Hospital", "St. Paul's
Cemetery") has no person before it and no title after it, and stays whole.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.pipeline.names import Cand, cand_text, is_title

POSSESSIVES = frozenset(["'s", "’s"])
OWNED_LABELS = frozenset(["ORG", "FAC", "EVENT", "NORP"])


def split_owners(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """``cands`` with each name run over a person's possessive split into the person and the
    name after it, and each name run over an owner's possessive into a title cut to the owner."""
    people = _person_words(doc, cands)
    out: list[Cand] = []
    for cand in cands:
        out += _split(doc, cand, people) if cand.label in OWNED_LABELS else [cand]
    return out


def _person_words(doc: Doc, cands: list[Cand]) -> set[str]:
    """The article's persons' full names and surnames, lower-cased: only names of two words or
    more count, as a one-word "person" may be a given name ("Martha" of "Martha's Village")."""
    words: set[str] = set()
    for cand in cands:
        if cand.label == "PERSON" and cand.end - cand.start > 1:
            words.add(cand_text(doc, cand).lower())
            words.add(doc[cand.end - 1].lower_)
    return words


def _split(doc: Doc, cand: Cand, people: set[str]) -> list[Cand]:
    """The parts of one name (itself alone where it has no possessive to split at)."""
    at = next((i for i in range(cand.start + 1, cand.end - 1) if doc[i].lower_ in POSSESSIVES), None)
    if at is None or not doc[at + 1].text[:1].isupper():
        return [cand]
    owner = doc[cand.start : at].text.lower()
    if owner in people:
        return [Cand(cand.start, at, "PERSON"), Cand(at + 1, cand.end, cand.label)]
    if cand.label == "ORG" and cand.end < len(doc) and is_title(doc[cand.end]) and doc[cand.end].text[:1].isupper():
        return [Cand(cand.start, at, cand.label)]
    return [cand]
