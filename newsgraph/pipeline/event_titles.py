"""Titles in quotation marks name works, not events: “Die With A Smile”, "How to Get Away With
Murder", “The American Dream Is Killing Me”. A verb or noun inside such a title reports nothing
that happened.

A quoted title is told from quoted speech by its shape: at most ten words, every word capitalized
but the short words titles leave in lower case ("to", "with", "of"), and no comma or full stop
closing it inside the quotation marks (speech: “We will strike back,” he said).
"""

import re

# words a title may leave in lower case
MINOR_WORDS = frozenset("a an the and or but nor of in on at to for with by from as into onto upon is "
                        "vs".split())
MAX_TITLE_WORDS = 10
OPENING = {"“": "”", '"': '"'}
WORD = re.compile(r"[^\W\d_][\w'’-]*")


def in_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a quoted title on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    quoted = _quoted(text, line_start, line_end, start, end)
    return quoted is not None and is_title(quoted)


def is_title(quoted: str) -> bool:
    """Whether ``quoted``, the text between quotation marks, has the shape of a title."""
    if quoted.rstrip()[-1:] in (",", ".", ";", ":"):
        return False  # speech closes its sentence or clause inside the quotation marks
    words = WORD.findall(quoted)
    if not 1 <= len(words) <= MAX_TITLE_WORDS:
        return False
    return all(w[0].isupper() or w.lower() in MINOR_WORDS for w in words) and words[0][0].isupper()


def _quoted(text: str, line_start: int, line_end: int, start: int, end: int) -> str | None:
    """The text between the quotation marks around ``start``..``end`` on one line, or None."""
    for opening, closing in OPENING.items():
        before = text[line_start:start]
        if opening == closing:
            if before.count(opening) % 2 == 0:
                continue
            begin = before.rfind(opening)
        else:
            begin = before.rfind(opening)
            if begin < 0 or before.rfind(closing) > begin:
                continue
        stop = text.find(closing, end, line_end)
        if stop >= 0:
            return text[line_start + begin + 1 : stop]
    return None
