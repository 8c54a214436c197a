"""Across articles, the same entity: is an article's entity one the store already knows?

The store looks up candidates by ``lookup_keys`` and describes each as a ``Known``; ``choose``
picks the one that is the same real-world thing, or None for a new entity. Names decide first
("Angela Merkel" ~ "Merkel"; "John Smith" is not "Mary Smith"); when a bare surname fits several
people, the context decides: the entities seen with each and the titles each holds.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from newsgraph.aliases import ALIASES, UNION_ALIASES
from newsgraph.model import Entity
from newsgraph.resolve.names import acronym, fold, given, is_acronym, name_tokens, person_suffix, surname

# Types that name the same kind of thing in practice (spaCy tags a country GPE or LOC by context).
COMPATIBLE_TYPES = ({"GPE", "LOC"},)

SAME = 3  # the same name
COMPATIBLE = 2  # a fuller or shorter form of the same full name, or an acronym of it
WEAK = 1  # a bare surname that fits
CONFLICT = -1  # same surname, different given names
# shared neighbours an acronym needs to join a long name it abbreviates: one ("U.S.", a president) is
# shared by half the store, and two-letter initials fit many names ("GOP" ~ "Grace Ocean Pte")
ACRONYM_CONTEXT = 3
# the least weight of rare shared company an acronym needs (``rare_context``): three neighbours each
# met by chance one time in seven
RARE_CONTEXT = 3 * math.log(7)
# letters: two-letter initials ("OK", "MD", "LA") abbreviate too many names to guess; even six shared
# neighbours joined "OK" to "Oath Keepers" and "CT" to "CBS TV" on news
MIN_ACRONYM = 3
# words the extractor leaves before a person's name that no given name is ("the Harris campaign")
# ("a" and "an" are not here: "A.J. Brown" folds to "a j brown")
PERSON_DETERMINERS = frozenset({"the"})
# words closing a company's name that do not tell two companies apart ("Microsoft Corp." ~ "Microsoft")
DESIGNATORS = frozenset("inc corp corporation co company ltd llc plc group holdings ag sa gmbh".split())
# a capitalised word shortened with a dot ("La.", "Calif.", "Pa."): a word cut short, which is not
# the acronym of a long name ("LA" of "Los Angeles"), though it may be a bare acronym ("PA")
_SHORTENED_WORD = re.compile(r"[A-Z][a-z]+\.")


@dataclass
class Names:
    """The names of an entity as comparable word tuples, with initials.

    ``initials`` are those of its multi-word names ("European Union" -> "eu"), ``acronyms`` the names
    that are themselves acronyms ("EU"). Only an acronym meets initials: two long names that share
    initials ("Bank of America", "British Airways") are not the same.
    """

    type: str
    tokens: set[tuple[str, ...]] = field(default_factory=set)
    initials: set[str] = field(default_factory=set)
    acronyms: set[str] = field(default_factory=set)
    suffixes: set[str] = field(default_factory=set)  # "jr", "sr", "iii": a PERSON's generation
    shortened: set[str] = field(default_factory=set)  # words cut short with a dot: "La." -> "la"

    def add(self, name: str) -> None:
        words = name_tokens(name, self.type)
        if self.type != "PERSON" and _SHORTENED_WORD.fullmatch(name.strip()):
            self.shortened.add(fold(name.strip()[:-1]))
        if self.type == "PERSON" and len(words) > 1 and words[0] in PERSON_DETERMINERS:
            words = words[1:]  # else "the Harris" conflicts with "Kamala Harris" as another given name
        if words:
            self.tokens.add(words)
        if self.type == "PERSON" and (suffix := person_suffix(name)):
            self.suffixes.add(suffix)
        if self.type != "PERSON":
            if is_acronym(name):
                self.acronyms.add(fold(name.replace(".", "")))
            elif acronym(name):
                self.initials.add(acronym(name))


@dataclass
class Known:
    """An entity the store knows: its id, type, names, titles held and entities seen with it."""

    id: str
    names: Names
    titles: set[str] = field(default_factory=set)
    neighbours: set[str] = field(default_factory=set)
    articles: int = 0
    # known by a bare surname only, in an article that names another person of that surname in full
    surname_taken: bool = False


@dataclass
class Incoming:
    """An article's entity as resolution sees it; ``neighbours`` are store ids seen in the same article."""

    names: Names
    titles: set[str] = field(default_factory=set)
    neighbours: set[str] = field(default_factory=set)
    # how many stored articles name each neighbour, and how many the store holds: a neighbour seen in
    # a large share of them ("U.S.", the outlet, a reporter) is shared by chance
    neighbour_articles: dict[str, int] = field(default_factory=dict)
    store_articles: int = 0
    # a bare surname whose article names another person of that surname with a given name
    surname_taken: bool = False

    @property
    def type(self) -> str:
        return self.names.type


