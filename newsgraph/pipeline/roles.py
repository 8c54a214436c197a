"""Layer newsgraph_roles: titles bound to people, and the members of groups.

Runs after ``newsgraph_entities`` and ``newsgraph_coref``. For each person it finds the title
words next to a name ("Kremlin spokesperson Dmitry Peskov", "Defense Minister X") or in an
apposition ("the Governor of the region, X"; "X, Russia's foreign minister") and appends a
``Role`` whose span is the title words alone, with ``of`` the entity the title is held at
(an organisation or country named next to it; a nationality adjective names its country).
It also fills ``Entity.members`` for a group whose members are listed ("The delegation consists
of A, B and C"), creating the group entity if the entities layer did not.
"""

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsgraph.model import Entity, Role
from newsgraph.pipeline.discourse import Discourse
from newsgraph.pipeline.lexicon import (
    NATIONALITY_COUNTRY,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLE_OF_PORTFOLIOS,
    country_names,
)
from newsgraph.pipeline.members import find_groups
from newsgraph.pipeline.state import layers

HOLDER_TYPES = ("ORG", "GPE", "NORP", "LOC", "FAC")
POSSESSIVE = frozenset({"’s", "'s", "’", "'"})
# verbs that say a person holds a title: "X is/became/was named the president"
PREDICATE_VERBS = frozenset({"be", "become", "remain", "serve", "name", "appoint", "elect", "nominate", "promote"})


class Component:
    """The ``newsgraph_roles`` pipeline component."""

    def __call__(self, doc: Doc) -> Doc:
        state = layers(doc)
        if not state.entities or not doc.has_annotation("DEP"):
            return doc
        disc = Discourse.build(doc, state)
        for entity in list(state.entities):
            if entity.type == "PERSON":
                for role in person_roles(disc, entity):
                    add_role(entity, role)
        find_groups(disc)
        return doc


@Language.factory("newsgraph_roles")
def make_roles(nlp: Language, name: str) -> Component:
    return Component()


def add_role(entity: Entity, role: Role) -> None:
    """Add ``role`` unless the person already holds the same title at the same place; a title
    said with its holder replaces the same title said without one."""
    for n, held in enumerate(entity.roles):
        if (held.start, held.end) == (role.start, role.end):
            continue
        if is_shorter_title(role.title, held.title) and role.of in (None, held.of):
            return  # "Chief" after "Police Chief"
        if is_shorter_title(held.title, role.title) and held.of in (None, role.of):
            entity.roles[n] = role
            return
        if held.title.lower() != role.title.lower():
            continue
        if (held.of, held.of_name) == (role.of, role.of_name) or role.of is None and role.of_name is None:
            return
        if held.of is None and held.of_name is None:
            entity.roles[n] = role
            return
    if all((held.start, held.end) != (role.start, role.end) for held in entity.roles):
        entity.roles.append(role)


def is_shorter_title(short: str, long: str) -> bool:
    """Whether title ``short`` is the last words of the longer title ``long``."""
    short_words, long_words = short.lower().split(), long.lower().split()
    return len(short_words) < len(long_words) and long_words[-len(short_words):] == short_words


def person_roles(disc: Discourse, person: Entity) -> list[Role]:
    """Every title next to one of ``person``'s name mentions."""
    found: list[Role] = []
    for mention in person.name_mentions():
        span = disc.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        role = (
            title_before(disc, span.start)
            or title_in_apposition(disc, span.root, person)
            or title_as_predicate(disc, span.root, person)
        )
        if role is not None:
            found.append(role)
    return found


def is_title_head(token: Token) -> bool:
    return token.lower_ in TITLE_HEADS and token.pos_ in ("NOUN", "PROPN")


def is_title_word(token: Token) -> bool:
    """A word that may stand inside a title: a title head or a modifier ("Defense", "special")."""
    return token.lower_ in TITLE_HEADS or token.lower_ in TITLE_MODIFIERS


def title_before(disc: Discourse, name_start: int) -> Role | None:
    """"Kremlin spokesperson X", "Ukrainian President X": title words right before a name."""
    doc = disc.doc
    last = name_start - 1
    if last < 0 or last in disc.token_entity and disc.token_entity[last].type == "PERSON":
        return None
    head = last if is_title_head(doc[last]) else portfolio_head(disc, last)
    if head is None or head in disc.token_entity and not is_portfolio_only(disc.token_entity[head]):
        return None
    first = head
    sent_start = disc.sent_of(doc[name_start]).start
    while first - 1 >= sent_start and is_title_word(doc[first - 1]):
        first -= 1
    start = drop_leading_holder(disc, first, head)
    if start is None:
        return None
    holder, holder_name = holder_before(disc, start)
    return make_role(disc, start, last, holder, holder_name)


