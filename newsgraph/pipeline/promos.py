"""Lines that link to other stories: "More:Headline", "RESULTS:Delaware elections 2024: ...".

News pages set links to related stories between paragraphs, written as a short label, a colon
with no space after it, and the other story's headline ("Gaetz and more:Who are the Republicans
balking at Kevin McCarthy ...", "Read more:Biden and Trump agree to two televised debates"); or
as one of the usual link labels, with or without a space or an arrow ("READ MORE: Colleges report
...", "►Related: Mahomes, Hurts set for historic Super Bowl matchup", "Watch: Trump visits ..."). The
label and the headline are text of this page, and their names are mentions like any other; but
what the headline says someone said or did happened in the other story: the quotes and events
layers take no attribution and no event from such a line.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsgraph.pipeline.state import doc_text

# a label of one to six words ending in a letter, a colon, and the headline straight after it
# (not a clock, "At 9:30 a.m.", nor a ratio, "won 3:1", nor "Note: text" with a space)
PROMO = re.compile(r"^[ \t]*[A-Z][\w'’&.-]*(?:[ \t]+[\w'’&.-]+){0,5}(?<=[A-Za-z'’]):(?=['‘“\"A-Z])", re.MULTILINE)
# the usual link labels, which a space may follow ("Note: text" is no link, "More: Headline" is)
LINK_LABEL = re.compile(
    r"^[ \t]*(?:[►▶»■•][ \t]*)?(?:(?:read |learn )?more|related|watch|listen|see also|also read|read also"
    r"|related (?:coverage|stories|story|content|video)|more (?:coverage|news|stories)|top stories|trending)"
    r"[ \t]*:[ \t]*(?=\S)",
    re.MULTILINE | re.IGNORECASE,
)
KEY = "newsgraph_promo_lines"


def promo_lines(doc: Doc) -> list[tuple[int, int]]:
    """The character spans ``[start, end)`` of ``doc``'s lines that link to another story, in text
    order (computed once per document)."""
    found = doc.user_data.get(KEY)
    if found is None:
        text = doc_text(doc)
        starts = sorted({m.start() for pattern in (PROMO, LINK_LABEL) for m in pattern.finditer(text)})
        found = []
        for start in starts:
            end = text.find("\n", start)
            found.append((start, len(text) if end < 0 else end))
        doc.user_data[KEY] = found
    return found


def in_promo(doc: Doc, offset: int) -> bool:
    """Whether the character ``offset`` of ``doc`` lies in a line that links to another story."""
    return any(start <= offset < end for start, end in promo_lines(doc))