def entity_names(entity: Entity) -> Names:
    """The names of an article entity: its name and the text of every name mention."""
    names = Names(entity.type)
    for text in [entity.name, *(m.text for m in entity.mentions if m.kind == "name")]:
        names.add(text)
    return names


def incoming(entity: Entity) -> Incoming:
    """Describe an article's entity for ``choose``."""
    return Incoming(entity_names(entity), {fold(r.title) for r in entity.roles})


def lookup_keys(names: Names) -> set[str]:
    """Index keys under which an entity with these names is found: full names, surnames, acronyms."""
    keys = {"n:" + " ".join(t) for t in names.tokens}
    if names.type == "PERSON":
        keys |= {"s:" + surname(t) for t in names.tokens}
    keys |= {"a:" + a for a in names.acronyms | names.initials}
    return keys


def types_match(a: str, b: str) -> bool:
    """True when entity types ``a`` and ``b`` can name the same thing."""
    return a == b or any(a in group and b in group for group in COMPATIBLE_TYPES)


def person_match(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """How two person names fit: SAME, COMPATIBLE, WEAK, CONFLICT or 0 (unrelated)."""
    if a == b:
        return SAME if len(a) > 1 else WEAK
    if surname(a) != surname(b):
        return 0
    if len(a) == 1 or len(b) == 1:
        return WEAK
    first_a, first_b = given(a), given(b)
    if first_a == first_b or _initial_of(first_a, first_b) or _initial_of(first_b, first_a):
        return COMPATIBLE
    return CONFLICT


def suffixes_conflict(new: Names, known: Names) -> bool:
    """True when generational suffixes tell two people apart: "Donald Trump Jr." is not "Donald Trump",
    "Dru Joyce II" not "Dru Joyce III". A bare surname without a suffix may be either."""
    if new.suffixes == known.suffixes:
        return False
    if new.suffixes and known.suffixes:
        return new.suffixes.isdisjoint(known.suffixes)
    plain = known if new.suffixes else new
    return not _single_word_only(plain)


def _single_word_only(names: Names) -> bool:
    return all(len(t) == 1 for t in names.tokens)


def _initial_of(short: str, full: str) -> bool:
    return len(short) == 1 and full.startswith(short)


def name_match(new: Names, known: Names) -> int:
    """How well two entities' names fit; 0 when they cannot be the same, never negative."""
    if not types_match(new.type, known.type):
        return 0
    if new.type == "PERSON":
        if suffixes_conflict(new, known):
            return 0
        levels = [person_match(a, b) for a in new.tokens for b in known.tokens]
        if not levels or CONFLICT in levels:
            return 0
        return max(levels)
    shared = new.tokens & known.tokens
    if _shortened_meets_initials(new, known) or _shortened_meets_initials(known, new):
        return 0
    if (shared and not _heads_of_other_names(shared, new, known)) or _aliases(new) & _aliases(known):
        return SAME  # the same name, or one of the well-known other names ("UN", "United Nations")
    # an acronym meets a long name only when its side has no long name of its own ("GM" ~ "General
    # Motors", never "Grassroots Media" ~ "General Motors"); acronyms are ambiguous, so context must confirm
    if (_long(new.acronyms & known.initials) and not new.initials) or (
        _long(new.initials & known.acronyms) and not known.initials
    ):
        return WEAK

    return 0


def _shortened_meets_initials(cut: Names, other: Names) -> bool:
    """True when a word cut short ("La.") is all that meets the other's acronym of a long name ("LA" of
    "Los Angeles"), a long name it does not begin ("Calif." begins "California")."""
    for word in cut.shortened & other.initials:
        if not any(t[0].startswith(word) for t in other.tokens if len(t) > 1):
            return True
    return False


def _extensions(word: str, names: Names) -> set[tuple[str, str]]:
    """How the longer names of ``names`` extend one-word name ``word``: ("left", "trump") for "Trump
    Administration" around "administration", ("right", "lions") for "Detroit Lions" around "detroit".
    Closing designators are dropped; a country's other names share one key ("u s", "united states")."""
    found = set()
    for tokens in names.tokens:
        while len(tokens) > 1 and tokens[-1] in DESIGNATORS:
            tokens = tokens[:-1]
        if len(tokens) < 2:
            continue
        if tokens[-1] == word:
            found.add(("left", _extension_key(tokens[:-1])))
        elif tokens[0] == word:
            found.add(("right", _extension_key(tokens[1:])))
    return found


def _extension_key(words: tuple[str, ...]) -> str:
    joined = "".join(words) if all(len(w) == 1 for w in words) else " ".join(words)
    return ALIASES.get(joined, joined)


def _heads_of_other_names(shared: set[tuple[str, ...]], new: Names, known: Names) -> bool:
    """True when the names two non-person entities share are single words that each holds in longer
    names extended on the same side by other words ("Administration" of "Food and Drug Administration"
    and "Trump Administration", "Detroit" of "Detroit Lions" and "Detroit Pistons", "Senate" of "Texas
    Senate" and "U.S. Senate"): a word they share, not a name. Events are left out: a storm keeps its
    name from "Tropical Storm" to "Hurricane"."""
    if new.type == "EVENT" or any(len(t) > 1 for t in shared):
        return False
    for (word,) in shared:
        mine, theirs = _extensions(word, new), _extensions(word, known)
        if not mine or not theirs or mine & theirs or {side for side, _ in mine} != {side for side, _ in theirs}:
            return False
    return True


def mark_surname_rivals(described: list[Incoming]) -> None:
    """Set ``surname_taken`` on each bare-surname person of one article whose surname another person
    of the same article carries with a given name ("Scott" beside "Rick Scott"): the extractor kept
    them apart, so the bare name is someone else, and no full name known elsewhere may take it."""
    full_surnames = {
        i: {surname(t) for t in d.names.tokens if len(t) > 1} for i, d in enumerate(described) if d.type == "PERSON"
    }
    for i, d in enumerate(described):
        if d.type != "PERSON" or not d.names.tokens or not _single_word_only(d.names):
            continue
        bare = {t[0] for t in d.names.tokens}
        d.surname_taken = any(bare & found for j, found in full_surnames.items() if j != i)


def same_in_article(new: Names, earlier: list[tuple[Names, str]]) -> str | None:
    """The store id of an entity resolved before in the same article that bears the same full person
    name ("J. D. Vance" and "J.D. Vance", a byline's "-Claire Thornton"): the extractor split one
    person in two. Generational suffixes must agree; other types are left apart."""
    if new.type != "PERSON":
        return None
    full = {t for t in new.tokens if len(t) > 1}
    for names, store_id in earlier:
        if names.type == "PERSON" and full & names.tokens and not suffixes_conflict(new, names):
            return store_id
    return None


def _aliases(names: Names) -> set[str]:
    """The keys of ``ALIASES`` (the countries and unions known by several names) that ``names`` hold;
    an organisation holds only a union's ("Emirates", the airline, is not the country)."""
    found = {ALIASES.get(" ".join(t)) for t in names.tokens} | {ALIASES.get(a) for a in names.acronyms}
    return {key for key in found if key and (names.type != "ORG" or key in UNION_ALIASES)}


def _long(acronyms: set[str]) -> bool:
    return any(len(a) >= MIN_ACRONYM for a in acronyms)


def context_score(new: Incoming, known: Known) -> int:
    """Shared context: entities seen with both, and titles both hold (a title weighs double)."""
    return len(new.neighbours & known.neighbours) + 2 * len(new.titles & known.titles)


def rare_context(new: Incoming, known: Known) -> bool:
    """True when the neighbours two entities share are more than chance gives: each shared neighbour
    weighs -log p, p the chance that an entity of ``known.articles`` articles meets it by chance (a
    neighbour in half the store weighs little), and the shared weight must reach both what ``new``'s
    neighbours would share by chance and ``RARE_CONTEXT``. A hub-heavy long-known acronym ("GOP" in 16 articles) meets
    most of any article's company; an acronym seen once shares rare company with its long name."""
    total = max(new.store_articles, 1)
    observed = expected = 0.0
    for neighbour in new.neighbours:
        seen = new.neighbour_articles.get(neighbour, 0)
        if not seen:
            continue  # new to the store with this article: nobody else has met it
        chance = 1 - (1 - min(seen, total - 0.5) / total) ** max(known.articles, 1)
        chance = min(max(chance, 1e-9), 1 - 1e-9)
        weight = -math.log(chance)
        expected += chance * weight
        if neighbour in known.neighbours:
            observed += weight
    return observed >= max(expected, RARE_CONTEXT)


def choose(new: Incoming, candidates: list[Known]) -> str | None:
    """The id of the candidate that is the same entity as ``new``, or None for a new entity.

    A full-name fit wins, preferring more shared context. An acronym of three letters or more joins a
    long name with the same initials only when they share much context, and more rare company than
    chance gives (``rare_context``). A bare surname joins the one
    person who carries it, or, when several do, the one with clearly the most shared context, else the
    entity known by that bare surname only; else it stays apart. A bare surname whose article names
    another person of that surname joins only an entity known by the bare surname; a full name joins an
    entity known by its bare surname only when they share context.
    """
    if new.surname_taken:  # only an entity known by the bare surname alone may take it
        candidates = [k for k in candidates if _single_word_only(k.names)]
    if not _single_word_only(new.names):  # nor may a full name take such a bare surname
        candidates = [k for k in candidates if not k.surname_taken]
    scored = [(name_match(new.names, k.names), context_score(new, k), k) for k in candidates]
    scored = [s for s in scored if s[0] > 0]
    if not scored:
        return None
    best_level = max(s[0] for s in scored)
    top = sorted((s for s in scored if s[0] == best_level), key=lambda s: (-s[1], -s[2].articles, s[2].id))
    if best_level >= COMPATIBLE:
        return top[0][2].id
    context_winner = top[0][1] > 0 and (len(top) == 1 or top[0][1] > top[1][1])
    if new.type != "PERSON":  # an acronym joins a long name only when they share much company
        strong = context_winner and top[0][1] >= ACRONYM_CONTEXT and rare_context(new, top[0][2])
        return top[0][2].id if strong else None
    if context_winner:
        return top[0][2].id
    if not _single_word_only(new.names):  # a full name meeting only bare surnames: whose they were is unknown
        return None
    if len(top) == 1:
        return top[0][2].id
    # no context to tell them apart: a bare surname joins the one entity known by that bare name only
    bare = [k for _, _, k in top if _single_word_only(k.names)]
    return bare[0].id if len(bare) == 1 else None
