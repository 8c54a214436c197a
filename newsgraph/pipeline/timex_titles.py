"""Titles of works in quotes ("The Next 365 Days", 'Friday the 13th'), whose time words are no times."""

from __future__ import annotations

import re
from functools import lru_cache

# a short double-quoted run of title-case words ("The Next 365 Days", "2001: A Space Odyssey")
_QUOTED = re.compile(r"[\"“](?P<title>[^\"“”\n]{1,60})[\"”]")
# single quotes, as headlines and some styles set titles ('Friday the 13th' films); not an apostrophe
_SINGLE_QUOTED = re.compile(r"(?<![\w'’])['‘](?P<title>[^'‘’\n]{1,60})['’](?![\w'’])")
# a noun that a one-word title names a work by ("Wednesday" star Jenna Ortega)
_WORK_NOUN = re.compile(r"\s+(?:stars?|series|shows?|films?|movies?|episodes?|actor|actress|cast|creator|seasons?|"
                        r"albums?|songs?|premiere|finale|franchise)\b")
_TITLE_WORD = re.compile(r"[A-Z0-9]|(?:a|an|the|of|and|or|in|on|at|to|for|from|with|by|as|vs?\.?)$")


def in_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether chars ``[start, end)`` lie inside quotes holding two to eight words, each capitalised, a number or a
    short function word: a title, not quoted speech ("Today, we vote" has lower-case words); or one
    such word before a noun that names a work by its title ("Wednesday" star)."""
    line_end = text.find("\n", end)
    bounds = (text.rfind("\n", 0, start) + 1, line_end if line_end >= 0 else len(text))
    for title_start, title_end, is_title in _quoted_runs(text, *bounds):
        if title_start <= start and end <= title_end:
            return is_title
    return False


@lru_cache(maxsize=32)
def _quoted_runs(text: str, line_start: int, line_end: int) -> list[tuple[int, int, bool]]:
    """The quoted runs of a line (double quotes first, then single), each with whether it is a title:
    the line's expressions ask in turn, so each line is read once."""
    runs = []
    # from the paragraph's start, so that straight quotes pair up as the writer opened them
    for pattern in (_QUOTED, _SINGLE_QUOTED):
        for quoted in pattern.finditer(text, line_start, line_end):
            words = re.findall(r"[\w'’.-]+", quoted.group("title"))
            if not all(_TITLE_WORD.match(w) for w in words) or len(words) > 8:
                is_title = False
            else:
                is_title = len(words) >= 2 or bool(_WORK_NOUN.match(text, quoted.end()))
            runs.append((quoted.start("title"), quoted.end("title"), is_title))
    return runs
