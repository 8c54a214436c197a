"""Who is speaking: map the source words of an attribution to an entity of the entities layer.

The source's head word is looked up among the entities' mentions (names, and the pronouns and
descriptions the coreference layer added). A pronoun that no entity claims falls back to the
nearest person named as a subject before it, the usual antecedent of "he" or "she" in news.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.model import Entity
from newsgraph.pipeline.attribution import Attribution
from newsgraph.pipeline.cues import is_cue_verb
from newsgraph.pipeline.state import doc_text, layers

# Outside quotations "I" and "we" are the writer, "you" the reader: no one the article names.
# The nearest person named before a pronoun stands in only for "he" and "she" ("they" is a
# group more often than one person).
WRITER_PRONOUNS = frozenset("i me my we us our you".split())
SINGULAR_PRONOUNS = frozenset("he she him her".split())
# Dependencies by which a name only describes the source's head: "Biden administration
# officials", "a Facebook video", "Trump's spokesman", "the former American Idol contestant".
MODIFIER_DEPS = ("compound", "amod", "poss", "nmod", "npadvmod", "case")
# Who speaks for a body ("CDC officials", "a Pentagon spokesman": the body speaks), and what
# someone says or writes ("Kimmel's monologue": Kimmel speaks).
SPOKESPEOPLE = frozenset(
    "official officials spokesman spokeswoman spokesperson spokespeople representative representatives".split()
)
# A part of an organisation speaks for it ("The National Weather Service office in Reno"); a
# place's office is no speaker ("The Reno office").
OFFICES = frozenset("office offices bureau branch division unit desk".split())
# What a body publishes: "CBP data", "a Quinnipiac poll", "the Air Force website" speak for it.
RECORDS = frozenset(
    """
    data statistics figures numbers records report reports poll polls survey surveys study
    studies analysis documents website account tracker tool calculator
    """.split()
)
WORDS_SAID = frozenset(
    "statement statements speech remarks monologue tweet tweets post posts letter message comments testimony".split()
)
SPEAKER_LABELS = ("PERSON", "ORG", "NORP", "GPE")
RELATIVE_PRONOUNS = frozenset("who that which whom".split())
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def resolve_speaker(doc: Doc, attribution: Attribution) -> tuple[str | None, str | None]:
    """(entity id, entity name) of who speaks through ``attribution``; either may be None."""
    if attribution.source_head is None:
        return None, None
    head = doc[attribution.source_head]
    if head.lower_ in WRITER_PRONOUNS:
        return None, None
    if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
        head = head.head.head  # "a senator who said": the senator
    state = layers(doc)
    entity = state.entity_at(head.idx, head.idx + len(head.text))
    if entity is None and attribution.source is not None:
        entity = _named_inside(doc, *attribution.source, head)
    if entity is not None:
        return entity.id, entity.name
    if head.lower_ in SINGULAR_PRONOUNS:
        return _antecedent(doc, head)
    named = _entity_span(head)
    return None, named.text if named is not None else None


def _named_inside(doc: Doc, start: int, end: int, head: Token) -> Entity | None:
    """The entity with a name mention inside the source words, people before organisations; a
    name that only describes the source's ``head`` ("Biden administration officials") is not
    who speaks."""
    found = [
        entity
        for entity in layers(doc).entities
        for mention in entity.mentions
        if mention.kind == "name" and start <= mention.start and mention.end <= end
        and not _describes(doc, mention.start, mention.end, head, entity.type)
    ]
    found.sort(key=lambda e: e.type != "PERSON")
    return found[0] if found else None


def _describes(doc: Doc, start: int, end: int, head: Token, kind: str) -> bool:
    """True if the name at ``[start, end)`` (of an entity of type ``kind``) hangs on ``head``
    only as a modifier (a compound, an adjective, a possessor), so that it says what kind of
    source the head is, not who it is. Not so for a name the entities layer cut short ("BOK
    Financial"), for a body's own spokespeople or records ("CDC officials", "CBP data"), or for
    the owner of words ("Kimmel's monologue")."""
    name = doc.char_span(start, end, alignment_mode="expand")
    if name is None or head.pos_ == "PROPN":
        return False
    if doc_text(doc)[end : end + 1] == ",":
        return False  # "Jane Roe, executive director for ...": a name set before its title
    if name.root.head.i == head.i:
        if kind != "PERSON" and (head.lower_ in SPOKESPEOPLE or head.lower_ in RECORDS):
            return False
        if kind == "ORG" and head.lower_ in OFFICES:  # "the weather service office in ...": the service
            return False
        if name.root.dep_ == "poss" and head.lower_ in WORDS_SAID:
            return False
    word = name.root
    while word.i != head.i:
        if word.dep_ not in MODIFIER_DEPS or word.head.i == word.i:
            return False
        word = word.head
    return name.root.i != head.i


def _entity_span(token: Token) -> Span | None:
    """The name ``token`` is part of, from its IOB tags (``doc.ents`` is rebuilt on every access)."""
    if token.ent_type_ not in SPEAKER_LABELS:
        return None
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _antecedent(doc: Doc, pronoun: Token) -> tuple[str | None, str | None]:
    """The nearest preceding person named as a subject, speakers and main clauses first."""
    state = layers(doc)
    people = [e for e in doc.ents if e.label_ == "PERSON" and e.end <= pronoun.i]
    subjects = [e for e in people if e.root.dep_ in SUBJECT_DEPS]
    # subjects of cue verbs and of main clauses are the salient ones
    salient = [e for e in subjects if is_cue_verb(e.root.head) or e.root.head.dep_ in ("ROOT", "conj", "parataxis")]
    for group in (salient, subjects, people):
        if group:
            person = group[-1]
            entity = state.entity_at(person.start_char, person.end_char)
            if entity is not None:
                return entity.id, entity.name
            return None, person.text
    return None, None
