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

A title the model cut short ("True Detective" of "True Detective: Night Country", "Shadows" of
"What We Do in the Shadows", "Late Night" of "Late Night with Seth Meyers") takes the whole
quotation where the quotation is shaped like a title (``whole_title``); names inside it (Seth
Meyers) are part of the title then, not mentions of their own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.pipeline import names
from newsgraph.pipeline.clusters import ORG_GENERIC
from newsgraph.pipeline.names import Cand, is_title
from newsgraph.pipeline.state import doc_text

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
        t-shirt t-shirts flag flags poster posters placard placards chant chants
        sticker stickers slogan slogans category stock signal effect label
        """.split(),
        DROPPED,
    ),
}
# lower-case words after a quotation's first name that make the quotation a sentence, not a title
SENTENCE_WORDS = 3
QUOTATION_REACH = 40  # tokens read for them
OPENING_QUOTES = frozenset(['"', "“", "‘", "'", "«"])
# Closed class: the words a title leaves in lower case ("A Star is Born", "Under the Bridge").
TITLE_SMALL_WORDS = frozenset(
    "a an the and or nor but of in on at to for with from by as vs vs. via into is are be not".split()
)
# Punctuation inside a title: subtitles, parts, "&", a possessive, an exclamation ("Jimmy Kimmel Live!").
TITLE_PUNCT = frozenset(":-–—&!?.,()")
TITLE_REACH = 16  # tokens a title may run over
SUBTITLE_MARKS = frozenset(":-–—")
CLOSING_QUOTES = frozenset(['"', "”", "’", "'", "»"])
QUOTE_MARKS = OPENING_QUOTES | CLOSING_QUOTES


def fix_titles(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """``cands`` with each mistyped name that fills a quotation relabelled WORK_OF_ART, and each
    quoted name that a noun after the quotation calls no work retyped or dropped (see
    ``quoted_kind``); the rest come back as they were, in the same order."""
    out = []
    for cand in _whole_titles(doc, cands):
        label = "WORK_OF_ART" if _quoted_title(doc, cand) else cand.label
        kind = quoted_kind(doc, cand) if label == "WORK_OF_ART" else None
        label = label if kind is None else kind
        if cand.label == "WORK_OF_ART" and _opens_quoted_sentence(doc, cand):
            label = DROPPED
        if label != DROPPED:
            out.append(Cand(cand.start, cand.end, label))
    return out


def _whole_titles(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """``cands`` with each title the model cut short grown to its whole quotation (see
    ``whole_title``), keeping its label, and the names inside that quotation dropped. A title
    grows where the model called it one; a name of another type (``MISTYPED``) only where the
    words it gains show a title's shape, a small word or a subtitle's mark ('Under the Old
    Bridge', 'Storm Front: Night Harbor'; not 'President Roe') and where the whole would be
    taken for a title (not '"13 Keys to the White House" system', a name of a body's shape)."""
    grown = [_grown(doc, c) for c in cands]
    spans = [g for g in grown if g is not None]
    if not spans:
        return cands
    out = []
    for cand, whole in zip(cands, grown):
        if whole is not None:
            out.append(whole)
        elif not any(s.start <= cand.start and cand.end <= s.end for s in spans):
            out.append(cand)
    return names.without_overlaps(out)


def _grown(doc: Doc, cand: Cand) -> Cand | None:
    if cand.label != "WORK_OF_ART" and cand.label not in MISTYPED:
        return None
    whole = whole_title(doc, cand)
    if whole is None or cand.label == "WORK_OF_ART":
        return whole
    gained = [*doc[whole.start : cand.start], *doc[cand.end : whole.end]]
    if not any(t.lower_ in TITLE_SMALL_WORDS or t.text in SUBTITLE_MARKS for t in gained):
        return None
    if doc[whole.end - 1].text == "!":
        return None  # an exclamation, a post's or a chant's words ('"Jane Roe for Senate Leader!"')
    return whole if _quoted_title(doc, whole) else None  # no title by its last word: the name stays


def whole_title(doc: Doc, cand: Cand) -> Cand | None:
    """The whole quoted title around the title ``cand`` where the model took only part of it:
    the tokens between an opening mark before ``cand`` and a closing one after it (a comma or
    full stop before the closing mark left out), on one line, shaped like a title (see
    ``title_shaped``). None where ``cand`` already fills its quotation or no such quotation is
    around it ('"True Detective: Night Country"' -> the whole; '"Today Madam Clerk, House
    Democrats are united,"' -> None: a sentence)."""
    if not _marks_near(doc, cand):
        return None  # most names stand in no quotation: skip the token walk
    opening = _mark_before(doc, cand.start)
    closing = _mark_after(doc, cand.end)
    if opening is None or closing is None:
        return None
    end = closing - 1 if doc[closing - 1].text in ",." else closing
    if (opening + 1, end) == (cand.start, cand.end) or end <= opening + 1:
        return None
    if not title_shaped(doc[opening + 1 : end]):
        return None
    return Cand(opening + 1, end, cand.label)


def _marks_near(doc: Doc, cand: Cand) -> bool:
    """Whether the text within ``TITLE_REACH`` tokens before and after ``cand`` holds a quotation
    mark on each side (a cheap test on characters before the walk over tokens)."""
    text = doc_text(doc)
    low = doc[max(0, cand.start - TITLE_REACH)].idx
    last = doc[min(len(doc), cand.end + TITLE_REACH) - 1]
    before, after = text[low : doc[cand.start].idx], text[doc[cand.end - 1].idx : last.idx + len(last.text)]
    return any(m in before for m in OPENING_QUOTES) and any(m in after for m in CLOSING_QUOTES)


def _mark_before(doc: Doc, start: int) -> int | None:
    """The opening quotation mark before token ``start`` on its line, or None where another mark
    or a line break comes first."""
    for i in range(start - 1, max(-1, start - 1 - TITLE_REACH), -1):
        if _opening(doc, i):
            return i
        if "\n" in doc[i].text or doc[i].text in QUOTE_MARKS:
            return None
    return None


def _mark_after(doc: Doc, end: int) -> int | None:
    """The closing quotation mark from token ``end`` on, on its line, or None where another mark
    or a line break comes first."""
    for i in range(end, min(len(doc), end + TITLE_REACH)):
        if _closing(doc, i):
            return i
        if "\n" in doc[i].text or doc[i].text in QUOTE_MARKS:
            return None
    return None


def _opening(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a quotation: a mark joined to the word after it, not to the one before."""
    return (
        doc[i].text in OPENING_QUOTES
        and not doc[i].whitespace_
        and (i == 0 or bool(doc[i - 1].whitespace_) or doc[i - 1].text in "([")
    )


def _closing(doc: Doc, i: int) -> bool:
    """Whether token ``i`` closes a quotation: a mark joined to the word before it."""
    return doc[i].text in CLOSING_QUOTES and i > 0 and not doc[i - 1].whitespace_


def title_shaped(tokens: Span) -> bool:
    """Whether ``tokens`` read as a title: the first word capitalised or a number, every other
    word capitalised, a number or one of ``TITLE_SMALL_WORDS``, and no other punctuation than
    ``TITLE_PUNCT`` ('Where the Crawdads Sing', 'Mission: Impossible - Dead Reckoning Part 1';
    not 'Finally. Someone who thinks like me')."""
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    if not words or not (words[0].text[:1].isupper() or words[0].like_num):
        return False
    for token in tokens:
        if token.is_space:
            return False
        if token.is_punct or token.text in ("'s", "’s"):
            if token.text not in TITLE_PUNCT and token.text not in ("'s", "’s"):
                return False
        elif not (token.text[:1].isupper() or token.like_num or token.lower_ in TITLE_SMALL_WORDS):
            return False
    return not any(t.text in ".!?" and i + 1 < len(tokens) for i, t in enumerate(tokens))


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
    # a comma right after the name with the quotation going on: an address or an opening phrase
    # ('"Today Madam Clerk, House Democrats are united,"'); a title closes at its comma ('"Medusa,"')
    comma = cand.end + 1 < len(doc) and doc[cand.end].text == "," and doc[cand.end + 1].text not in CLOSING_QUOTES
    return lower >= (SENTENCE_WORDS - 1 if comma else SENTENCE_WORDS)


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
    if not doc[close + 1].is_lower:
        return None
    word = doc[close + 1 : close + 4].text.split()[0].rstrip(",.;:!?")  # "t-shirt": three tokens
    return KIND_TYPES.get(word.lower())


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
