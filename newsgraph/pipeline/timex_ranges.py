"""Ranges of two time expressions read together: a clock range that crosses midnight, a day range's year.

``join_range(start, end, ctx)`` looks at two expressions the grammar found next to each other,
joined by "to", "until", "through", a dash, or "and" after "between", and fixes what one of them
cannot know alone:

- "from 10 p.m. to 1:30 a.m.", "10 p.m.-2 a.m.", "between 11 p.m. and 3 a.m. Saturday": the end
  lies on the day after the start, in value and in UTC. A day named once for the whole range
  ("10 p.m.-2 a.m. Friday", "from 10 p.m. to 1:30 a.m. on Saturday") is the start's day, the night
  that begins then; a day named with each end ("11 p.m. Friday to 2 a.m. Saturday") is kept. The
  same day, or a zone named once after the end ("from 11 p.m. to 2 a.m. ET"), also holds for a
  start that names none.
- "landfall at 11:10 p.m. ... Hours later ... By 3 a.m.": told in order, an early-morning clock time
  soon after a late-evening one of the same day, with no day named between, is the next morning
  (``past_midnight``).
- "from Jan. 6 to Jan. 8, 2024", "on Nov. 28 and Dec. 2, 2022": a year written once, after the
  last date, is the year of the first too (the year before where the first month comes later).
- "runs Monday through Friday": a range of weekdays does not end before it begins.

A range of days written as one expression ("Nov. 25-29, 2022", "Jan. 6-8", "March 30-April 2")
is one DATE found by the grammar (``calendar`` rule); its value is its first day, the day the
range opens, so that a timeline sorts it where it begins (see ``timex_dates``). A range of years
("1989-2005", the ``year_range`` rule) is likewise one DATE valued by its first year.
"""

from __future__ import annotations

import datetime as dt
import re

from newsgraph.pipeline.timex_grammar import Candidate
from newsgraph.pipeline.timex_relative import DAY_AFTER
from newsgraph.pipeline.timex_values import Context, Timex, date_timex, handles, safe_date
from newsgraph.pipeline.timex_zones import zoned

# what may stand between the two ends: "10 p.m.-2 a.m.", "from 10 p.m. to 1:30 a.m.", "... and ..."
_JOINT = re.compile(r"\s*(?:-|–|—|to|until|till|through|thru)\s*|\s+and\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
CLOCK_VALUE = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)T(?P<h>\d\d):(?P<m>\d\d)")
_DAY_VALUE = re.compile(r"(?P<y>\d{4})(?P<rest>-\d\d-\d\d)$")


def join_range(start: tuple[Candidate, Timex], end: tuple[Candidate, Timex], ctx: Context) -> None:
    """Fix, in place, the values of two expressions that are the ends of one range (else change nothing).

    ``start`` and ``end`` are consecutive (candidate, value) pairs of one text, in text order."""
    text = start[0].match.string
    joint = _JOINT.fullmatch(text, start[0].end, end[0].start)
    if joint is None:
        return
    if joint.group().strip().lower() == "and" and not _BETWEEN.search(text, max(0, start[0].start - 9),
                                                                      start[0].start):
        if start[0].rule in ("clock", "weekday"):
            return  # "at 10 p.m. and 1 a.m.", "met Monday and Friday": two times, not a range
    if start[0].rule == "clock" and end[0].rule == "clock":
        _join_clocks(start, end, ctx)
    elif start[0].rule == "calendar" and end[0].rule == "calendar":
        _share_the_year(start, end)
    elif start[0].rule == "weekday" and end[0].rule == "weekday":
        _order_weekdays(start, end, ctx)


def _join_clocks(start: tuple[Candidate, Timex], end: tuple[Candidate, Timex], ctx: Context) -> None:
    """A clock range: the day (and zone) named once holds for both ends; past midnight, the end is a day on."""
    first, last = CLOCK_VALUE.match(start[1].value), CLOCK_VALUE.match(end[1].value)
    if first is None or last is None:
        return  # no day known (no anchor)
    start_hour, start_minute = int(first["h"]), int(first["m"])
    end_hour, end_minute = int(last["h"]), int(last["m"])
    start_named, end_named = names_its_day(start[0]), names_its_day(end[0])
    day = dt.date.fromisoformat(first["day"])
    if end_named and not start_named:
        day = dt.date.fromisoformat(last["day"])  # "10 p.m.-2 a.m. Friday": the night that begins Friday
    zone = start[0].match["zone"] or end[0].match["zone"]
    set_clock(start, day, start_hour, start_minute, zone, ctx)
    # an evening start and a morning end that comes earlier on the clock: the night runs past midnight
    crosses = 12 <= start_hour < 24 and end_hour < 12 and (end_hour, end_minute) < (start_hour, start_minute)
    if crosses and not (start_named and end_named):
        set_clock(end, day + dt.timedelta(days=1), end_hour, end_minute, end[0].match["zone"] or zone, ctx)
    elif not end_named:
        set_clock(end, day, end_hour, end_minute, end[0].match["zone"] or zone, ctx)


