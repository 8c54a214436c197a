"""Organisations named with their country's abbreviation, which the models took for places.

"Turning Point USA", "Team USA", "USA Cricket": the news NER tags the whole name a place for its
country word. A name of several capitalised words, one of them a country's abbreviation in
capitals ("USA", "UK", "US"), is an organisation unless another of its words says place: a
compass or region word ("Southwestern US", "Central USA"), "of", or another country's name.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.pipeline.name_teams import countries
from newsgraph.pipeline.names import COMPASS, Cand, cand_text

# Closed class: countries' abbreviations written in capitals inside an organisation's name.
ABBREVIATIONS = frozenset(["USA", "UK", "US"])
MISTAKES = frozenset(["GPE", "LOC", "NORP"])
# Closed class: words that make a name with a country in it a region of it.
REGION_WORDS = COMPASS | frozenset(
    """
    northern southern eastern western central upper lower greater mainland midwest mideast
    northeastern northwestern southeastern southwestern rural urban of
    """.split()
)


def fix_national(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """``cands`` with every place-typed name that holds a country's abbreviation beside other
    capitalised words relabelled ORG."""
    out = []
    for cand in cands:
        if cand.label in MISTAKES and national_name(cand_text(doc, cand)):
            cand = Cand(cand.start, cand.end, "ORG")
        out.append(cand)
    return out


def national_name(text: str) -> bool:
    """Whether ``text`` is an organisation's name holding a country's abbreviation."""
    words = text.split()
    others = [w for w in words if w not in ABBREVIATIONS]
    if len(words) < 2 or len(others) == len(words) or not others:
        return False
    if any(w.lower() in REGION_WORDS or w.lower() in countries() for w in others):
        return False
    return all(w[:1].isupper() for w in others)
