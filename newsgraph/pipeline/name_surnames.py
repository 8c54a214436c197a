"""A person's surname used alone: taken for a place, or left untagged.

An article names a person in full once ("Aliyah Boston", "Donald Trump") and then by surname.
The models miss some of those surnames:

- a surname that is also a place's name is tagged a place ("Boston had a choice", "Cairo
  said"), and a place never joins a person's entity (``fix_place_surnames``);
- a surname the tagger reads as a common word or a verb is left untagged ("Trump “blinked”
  when ...", "How long will Trump be arrested?", "Trump warns of layoffs"), and
  ``name_repeats`` only takes a proper noun or a sentence's subject (``add_bare_surnames``).

Both need a full name shaped like a person's, the surname its last word: two to four
capitalised words, the first a common given name or a proper noun the article never writes in
lower case ("Leadership Edmond", "As Columbia", "North Florida" are none), and a surname the
article never writes in lower case ("Day", "Park" of a mistagged "Diana Lynn Day", "Joshua Tree
National Park").
"""

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph.pipeline.names import (
    COMPASS,
    GIVEN_NAMES,
    POSSESSIVES,
    Cand,
    is_title,
    starts_sentence,
    tagged_tokens,
)
from newsgraph.pipeline.state import doc_text

# Closed class: prepositions before a place's name, seldom before a person's ("in Boston", "near
# Jackson"; not "from", "around": "a message from Hamlin", "a shield around Hamlin").
PLACE_BEFORE = frozenset("in at near inside outside throughout".split())
# Closed class: nouns a place's name qualifies ("Wilmington residents", "the Boston area").
PLACE_NOUNS = frozenset(
    """
    area areas region suburb suburbs resident residents native natives neighborhood neighborhoods
    neighbourhood neighbourhoods metro downtown city county police airport campus mayor council
    schools district
    """.split()
)
# Closed class: speech verbs right after a surname ("Cairo said").
SPEECH_AFTER = frozenset("said says told tweeted wrote recalled added explained posted testified".split())
PLACE_LABELS = frozenset(["GPE", "LOC"])
SUBJECTS = frozenset(["nsubj", "nsubjpass"])
_WORDS = re.compile(r"[\w-]+")


def person_surnames(doc: Doc, cands: list[Cand], labels: frozenset[str] = frozenset(["PERSON"])) -> set[str]:
    """The last words of the full names among ``cands`` (of ``labels``: a person's, or a place's
    the model gave a person's name) that are shaped like a person's (see the module's docstring)."""
    text = doc_text(doc)
    return {doc[c.end - 1].text for c in cands if c.label in labels and _shaped(doc, c, text)}


def _shaped(doc: Doc, cand: Cand, text: str) -> bool:
    """``cand`` is a name of two to four words shaped like a person's, in ``text``."""
    if not 2 <= cand.end - cand.start <= 4:
        return False
    tokens = list(doc[cand.start : cand.end])
    last = tokens[-1].text
    if not (last.isalpha() and len(last) > 2 and last[:1].isupper() and not last.isupper()):
        return False
    return _given(tokens[0], text) and all(_name_word(t) for t in tokens[1:]) and not written_lower(text, last)


def _given(token: Token, text: str) -> bool:
    """A first word of a person's name: a common given name, or a proper noun the article never
    writes in lower case ("Aliyah"; not "Leadership", "North", "As")."""
    word = token.text
    if not word.isalpha() or not word[:1].isupper() or word.isupper() or is_title(token):
        return False
    if token.lower_ in GIVEN_NAMES:
        return True
    return token.tag_ in ("NNP", "NNPS") and token.lower_ not in COMPASS and not written_lower(text, token.lower_)


def _name_word(token: Token) -> bool:
    """A later word of a person's name: a capitalised word or an initial ("J.")."""
    word = token.text
    initial = re.fullmatch(r"[A-Z]\.", word) is not None
    return word[:1].isupper() and (word.replace("-", "").replace("'", "").isalpha() or initial)


def written_lower(text: str, word: str) -> bool:
    """Whether ``word`` (letters only) stands in ``text`` in lower case, as a whole word
    (case-sensitive; a word inside a hyphenated one does not count)."""
    return word.lower() in _lower_words(text)


@lru_cache(maxsize=4)
def _lower_words(text: str) -> frozenset[str]:
    """The words of ``text`` written in lower case: one pass over a text, which an article's many
    names would otherwise each search again (a live blog names hundreds)."""
    return frozenset(w for w in _WORDS.findall(text) if w.islower())


