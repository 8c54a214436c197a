"""A day told from another day the text names: "the day after tomorrow", "the day before
Thanksgiving", "the night before Christmas", "the day before last Tuesday", "the Friday before
Easter", "the first Sunday after Labor Day".

TimeML tags such a phrase as one expression, valued by the day it counts from, one day on or
back: "the day after tomorrow", told on Nov. 20, is Nov. 22 (the layer had tagged "tomorrow"
alone, Nov. 21). A day counted from a thing that is no time ("the day after the election") is
left to the "the day after" anaphor, which needs a day the text has told.
"""

import datetime as dt
import re

from newsgraph.pipeline.timex_grammar import Candidate
from newsgraph.pipeline.timex_values import Context, Timex
from newsgraph.pipeline.timex_words import WEEKDAYS

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
    _tell_day_counted(ctx, [timex.point], beside.start(), day)
    return Candidate(beside.start(), cand.end, cand.rule, cand.match), moved


def _tell_day_counted(ctx: Context, points: list[tuple[dt.date, str]], start: int, day: dt.date) -> None:
    """The story now tells of ``day``, the day counted (its phrase from char ``start``), not of the
    ``points`` it was counted from or first read as: the reference and the told day move to it."""
    if ctx.reference in points:
        ctx.reference = (day, "day")
    if ctx.told_day is not None and any(ctx.told_day[1] == point[0] for point in points):
        ctx.told_day = (start, day)


_WEEKDAY_BESIDE = re.compile(r"\s+(?P<dir>before|after)\s+(?:the\s+)?$", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:the\s+)?(?:first\s+)?$", re.IGNORECASE)


def weekday_beside(found: list[tuple[Candidate, Timex]], cand: Candidate, timex: Timex,
                   ctx: Context) -> tuple[Candidate, Timex]:
    """``cand`` widened over the weekday just before it that counts from its day ("the Friday before
    Easter" is Good Friday, not the coming Friday), that weekday's own reading taken out of ``found``;
    as it was where none is written or ``timex`` names no single day."""
    if cand.rule not in _NAMED_DAYS or timex.type != "DATE" or timex.point is None or timex.point[1] != "day":
        return cand, timex
    if not found or found[-1][0].rule != "weekday" or found[-1][0].match["rel"] or found[-1][0].match["plural"]:
        return cand, timex
    weekday_cand = found[-1][0]
    text = cand.match.string
    between = _WEEKDAY_BESIDE.fullmatch(text, weekday_cand.end, cand.start)
    article = _ARTICLE_BEFORE.search(text[max(0, weekday_cand.start - 12):weekday_cand.start])
    if between is None or article is None or not article.group(0):
        return cand, timex  # "on Friday before Easter weekend" may be any Friday; "the Friday before" counts
    wanted = WEEKDAYS[weekday_cand.match["wd"].lower().rstrip(".")]
    step = -1 if between["dir"].lower() == "before" else 1
    day = timex.point[0] + dt.timedelta(days=step)
    while day.isoweekday() != wanted:
        day += dt.timedelta(days=step)
    # neither the day counted from nor the coming Friday first read is the story's day now
    _tell_day_counted(ctx, [p for p in (found.pop()[1].point, timex.point) if p is not None], weekday_cand.start, day)
    start = weekday_cand.start - len(article.group(0))
    return Candidate(start, cand.end, cand.rule, cand.match), Timex("DATE", day.isoformat(), timex.mod,
                                                                     point=(day, "day"))

