"""The day a clause names after its clock time: "a 7 p.m. departure on Monday", "6 a.m. EST (11 a.m.
local time) in London on May 6", "early in the morning on Sunday, Feb. 2".

A clock time or part of the day that names no day of its own is read, in text order, on the day
the story has set or the publication's (``timex_narrative``). Where a day named later in the same
clause dates it (the day hangs, through "on" or "of", on the clock time, on a noun above it, or on
the verb of its clause), that day is the clock time's; the one right after it ("9 a.m. on Aug. 3")
is read with it already (``timex_relative.DAY_AFTER``).
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Token

from newsgraph.pipeline.timex_grammar import Candidate
from newsgraph.pipeline.timex_ranges import CLOCK_VALUE, names_its_day, set_clock
from newsgraph.pipeline.timex_values import Context, Timex

REACH = 80  # characters from the clock time to the day that may date it
_PART_VALUE = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)(?P<part>T(?:MO|AF|EV|NI))$")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d$")
_DATING_PREPS = {"on", "of"}
_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th)\s+$", re.IGNORECASE)


def date_by_later_day(doc: Doc, found: list[tuple[Candidate, Timex]], ctx: Context) -> None:
    """Give each clock time or part of the day in ``found`` (in text order) that names no day of
    its own the day a later expression of its clause names, where that day dates it."""
    for i, (cand, timex) in enumerate(found):
        if not _open_day(cand, timex):
            continue
        for later, later_timex in found[i + 1 : i + 4]:
            if later.start - cand.end > REACH:
                break
            if later_timex.type != "DATE" or not _DAY_VALUE.match(later_timex.value or ""):
                continue
            if _ORDINAL_BEFORE.search(later.match.string, max(0, later.start - 12), later.start):
                break  # "on the first Sunday of November": a rule for every year, no day
            day = dt.date.fromisoformat(later_timex.value)
            if _dates(doc, cand, later) and (timex.point is None or timex.point[0] != day):
                _move(cand, timex, day, ctx)
            break


def _open_day(cand: Candidate, timex: Timex) -> bool:
    """Whether ``cand`` is a clock time or a part of "the" day ("the morning") that names no day."""
    if timex.type != "TIME":
        return False
    if cand.rule == "clock":
        if timex.timezone is not None and not cand.match["zone"]:
            return False  # "from 4:30 p.m.-6 p.m. ET on Sunday": the range has read it with its end
        return not names_its_day(cand) and CLOCK_VALUE.match(timex.value or "") is not None
    return cand.rule == "daypart" and (cand.match["what"] or "").lower() == "the" and not cand.match["mon"]


def _dates(doc: Doc, cand: Candidate, later: Candidate) -> bool:
    """Whether the day at ``later`` hangs, through "on" or "of", on the clock time at ``cand``, on a
    noun above it or on the first verb above it ("a 7 p.m. departure on Monday", "the afternoon of
    Sunday", "began at 6 a.m. ... on May 6"), in the same sentence."""
    clock = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    day = doc.char_span(later.start, later.end, alignment_mode="expand")
    if clock is None or day is None or not len(clock) or not len(day) or clock.sent != day.sent:
        return False
    root = day.root
    if not (root.dep_ == "pobj" and root.head.lower_ in _DATING_PREPS):
        return False
    return root.head.head.i in {t.i for t in _up_to_verb(clock.root)}


def _up_to_verb(token: Token) -> list[Token]:
    """``token`` and the words above it up to the first verb, that verb included."""
    chain = [token]
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
        chain.append(token)
    return chain


def _move(cand: Candidate, timex: Timex, day: dt.date, ctx: Context) -> None:
    """Write ``day`` as the day of the clock time or part of the day ``timex``."""
    clock = CLOCK_VALUE.match(timex.value or "")
    if clock is not None:
        set_clock((cand, timex), day, int(clock["h"]), int(clock["m"]), cand.match["zone"], ctx)
        return
    part = _PART_VALUE.match(timex.value or "")
    if part is not None:
        timex.value = f"{day.isoformat()}{part['part']}"
        timex.point = (day, "day")
    elif timex.value.startswith("XXXX-XX-XXT"):
        timex.value = f"{day.isoformat()}{timex.value[10:]}"
        timex.point = (day, "day")
