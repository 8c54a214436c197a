"""The half of the day of a bare clock time, written with no "a.m." or "p.m." ("at 4:00", "around 7:30").

The words around it tell it where they can: a part of the day after it ("4:00 in the afternoon",
"10:30 at night", "8:30 on Friday evening", "9:30 tomorrow morning") or just before it ("this
evening at about 7:30"). Where none does, an hour from 1 to 5 is in the afternoon: news writes the
small hours with "a.m." and the afternoon's often bare ("the eclipse's peak at 3:23", "I'll be back
around 2:30"), unless the lines around it speak of the morning or the night ("arrived at 4 a.m.",
"early", "overnight"). A clock written with a leading zero ("02:00") counts 24 hours.
"""

from __future__ import annotations

import re

_LATE_PART = r"afternoon|evening|night|tonight"
_PART_AFTER = re.compile(
    r"\s+(?:in\s+the\s+(?P<in>morning|afternoon|evening)|at\s+(?P<at>night)|(?P<tonight>tonight)"
    r"|(?:on\s+)?(?:(?:the|that|this|tomorrow|[A-Z][a-z]+day)\s+)?(?P<part>morning|afternoon|evening|night))\b",
)
_PART_BEFORE = re.compile(rf"\b(?:{_LATE_PART})\s+(?:at\s+)?(?:about\s+|around\s+|roughly\s+)?$", re.IGNORECASE)
_MORNING_WORDS = re.compile(r"\ba\.\s?m\b|\b(?:morning|overnight|early|dawn|sunrise|breakfast|night)\b", re.IGNORECASE)
_AFTERNOON_HOURS = range(1, 6)
_REACH = 200  # how far before the clock the words of the morning are looked for, within its paragraph


def bare_half(text: str, start: int, end: int, hour: int) -> str:
    """ "a" or "p": the half of the day of the bare clock ``hour`` at ``start``-``end`` of ``text``;
    "" where nothing tells it (the clock keeps its hour as written)."""
    if re.search(r"(?<!\d)0\d:\d\d", text[start:end]):
        return ""  # "from 23:00 to 02:00": a 24-hour clock
    after = _PART_AFTER.match(text, end)
    if after:
        part = (after["in"] or after["at"] or after["tonight"] or after["part"]).lower()
        if part == "morning" or (part in ("night", "tonight") and (hour == 12 or hour < 5)):
            return "a"  # "2:30 at night" is past midnight
        return "p"
    if _PART_BEFORE.search(text, max(0, start - 40), start):
        return "p"
    if hour in _AFTERNOON_HOURS:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        around = text[max(line_start, start - _REACH): line_end if line_end >= 0 else len(text)]
        if not _MORNING_WORDS.search(around):
            return "p"
    return ""
