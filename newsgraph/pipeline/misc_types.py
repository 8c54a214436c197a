"""The OntoNotes type of a name the news NER tags MISC, when the general model gives none.

CoNLL's MISC holds every name that is no person, organisation or place: nationalities, events,
laws, titles, products. The general model usually says which (NORP, EVENT, ...); where it does
not, the name's own words must. Before, every such name became a NORP ("National Tequila Day",
"Election Day", "Final Four", "the Capitol" stood beside "Americans" as nationalities or groups).
Now, in this order:

- a time zone ("Eastern Time") -> TIME: part of a clock time, which the times layer reads;
- a party's convention ("Democratic National Convention") -> EVENT, whatever the general model says;
- the general model's NORP, EVENT, LAW, WORK_OF_ART, PRODUCT or LANGUAGE, as before;
- a last word that names an occasion or a contest ("Election Day", "the Oscars", "the Final
  Four", "Super Bowl LIX") -> EVENT, or a law ("the 14th Amendment", "the Education Code") -> LAW;
- a word that names a people, a faith or a party ("Latinos", "Iowans", "Choctaw") -> NORP;
- the general model's FAC ("the Capitol", "Madison Square Garden") -> FAC;
- anything else stays NORP. Not the general model's ORG: on CoNLL's MISC it calls stock indexes,
  divisions and leagues organisations ("Dow Jones", "Eastern Division"), and taking its word cost
  41 of CoNLL dev's 922 MISC names.
"""

import re

from newsgraph.pipeline.lexicon import NATIONALITY_COUNTRY
from newsgraph.pipeline.timex_words import ZONE_IANA

# last words of the names of occasions and contests (a name's trailing numeral set aside:
# "Super Bowl LIX", "Copa America 2024")
EVENT_HEADS = frozenset(
    """
    cup championship championships open games olympics olympiad war wars tour trophy prix
    classic masters series festival summit election elections rally marathon grand
    day eve weekend awards oscars emmys grammys tonys globes bowl parade fair playoffs playoff
    tournament derby invitational expo four eight sixteen revolution eclipse draft jubilee game
    halftime
    """.split()
)
LAW_HEADS = frozenset(
    "act acts law laws treaty accord accords constitution convention charter bill amendment code".split()
)
# words naming a people, a faith, a party or a movement, beside the nationalities of ``lexicon``
PEOPLE_WORDS = frozenset(
    """
    democrat democrats democratic republican republicans gop libertarian libertarians
    conservative conservatives liberal liberals socialist socialists communist communists tory
    tories labour progressive progressives independent independents
    christian christians muslim muslims jewish jew jews catholic catholics protestant protestants
    hindu hindus sikh sikhs buddhist buddhists mormon mormons evangelical evangelicals baptist
    baptists orthodox islamic amish quaker quakers
    latino latinos latina latinas latinx hispanic hispanics asian asians african africans arab
    arabs black indigenous native natives european europeans caucasian
    choctaw cherokee navajo sioux apache lakota ojibwe shoshone inuit maori
    """.split()
)
# last words of a time zone's name ("Eastern Time", "Greenwich Mean Time"), which the news NER
# tags MISC
ZONE_WORDS = frozenset(["time"])
# a general model's label that says what the name is, where the name's words do not
TRUSTED = ("FAC",)
# a time zone's abbreviation, which a model may tag an organisation after a clock ("6 p.m. ET");
# not GMT and UTC, which CoNLL-2003 tags MISC ("1400 GMT", 53 times in train and dev)
ZONE_ABBREVIATIONS = frozenset(k for k in ZONE_IANA if k.isupper() and len(k) > 1) - {"GMT", "UTC"}
# the words a clock time ends with before its zone
CLOCK_ENDS = frozenset("a.m. p.m. a.m p.m am pm".split())
# party words that make a convention a gathering, not a treaty ("Democratic National Convention")
GATHERING_WORDS = frozenset("national state democratic republican libertarian green party".split())
ROMAN = re.compile(r"[IVXLCDM]+")


def head_word(words: list[str]) -> str:
    """The lower-cased last word of a name, past a trailing numeral ("Super Bowl LIX": "bowl")."""
    kept = [w for w in words if w[:1].isalnum()]
    while len(kept) > 1 and (ROMAN.fullmatch(kept[-1]) or kept[-1].isdigit()):
        kept.pop()
    return kept[-1].lower() if kept else ""


def names_people(words: list[str]) -> bool:
    """True if a word of the name (or of its hyphenated parts) names a nationality, a people, a
    faith or a party, or is a plural of people from a place ("Californians", "Iowans")."""
    for word in words:
        for part in word.lower().split("-"):
            if part in NATIONALITY_COUNTRY or part in PEOPLE_WORDS:
                return True
            if part.endswith("s") and (part[:-1] in NATIONALITY_COUNTRY or part[:-1] in PEOPLE_WORDS):
                return True
            if len(part) > 5 and part.endswith("ans"):
                return True
    return False


def misc_type(words: list[str], general: set[str]) -> str:
    """The OntoNotes type of a name the news NER tagged MISC (``words``: its tokens;
    ``general``: the labels of the general model's overlapping spans)."""
    if len(words) > 1 and words[-1].lower() in ZONE_WORDS:
        return "TIME"  # "Eastern Time", "Moscow time": a clock's zone, no name of a thing
    last = head_word(words)
    if last == "convention" and any(w.lower() in GATHERING_WORDS for w in words):
        return "EVENT"  # a party's convention meets; the general model calls it a law
    for label in ("NORP", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "LANGUAGE"):
        if label in general:
            return label
    if last in EVENT_HEADS:
        return "EVENT"
    if last in LAW_HEADS:
        return "LAW"
    if names_people(words):
        return "NORP"
    for label in TRUSTED:
        if label in general:
            return label
    return "NORP"


def clock_zone(words: list[str], start: int, end: int) -> bool:
    """True if ``words[start:end]`` is one word, a time zone's abbreviation right after a clock
    time ("6 p.m. ET", "1900 GMT"): part of the time, no organisation."""
    if end - start != 1 or start == 0 or words[start] not in ZONE_ABBREVIATIONS:
        return False
    before = words[start - 1].lower()
    return before in CLOCK_ENDS or before[:1].isdigit()


def people_word(word: str) -> bool:
    """True if the one word ``word`` names a people, a faith or a party ("Black", "Latino"):
    a model's PERSON of that one word is a NORP ("the first Black woman")."""
    return word[:1].isupper() and names_people([word])
