"""Calendar words that are words of a name: "the Summer Games", "Rep. August Pfluger".

A season or a month is a time only where it names one; written inside a name it is part of the
name, and the time layer leaves it alone.
"""

from __future__ import annotations

import re

from newsgraph.pipeline.names import TITLES


def titled_given_name(text: str, start: int, end: int) -> bool:
    """Whether the month at chars ``[start, end)`` is a given name: a title before it, a capitalised word after it."""
    before = text[max(0, start - 16):start].split()
    return bool(before) and before[-1].lower() in TITLES and re.match(
        r"[ \t]+[A-Z][a-z]", text[end:end + 3]) is not None


def season_in_name(text: str, m: re.Match[str]) -> bool:
    """Whether the season a match holds is written as part of a name: capitalised, with a capitalised
    word after it ("Summer Olympics", "Fall River", "Winter Meetings")."""
    if not m.groupdict().get("season") or not m.group("season")[0].isupper() or m.group("season").isupper():
        return False
    return re.match(r"[ \t]+[A-Z][a-z]", text[m.end("season"):m.end("season") + 3]) is not None