def portfolio_head(disc: Discourse, last: int) -> int | None:
    """"Secretary of State X": the index of the title head when ``last`` ends an "of" portfolio."""
    doc = disc.doc
    for size in (1, 2):
        of = last - size
        if of >= 1 and doc[of].lower_ == "of" and is_title_head(doc[of - 1]):
            if doc[of + 1 : last + 1].text.lower() in TITLE_OF_PORTFOLIOS:
                return of - 1
    return None


def drop_leading_holder(disc: Discourse, first: int, last: int) -> int | None:
    """Skip leading title words that belong to a named holder ("Air Force" is the holder in
    "Air Force General X" only when it is an entity that is not a bare portfolio word)."""
    while first <= last:
        entity = disc.token_entity.get(first)
        if entity is None or entity.type == "PERSON" or is_portfolio_only(entity):
            break
        first += 1
    return first if first <= last else None


def is_portfolio_only(entity: Entity) -> bool:
    """An "organisation" that is only a portfolio word ("Defense" in "Defense Minister") is no holder."""
    return all(word.lower() in TITLE_MODIFIERS for word in entity.name.split())


def holder_before(disc: Discourse, first: int) -> tuple[Entity | None, str | None]:
    """The organisation or country named right before a title: "Kremlin", "U.S.", "Russia's",
    or a nationality adjective ("Ukrainian" -> Ukraine)."""
    doc = disc.doc
    i = first - 1
    if i >= 0 and doc[i].text in POSSESSIVE:
        i -= 1
    if i < 0 or disc.sent_of(doc[i]).start != disc.sent_of(doc[first]).start:
        return None, None
    entity = disc.token_entity.get(i)
    if entity is not None and entity.type in HOLDER_TYPES:
        if entity.type == "NORP":
            return country_of(disc, entity.name)
        return entity, None
    two_words = doc[i - 1 : i + 1].text.lower() if i >= 1 else ""
    if two_words in NATIONALITY_COUNTRY:
        return country_of(disc, two_words)
    return country_of(disc, doc[i].lower_)


def country_of(disc: Discourse, adjective: str) -> tuple[Entity | None, str | None]:
    """The country a nationality adjective names: its entity in the article, or its name."""
    country = NATIONALITY_COUNTRY.get(adjective.lower())
    if country is None:
        return None, None
    names = {name.lower() for name in country_names(country)}
    for entity in disc.state.entities:
        if entity.type in ("GPE", "LOC") and (
            entity.name.lower() in names or any(m.text.lower() in names for m in entity.name_mentions())
        ):
            return entity, None
    return None, country


def title_as_predicate(disc: Discourse, name_head: Token, person: Entity) -> Role | None:
    """"X is the president of Y", "X was named chief executive", "X serves as envoy": a title
    said of the person by a copula or a naming verb."""
    if name_head.dep_ not in ("nsubj", "nsubjpass") or name_head.head.lemma_.lower() not in PREDICATE_VERBS:
        return None
    verb = name_head.head
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    nouns = [c for c in verb.children if c.dep_ in ("attr", "oprd")]
    nouns += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    return title_from_noun(disc, nouns, person)


def title_in_apposition(disc: Discourse, name_head: Token, person: Entity) -> Role | None:
    """"the Governor of the region, X" and "X, Russia's foreign minister": a title noun in
    apposition to the name."""
    candidates: list[Token] = []
    if name_head.dep_ == "appos":
        candidates.append(name_head.head)
    candidates += [c for c in name_head.children if c.dep_ == "appos"]
    return title_from_noun(disc, candidates, person)


def title_from_noun(disc: Discourse, nouns: list[Token], person: Entity) -> Role | None:
    """The role named by the first title noun among ``nouns``, with its modifiers and holder."""
    for noun in nouns:
        if not is_title_head(noun) or noun.i in disc.token_entity:
            continue
        first = noun.i
        while first > 0 and disc.doc[first - 1].dep_ in ("compound", "amod") and is_title_word(disc.doc[first - 1]):
            first -= 1
        holder, holder_name = holder_of(disc, noun)
        if holder is None and holder_name is None:
            holder, holder_name = holder_before(disc, first)
        if holder is not None and holder.id == person.id:
            holder = None
        return make_role(disc, first, noun.i, holder, holder_name)
    return None


def holder_of(disc: Discourse, noun: Token) -> tuple[Entity | None, str | None]:
    """The holder named after a title noun: "president of Russia", "spokesperson for the ministry"."""
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for", "at"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            entity = disc.token_entity.get(obj.i) if obj is not None else None
            if entity is not None and entity.type in HOLDER_TYPES:
                return entity, None
    return None, None


def make_role(disc: Discourse, first: int, last: int, holder: Entity | None, holder_name: str | None) -> Role:
    """A Role whose span is the title words ``doc[first:last + 1]``."""
    span = disc.doc[first : last + 1]
    return Role(
        title=span.text, of=holder.id if holder else None, start=span.start_char, end=span.end_char,
        text=span.text, of_name=holder_name if holder is None else None,
    )
