"""People the model took for organisations.

The small model tags many a full name an ORG ("host Bill Cunningham", "Adria Maddaleni, then
the chief human resources officer", "Contributing: Savannah Kuchar, Rachel Barber and Francesca
Chambers") or, less often, a people ("Nikola Jokic", NORP), and an entity takes the type of its
fullest mention. A name of two or three capitalised words with no word of an organisation's name is a
person where the article treats it as one:

- a title or an occupation right before a mention ("host X", "rapper X", "Mr. X"), or an
  occupation opening the name at the start of a sentence ("Actor Orlando Bloom": the word is
  cut off);
- a title or an occupation in an apposition after it ("X, then the chief ... officer",
  "X, a former teacher"), ", who", an age (", 45,"), "said he" or "said she";
- its last word alone tagged a person elsewhere in the article, not at the start of a sentence
  ("Cunningham"), or tagged an organisation or a place with a person's words around it ("Tooke,
  the 63-year-old owner", "Boston tweeted" of "Aliyah Boston");
- a list in which it stands beside a person's full name.

A name the model took for a people is a person by the third cue only, its lone surname: a
people's name in a list or after a title is mostly a people ("Native Hawaiian, and Pacific
Islanders", "Master Sgt.").

A name written after "the" anywhere in the article, or its last word so written, stays an
organisation ("the Utah Jazz", "the Colts" of the "Indianapolis Colts"), unless its last word
alone speaks or has an age ("the Nichols case" beside "Nichols, 29, died"), or a common given
name opens it and its last word is a person's elsewhere ("Hunter Biden", "the Biden
administration").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.pipeline.brands import BUSINESS_NOUNS, person_after
from newsgraph.pipeline.clusters import ORG_GENERIC
from newsgraph.pipeline.names import GIVEN_NAMES, HONORIFICS, Cand, cand_text, is_title, lower, starts_sentence

# Closed class: occupations that stand before or beside a person's name ("rapper X", "X, an actor").
OCCUPATIONS = frozenset(
    """
    actor actress singer rapper songwriter author writer novelist poet player comedian comic
    producer artist musician athlete student teacher officer nurse doctor physician scientist
    researcher engineer farmer pastor activist journalist photographer designer chef model
    quarterback pitcher forward guard striker midfielder defender goalkeeper linebacker receiver
    outfielder infielder catcher shortstop golfer swimmer sprinter boxer wrestler rookie veteran
    """.split()
)
# Words of organisations' names beside ``clusters.ORG_GENERIC`` (teams, labels, media, places).
ORG_WORDS = frozenset(
    """
    records music media network channel studios studio entertainment sports games arena stadium
    center centre airlines airways capital partners holdings ventures brands health security
    church poll fire police guard army navy force campaign show tour festival awards prize
    newsroom desk bureau daily briefing newsletter magazine refinery
    """.split()
)
# Closed class: titles that stand before a team, a company or a country as well ("host Utah Jazz").
TEAM_TITLES = frozenset(
    "host owner head leader chief founder cofounder co-founder executive deputy vice prime crown major general".split()
)
# Labels the models give a person's full name that this module repairs: an organisation, or a
# people ("Nikola Jokic" NORP beside "Jokic" PERSON).
MISTAKES = frozenset(["ORG", "NORP"])
PLACE_MISTAKES = frozenset(["GPE", "LOC"])
PLACE_PREPOSITIONS = frozenset("in on at near inside outside across".split())
# Labels the models give a lone surname that a person's words around it correct.
SURNAME_MISTAKES = frozenset(["ORG", "PERSON", "GPE"])
# Closed class: speech verbs right after a lone surname ("Boston tweeted"); a company's or a
# team's name also "says", but the full name it would make a person must be shaped like one.
SPEECH_AFTER = frozenset("said says told tweeted wrote recalled added explained posted".split())
APPOSITION_STARTS = frozenset("a an the then now formerly".split())
LIST_WORDS = frozenset([",", "and", "&"])
# Words that end an apposition's noun phrase.
PHRASE_ENDS = frozenset("the a an that which who of for at in on".split())


def fix_org_people(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """``cands`` (in text order) with every ORG mention of a name the article treats as a
    person's relabelled PERSON, and an occupation opening such a name cut off."""
    texts = [cand_text(doc, c) for c in cands]
    found = _person_names(doc, cands, texts)
    out = []
    for cand, text in zip(cands, texts, strict=True):
        if _mistyped(doc, cand) and text in found:
            start = cand.start + 1 if _occupation(doc[cand.start]) else cand.start
            cand = Cand(start, cand.end, "PERSON")
        out.append(cand)
    return out


