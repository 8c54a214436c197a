"""Names reduced to comparable keys: no titles, no accents, no possessives, lower case.

"German Chancellor Angela Merkel" and "Angela Merkel's" both reduce to ``("angela", "merkel")``.
Only closed-class words are used: titles, honorifics and name particles.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Titles and honorifics that may stand before a person's name; everything up to the last one goes.
TITLES = frozenset(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady baron baroness rev reverend father pastor
    president vice prime minister secretary chancellor premier senator sen rep representative
    congressman congresswoman governor gov mayor ambassador envoy judge justice king queen prince
    princess duke duchess emperor pope cardinal archbishop bishop sheikh general gen lieutenant lt
    colonel col major maj captain capt commander admiral sergeant sgt officer detective chief
    spokesman spokeswoman spokesperson chairman chairwoman chair ceo founder director coach manager
    deputy foreign defence defense interior finance home state former acting leader head
    """.split()
)
# Lower-case particles that belong to surnames ("van der Berg", "de Gaulle").
PARTICLES = frozenset("van von der den de del della di da du le la bin al el ibn ter ten".split())
SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
LEADING_ARTICLES = frozenset({"the"})

_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)


def fold(text: str) -> str:
    """Lower case without accents: "Zelenskyy's Café" -> "zelenskyy's cafe"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words(text: str) -> list[str]:
    """The folded words of ``text``, possessive endings removed."""
    found = []
    for word in _WORD.findall(fold(text.replace("\u2019", "'"))):
        if word.endswith("'s"):
            word = word[:-2]
        found.append(word)
    return [w for w in found if w]


def person_tokens(name: str) -> tuple[str, ...]:
    """The words of a person's name without titles before it or suffixes after it."""
    tokens = words(name)
    # the last word is the name even when it is also a title word ("John Major")
    last_title = max((i for i, t in enumerate(tokens[:-1]) if t in TITLES), default=-1)
    tokens = tokens[last_title + 1 :]
    while len(tokens) > 1 and tokens[-1] in SUFFIXES:
        tokens = tokens[:-1]
    return tuple(tokens)


@lru_cache(maxsize=65536)
def name_tokens(name: str, type_: str) -> tuple[str, ...]:
    """The comparable words of an entity name of type ``type_`` (PERSON names lose their titles)."""
    if type_ == "PERSON":
        return person_tokens(name)
    tokens = words(name)
    if len(tokens) > 1 and tokens[0] in LEADING_ARTICLES:
        tokens = tokens[1:]
    return tuple(tokens)


def person_suffix(name: str) -> str:
    """The generational suffix closing a person's name, without its dot: "Donald Trump Jr." -> "jr", else "".

    It tells a father from his son, so resolution keeps it although ``person_tokens`` drops it.
    """
    tokens = words(name)
    if len(tokens) > 1 and tokens[-1] in SUFFIXES:
        return tokens[-1].rstrip(".")
    return ""


def norm(name: str, type_: str = "") -> str:
    """One string key for a name: its comparable words joined by spaces."""
    return " ".join(name_tokens(name, type_))


def surname(tokens: tuple[str, ...]) -> str:
    """The family name of a person's name tokens, with its particles: ("ludwig", "van", "beethoven") -> "beethoven"."""
    return tokens[-1] if tokens else ""


def given(tokens: tuple[str, ...]) -> str:
    """The first given name, or "" for a one-word name."""
    if len(tokens) < 2 or tokens[0] in PARTICLES:
        return ""
    return tokens[0]


def acronym(name: str) -> str:
    """The initials of a multi-word name's capitalised words: "European Union" -> "eu"; "" if under two."""
    capitals = [w for w in re.findall(r"[^\W\d_][\w'-]*", name) if w[:1].isupper()]
    if len(capitals) < 2:
        return ""
    return fold("".join(w[0] for w in capitals))


def is_acronym(name: str) -> bool:
    """True for a short all-capitals name such as "NATO" or "U.N."."""
    letters = name.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()
