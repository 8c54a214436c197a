"""Event nouns that name no event in particular: a kind of event ("Hurricanes are becoming
bigger") or a tally of votes cast ("270 electoral votes"), read from the parse by ``events``."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.pipeline import event_words as words

# what makes a plural event noun name particular events: "the storms", "two attacks", "Monday's
# protests", "these talks"
_PARTICULAR_DEPS = {"det", "poss", "nummod", "quantmod", "predet"}


def is_kind(noun: Token) -> bool:
    """Whether an event noun is a bare plural that names a kind of event ("hurricanes", "wildfires"
    in "Hurricanes are becoming bigger"), not events that took place; "talks" and "negotiations",
    which are plural in their one sense, and a plural with a determiner, possessive or number
    ("the storms", "two attacks") name particular events."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() in words.PLURAL_ONLY_NOUNS:
        return False
    return not any(c.dep_ in _PARTICULAR_DEPS or c.pos_ == "PROPN" for c in noun.children)


_PAST_AUX = {"has", "have", "had", "was", "were", "'s", "’s", "'ve", "’ve", "'d", "’d"}


def told_as_past(noun: Token) -> bool:
    """Whether the first tensed verb above ``noun`` tells of things that took place: a simple past
    or a perfect ("suffered injuries", "has faced protests"), not negated. A present ("storms often
    form"), a modal ("could accept ballots"), an infinitive ("to make arrests") or no verb at all (a
    headline's fragment) tells of a kind of event; a gerund or bare participle passes the question up."""
    for verb in noun.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(c.dep_ == "neg" for c in verb.children):
            return False
        if any(a.lower_ == "to" or a.tag_ == "MD" for a in auxes) or verb.tag_ == "MD":
            return False
        if verb.tag_ == "VBD" or any(a.lower_ in _PAST_AUX for a in auxes):
            return True
        if verb.tag_ in ("VBZ", "VBP") or auxes:
            return False
    return False


# event nouns that also name the things an event counts: a vote held, or votes cast
COUNTED_NOUNS = {"vote", "ballot"}
_TALLY_WORDS = {"electoral", "popular", "enough", "more", "fewer", "most", "many", "few", "remaining", "necessary",
                "required", "needed", "additional", "uncounted", "mail", "absentee", "provisional", "write-in"}


TALLY_AT = 10  # so many votes are votes cast; fewer are rather rounds of voting ("held two votes")


def _at_least(number: Token, least: int) -> bool:
    """Whether the numeral ``number`` ("203", "1,500") is at least ``least``; words ("two") are not."""
    digits = number.text.replace(",", "")
    return digits.isdigit() and int(digits) >= least


def _margin(noun: Token) -> bool:
    """Whether ``noun`` is a margin: "won by four votes", "lost by 10 votes"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "by"


def counted(noun: Token) -> bool:
    """Whether ``noun`` ("votes", "ballots") names a number of votes cast, not votes held: with a
    number of ten or more or as a margin ("270 votes", "won by four votes"; but "held two votes", "lost
    three straight ballots" tell of rounds), a word of tally
    ("electoral", "enough", "mail-in") or after a share ("60% of the votes", "a majority of votes")."""
    if noun.tag_ != "NNS":
        return False
    for child in noun.children:
        if child.dep_ == "nummod" and noun.lemma_.lower() == "vote" and (_at_least(child, TALLY_AT) or _margin(noun)):
            return True  # "203 votes", "won by four votes"; not "held two votes", "lost three ballots": rounds
        if child.lower_ in _TALLY_WORDS or child.lower_.endswith("-in"):
            return True
    head = noun.head
    return noun.dep_ == "pobj" and head.lower_ == "of" and (
        head.head.like_num or head.head.lower_ in ("%", "percent", "majority", "share", "number", "count", "tally"))
