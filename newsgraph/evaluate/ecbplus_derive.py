"""Derivationally related English words: "arrest"/"arrested", "acquire"/"acquisition", "die"/"death".

``stem`` strips the common nominal and verbal suffixes of a lemma; ``related`` says whether two
stems are one word's. No word list fitted to a corpus: general suffix rules, and a short closed
list of irregular verb/noun pairs of English whose noun no suffix rule reaches.
"""

from __future__ import annotations

# Longest first: "ization" before "ation" before "tion".
SUFFIXES = (
    "izations", "ization", "isation", "ations", "ation", "itions", "ition", "utions", "ution",
    "ments", "ment", "ances", "ance", "ences", "ence", "ings", "ing", "sions", "sion", "tions", "tion",
    "als", "al", "ies", "ied", "ed", "es", "s", "e", "y",
)
# A stem is never cut below this many letters ("sing" keeps its "ing", "bed" its "ed").
MIN_STEM = 3
# Irregular derivations: the noun (or adjective) of a verb that no suffix rule reaches.
IRREGULAR = {
    "death": "die", "dead": "die", "sale": "sell", "loss": "lose", "choice": "choose", "flight": "fly",
    "birth": "bear", "gift": "give", "life": "live", "proof": "prove", "belief": "believe", "thought": "think",
    "speech": "speak", "seizure": "seize", "theft": "steal", "shot": "shoot",
    "departure": "depart", "arrival": "arrive", "failure": "fail", "growth": "grow", "entry": "enter",
    "complaint": "complain", "pursuit": "pursue", "response": "respond", "defence": "defend",
    "defense": "defend", "offence": "offend", "offense": "offend", "suit": "sue", "analysis": "analyze",
}


def stem(lemma: str) -> str:
    """A crude stem of a lower-case lemma: irregular nouns to their verb, then one suffix off."""
    word = IRREGULAR.get(lemma, lemma)
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word


def _common_prefix(a: str, b: str) -> int:
    size = 0
    for x, y in zip(a, b):
        if x != y:
            break
        size += 1
    return size


def related(a: str, b: str) -> bool:
    """True when two stems are one word's: equal, or one is the other but for its last letter
    or two after a long shared beginning ("acquir"/"acquisit" share "acqui")."""
    if a == b:
        return True
    shared = _common_prefix(a, b)
    return shared >= 5 and shared >= min(len(a), len(b)) - 1
