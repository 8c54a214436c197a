"""Check a TimeML answer key against its own text: gold values that the written words contradict.

A scorer trusts its key. Before a value F1 is read as a tagger's error rate, it helps to know
how many gold values cannot be right whatever the tagger does, because the expression's own
words say otherwise. ``check_key(timexes)`` applies only tests that need no judgement:

- **shape**: a DURATION value is a period (``P...``); a DATE or TIME value is not;
- **year**: an expression that is only a four-digit year has that year as its value;
- **date**: "Sept. 27" or "Sept. 27, 1989" has that month, day (and year), to the day;
- **weekday**: a value that names a calendar day falls on the weekday the words name;
- **amount**: "13 years", "six months" is ``P13Y``, ``P6M``: the written number and unit;
- **week**: an ISO week number has two digits (``1998-W07``, never ``1998-W7``).

Each finding names the document, the expression, its value and the test it fails. Conventions
on which annotators may differ ("last week" as a numbered week or ``WXX``) are not findings.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsgraph.evaluate.timeml import GoldTimex
from newsgraph.pipeline.timex_words import MONTHS, WEEKDAYS, number_value

REFS = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
OFFSET_WORDS = {"before", "after", "following", "prior", "since", "until", "day", "days", "week", "weeks"}
UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "TH", "minute": "TM", "second": "TS"}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_WORDS = re.compile(rf"^({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\.?$", re.I)
_AMOUNT = re.compile(r"^(?:the\s+)?([\w-]+(?:\s+[\w-]+)?)\s+(year|month|week|day|hour|minute|second)s?$", re.I)
_DAY_VALUE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")


@dataclass(frozen=True)
class KeyFinding:
    """A gold TIMEX3 whose value its own words contradict: where, what and which test."""

    doc_id: str
    text: str
    type: str
    value: str
    test: str
    why: str

    def __str__(self) -> str:
        return f"{self.doc_id}: {self.text!r} {self.type} {self.value}: {self.test}: {self.why}"


def check_key(timexes: Iterable[GoldTimex], doc_id: str = "") -> list[KeyFinding]:
    """Every finding on one document's gold expressions, in text order."""
    found: list[KeyFinding] = []
    for timex in timexes:
        for test in (_shape, _year, _date, _weekday, _amount, _week):
            why = test(timex)
            if why:
                found.append(KeyFinding(doc_id, timex.text, timex.type, timex.value, test.__name__[1:], why))
                break  # one finding per expression: the first test it fails
    return found


def _shape(t: GoldTimex) -> str | None:
    period = t.value.startswith("P") and t.value not in REFS
    if t.type == "DURATION" and not period:
        return "a DURATION's value must be a period (P...)"
    if t.type in ("DATE", "TIME") and period:
        return f"a {t.type}'s value cannot be a period"
    return None


def _year(t: GoldTimex) -> str | None:
    words = t.text.strip()
    if re.fullmatch(r"\d{4}", words) and t.value != words and t.type == "DATE":
        return f"the words are the year {words}"
    return None


def _date(t: GoldTimex) -> str | None:
    m = _DATE_WORDS.match(t.text.strip())
    if not m or t.type != "DATE":
        return None
    month, day, year = MONTHS[m.group(1).lower()], int(m.group(2)), m.group(3)
    v = _DAY_VALUE.match(t.value)
    if not v:
        return f"the words give a day ({m.group(0)}), the value does not"
    if (int(v.group(2)), int(v.group(3))) != (month, day) or (year and v.group(1) != year):
        return f"the words give {year + '-' if year else ''}{month:02d}-{day:02d}"
    return None


def _weekday(t: GoldTimex) -> str | None:
    words = re.findall(r"[a-z]+", t.text.lower())
    named = [WEEKDAYS[w] for w in words if w in WEEKDAYS and len(w) > 3]
    v = _DAY_VALUE.match(t.value)
    if len(named) != 1 or not v or t.type not in ("DATE", "TIME") or OFFSET_WORDS.intersection(words):
        return None  # "the day before last Tuesday" names a day by another
    try:
        day = dt.date(int(v.group(1)), int(v.group(2)), int(v.group(3)))
    except ValueError:
        return "the value is no calendar day"
    if day.isoweekday() != named[0]:
        return f"{day.isoformat()} is a {day.strftime('%A')}"
    return None


def _amount(t: GoldTimex) -> str | None:
    m = _AMOUNT.match(t.text.strip())
    if not m or t.type != "DURATION":
        return None
    number = number_value(m.group(1))
    if number is None or number != int(number):
        return None  # vague ("several years") or fractional: no one written value to compare
    unit = UNITS[m.group(2).lower()]
    expected = f"PT{int(number)}{unit[1]}" if unit.startswith("T") else f"P{int(number)}{unit}"
    if t.value != expected:
        return f"the words give {expected}"
    return None


def _week(t: GoldTimex) -> str | None:
    if re.search(r"-W\d(?!\d)", t.value):
        return "an ISO week number has two digits"
    return None
