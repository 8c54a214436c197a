"""Closed class: the other names of countries and unions that no acronym rule finds.

Shared by the entities layer (one entity per article) and cross-article resolution (one entity per
store), so that "U.N." in one article and "United Nations" in another are one entity. It imports
nothing, so that the store's side needs no NLP to read it.
"""

# a name, lower case -> the key all its names share
ALIASES = {
    "us": "us", "usa": "us", "united states": "us", "united states of america": "us", "america": "us",
    "uk": "uk", "united kingdom": "uk", "britain": "uk", "great britain": "uk",
    "ussr": "ussr", "soviet union": "ussr",
    "un": "un", "united nations": "un",
    "eu": "eu", "european union": "eu",
    "uae": "uae", "united arab emirates": "uae", "emirates": "uae",
    "drc": "drc", "democratic republic of congo": "drc", "democratic republic of the congo": "drc",
    "prc": "prc", "people's republic of china": "prc",
}  # fmt: skip
# the keys above that name a union of states, an organisation, not a country
UNION_ALIASES = frozenset(["un", "eu"])