def _person_names(doc: Doc, cands: list[Cand], texts: list[str]) -> set[str]:
    """The texts of the mistyped names (``cands``, their ``texts``) the article treats as people's."""
    surnames, spoken = _surnames(doc, cands, texts), _spoken(doc, cands, texts)
    after_the = {t for c, t in zip(cands, texts, strict=True) if _after_the(doc, c.start)}
    placed = _placed(doc, cands, texts)
    found: set[str] = set()
    for i, (cand, text) in enumerate(zip(cands, texts, strict=True)):
        last = text.split()[-1]
        if cand.label not in ("ORG", "PERSON") and text in placed:
            continue
        # a given name before a person's surname outweighs "the" ("Hunter Biden", "the Biden administration")
        personal = last in spoken or (doc[cand.start].lower_ in GIVEN_NAMES and last in surnames)
        if not _name_shaped(doc, cand) or (not personal and (text in after_the or last in after_the)):
            continue  # "the Utah Jazz", "the Colts" of the "Indianapolis Colts"
        if last in surnames:
            found.add(text)
        elif cand.label == "ORG" and (_person_cue(doc, cand) or _beside_person(doc, cands, i)):
            found.add(text)  # a people's name only by its surname: "Pacific Islanders" in a list is none
    return found


def _surnames(doc: Doc, cands: list[Cand], texts: list[str]) -> set[str]:
    """One-word names that are people's surnames here: tagged a person away from a sentence's
    start (a capital there says nothing: "Social media's ..."; nor a title the model took for a
    person: "Sgt."), or tagged an organisation or a place with a person's words around them
    ("Tooke, the 63-year-old owner", "Boston tweeted" of "Aliyah Boston")."""
    found = {
        t for c, t in zip(cands, texts, strict=True)
        if c.label == "PERSON" and " " not in t and not starts_sentence(doc[c.start]) and not is_title(doc[c.start])
    }
    return found | {
        t for c, t in zip(cands, texts, strict=True)
        if c.label in SURNAME_MISTAKES and c.end - c.start == 1 and t.isalpha()
        and (_person_cue(doc, c) or _speaks(doc, c.end))
    }


def _spoken(doc: Doc, cands: list[Cand], texts: list[str]) -> set[str]:
    """Lone surnames that speak or have an age, not after "the" ("Nichols, 29, died"; not "The
    Mavericks said"): a person's even where "the" qualifies a noun with them ("the Nichols case")."""
    return {
        t for c, t in zip(cands, texts, strict=True)
        if c.label in SURNAME_MISTAKES and c.end - c.start == 1 and not _after_the(doc, c.start)
        and (_speaks(doc, c.end) or _age_after(doc, c.end))
    }


def _placed(doc: Doc, cands: list[Cand], texts: list[str]) -> set[str]:
    """Names written after a preposition of place somewhere: a people's or place's "name" so
    written is a place ("on Capitol Hill"), not a person's full name."""
    return {
        t for c, t in zip(cands, texts, strict=True)
        if c.start > 0 and doc[c.start - 1].lower_ in PLACE_PREPOSITIONS and not _owns(doc, c.end)
    }  # "at Hunter Biden's home" is at his home


def _owns(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].text in ("'s", "’s", "'", "’")


def _name_shaped(doc: Doc, cand: Cand) -> bool:
    """A name of a type the models give people by mistake (``_mistyped``) of two or three
    capitalised words (three with an opening occupation) and no word of an organisation's name."""
    tokens = list(doc[cand.start : cand.end])
    if not _mistyped(doc, cand) or not 2 <= len(tokens) <= 3:
        return False
    if len(tokens) == 3 and not _occupation(tokens[0]) and not tokens[1].text.endswith("."):
        return False  # three words: "Actor Orlando Bloom", "Abigail J. Smith"
    for token in tokens:
        word = lower(token)
        if not token.text[:1].isupper() or token.text.isupper() or not _letters(token.text):
            return False
        if word in ORG_GENERIC or word in ORG_WORDS or word in BUSINESS_NOUNS:
            return False
    return True


def _mistyped(doc: Doc, cand: Cand) -> bool:
    """A label the models give a person's full name: an organisation, a people, or a place where
    a common given name opens it ("Hunter Biden" GPE; not "Fort Myers")."""
    if cand.label in MISTAKES:
        return True
    return cand.label in PLACE_MISTAKES and doc[cand.start].lower_ in GIVEN_NAMES


