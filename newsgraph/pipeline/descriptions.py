"""Definite descriptions ("the plane", "this aircraft", "the region"): which ones the
coreference layer resolves, and which entities their head noun may name."""

from spacy.tokens import Token

from newsgraph.model import Entity
from newsgraph.pipeline.lexicon import (
    COUNTRY_NAMES,
    COUNTRY_PLACE_HEADS,
    DEMONSTRATIVE_DETERMINERS,
    HEAD_SYNONYMS,
    NON_COUNTRY_PLACE_HEADS,
)
from newsgraph.pipeline.salience import PLACE_TYPES


def description_determiner(token: Token) -> Token | None:
    """The determiner of a bare definite or demonstrative singular description, else None.

    "the plane", "This aircraft", "The plane involved in ..." qualify; "the Russian plane",
    "the conflict in Ukraine", "planes" or "its plane" do not: their referent is set by modifiers.
    """
    if token.tag_ != "NN" or token.dep_ in ("compound", "amod"):
        return None
    left = list(token.lefts)
    if len(left) != 1 or left[0].dep_ != "det" or left[0].lower_ not in DEMONSTRATIVE_DETERMINERS:
        return None
    if left[0].lower_ in ("these", "those") or any(c.dep_ in ("prep", "appos") for c in token.rights):
        return None
    return left[0]


def fits_place_head(entity: Entity, head: str) -> bool:
    """A country is never "the city" or "the region"; only a country is "the country"."""
    if entity.type not in PLACE_TYPES:
        return True
    is_country = entity.name.lower() in COUNTRY_NAMES
    if head in NON_COUNTRY_PLACE_HEADS:
        return not is_country
    if head in COUNTRY_PLACE_HEADS:
        return is_country
    return True


def named_by(entity: Entity, head: str) -> bool:
    """Whether ``entity``'s name contains the description's head noun ("the war": "World War II")."""
    words = entity.name.lower().replace("-", " ").split()
    return head in words or head in HEAD_SYNONYMS and HEAD_SYNONYMS[head] in words
