"""Common nouns that the model took for a person's name where their place capitalised them.

A word opening a sentence, a line or a quotation is capitalised whatever it is, and the small
model often tags such a noun a PERSON ("Salt first, then ...", "Lesson learned", a list's
"Diarrhea", '"Hats off to ..."'). ``name_shapes.drop_capitalised_words`` drops verbs,
adjectives and adverbs of the dictionary; nouns need more care, since WordNet's noun index
holds many names ("kennedy", "drake", "princeton"). A one-word person is dropped here where:

- its word (or the word without a plural "s") is a noun of the dictionary and no common given
  name, nor a word of a person's full name in the article;
- the article writes it capitalised only where its place does (a sentence's, line's or
  quotation's start), never inside a sentence;
- the article tags it nothing else (a place, a team) alone;
- nothing around any of its mentions says person: no title or honorific before it ("Mr.
  Personality"), no "who", age, reporting verb or result after it ("Tesla said", a bowler's
  "Vass 7-0-29-0"), no "he" or "she" soon after it ("Jasper blew right by me. Once he did"),
  no capitalised word right after it (a longer name the model cut), no person named next to
  it in a list ("Drake, Jennifer Lopez and ...").

It runs after ``work_titles``: a quoted title the model took for a person is a work by then.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsgraph.pipeline.cues import CUE_VERBS
from newsgraph.pipeline.first_names import FEMALE_NAMES, MALE_NAMES
from newsgraph.pipeline.names import Cand, is_title, starts_sentence

GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES
# Closed class: words after a name that make it a person's ("X, who", "X himself").
PERSON_AFTER = frozenset("who whose himself herself".split())
LIST_WORDS = frozenset([",", "and", "&"])
# Closed class: pronouns of a person, which a person's name soon after it is taken up by.
PERSONAL_PRONOUNS = frozenset("he she him her his hers".split())
PRONOUN_REACH = 12  # tokens: the rest of the sentence and the start of the next


def common_nouns(nlp: Language) -> frozenset[str]:
    """The nouns of the English dictionary that ``nlp``'s rule lemmatizer holds (WordNet's
    index, lower case, one word), or none where it has no such table."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(w for w in lookups.get_table("lemma_index").get("noun", []) if w.isalpha())


def drop_common_nouns(doc: Doc, cands: list[Cand], nouns: frozenset[str]) -> list[Cand]:
    """``cands`` (text order) without the one-word persons that are common nouns capitalised by
    their place (see the module's docstring)."""
    single = [c for c in cands if c.label == "PERSON" and c.end - c.start == 1]
    if not single or not nouns:
        return cands
    people = {i for c in cands if c.label == "PERSON" for i in range(c.start, c.end)}
    # a word the article also tags a place or a body is a name ("Pittsburgh", a team)
    other = {doc[c.start].lower_ for c in cands if c.label != "PERSON" and c.end - c.start == 1}
    full_names = [c for c in cands if c.label == "PERSON" and c.end - c.start > 1]
    in_names = {doc[i].lower_ for c in full_names for i in range(c.start, c.end)}
    decided: dict[str, bool] = {}  # one pass over the article per word, not per mention
    dropped: set[int] = set()
    for cand in single:
        token = doc[cand.start]
        word = token.lower_
        if word not in decided:
            decided[word] = word not in other and _noun_by_place(doc, token, nouns, in_names, people)
        if decided[word]:
            dropped.add(cand.start)
    return [c for c in cands if c.start not in dropped or c.label != "PERSON" or c.end - c.start != 1]


def _noun_by_place(doc: Doc, token: Token, nouns: frozenset[str], in_names: set[str], people: set[int]) -> bool:
    word = token.lower_
    if not token.is_alpha or token.is_upper or not token.is_title or word in GIVEN_NAMES or word in in_names:
        return False
    if word not in nouns and not (word.endswith("s") and word[:-1] in nouns):
        return False
    mentions = [t for t in doc if t.lower_ == word and t.text[:1].isupper()]
    return all(_by_place(t) and not _person_context(doc, t, people) for t in mentions)


def _by_place(token: Token) -> bool:
    """Whether ``token`` opens a sentence, line or quotation, where any word is capitalised; a
    quotation holding only the word is a title, not its place ('"Ghostbusters" costumes')."""
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].is_quote:
        return False
    return starts_sentence(token) or _opens_quotation(doc, token.i)


def _opens_quotation(doc: Doc, i: int) -> bool:
    """Whether token ``i`` follows an opening quotation mark: one joined to it and set after a
    space or a line's start (not the closing mark of a nickname: 'Percy "Master P" Miller')."""
    if i == 0 or not doc[i - 1].is_quote or doc[i - 1].whitespace_:
        return False
    return i == 1 or bool(doc[i - 2].whitespace_) or doc[i - 2].is_space or doc[i - 2].text in "([—–-"


def _person_context(doc: Doc, token: Token, people: set[int]) -> bool:
    """Whether the words around ``token`` say it names a person: a title before it, "who", an
    age or a reporting verb after it, a person's name beside it in a list."""
    i = token.i
    before = doc[i - 1] if i > 0 else None
    if before is not None and is_title(before):
        return True
    after = [t for t in doc[i + 1 : i + 4] if not t.is_space]
    if after and (after[0].lower_ in PERSON_AFTER or after[0].lemma_.lower() in CUE_VERBS):
        return True
    if i + 1 < len(doc) and doc[i + 1].is_title and not doc[i].whitespace_.count("\n"):
        return True  # the model cut a longer name ("Taylor Swift'Eras Tour'")
    if after and any(ch.isdigit() for ch in after[0].text):
        return True  # a result or a record after a name ("Vass 7-0-29-0", "Pelham 10-1")
    if any(t.lower_ in PERSONAL_PRONOUNS for t in doc[i + 1 : i + 1 + PRONOUN_REACH]):
        return True  # "Jasper blew right by me. Once he did, ..."
    if len(after) > 1 and after[0].text == "," and (after[1].like_num or after[1].lower_ in PERSON_AFTER):
        return True
    if after and after[0].text in LIST_WORDS and len(after) > 1 and after[1].i in people:
        return True
    return before is not None and before.text in LIST_WORDS and i > 1 and (i - 2) in people
