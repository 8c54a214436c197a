"""The name a user sees for a stored entity, chosen from the names its articles use.

The longest name seen is a poor choice: one article's slip ("Will Donald Trump" from a headline,
"Donald Trump at Trump") wins over the form a hundred articles agree on. The display name is the
most frequent full form instead, counted in articles, ties to the longer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from newsgraph.resolve.names import name_tokens, person_tokens

_POSSESSIVE = re.compile(r"(?:['\u2019]s|(?<=s)['\u2019])$")


@dataclass(frozen=True)
class NameForm:
    """How an entity was named: ``surface`` as written, in ``articles`` articles, ``mentions`` times in all."""

    surface: str
    articles: int
    mentions: int


@lru_cache(maxsize=65536)
def clean_surface(surface: str, type_: str) -> str:
    """A name as a user should see it: one line; a person's without possessive and titles before it.

    "President Donald Trump's" -> "Donald Trump"; "Acme\\nCorp" -> "Acme Corp".
    """
    text = " ".join(surface.split())
    if type_ != "PERSON":
        return text or surface  # "McDonald's" is the name; "NBC's" loses to "NBC" by counting
    text = _POSSESSIVE.sub("", text).strip()
    parts = text.split(" ")
    tokens = person_tokens(text)
    # a leading word goes while the name's own words stay the same ("President", "former", "Sen.")
    while len(parts) > 1 and person_tokens(" ".join(parts[1:])) == tokens:
        parts = parts[1:]
    return " ".join(parts) or surface


Key = tuple[str, ...]
# how many articles make a form the usual one, against which a form seen once is a slip: a bare
# surname seen in two articles beside a full name seen in one is no evidence yet
MANY = 3


def _is_edge(short: Key, long: Key) -> bool:
    """True when ``short`` is a proper prefix or suffix of ``long``, word by word."""
    n = len(short)
    return 0 < n < len(long) and (long[:n] == short or long[-n:] == short)


def _strays(keys: list[Key], articles: Counter[Key]) -> set[Key]:
    """Forms seen in one article only that run on from a form seen in several: "Will Donald Trump",
    "Premium Netflix", "Detroit Pistons" beside a frequent "Detroit", "Lamb of God" beside "God"."""
    return {
        key
        for key in keys
        if articles[key] == 1 and any(articles[o] >= MANY and _is_edge(o, key) for o in keys)
    }


def _full(keys: list[Key], articles: Counter[Key], type_: str) -> list[Key]:
    """The full forms: those no form seen in two articles holds at its start or end ("Senate" in
    "U.S. Senate"); a person's one-word name is held by any longer one ("Trump" in "Donald Trump")."""

    def held(key: Key, other: Key) -> bool:
        return _is_edge(key, other) and (articles[other] > 1 or (type_ == "PERSON" and len(key) == 1))

    return [k for k in keys if not any(held(k, o) for o in keys)] or keys


def display_name(forms: list[NameForm], type_: str, key_articles: Mapping[Key, int] | None = None) -> str | None:
    """The display name of an entity of type ``type_`` named by ``forms``; None when there are none.

    ``key_articles`` counts the articles of each comparable name (an article that spells it two
    ways counts once); without it the forms' own counts are added up.

    Forms are grouped by their comparable words (titles and possessives do not count); a form seen
    in one article never wins where a form seen in ``MANY`` articles is its prefix or suffix; among
    the full forms left, the one seen in most articles wins (then the longer, then most mentions). It is
    shown in its most frequent written form, cleaned by ``clean_surface``.
    """
    groups: dict[Key, list[NameForm]] = {}
    for form in forms:
        key = name_tokens(clean_surface(form.surface, type_), type_)
        if key:
            groups.setdefault(key, []).append(form)
    if not groups:
        return None
    articles = Counter({k: sum(f.articles for f in fs) for k, fs in groups.items()})
    if key_articles is not None:
        articles.update({k: key_articles[k] - articles[k] for k in groups if k in key_articles})
    mentions = Counter({k: sum(f.mentions for f in fs) for k, fs in groups.items()})
    keys = [k for k in groups if k not in _strays(list(groups), articles)]
    best = max(_full(keys, articles, type_), key=lambda k: (articles[k], len(" ".join(k)), mentions[k], k))
    return _written_form(groups[best], type_)


def _written_form(forms: list[NameForm], type_: str) -> str:
    """The cleaned written form used in most articles, then most often, ties to the longer; a
    spelling in capitals only gives way to the same name in mixed case seen in half as many articles
    or more (a dateline's "WASHINGTON")."""
    articles: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    for form in forms:
        surface = clean_surface(form.surface, type_)
        articles[surface] += form.articles
        mentions[surface] += form.mentions
    mixed: Counter[str] = Counter()
    for surface, seen in articles.items():
        if not surface.isupper():
            mixed[surface.casefold()] = max(mixed[surface.casefold()], seen)

    def rank(surface: str) -> tuple[bool, int, int, int, str]:
        # a dateline comes first in its article, so its capitals are over-counted; an acronym
        # written in mixed case now and then ("Nasa") is not
        shouted = surface.isupper() and 2 * mixed[surface.casefold()] >= articles[surface]
        return (not shouted, articles[surface], mentions[surface], len(surface), surface)

    return max(articles, key=rank)
