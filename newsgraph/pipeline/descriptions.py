"""Definite descriptions ("the plane", "this aircraft", "the region"): which ones the
coreference layer resolves, and which entities their head noun may name."""

from collections.abc import Collection

from spacy.tokens import Token

from newsgraph.model import Entity
from newsgraph.pipeline.lexicon import (
    COUNTRY_NAMES,
    COUNTRY_PLACE_HEADS,
    DEMONSTRATIVE_DETERMINERS,
    HEAD_SYNONYMS,
    NATIONALITY_COUNTRY,
    NON_COUNTRY_PLACE_HEADS,
    country_names,
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


def country_of_demonym(token: Token, sentence_start: int, entities: Collection[Entity]) -> Entity | None:
    """"Many Brazilians credit him with putting the country on the map": the country a
    nationality word earlier in the sentence (from token ``sentence_start``) names, if one of
    ``entities`` is that country."""
    for word in token.doc[sentence_start : token.i]:
        country = NATIONALITY_COUNTRY.get(word.lower_) or NATIONALITY_COUNTRY.get(word.lower_.removesuffix("s"))
        if country is None:
            continue
        names = {n.lower() for n in country_names(country)}
        for entity in entities:
            if entity.type == "GPE" and any(m.text.lower() in names for m in entity.name_mentions()):
                return entity
    return None
