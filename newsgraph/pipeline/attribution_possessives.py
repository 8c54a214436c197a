"""A reported phrase cut at a plural possessive, mended.

The tagger takes the curly apostrophe of a plural possessive for a closing quotation mark
("echoed Roberts’ questioning", "pointing to Harris’ refusal to defend the ban"); the parser
then hangs the possessed noun beside the owner, not under it, and a content built from the
owner's branch stops at the apostrophe ("Roberts", "Harris"). The text says what the parse
does not: a word ending in "s", the apostrophe, a space and a word is a possessive, and the
phrase of the noun after it belongs to the content.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from newsgraph.pipeline.attribution import Attribution, CharSpan
from newsgraph.pipeline.state import doc_text

APOSTROPHE = "’"
OPENING = "‘"
NOUN_TAGS = ("NOUN", "PROPN", "NUM")


def mend_possessives(doc: Doc, attributions: list[Attribution]) -> list[Attribution]:
    """The ``attributions`` with every content piece that ends right before a plural
    possessive's apostrophe run on to the end of the possessed noun's phrase."""
    return [_mended(doc, a) for a in attributions]


def _mended(doc: Doc, attribution: Attribution) -> Attribution:
    """``attribution`` with its content pieces mended (itself when none is cut)."""
    content = [_run_on(doc, piece, attribution) for piece in attribution.content]
    return attribution if content == attribution.content else replace(attribution, content=content)


def _run_on(doc: Doc, piece: CharSpan, attribution: Attribution) -> CharSpan:
    """``piece`` run on over "’ noun ..." when it ends on an owner ending in "s"; the phrase
    must stay in the sentence and hold neither the cue nor the source."""
    text = doc_text(doc)
    start, end = piece
    owner = end - 1 if text[end - 1 : end] == APOSTROPHE else end  # the apostrophe in the piece or not
    if not (text.startswith(APOSTROPHE + " ", owner) and owner > start and text[owner - 1] == "s"):
        return piece
    if _closes_a_quotation(text, owner):
        return piece
    after = doc.char_span(owner + 2, owner + 3, alignment_mode="expand")
    if after is None:
        return piece
    noun = _possessed(after[0])
    if noun is None:
        return piece
    last = max(t.i for t in noun.subtree if t.sent == noun.sent)
    run_end = doc[last].idx + len(doc[last].text)
    quoted = any(t.is_quote and t.text != APOSTROPHE for t in doc[after[0].i : last + 1])
    if quoted or _holds(attribution, end, run_end):
        return piece
    return (start, run_end)


def _closes_a_quotation(text: str, mark: int) -> bool:
    """True if the apostrophe at ``mark`` closes a single quotation opened earlier in its
    paragraph ("called it ‘a mess of rules’ today") and not closed before it."""
    opening = text.rfind(OPENING, text.rfind("\n", 0, mark) + 1, mark)
    if opening < 0:
        return False
    between = text[opening + 1 : mark]
    return not any(between[i] == APOSTROPHE and not between[i + 1 : i + 2].isalpha() for i in range(len(between)))


def _possessed(word: Token) -> Token | None:
    """The noun ``word`` is or modifies, to its right ("first" of "first year": "year")."""
    while word.pos_ not in NOUN_TAGS:
        if word.head.i <= word.i or word.dep_ not in ("amod", "compound", "nummod", "advmod"):
            return None
        word = word.head
    return word


def _holds(attribution: Attribution, start: int, end: int) -> bool:
    """True if ``[start, end)`` overlaps the cue or the source of ``attribution``."""
    parts = [attribution.cue] + ([attribution.source] if attribution.source else [])
    return any(s < end and start < e for s, e in parts)
