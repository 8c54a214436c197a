"""The shape of a quotation: a whole sentence (direct), a phrase (partial), or no speech at all.

Quotation marks also enclose titles ("Fox Radio’s “The Morning Show”"), nicknames
("Dwayne “The Rock” Johnson") and scare quotes (a word or two the writer distances themself
from). These tests look only at the quotation, its neighbours and the named-entity tags.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsgraph.pipeline.state import doc_text

SENTENCE_END = re.compile(r"[.?!…][’'”\"»]*\s+[“\"«‘]?[A-Z]")
CLOSING_PUNCT = ".,?!…—–-:;"
POSSESSIVE = ("’s", "'s", "s’", "s'")
MAX_SCARE_WORDS = 3
MAX_TITLE_WORDS = 6
TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with from by is".split())
MAX_CONTINUATION_GAP = 700


def inner_text(text: str, start: int, end: int) -> str:
    """The quotation without its marks and surrounding spaces."""
    if text.startswith("''", start) and text.startswith("''", end - 2):
        return text[start + 2 : end - 2].strip()  # the typewriter mark of two apostrophes
    return text[start + 1 : end - 1].strip()


def text_before(text: str, start: int, size: int = 8) -> str:
    """The last ``size`` characters before ``start`` once the spaces before it are dropped:
    ``text[:start].rstrip()[-size:]`` without copying the whole text before."""
    i = start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return text[max(0, i - size) : i]


def _next_char(text: str, end: int) -> str:
    """The first character at or after ``end`` that is not a space or tab ("" at the end)."""
    i = end
    while i < len(text) and text[i] in " \t":
        i += 1
    return text[i : i + 1]


def is_direct(doc: Doc, start: int, end: int) -> bool:
    """True if the quotation ``[start, end)`` is a sentence (or more) rather than a phrase."""
    text = doc_text(doc)
    inner = inner_text(text, start, end)
    if "\n" in inner or SENTENCE_END.search(inner):
        return True
    first = next((ch for ch in inner if ch.isalpha()), "")
    before = text_before(text, start)
    if before.endswith((",", ":")) and inner[-1:] in ".?!" and len(inner.split()) >= 2:
        return True  # the second half of a quotation split by its attribution: “...,” he said, “...”
    if not first.isupper() or len(inner.split()) < 2:
        return False
    after = _next_char(text, end)
    ends_clause = inner[-1:] in CLOSING_PUNCT or not after or after[0] in ".?!\n"
    return ends_clause


def is_title_or_name(doc: Doc, start: int, end: int) -> bool:
    """True for a title after a possessive or tagged WORK_OF_ART, or a nickname inside a name."""
    text = doc_text(doc)
    inner = inner_text(text, start, end)
    first = next((ch for ch in inner if ch.isalpha()), "")
    if not first.isupper() or inner[-1:] in ".?!":
        return False
    before = text_before(text, start)
    if before.endswith(POSSESSIVE):
        return True
    if any(e.label_ == "WORK_OF_ART" and e.start_char < end and start < e.end_char for e in doc.ents):
        return True
    return _inside_name(doc, start, end)


def title_case(doc: Doc, start: int, end: int) -> bool:
    """A short run of capitalised words with no verb: “Face the Nation”, “Gang of Eight”."""
    inner = inner_text(doc_text(doc), start, end).rstrip(".,?!")
    words = [w for w in inner.split() if any(ch.isalpha() for ch in w)]
    if not words or len(words) > MAX_TITLE_WORDS:
        return False
    if not all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words):
        return False
    tokens = doc.char_span(start, end, alignment_mode="expand")
    return tokens is not None and not any(t.pos_ in ("VERB", "AUX", "PRON") for t in tokens)


def _inside_name(doc: Doc, start: int, end: int) -> bool:
    """``Dwayne “The Rock” Johnson``: capitalised proper nouns right before and after."""
    before = doc.char_span(start, end, alignment_mode="expand")
    if before is None or before.start == 0 or before.end >= len(doc):
        return False
    left, right = doc[before.start - 1], doc[before.end]
    return left.pos_ == "PROPN" and right.pos_ == "PROPN" and left.text[:1].isupper() and right.text[:1].isupper()


def is_not_speech(doc: Doc, start: int, end: int, direct: bool) -> bool:
    """True if a quotation with no cue is a title, a nickname or a scare quote."""
    if is_title_or_name(doc, start, end) or title_case(doc, start, end):
        return True
    if direct:
        return False
    return len(inner_text(doc_text(doc), start, end).split()) <= MAX_SCARE_WORDS


def continues_speaker(text: str, previous_end: int, start: int) -> bool:
    """True if a quotation at ``start`` is close enough to the one ending at ``previous_end``
    (at most one paragraph break, a few sentences) to be the same speaker going on."""
    gap = text[previous_end:start]
    return len(gap) <= MAX_CONTINUATION_GAP and gap.count("\n") <= 2 and "\n\n\n" not in gap
