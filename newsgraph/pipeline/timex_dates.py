"""TIMEX3 values of calendar expressions: dates, months, years, decades, quarters, seasons, holidays.

Each function is the handler of one ``timex_grammar`` rule, registered with ``handles``.

A range of days written as one expression ("Nov. 25-29, 2022", "Jan. 6-8", "March 30-April 2",
"25-29 November") is one DATE whose value is its first day ("2022-11-25"): TIMEX3 has no value
for a span of days, and the first day is where a timeline places the range.
"""

from __future__ import annotations

import datetime as dt
import re

from newsgraph.pipeline.timex_calendar import (
    MOVING_HOLIDAYS,
    SEASON_MONTHS,
    add_months,
    nth_weekday,
    point_value,
    quarter_year,
    shift,
    year_near,
)
from newsgraph.pipeline.timex_games import tells_of_play
from newsgraph.pipeline.timex_grammar import DAY, MONTH, YEAR, Candidate
from newsgraph.pipeline.timex_laps import qualifying_session
from newsgraph.pipeline.timex_values import (
    Context,
    Timex,
    calendar_direction,
    date_timex,
    day_near,
    handles,
    point_mod,
    safe_date,
    year_of,
)
from newsgraph.pipeline.timex_words import HOLIDAYS, MONTHS, ORDINALS, SEASONS, WEEKDAYS, number_value
from newsgraph.pipeline.timex_yearly import calendar_list


