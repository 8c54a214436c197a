"""Open-class cues: words PolNeAR's annotators mark as cues that the hand-made patterns miss.

``newsgraph.pipeline.cue_lexicon`` lists the lemmas (verbs, nouns, adjectives) that are a cue at
least half of the times they appear in PolNeAR's train split. For such a word with no clause
complement ("a judge found the law unconstitutional", "criticized him over the deal", "voiced
doubt about the plan", "confident of a win") the content is what follows it in its phrase: its
right-hand dependents, up to the end of its subtree.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.pipeline.cue_lexicon import LEARNED_CUES, LEARNED_PHRASES
from newsgraph.pipeline.cues import is_naming_participle, is_when_asked

# Right-hand dependents that are not part of what is reported: another predicate, a clause about
# when or why, punctuation, the "by" phrase of a passive (who reports).
NOT_CONTENT = frozenset("punct cc conj parataxis advcl mark appos npadvmod agent".split())
# A noun or adjective cue is the predicate of a clause whose subject speaks ("was confident
# that ..."), or the object of a verb whose subject speaks ("voiced doubt about ...").
COPULA_DEPS = ("acomp", "attr", "oprd")
PHRASE_DEPS = ("dobj", "prt", "oprd", "acomp")
# "out loud", "out aloud": a manner, not the particle of a phrase cue ("spoke out")
ALOUD = frozenset("loud loudly aloud".split())


def is_learned_cue(token: Token) -> bool:
    """True if ``token``'s lemma and part of speech are in the learned cue lexicon."""
    if is_naming_participle(token) or is_when_asked(token):
        return False  # "a group called X" names the group; "said when asked that" tells when
    words = LEARNED_CUES.get(token.pos_)
    return words is not None and token.lemma_.lower() in words


def phrase_word(token: Token) -> Token | None:
    """The particle, object or complement that makes the verb ``token`` a cue with it ("took
    issue with", "laid out", "made clear"), from the learned phrases; None if there is none."""
    words = LEARNED_PHRASES.get(token.lemma_.lower()) if token.pos_ == "VERB" else None
    if not words:
        return None
    word = next((c for c in token.rights if c.dep_ in PHRASE_DEPS and c.lemma_.lower() in words), None)
    if word is not None and word.i + 1 < len(token.doc) and token.doc[word.i + 1].lower_ in ALOUD:
        return None  # "spoke out loud": aloud, not "spoke out" (in protest)
    return word


def right_content(token: Token, word: Token | None = None) -> tuple[int, int] | None:
    """Token indices ``[first, last]`` of what ``token`` reports: its right-hand dependents (not
    a conjoined predicate or a clause of time or reason), or None when it has none. With the
    ``word`` of a phrase cue, that word's own right-hand dependents stand in for it."""
    rights = [c for c in token.rights if word is None or c.i != word.i]
    if word is not None:
        rights += list(word.rights)
    kept = [c for c in rights if c.dep_ not in NOT_CONTENT and not c.is_space]
    if not kept:
        return None
    first, last = min(c.left_edge.i for c in kept), max(c.right_edge.i for c in kept)
    sentence = token.sent
    first, last = max(first, sentence.start), min(last, sentence.end - 1)
    if word is not None:
        first = max(first, word.i + 1)
    return (first, last) if last >= first else None


def nominal_speaker(token: Token) -> Token | None:
    """Who holds the stance a noun or adjective cue names: the possessor ("Smith's doubt"), the
    subject of the copula ("Smith was confident"), or of the verb taking the noun as object
    ("Smith voiced doubt")."""
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    if token.dep_ in COPULA_DEPS or token.dep_ == "dobj":
        return next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None
