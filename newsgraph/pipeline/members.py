"""Groups and their listed members: "The Russian delegation consists of A, B and C".

Used by the roles layer. A group noun (delegation, team, committee ...) whose members are listed
by a membership verb (consist of, include, comprise, be made up of) or "including" becomes a group
entity (type ORG) with ``members`` set to the person entities listed.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.model import Entity
from newsgraph.pipeline.discourse import SUBJECT_DEPS, Discourse
from newsgraph.pipeline.lexicon import GROUP_NOUNS, MEMBERSHIP_VERBS

GROUP_TYPES = ("ORG", "NORP")
LIST_PREPOSITIONS = frozenset({"of", "including"})


def find_groups(disc: Discourse) -> list[Entity]:
    """Set ``members`` on every group whose members the text lists; return those groups."""
    groups: list[Entity] = []
    for token in disc.doc:
        if token.pos_ != "NOUN" or token.tag_ != "NN" or token.lemma_.lower() not in GROUP_NOUNS:
            continue
        members = [m for m in listed_members(disc, token) if m.type == "PERSON"]
        if len(members) < 2:
            continue
        group = group_entity(disc, token)
        for member in members:
            if member.id not in group.members and member.id != group.id:
                group.members.append(member.id)
        groups.append(group)
    return groups


def listed_members(disc: Discourse, group: Token) -> list[Entity]:
    """The entities listed as members of ``group`` (a group noun token), in text order."""
    heads: list[Token] = []
    if group.dep_ in SUBJECT_DEPS and is_membership_verb(group.head):
        heads += list_objects(group.head)
    for child in group.rights:
        if child.dep_ in ("relcl", "acl") and is_membership_verb(child):
            heads += list_objects(child)
        elif child.dep_ == "prep" and child.lower_ == "including":
            heads += [c for c in child.children if c.dep_ == "pobj"]
    found: list[Entity] = []
    for head in heads:
        for token in (head, *head.conjuncts):
            entity = disc.token_entity.get(token.i)
            if entity is not None and all(entity.id != f.id for f in found):
                found.append(entity)
    return found


def is_membership_verb(verb: Token) -> bool:
    """consist (of), include, comprise ...; "made up of" too."""
    lemma = verb.lemma_.lower()
    if lemma == "make":
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    return lemma in MEMBERSHIP_VERBS


def list_objects(verb: Token) -> list[Token]:
    """The head of the list a membership verb introduces: its object, or "of"'s object."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in LIST_PREPOSITIONS:
            objects += [c for c in prep.children if c.dep_ == "pobj"]
    return objects


def group_entity(disc: Discourse, group: Token) -> Entity:
    """The entity a group noun names: the one already there, or a new ORG named by the noun
    phrase without its determiner ("The Russian delegation" -> "Russian delegation")."""
    existing = disc.token_entity.get(group.i)
    if existing is not None and existing.type in GROUP_TYPES:
        return existing
    first = group.left_edge.i
    while first < group.i and disc.doc[first].dep_ in ("det", "predet", "punct"):
        first += 1
    phrase = disc.doc[first : group.i + 1]
    entity = disc.state.add_entity(phrase.text, "ORG", [])
    disc.add_mention(entity, phrase.start_char, phrase.end_char, "name")
    return entity

