"""A day told from another day the text names: "the day after tomorrow", "the day before
Thanksgiving", "the night before Christmas", "the day before last Tuesday".

TimeML tags such a phrase as one expression, valued by the day it counts from, one day on or
back: "the day after tomorrow", told on Nov. 20, is Nov. 22 (the layer had tagged "tomorrow"
alone, Nov. 21). A day counted from a thing that is no time ("the day after the election") is
left to the "the day after" anaphor, which needs a day the text has told.
"""

import datetime as dt
import re

from newsgraph.pipeline.timex_grammar import Candidate
from newsgraph.pipeline.timex_values import Context, Timex

_BESIDE = re.compile(r"(?<![\w-])(?P<the>the)\s+(?P<unit>(?-i:day|night))\s+(?P<dir>before|after)\s+$",
                     re.IGNORECASE)  # a capital "Day" names a work: "The Day after Tomorrow"
# the rules that name a day of their own; not an anaphor's ("the night before the start of that day")
_NAMED_DAYS = {"deictic", "weekday", "weekday_dom", "calendar", "next_day", "holiday", "moving_holiday", "nth_weekday",
               "iso", "numeric"}


def day_beside(cand: Candidate, timex: Timex, ctx: Context) -> tuple[Candidate, Timex]:
    """``cand`` and its ``timex`` widened to "the day before/after" written just before it, the
    day moved one back or on ("the night ..." a night, TNI); as they were where none is written or
    ``timex`` names no single day."""
    if cand.rule not in _NAMED_DAYS or timex.type != "DATE" or timex.point is None or timex.point[1] != "day":
        return cand, timex
    text = cand.match.string
    beside = _BESIDE.search(text, max(0, cand.start - 30), cand.start)
    if beside is None:
        return cand, timex
    day = timex.point[0] + dt.timedelta(days=-1 if beside["dir"].lower() == "before" else 1)
    night = beside["unit"].lower() == "night"
    moved = Timex("TIME" if night else "DATE", f"{day.isoformat()}{'TNI' if night else ''}", timex.mod,
                  point=(day, "day"))
    if ctx.reference == timex.point:
        ctx.reference = (day, "day")  # the story now tells of the day counted, not the one counted from
    if ctx.told_day is not None and ctx.told_day[1] == timex.point[0]:
        ctx.told_day = (beside.start(), day)
    return Candidate(beside.start(), cand.end, cand.rule, cand.match), moved