def fix_place_surnames(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """``cands`` (in text order) with the one-word place mentions that stand for a person the
    article names in full relabelled PERSON.

    Where the lone word acts as a person twice or more (it speaks, has an age, or is the subject
    of a verb) and four times as often as it is written as a place ("in Boston", "Boston
    residents", "Marion, Indiana."), or speaks and is never written as a place, every lone place
    mention of it not written as a place is the person; elsewhere only the mentions that speak or
    have an age are.
    """
    surnames = person_surnames(doc, cands)
    # a person's full name the model also took for a place ("Damar Hamlin" GPE beside "Hamlin")
    placed_names = person_surnames(doc, cands, PLACE_LABELS)
    lone = [c for c in cands if c.label in PLACE_LABELS and c.end - c.start == 1
            and doc[c.start].text in surnames | placed_names]
    if not lone:
        return cands
    place_ends = {c.start: c.end for c in cands if c.label in PLACE_LABELS}
    placed = {c.start for c in lone if _place_use(doc, place_ends, c.start)}
    strong = {c.start for c in lone if _speaks(doc, c.start)}
    places = Counter(doc[i].text for i in placed)
    acts = Counter(doc[c.start].text for c in lone if c.start in strong or _subject(doc[c.start]))
    spoken = {doc[i].text for i in strong}
    # a stray place's phrase ("at Hamlin") does not outweigh a person's many acts
    people = {w for w in surnames | placed_names
              if (acts[w] >= 2 and acts[w] >= 4 * places[w]) or (w in spoken and not places[w])}
    relabel = {c.start for c in lone if doc[c.start].text in people and c.start not in placed}
    relabel |= {i for i in strong if doc[i].text in surnames}
    text = doc_text(doc)
    relabel |= {c.start for c in cands if c.label in PLACE_LABELS and c.end - c.start > 1
                and doc[c.end - 1].text in people & placed_names and _shaped(doc, c, text)}
    return [Cand(c.start, c.end, "PERSON") if c.label in PLACE_LABELS and c.start in relabel else c for c in cands]


def _speaks(doc: Doc, i: int) -> bool:
    """A speech verb or an age right after token ``i``: "Cairo said", "Argo, 36, of ...", not "in Cairo said"."""
    if i > 0 and doc[i - 1].lower_ in PLACE_BEFORE:
        return False
    if i + 1 < len(doc) and doc[i + 1].lower_ in SPEECH_AFTER:
        return True
    age = doc[i + 2].text if i + 3 < len(doc) and doc[i + 1].text == "," and doc[i + 3].text == "," else ""
    return age.isdigit() and 0 < int(age) < 120


def _subject(token: Token) -> bool:
    """The subject of a verb ("Boston declined an interview")."""
    return token.dep_ in SUBJECTS and token.head.pos_ in ("VERB", "AUX")


def _place_use(doc: Doc, place_ends: dict[int, int], i: int) -> bool:
    """Token ``i`` written as a place: after a preposition of place ("in Boston", not "In
    Boston's first game"), before a noun a place qualifies ("Boston residents"), or beside
    another place with a comma ("Marion, Indiana", "Boston, Mass.")."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    owned = after is not None and after.text in POSSESSIVES
    if i > 0 and doc[i - 1].lower_ in PLACE_BEFORE and not owned:
        return True
    if after is not None and after.lower_ in PLACE_NOUNS:
        return True
    # a place beside a place ends its phrase: "Marion, Indiana." (not "Worcester, Boston dominated")
    if i > 1 and doc[i - 1].text == "," and any(end == i - 1 for end in _ends_near(place_ends, i)):
        return _phrase_ends(doc, i + 1)
    return i + 2 < len(doc) and doc[i + 1].text == "," and i + 2 in place_ends and _phrase_ends(doc, place_ends[i + 2])


def _ends_near(place_ends: dict[int, int], i: int) -> list[int]:
    """The ends of the places that start in the few tokens before token ``i``."""
    return [place_ends[k] for k in range(max(0, i - 8), i) if k in place_ends]


def _phrase_ends(doc: Doc, i: int) -> bool:
    """Token ``i`` ends a noun phrase: punctuation, a line's end or the text's end."""
    return i >= len(doc) or doc[i].is_punct or doc[i].is_space


def add_bare_surnames(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Tag as PERSON the untagged, capitalised repeats of the surnames of ``person_surnames``
    ("Trump" of "Donald Trump" in "Trump “blinked”"), whatever the tagger made of them.

    Not where the word is part of another name (a capitalised word right before it that opens no
    sentence, or right after it: "Trump Force One", "Matt King"), a title ("Justice"), in
    capitals throughout, or after a preposition of place ("in Jackson").
    """
    surnames = person_surnames(doc, cands)
    if not surnames:
        return cands
    taken = tagged_tokens(doc, cands)
    added = [
        Cand(t.i, t.i + 1, "PERSON") for t in doc
        if t.text in surnames and t.i not in taken and _bare(doc, t.i)
    ]
    return sorted(cands + added, key=lambda c: c.start) if added else cands


def _bare(doc: Doc, i: int) -> bool:
    """Token ``i`` stands alone, not inside a longer name, a title or a place's phrase."""
    token = doc[i]
    if is_title(token) or (i + 1 < len(doc) and doc[i + 1].text == "." and not token.whitespace_):
        return False  # "Justice", an abbreviation ("Sens.")
    if i > 0 and (doc[i - 1].lower_ in PLACE_BEFORE or _name_before(doc[i - 1])):
        return False
    return not (i + 1 < len(doc) and _capitalised(doc[i + 1]))


def _name_before(token: Token) -> bool:
    """A capitalised word before a surname that may be part of the name: one inside a sentence, or
    a proper noun or given name opening one ("Quincy Hall" on a list's line; not "Though Trump"),
    or a name after a dash ("−Rachel Barber": a byline)."""
    word = token.text.lstrip("-–—−")
    if not _capitalised(token) and not (word != token.text and word[:1].isupper()):
        return False
    dashed = word != token.text
    return dashed or not starts_sentence(token) or token.tag_ in ("NNP", "NNPS") or token.lower_ in GIVEN_NAMES


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.text[:1].isalpha()