@handles("iso")
def _iso(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    day = safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    if day is None:
        return None
    if m["hh"]:
        return Timex("TIME", f"{day.isoformat()}T{m['hh']}:{m['mm']}", point=(day, "day"))
    return date_timex(ctx.anchor, day, "day")


@handles("numeric")
def _numeric(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    year = int(m["y"])
    year += 0 if year >= 100 else (1900 if year > 30 else 2000)
    day = safe_date(year, int(m["mo"]), int(m["d"]))
    return date_timex(ctx.anchor, day, "day") if day else None


@handles("calendar")
def _calendar(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    month = MONTHS[(m["mon"] or m["mon2"]).lower().rstrip(".")]
    # a range of days ("Nov. 25-29, 2022", "25-29 November") is valued by its first day
    day_num = int(re.sub(r"\D", "", m["day"] or m["day_from"] or m["day2"]))
    mod = point_mod(m["pmod"])
    if m["y"]:
        # "Dec. 28-Jan. 3, 2024": the year written is the last day's
        later_month = m["mon_to"] and MONTHS[m["mon_to"].lower().rstrip(".")] < month
        day = safe_date(int(m["y"]) - (1 if later_month else 0), month, day_num)
    elif ctx.anchor is None:
        return Timex("DATE", f"XXXX-{month:02d}-{day_num:02d}", mod)
    elif m["rel"]:
        day = _day_by_relation(ctx.anchor, month, day_num, m["rel"].lower())
    else:
        day = day_near(ctx, month, day_num, cand, WEEKDAYS[m["wd"].lower().rstrip(".")] if m["wd"] else None)
    # "the week of March 6": the week that holds the day
    return date_timex(ctx.anchor, day, "week" if m["weekof"] else "day", mod) if day else None


def _day_by_relation(anchor: dt.date, month: int, day_num: int, rel: str) -> dt.date | None:
    """ "last Oct. 23" (the one before ``anchor``), "next March 6" (the one after)."""
    days = [d for d in (safe_date(anchor.year + k, month, day_num) for k in (-1, 0, 1)) if d is not None]
    if rel.endswith(("last", "past")):
        return max((d for d in days if d < anchor), default=None)
    return min((d for d in days if d > anchor), default=None)


@handles("next_day")
def _next_day(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    """ "25" of "April 24 and 25": that day of the month of the date just read."""
    if ctx.reference is None or ctx.reference[1] != "day":
        return None
    told = ctx.reference[0]
    day = safe_date(told.year, told.month, int(re.sub(r"\D", "", m["day"])))
    return date_timex(ctx.anchor, day, "day") if day is not None and day > told else None


@handles("weekday_dom")
def _weekday_dom(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    """ "Friday the 13th": the nearest month (in the clause's direction) whose 13th is a Friday."""
    weekday = WEEKDAYS[m["wd"].lower().rstrip(".")]
    day_num = int(re.sub(r"\D", "", m["day"]))
    anchor = ctx.anchor
    if anchor is None:
        return Timex("DATE", "XXXX-XX-XX")
    direction = ctx.direction(cand.start, cand.end)
    firsts = (add_months(anchor.replace(day=1), k) for k in range(-14, 15))
    fits = [d for d in (safe_date(f.year, f.month, day_num) for f in firsts) if d and d.isoweekday() == weekday]
    if direction == "past":
        fits = [d for d in fits if d <= anchor] or fits
    elif direction == "future":
        fits = [d for d in fits if d >= anchor] or fits
    if not fits:
        return None
    return date_timex(anchor, min(fits, key=lambda d: abs((d - anchor).days)), "day")


def _month_year(rel: str | None, month: int, ctx: Context, cand: Candidate) -> int | None:
    anchor = ctx.anchor
    if anchor is None:
        return None
    rel = (rel or "").lower()
    if rel == "last":
        # "last February" told in March is a year back: the month just gone would be "in February"
        return anchor.year if month < anchor.month - 1 else anchor.year - 1
    if rel in ("past", "this past", "the previous", "the past", "previous"):
        return anchor.year if month < anchor.month else anchor.year - 1
    if rel in ("next", "coming", "this coming", "the coming", "the next", "the following", "following"):
        return anchor.year if month > anchor.month else anchor.year + 1
    if rel in ("that", "the same") and ctx.reference:
        return ctx.reference[0].year
    if rel == "this":
        return anchor.year
    return year_near(anchor, month, None, calendar_direction(ctx, cand, ctx.direction(cand.start, cand.end)))


@handles("month_year")
def _month(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    month = MONTHS[m["mon"].lower().rstrip(".")]
    mod = point_mod(m["pmod"])
    year = year_of(m["y"]) or (spelled_year(m["sy"]) if m["sy"] else _month_year(m["rel"], month, ctx, cand))
    if m["ry"] and ctx.anchor:
        year = ctx.anchor.year + {"last": -1, "next": 1}.get(m["ry"].split()[0].lower(), 0)
    if year is None:
        return Timex("DATE", f"XXXX-{month:02d}", mod)
    return date_timex(ctx.anchor, dt.date(year, month, 1), "month", mod)


@handles("year")
def _year_rule(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    if ctx.anchor and int(m["y"]) > ctx.anchor.year + 30:
        return None  # a number, a model name, or too far ahead to be a plain year
    return date_timex(ctx.anchor, dt.date(int(m["y"]), 1, 1), "year", point_mod(m["pmod"]))


def spelled_year(words: str) -> int:
    """The year "nineteen ninety-four" or "two thousand and one" names (1994, 2001)."""
    parts = words.lower().replace("-", " ").split()
    if parts[0] == "two":
        rest = number_value(" ".join(w for w in parts[2:] if w != "and")) if len(parts) > 2 else 0
        return 2000 + int(rest or 0)
    return 1900 + int(number_value(" ".join(w for w in parts[1:] if w != "hundred")) or 0)


@handles("spelled_year")
def _spelled_year(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    return date_timex(ctx.anchor, dt.date(spelled_year(m["words"]), 1, 1), "year")


@handles("decade")
def _decade(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    mod = point_mod(m["pmod"]) or point_mod(m["pmod2"])
    if m["c"]:
        return Timex("DATE", f"{m['c']}{m['d']}", mod)
    if m["d2"] is None:
        return None
    century = "20" if int(m["d2"]) <= 2 and (ctx.anchor is None or ctx.anchor.year >= 2010) else "19"
    return Timex("DATE", f"{century}{m['d2']}", mod)


@handles("spelled_decade")
def _spelled_decade(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
            "eighties": 8, "nineties": 9}[m["words"].lower()]
    return Timex("DATE", f"19{tens}", point_mod(m["pmod"]))


@handles("year_ago_adj")
def _year_ago_adj(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    """ "year-earlier results": the same period a year before the one the text is about."""
    # after "For the nine months" or "Last year" the story tells of a year, not of its quarter
    tells_a_year = ctx.reference is not None and ctx.reference[1] == "year"
    if ctx.quarter is not None and cand.start - ctx.quarter[1] < 400 and not tells_a_year:
        day = shift(ctx.quarter[0], -1, "year")
        return Timex("DATE", point_value(day, "quarter"))
    if ctx.anchor is None:
        return Timex("DATE", "PAST_REF")
    return Timex("DATE", f"{ctx.anchor.year - 1:04d}")


def _reference_quarter(ctx: Context, cand: Candidate) -> dt.date | None:
    """The quarter the text is talking about: the last one named, else the anchor's last one."""
    if ctx.quarter is not None:
        return ctx.quarter[0]
    if ctx.anchor is None:
        return None
    return shift(ctx.anchor, -1, "quarter")


@handles("quarter")
def _quarter(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    qual = (m["qual"] or "").lower()
    det = (m["det"] or "").lower()
    ordinal = (m["ord"] or "").lower()
    unit = m["q"].lower()
    if unit == "half" and ordinal not in ("first", "second", "1st", "2nd", "final", "last"):
        return None
    if m["dec"]:
        return _half_of_a_decade(m["dec"], ordinal, ctx)
    if unit == "period" and not (qual or ordinal in ("latest", "current")) or not (qual or ordinal or det):
        return None  # "the period" alone, "third period" of a game
    if unit == "period" and "year" not in qual and not re.search(r"\d{4}", qual) and ctx.quarter is None:
        return None
    if not (m["y"] or re.search(r"\d{4}|fiscal|year", qual)) and tells_of_play(cand.match.string):
        return None  # "scored early in the second half": a half of the match
    number = ORDINALS.get(ordinal) if ordinal not in ("latest", "current") else None
    # a quarter told by its last day, unless the story has named its (fiscal) quarter already
    ending = _quarter_ending(cand, ctx) if number is None and unit != "half" and ctx.quarter is None else None
    day: dt.date | None
    if ending is not None:
        day = ending
    elif number is None:
        day = _unnumbered_quarter(" ".join((det, ordinal, qual)), ctx)
    else:
        day = _numbered_quarter(m, number, unit, qual, det, ctx, cand)
    if day is None:
        return Timex("DATE", f"XXXX-{'H' if unit == 'half' else 'Q'}{number or 'X'}", point_mod(m["pmod"]))
    if (year_in_qual := re.search(r"\d{4}", qual)) and number is None:
        day = day.replace(year=int(year_in_qual.group()))
    if number is None and m["y"] and m["y"].isdigit():
        day = day.replace(year=int(m["y"]))
    last_year = det.startswith("last year") or number is None and (m["y"] or "").lower().startswith("last")
    # "the year-ago quarter", "the comparable period", "the quarter a year ago"
    shifted = re.search(r"year[\s-]+(?:earlier|ago|before)|comparable|corresponding", qual) or last_year or m["yago"]
    story_quarter = number is not None or ending is not None or "latest" in ordinal + qual
    if unit != "half" and not shifted and story_quarter and _reported(day, ctx, cand):
        ctx.quarter = (day, cand.start)
    if shifted and not re.search(r"\d{4}", qual):
        day = shift(day, -1, "year")
    granularity = "half" if unit == "half" else "quarter"
    return date_timex(ctx.anchor, day, granularity, point_mod(m["pmod"]))


def _half_of_a_decade(decade: str, ordinal: str, ctx: Context) -> Timex:
    """ "the last half of the '80s": the decade (TIMEX3 has no finer unit), its start or end as the mod."""
    digits = decade.lstrip("'")
    if len(digits) == 2:
        century = "20" if int(digits[0]) <= 2 and (ctx.anchor is None or ctx.anchor.year >= 2010) else "19"
        digits = century + digits
    return Timex("DATE", digits[:3], "START" if ordinal in ("first", "1st") else "END")


_ENDED = re.compile(rf"[\s,]+(?:ended|ending)\s+(?:on\s+)?(?P<mon>{MONTH})\s*(?P<day>{DAY})(?:,?\s+(?P<y>{YEAR}))?")


def _ended_year(cand: Candidate, ctx: Context) -> int | None:
    """The year of the last day a quarter is told by ("the second quarter ended Oct. 31"): as
    written, else the last such day before the publication ("ended") or the nearest ("ending");
    None where no such day follows."""
    ended = _ENDED.match(cand.match.string, cand.end)
    if ended is None or ctx.anchor is None:
        return None
    month = MONTHS[ended["mon"].lower().rstrip(".")]
    done = "done" if "ended" in ended.group().lower() else "past"  # "ended": over by the publication
    return year_of(ended["y"]) or year_near(ctx.anchor, month, int(re.sub(r"\D", "", ended["day"])), done)


def _quarter_ending(cand: Candidate, ctx: Context) -> dt.date | None:
    """The first day of the quarter a text names by its last day ("the quarter ended July 31").

    A fiscal quarter ending in July runs May to July: it is told as the calendar quarter that
    holds its middle month (Q2), as a quarter ending in September is Q3.
    """
    ended = _ENDED.match(cand.match.string, cand.end)
    if ended is None:
        return None
    month = MONTHS[ended["mon"].lower().rstrip(".")]
    year = year_of(ended["y"])
    if year is None:
        if ctx.anchor is None:
            return None
        year = year_near(ctx.anchor, month, int(re.sub(r"\D", "", ended["day"])), "past")
    middle = add_months(dt.date(year, month, 1), -1)
    return dt.date(middle.year, (middle.month - 1) // 3 * 3 + 1, 1)


def _reported(quarter: dt.date, ctx: Context, cand: Candidate) -> bool:
    """Whether results can be told for a quarter (the story's quarter): one over by the anchor, or a
    fiscal one told in the past tense; "expects the trend to continue into the fourth quarter" is ahead."""
    noun = not re.search(r"-(?:quarter|half|period)$", cand.text, re.I)  # "a third-quarter loss": "a" is the loss's
    if noun and re.search(r"\b(?:a|an)\s+(?:[\w-]+\s+)?$", cand.match.string[max(0, cand.start - 25):cand.start], re.I):
        return False  # "after a flat second quarter": a side remark, not the quarter reported
    if ctx.anchor is None or quarter < dt.date(ctx.anchor.year, (ctx.anchor.month - 1) // 3 * 3 + 1, 1):
        return True
    return ctx.direction(cand.start, cand.end) == "past"


def _unnumbered_quarter(words: str, ctx: Context) -> dt.date | None:
    """ "the quarter", "the latest quarter", "the current quarter": the one the text is about."""
    if ctx.anchor is None:
        return ctx.quarter[0] if ctx.quarter else None
    if "current" in words or words.strip() == "this":
        return ctx.anchor
    if ctx.quarter is None:
        return shift(ctx.anchor, -1, "quarter")
    return ctx.quarter[0]  # "the latest period" of a story about a (fiscal) quarter is that quarter


def _numbered_quarter(m: re.Match[str], number: int, unit: str, qual: str, det: str, ctx: Context,
                      cand: Candidate) -> dt.date | None:
    """ "the third quarter (of 1990)", "the second half": the year from the text, else the nearest past one."""
    if unit == "half":
        number = 1 if number == 1 else 2
    month = (number - 1) * (6 if unit == "half" else 3) + 1
    year_text = re.search(r"(?:19|20)\d\d", qual)
    year = year_of(m["y"]) or (int(year_text.group()) if year_text else None)
    if ctx.anchor is None:
        return dt.date(year, month, 1) if year else None
    told = ctx.reference is not None and ctx.reference[1] == "year"
    if year is None and (m["y"] or "").lower().startswith("the") and told and ctx.reference is not None:
        year = ctx.reference[0].year  # "In 2019 ... in the first half of the year": the year the story told
    if year is None and (m["y"] or det.startswith(("this", "last", "next"))):
        relation = (m["y"] or det).lower()
        year = ctx.anchor.year + (1 if relation.startswith("next") else -1 if relation.startswith("last") else 0)
    if year is None:
        # "the second quarter ended Oct. 31", told on Oct. 27: the year of the last day, gone by
        year = _ended_year(cand, ctx)
    if year is None:
        year = quarter_year(ctx.anchor, (month - 1) // 3 + 1, ctx.direction(cand.start, cand.end))
    return dt.date(year, month, 1)


@handles("q_code")
def _q_code(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    code = m["q"].upper()
    number = int(re.sub(r"\D", "", code))
    half = code.startswith("H")
    if not m["y"] and not half and qualifying_session(cand):
        return None  # "crashed in Q1", "Q3: Team Bonds 47, Team Rice 35": a session or a game's quarter
    year = year_of(m["y"]) or (ctx.anchor.year if ctx.anchor else None)
    if year is None:
        return Timex("DATE", f"XXXX-{'H' if half else 'Q'}{number}")
    day = dt.date(year, (number - 1) * (6 if half else 3) + 1, 1)
    if not half and _reported(day, ctx, cand):
        ctx.quarter = (day, cand.start)
    return date_timex(ctx.anchor, day, "half" if half else "quarter")


def season_point(ctx: Context, season: str, rel: str, year: int | None) -> tuple[dt.date, str] | None:
    month = SEASON_MONTHS[season]
    anchor = ctx.anchor
    if year is None and anchor is None:
        return None
    if year is None:
        assert anchor is not None
        year = anchor.year
        start, end = month - 1, month + 1
        if rel in ("last", "past", "this past", "the past", "previous"):
            year = year if end < anchor.month else year - 1
        elif rel in ("next", "coming", "this coming", "the coming", "the next"):
            year = year if start > anchor.month else year + 1
    return dt.date(year, month, 1), "season"


@handles("season")
def _season(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    season = SEASONS[m["season"].lower()]
    year = year_of(m["y"]) or (spelled_year(m["sy"]) if m["sy"] else None)
    point = season_point(ctx, season, "", year)
    if point is not None and year is None and ctx.anchor is not None and point[0].month - 1 > ctx.anchor.month:
        if ctx.direction(cand.start, cand.end) == "past":  # "prices rose in the fall", told in March
            point = (point[0].replace(year=point[0].year - 1), "season")
    elif point is not None and year is None and ctx.anchor is not None and season != "WI" and (
            point[0].month + 1 < ctx.anchor.month and ctx.direction(cand.start, cand.end) in ("future", "timetable")):
        point = (point[0].replace(year=point[0].year + 1), "season")  # "will open in the spring", told in August
    mod = point_mod(m["pmod"])
    if point is None:
        return Timex("DATE", f"XXXX-{season}", mod)
    return Timex("DATE", f"{point[0].year:04d}-{season}", mod, point=point)


@handles("year_end")
def _year_end(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    if ctx.anchor is None:
        return Timex("DATE", "XXXX", "END")
    return Timex("DATE", f"{ctx.anchor.year:04d}", "END")


def _week_of(timex: Timex | None) -> Timex | None:
    """The ISO week holding the day of ``timex`` ("Easter week", "Thanksgiving week": "2000-W16");
    a day of no year in particular gives a week of none ("XXXX-WXX")."""
    if timex is None or timex.point is None:
        return None if timex is None else Timex("DATE", "XXXX-WXX", timex.mod)
    day = timex.point[0]
    return Timex("DATE", point_value(day, "week"), timex.mod, point=(day, "week"))


@handles("holiday")
def _holiday(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    timex = _holiday_day(m, cand, ctx)
    return _week_of(timex) if m["week"] else timex


def _holiday_day(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    """Christmas, Halloween ...: the day written, the nearest one, or a yearly one's with no year."""
    month, day_num = HOLIDAYS[m["name"].lower().replace("’", "'")]
    if year := year_of(m["y"]) or _year_after(cand):
        return date_timex(ctx.anchor, dt.date(year, month, day_num), "day")
    if calendar_list(cand.match.string, cand.start, cand.end):  # "federal holidays, including Christmas"
        return Timex("DATE", f"XXXX-{month:02d}-{day_num:02d}")
    day = day_near(ctx, month, day_num, cand)
    if day is None:
        return Timex("DATE", f"XXXX-{month:02d}-{day_num:02d}")
    coming = _coming_holiday(ctx, month, day_num, cand)
    # only last year's, as a past tense reads it: a year the text set ("On June 17, 2021, ...") stays
    return date_timex(ctx.anchor, coming if coming and day.year == coming.year - 1 else day, "day")


_YEAR_AFTER = re.compile(rf"\s+(?:in|of)\s+(?P<y>{YEAR})\b")


def _year_after(cand: Candidate) -> int | None:
    """The year written just after a holiday, outside its span ("Thanksgiving in 2022", "Election Day
    in 2016"), or None; not after a comma ("began celebrating Juneteenth, in 1971": the beginning's)."""
    found = _YEAR_AFTER.match(cand.match.string, cand.end)
    return int(found["y"]) if found else None


HOLIDAY_AHEAD_DAYS = 14  # how near ahead of the publication a holiday is the one the text speaks of


def _coming_holiday(ctx: Context, month: int, day_num: int, cand: Candidate) -> dt.date | None:
    """The holiday's next day where it lies at most two weeks after the publication and the text
    writes no year for that day: "Are post offices closed on Juneteenth?" two days before it, "big this
    Halloween" (a past tense or a reading of "closed" as one would give last year's)."""
    if ctx.anchor is None or ctx.written.get((month, day_num)) is not None:
        return None
    if re.search(r"\b(?:last|past|previous|that)\s+$", cand.match.string[max(0, cand.start - 10):cand.start], re.I):
        return None  # "last Christmas", "that Halloween"
    for year in (ctx.anchor.year, ctx.anchor.year + 1):
        coming = safe_date(year, month, day_num)
        if coming is not None and 0 < (coming - ctx.anchor).days <= HOLIDAY_AHEAD_DAYS:
            return coming
    return None


_ORDINAL_WEEK = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1,
                 "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}


@handles("nth_weekday")
def _nth_weekday_of(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    """ "the first Monday in May": that day in the year written, else the year read like a month's."""
    month = MONTHS[m["mon"].lower().rstrip(".")]
    weekday = WEEKDAYS[m["wd"].lower().rstrip(".")] - 1
    year = year_of(m["y"])
    if year is None:
        if ctx.anchor is None:
            return Timex("DATE", f"XXXX-{month:02d}")
        year = year_near(ctx.anchor, month, 15, ctx.direction(cand.start, cand.end))
    day = nth_weekday(year, month, weekday, _ORDINAL_WEEK[m["n"].lower()])
    if day.month != month:
        return None  # "the fifth Monday of February": no such day
    return date_timex(ctx.anchor, day, "day")


@handles("moving_holiday")
def _moving_holiday(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    """Thanksgiving, Election Day, Easter ...: the day that year, the year read like a month's."""
    month, day_in = MOVING_HOLIDAYS[re.sub(r"\s+", " ", re.sub(r"['’]", "", m["name"].lower()))]
    year = year_of(m["y"]) or _year_after(cand)
    if year is None:
        if ctx.anchor is None or calendar_list(cand.match.string, cand.start, cand.end):
            # no year's in particular: "holidays such as Labor Day"
            return Timex("DATE", "XXXX-WXX" if m["week"] else f"XXXX-{month:02d}-XX")
        year = year_near(ctx.anchor, month, 15, ctx.direction(cand.start, cand.end))
    timex = date_timex(ctx.anchor, day_in(year), "day")
    return _week_of(timex) if m["week"] else timex
