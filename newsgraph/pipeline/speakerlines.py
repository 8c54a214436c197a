"""Paragraphs that open with a speaker's name and a colon: transcript turns and headline attributions.

``WALLACE: Let's start with the debate.`` (a transcript) and ``Pence: Flowers Won't Be at
Debate`` (a headline) report what the named speaker said without any verb. The colon is the cue,
the name the source, and the rest of the paragraph the content. Labels that introduce no speech
("UPDATE:", "Photo:", "Note:") and places ("WASHINGTON:", a dateline) are left out.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsgraph.pipeline.attribution import Attribution, CharSpan
from newsgraph.pipeline.state import doc_text

# a line: spaces, an optional opening quotation mark, 1-4 capitalised words, a colon, the content
SPEAKER_LINE = re.compile(r"^[ \t]*[\"“]?([A-Z][\w.’'-]*(?:[ \t][A-Z][\w.’'-]*){0,3}):[ \t]+(\S[^\n]*)$", re.M)
MIN_CONTENT_WORDS = 3
# closed class: labels of the page, not speakers
NOT_SPEAKERS = frozenset(
    """
    update updated note clarification editor editors watch photo photos video videos correction corrections related
    read more source sources caption credit image images listen see warning breaking exclusive live
    analysis opinion transcript summary background advertisement ad subscribe follow share contact
    email tags tag topics filed posted published by and or the a an in on at for of with from to
    """.split()
)
NOT_SPEAKER_LABELS = ("GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT")


def speaker_lines(doc: Doc) -> list[Attribution]:
    """An attribution for every paragraph opened by a speaker label, even inside a quotation
    (a transcript quoted paragraph by paragraph): its content is said word for word."""
    text = doc_text(doc)
    found: list[Attribution] = []
    for match in SPEAKER_LINE.finditer(text):
        label_start, label_end = match.span(1)
        content = _content(text, *match.span(2))
        if content is None:
            continue
        head = _speaker_head(doc, label_start, label_end)
        if head is None:
            continue
        colon = label_end
        source = (label_start, label_end)
        found.append(Attribution((colon, colon + 1), head, source, head, [content], nests=False, verbatim=True))
    return found


def _content(text: str, start: int, end: int) -> CharSpan | None:
    """The content after the colon, without trailing spaces nor the mark closing a quoted
    transcript; None when it is too short to be said."""
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] in "\"”" and not any(ch in "\"“" for ch in text[start : end - 1]):
        end -= 1
    words = [w for w in text[start:end].split() if any(ch.isalpha() for ch in w)]
    return (start, end) if len(words) >= MIN_CONTENT_WORDS else None


def _speaker_head(doc: Doc, start: int, end: int) -> int | None:
    """The last token of the label when it names someone: proper nouns (or capitals, as in a
    transcript), not a page label and not a place or a date."""
    label = doc.char_span(start, end, alignment_mode="expand")
    if label is None or len(label) == 0:
        return None
    words = [t for t in label if not t.is_punct]
    if not words or any(t.lower_ in NOT_SPEAKERS for t in words):
        return None
    shouting = all(t.text.isupper() for t in words)
    if not shouting and not all(t.pos_ == "PROPN" for t in words):
        return None
    if any(t.ent_type_ in NOT_SPEAKER_LABELS for t in words):
        return None
    return words[-1].i