_NIGHT_REACH = 600  # characters: a few sentences of one story


def past_midnight(evening: tuple[Candidate, Timex] | None, cand: Candidate, timex: Timex, ctx: Context) -> None:
    """Move a clock time ``cand`` to the next day when the story, told in order, has just named a
    late-evening time ``evening`` of that same day and the last point it named is that day."""
    if evening is None or cand.rule != "clock" or names_its_day(cand) or cand.start - evening[0].end > _NIGHT_REACH:
        return
    late, early = CLOCK_VALUE.match(evening[1].value), CLOCK_VALUE.match(timex.value)
    if late is None or early is None or late["day"] != early["day"]:
        return
    day = dt.date.fromisoformat(late["day"])
    if not (int(late["h"]) >= 20 and int(early["h"]) < 7) or ctx.reference != (day, "day"):
        return
    set_clock((cand, timex), day + dt.timedelta(days=1), int(early["h"]), int(early["m"]), cand.match["zone"], ctx)
    ctx.reference = (day + dt.timedelta(days=1), "day")


def names_its_day(cand: Candidate) -> bool:
    """Whether the clock time at ``cand`` names its own day ("2 a.m. Saturday", "9 a.m. on Aug. 3")."""
    return bool(cand.match["date"]) or DAY_AFTER.match(cand.match.string, cand.end) is not None


def set_clock(pair: tuple[Candidate, Timex], day: dt.date, hour: int, minute: int, zone: str | None,
               ctx: Context) -> None:
    """Write ``hour:minute`` on ``day`` (in ``zone``, where one is named) as the value of ``pair``."""
    cand, timex = pair
    value = f"{day.isoformat()}T{hour:02d}:{minute:02d}"
    timex.value, timex.utc, timex.timezone = value, None, None
    timex.point = (day, "day")
    if zone is not None:
        zone_time = zoned(zone, day, hour, minute, ctx.zone_at(cand.start))
        if zone_time is not None:
            timex.value, timex.utc, timex.timezone = value + zone_time.offset, zone_time.utc, zone_time.name


def _order_weekdays(start: tuple[Candidate, Timex], end: tuple[Candidate, Timex], ctx: Context) -> None:
    """ "runs Monday through Friday": a range of weekdays read apart may end before it begins (told on a
    Wednesday, the coming Monday and the coming Friday); a range to come, or one that holds the
    publication day, ends a week on; one gone by begins a week back."""
    if start[0].match["rel"] or end[0].match["rel"] or start[1].point is None or end[1].point is None:
        return
    first, last = start[1].point[0], end[1].point[0]
    if last >= first:
        return
    later = last + dt.timedelta(weeks=1)
    # a range to come, or one that holds the publication day ("Monday through Thursday", told on Wednesday)
    if ctx.anchor is not None and (first > ctx.anchor or first <= ctx.anchor <= later):
        moved, pair = later, end
    else:
        moved, pair = first - dt.timedelta(weeks=1), start
    pair[1].value, pair[1].point = moved.isoformat(), (moved, "day")


def _share_the_year(start: tuple[Candidate, Timex], end: tuple[Candidate, Timex]) -> None:
    """ "from Jan. 6 to Jan. 8, 2024": the year written after the last date is the first's too."""
    if start[0].match["y"] or start[0].match["rel"] or not end[0].match["y"]:
        return
    first, last = _DAY_VALUE.match(start[1].value), _DAY_VALUE.match(end[1].value)
    if first is None or last is None:
        return
    month_day = first["rest"]
    year = int(last["y"]) - (1 if month_day > last["rest"] else 0)  # "Dec. 28 to Jan. 3, 2024"
    day = safe_date(year, int(month_day[1:3]), int(month_day[4:6]))
    if day is not None:
        start[1].value = day.isoformat()
        start[1].point = (day, "day")


@handles("year_range")
def year_range(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    """ "1989-2005": one DATE, valued by its first year; not a pair that runs backwards ("2005-1989")."""
    first, last = int(m["y"]), int(m["y2"])
    if last <= first:
        return None
    return date_timex(ctx.anchor, dt.date(first, 1, 1), "year")
