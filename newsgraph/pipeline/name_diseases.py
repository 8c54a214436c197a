"""Diseases written like names: no entity of the graph.

The models read a disease's name, written in capitals or with a number like a company's or
a product's, as an organisation ("COVID", "COVID-19"), a person ("Covid") or a people
("COVID-era"). OntoNotes, the graph's convention, has no type for a disease, so such a name is
no entity: neither a mention of its own nor a word of a longer name's mention ("the COVID
pandemic", "pre-COVID", "COVID-related").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsgraph.pipeline.names import Cand, cand_text

# Closed class: infectious diseases and their viruses that news writes like names, lower case.
DISEASES = frozenset(
    """
    covid covid-19 covid19 sars sars-cov-2 mers hiv aids ebola zika mpox monkeypox h5n1 h1n1 rsv
    """.split()
)
# Words that may join a disease's name into one token or name: "pre-COVID", "COVID-era".
_PARTS = re.compile(r"[-–/\s]+")
# A disease's number, part of its name: "COVID-19" is one word of a longer name.
_NUMBERED = re.compile(r"(?i)\b(covid)[-–](19)\b")


def drop_diseases(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """``cands`` without the names of diseases: a disease's name alone, or with lower-case words
    only ("COVID-era", "pre-COVID", "COVID-19 pandemic")."""
    return [c for c in cands if not is_disease(cand_text(doc, c))]


def is_disease(text: str) -> bool:
    """Whether ``text`` names a disease (see ``DISEASES``), alone or with lower-case words only."""
    if text.lower() in DISEASES:
        return True
    words = [w for w in _PARTS.split(_NUMBERED.sub(r"\1\2", text)) if w]
    named = [w for w in words if w.lower() in DISEASES]
    return bool(named) and all(w in named or w[:1].islower() for w in words)
