"""Titles of songs, shows, films and books that the model took for people, places or groups.

News writes a work's title in quotation marks ("Cruel Summer", "Barry" (HBO), "Abbott
Elementary"); the small model tags many such titles a PERSON, an ORG or a NORP. A name that
fills a whole quotation, alone or before the quotation's closing comma or full stop, is a
title (WORK_OF_ART), unless it is a person's nickname between the parts of a name (Sunita
"Suni" Williams, President "Sleepy Joe" Biden) or other name ("referred to as "David
Dennison""), or ends in the word of an event, a day, an institution or an office ("Empty Bowl
Event", "Early Childhood Advocacy Day", "Distinguished Schools", "the so-called 'Supreme
Leader'").
Only the quoted mention changes: an unquoted "Barry" may still be a man.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.pipeline.clusters import ORG_GENERIC
from newsgraph.pipeline.names import Cand, is_title

# Labels the model puts on a title by mistake.
MISTYPED = frozenset(["PERSON", "ORG", "NORP", "GPE"])
# Closed class: last words of quoted names that are no title (events, days, awards, schools).
NOT_TITLE_HEADS = frozenset("day days event events week festival fair awards award schools prize".split())
# Words before a quoted other name of a person ("referred to as "David Dennison"").
ALIAS_WORDS = frozenset(["as", "named"])
# Punctuation a quotation may close with right after the title ("Cruel Summer." "Medusa,").
INNER_STOPS = frozenset(",.!?")
# Closed class: nouns after a quoted name that say it names no work, and the type it takes then.
DROPPED = ""
KIND_TYPES = {
    **dict.fromkeys("bill bills act resolution resolutions amendment ordinance".split(), "LAW"),
    **dict.fromkeys("tour rally festival parade gala concert".split(), "EVENT"),
    **dict.fromkeys(
        """
        policy policies program initiative sign signs banner banners hat hats button buttons shirt shirts
        sticker stickers slogan slogans category stock signal effect label
        """.split(),
        DROPPED,
    ),
}
# lower-case words after a quotation's first name that make the quotation a sentence, not a title
SENTENCE_WORDS = 3
QUOTATION_REACH = 40  # tokens read for them
OPENING_QUOTES = frozenset(['"', "“", "‘", "'", "«"])
CLOSING_QUOTES = frozenset(['"', "”", "’", "'", "»"])


def fix_titles(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """``cands`` with each mistyped name that fills a quotation relabelled WORK_OF_ART, and each
    quoted name that a noun after the quotation calls no work retyped or dropped (see
    ``quoted_kind``); the rest come back as they were, in the same order."""
    out = []
    for cand in cands:
        label = "WORK_OF_ART" if _quoted_title(doc, cand) else cand.label
        kind = quoted_kind(doc, cand) if label == "WORK_OF_ART" else None
        label = label if kind is None else kind
        if cand.label == "WORK_OF_ART" and _opens_quoted_sentence(doc, cand):
            label = DROPPED
        if label != DROPPED:
            out.append(Cand(cand.start, cand.end, label))
    return out


def _opens_quoted_sentence(doc: Doc, cand: Cand) -> bool:
    """Whether the model's title ``cand`` is the first words of a quoted sentence: it opens a
    quotation that runs on past it with ``SENTENCE_WORDS`` lower-case words or more before the
    closing mark ('"Crooked Joe Biden was not fit to run ...', '"The Mitchell family would like
    to thank ...'); a title the model cut keeps fewer ('"Sex and the City"', '"A Star is Born"')."""
    opening = cand.start - 1
    if opening < 0 or doc[opening].text not in OPENING_QUOTES or doc[opening].whitespace_:
        return False
    if opening > 0 and not (doc[opening - 1].whitespace_ or doc[opening - 1].is_space):
        return False  # a closing mark joined to the words before it ("... this out:' F-150")
    if any(t.text in OPENING_QUOTES or t.text in CLOSING_QUOTES for t in doc[cand.start : cand.end]):
        return False  # the model's span runs over the quotation's end ('Survivor" Season 47')
    lower = 0
    for token in doc[cand.end : cand.end + QUOTATION_REACH]:
        if token.text in CLOSING_QUOTES or "\n" in token.text:
            break
        lower += token.is_alpha and token.is_lower
    return lower >= SENTENCE_WORDS


def quoted_kind(doc: Doc, cand: Cand) -> str | None:
    """The type of a name that fills a quotation followed by a noun saying what kind of thing it
    names, where that is no work: a bill or resolution is a LAW ('the "Ukraine Fatigue"
    resolution'), a tour or festival an EVENT, and a slogan on a sign, a policy's or a
    category's name no entity at all (``DROPPED``: '"Build Back Biblical" signs', 'a "Monte
    Carlo" stock'). None where no such noun follows."""
    if cand.start == 0 or doc[cand.start - 1].text not in OPENING_QUOTES:
        return None
    close = cand.end + (1 if cand.end < len(doc) and doc[cand.end].text in INNER_STOPS else 0)
    if close + 1 >= len(doc) or doc[close].text not in CLOSING_QUOTES:
        return None
    return KIND_TYPES.get(doc[close + 1].lower_) if doc[close + 1].is_lower else None


def _quoted_title(doc: Doc, cand: Cand) -> bool:
    if cand.label not in MISTYPED or cand.start == 0:
        return False
    if doc[cand.start - 1].text not in OPENING_QUOTES:
        return False
    close = cand.end
    if close < len(doc) and doc[close].text in INNER_STOPS:
        close += 1
    if close >= len(doc) or doc[close].text not in CLOSING_QUOTES:
        return False
    tokens = doc[cand.start : cand.end]
    last = tokens[-1].lower_
    if last in NOT_TITLE_HEADS or last in ORG_GENERIC or (len(tokens) <= 2 and is_title(tokens[-1])):
        return False  # an event, a body or an office ("the so-called 'Supreme Leader'")
    if any(t.text in OPENING_QUOTES or t.text in CLOSING_QUOTES for t in tokens):
        return False  # the quotation is inside the name (Sean "Diddy" Combs)
    if cand.label == "PERSON" and _alias(doc, cand.start - 1):
        return False
    return not _nickname(doc, cand.start - 1, close)


def _alias(doc: Doc, opening: int) -> bool:
    """A person's other name: "referred to as "David Dennison"", "a woman named "Jane""."""
    return opening > 0 and doc[opening - 1].lower_ in ALIAS_WORDS


def _nickname(doc: Doc, opening: int, closing: int) -> bool:
    """A quoted name between a name's parts: a capitalised word right before the opening quote
    and right after the closing one (Sunita "Suni" Williams)."""
    after = doc[closing + 1] if closing + 1 < len(doc) else None
    before = doc[opening - 1] if opening > 0 else None
    return _name_word(after) and _name_word(before)


def _name_word(token: Token | None) -> bool:
    return token is not None and token.is_alpha and token.text[:1].isupper()
