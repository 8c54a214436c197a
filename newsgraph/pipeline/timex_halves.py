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
_DAYBREAK = r"\ba\.\s?m\b|\b(?:morning|overnight|early|dawn|sunrise|breakfast)\b"
_DAYBREAK_WORDS = re.compile(_DAYBREAK, re.IGNORECASE)
_MORNING_WORDS = re.compile(_DAYBREAK + r"|\bnight\b", re.IGNORECASE)  # the small hours: "Friday night at 2:30"
_AFTERNOON_HOURS = range(1, 6)
_EVENING_HOURS = range(5, 12)
_EVENING_WORDS = re.compile(r"\b(?:evening|night|tonight|nightly|dinner|sunset)\b", re.IGNORECASE)
_HALF_WRITTEN = re.compile(r"(?<![\d:])(\d{1,2})(?::\d\d)?\s*([ap])\.?\s?m\b", re.IGNORECASE)
_PAIRED = re.compile(r"\.?\s*(?-i:[A-Z]{1,4})?\s*[/(]\s*(?:about\s+|around\s+)?")  # "p.m. ET/" "p.m. ET ("
_LATE_EVENING = 9  # after a clock this late, a smaller bare hour is past midnight
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z\"“])|\n")
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
    earlier = _half_before(text, start, hour)
    if earlier is not None:
        return earlier
    if hour in _EVENING_HOURS and _told_of_the_evening(text, start, end):
        return "p"
    if hour in _AFTERNOON_HOURS:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        around = text[max(line_start, start - _REACH): line_end if line_end >= 0 else len(text)]
        if not _MORNING_WORDS.search(around):
            return "p"
    return ""


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding chars ``[start, end)``, by its stops (not those of "p.m.")."""
    begin = max(0, start - _REACH)
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, begin, start)
              if not re.search(r"\b[ap]\.\s?m\.$", text[max(0, m.start() - 4):m.start() + 1])]
    after = _SENTENCE_BREAK.search(text, end)
    return (breaks[-1] if breaks else begin), (after.start() if after else len(text))


def _half_before(text: str, start: int, hour: int) -> str | None:
    """The half of the day of the last clock written with one earlier in the sentence, where the bare
    ``hour`` is not smaller ("begin at 5:30 p.m. followed by the dinner at 6:45", "the range opened at
    7:35 a.m. and the putting green at 7:45"); past noon after a smaller morning's ("Doors open at
    11 a.m. and the show starts at 1:30"); "" where a smaller hour follows an evening's ("closed at
    11 p.m., the fight broke out at 1:30"); None with no such clock, or an earlier evening's."""
    sent_start, _ = _sentence(text, start, start)
    written = list(_HALF_WRITTEN.finditer(text, sent_start, start))
    if not written or not 0 < int(written[-1].group(1)) <= 12:
        return None
    last = written[-1]
    half, last_hour = last.group(2).lower(), int(last.group(1)) % 12
    if last_hour <= hour % 12 or _PAIRED.fullmatch(text, last.end(), start):
        return half  # "8:20 p.m. ET (5:20 PT)": the same instant in another zone, in the same half
    if half == "a":
        return "p"
    return "" if last_hour >= _LATE_EVENING else None  # "the show at 7:30 p.m., the gala at 5:30"


def _told_of_the_evening(text: str, start: int, end: int) -> bool:
    """Whether the sentence of the clock at ``start``-``end`` speaks of the evening and not the morning
    ("At 6:30 fans lined up for night one", "with sunset after 7:30")."""
    sent_start, sent_end = _sentence(text, start, end)
    sentence = text[sent_start:sent_end]
    return bool(_EVENING_WORDS.search(sentence)) and not _DAYBREAK_WORDS.search(sentence)

