"""Names the model tagged once and missed again, or cut short, in the same article.

``add_repeats`` tags the untagged repeats of an entity's name and of a person's surname;
``add_first_names`` grows a surname over a first name the model took for a common word. Both
take and return ``Cand`` lists, like the rest of ``names``, and run after its repairs.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from newsgraph.pipeline.names import ENTITY_LABELS, GIVEN_NAMES, PARTY_WORDS, TITLES, Cand, tagged_tokens


def add_repeats(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Tag the model's misses of names it tagged elsewhere in the same article.

    A full name and the surname of a person ("Diallo" after "Amara Diallo") and every other
    entity name are looked for again; an untagged run of proper nouns spelling one is added.
    """
    known = _known_names(doc, cands)
    if not known:
        return cands
    taken = tagged_tokens(doc, cands)
    out = list(cands)
    for token in doc:
        if token.i in taken or token.text not in known:
            continue
        for words, label in known[token.text]:
            end = token.i + len(words)
            if len(words) == 1 and _in_name_run(doc, token.i):
                continue  # a surname inside a longer run of proper nouns is part of another name
            if _spells(doc, token.i, words, taken):
                out.append(Cand(token.i, end, label))
                taken.update(range(token.i, end))
                break
    return sorted(out, key=lambda c: c.start)


def _spells(doc: Doc, i: int, words: tuple[str, ...], taken: set[int]) -> bool:
    """True if untagged proper nouns from token ``i`` on spell ``words``."""
    if i + len(words) > len(doc):
        return False
    tokens = doc[i : i + len(words)]
    return all(
        t.text == w and t.i not in taken and _proper(t, len(words) == 1) for t, w in zip(tokens, words, strict=True)
    )


def _proper(token: Token, alone: bool) -> bool:
    """Whether ``token`` may be a name here: a proper noun, or a name the tagger took for a common
    noun because it opens the sentence ("Trump said ...", "Trump's plan"), when it is a whole
    name alone and the sentence's subject or a possessor."""
    if token.tag_ in ("NNP", "NNPS"):
        return True
    return (alone and token.tag_ in ("NN", "NNS") and token.text[:1].isupper()
            and token.dep_ in ("nsubj", "nsubjpass", "poss"))


def _in_name_run(doc: Doc, i: int) -> bool:
    before = i > 0 and doc[i - 1].tag_ in ("NNP", "NNPS", "POS")
    return before or (i + 1 < len(doc) and doc[i + 1].tag_ in ("NNP", "NNPS"))


def _known_names(doc: Doc, cands: list[Cand]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Names by first word, longest first: every entity name, and each person's surname."""
    names: dict[tuple[str, ...], str] = {}
    for cand in sorted(cands, key=lambda c: c.label != "PERSON"):
        if cand.label not in ENTITY_LABELS or not doc[cand.start].text[:1].isupper():
            continue
        words = tuple(t.text for t in doc[cand.start : cand.end])
        if len(words) < 2 or not all(w[:1].isupper() or not w[:1].isalpha() for w in words):
            continue  # a one-word name tagged once may be the model's mistake; do not spread it
        names.setdefault(words, cand.label)
        if cand.label == "PERSON" and all(w.isalpha() or w.endswith(".") for w in words) and len(words[-1]) > 2:
            names.setdefault(words[-1:], "PERSON")
    known: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, label in sorted(names.items(), key=lambda item: -len(item[0])):
        known.setdefault(words[0], []).append((words, label))
    return known


def add_first_names(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Grow a one-word person's name over the capitalised word before it when that word is a first
    name the model left out because it is also a common word ("Hunter Biden" tagged as "Biden").

    The evidence: the two words spell a full name tagged elsewhere in the article, the same
    capitalised word stands before that name twice or more, or the word is a common given name
    (``first_names``) that the model tagged a name of its own ("Hunter" a place). Titles ("President Biden") and party
    labels ("Democrat Harris") are never first names.
    """
    by_end = {c.end: c for c in cands}
    # the word before may be free, or a one-word name of its own ("Hunter" tagged a place)
    singles = [c for c in cands if c.label == "PERSON" and c.end - c.start == 1 and c.start > 0
               and _may_be_first_name(doc[c.start - 1])
               and (c.start not in by_end or by_end[c.start].end - by_end[c.start].start == 1)]
    if not singles:
        return cands
    full = {tuple(t.text for t in doc[c.start : c.end]) for c in cands if c.label == "PERSON" and c.end - c.start == 2}
    pairs = Counter((doc[c.start - 1].text, doc[c.start].text) for c in singles)
    grown = {c.start for c in singles
             if (pair := (doc[c.start - 1].text, doc[c.start].text)) in full or pairs[pair] >= 2
             or (c.start in by_end and doc[c.start - 1].lower_ in GIVEN_NAMES)}
    return [Cand(c.start - 1, c.end, c.label) if c.start in grown and c.label == "PERSON" and c.end - c.start == 1
            else c for c in cands if c.end not in grown]


def _may_be_first_name(token: Token) -> bool:
    """A capitalised word that is not a title, a party or a role ("President", "Democrat", "Coach")."""
    word = token.lower_.rstrip(".")
    return (token.text[:1].isupper() and token.is_alpha and word not in TITLES and word not in PARTY_WORDS
            and token.lower_ not in TITLES and token.tag_ in ("NN", "NNS", "NNP", "JJ"))