def _letters(text: str) -> bool:
    return text.replace("-", "").replace(".", "").isalpha()


def _occupation(token: Token) -> bool:
    return token.lower_ in OCCUPATIONS


def _after_the(doc: Doc, start: int) -> bool:
    """"the Utah Jazz", "the host Utah Jazz"."""
    if start > 0 and doc[start - 1].lower_ == "the":
        return True
    before = doc[start - 1] if start > 0 else None
    # "the host Utah Jazz"; not "the day Boston walked in"
    titled = before is not None and before.is_lower and (is_title(before) or _occupation(before))
    return start > 1 and doc[start - 2].lower_ == "the" and titled


def _speaks(doc: Doc, end: int) -> bool:
    """A speech verb right after a one-word name: "Boston tweeted", "Nichols said"."""
    return end < len(doc) and doc[end].lower_ in SPEECH_AFTER


def _person_cue(doc: Doc, cand: Cand) -> bool:
    """A title or occupation before the mention, or one in an apposition after it; ", who",
    "said he"; an opening occupation ("Actor Orlando Bloom")."""
    if _occupation(doc[cand.start]) and cand.end - cand.start == 3:
        return True
    if cand.start > 0 and doc[cand.start - 1].is_lower and _occupation(doc[cand.start - 1]):
        return True
    if _age_after(doc, cand.end):
        return True
    if cand.start > 0 and _plain_title(doc[cand.start - 1]):
        return True
    if person_after(doc, cand.end) and not _number_after(doc, cand.end):
        return True
    return _apposition(doc, cand.end)


def _plain_title(token: Token) -> bool:
    """A title before a name that names no place or team ("host Utah Jazz", "owner X Corp")."""
    word = lower(token)
    return (is_title(token) and word not in TEAM_TITLES) or word in HONORIFICS


def _number_after(doc: Doc, end: int) -> bool:
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].like_num


def _age_after(doc: Doc, end: int) -> bool:
    """"X, 45, ...": an age between commas."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text != ",":
        return False
    age = doc[end + 1].text
    return age.isdigit() and 0 < int(age) < 120


def _apposition(doc: Doc, end: int) -> bool:
    """"X, then the chief human resources officer", "X, a former teacher": a comma, an
    article or "then", and a title or occupation within five words, before any punctuation."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in APPOSITION_STARTS:
        return False
    start = end + 2
    while start < len(doc) and doc[start].lower_ in APPOSITION_STARTS:
        start += 1  # "then the chief ... officer"
    for token in doc[start : start + 6]:
        if token.is_lower and (is_title(token) or _occupation(token)):
            return True
        if token.is_punct and token.text not in ("-", "–"):  # "the 63-year-old owner"
            return False
        if token.lower_ in PHRASE_ENDS or token.pos_ in ("DET", "VERB", "AUX", "PRON", "ADP", "SCONJ"):
            return False  # past the apposition's head ("the social media platform the former president")
    return False


def _beside_person(doc: Doc, cands: list[Cand], i: int) -> bool:
    """A list ("X, Y and Z", "X and Y") of people's full names and this one: every other name
    in it a person's, and an "and" in it (a comma alone makes no list: "Jane Roe, London
    Newsroom" is a byline)."""
    lo = hi = i
    while lo > 0 and _listed(doc, cands[lo - 1], cands[lo]) and _name_like(doc, cands[lo - 1]):
        lo -= 1
    while hi + 1 < len(cands) and _listed(doc, cands[hi], cands[hi + 1]) and _name_like(doc, cands[hi + 1]):
        hi += 1
    others = [cands[k] for k in range(lo, hi + 1) if k != i]
    people = [c for c in others if c.label == "PERSON" and c.end - c.start > 1]
    if not people or not all(c in people or _name_shaped(doc, c) for c in others):
        return False
    return any(t.text in ("and", "&") for t in doc[cands[lo].end : cands[hi].start])


def _name_like(doc: Doc, cand: Cand) -> bool:
    """A person's full name, or an organisation's name shaped like one."""
    return (cand.label == "PERSON" and cand.end - cand.start > 1) or _name_shaped(doc, cand)


def _listed(doc: Doc, a: Cand, b: Cand) -> bool:
    gap = doc[a.end : b.start]
    return 0 < len(gap) <= 2 and all(t.text in LIST_WORDS for t in gap)
