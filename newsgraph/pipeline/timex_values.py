"""TIMEX3 values: turn each grammar candidate into type, value, mod (and quant, freq, zone).

``normalize(candidate, context)`` reads one candidate found by ``timex_grammar``. The
``Context`` carries the anchor (the publication date), the tense around each expression and the
time the text narrates so far (the last point it named), which anaphoric expressions ("that
year", "the next day", "a year earlier") are resolved against.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from newsgraph.pipeline.timex_calendar import (
    SEASON_MONTHS,
    duration_value,
    year_near,
    point_value,
    quarter_year,
    shift,
    weekday_near,
)
from newsgraph.pipeline.timex_grammar import Candidate
from newsgraph.pipeline.timex_words import HOLIDAYS, MODS, MONTHS, ORDINALS, PARTS_OF_DAY, SEASONS, WEEKDAYS, number_value
from newsgraph.pipeline.timex_zones import zoned


@dataclass
class Timex:
    """A normalized expression: TIMEX3 type, value and attributes; ``point`` is the day it names."""

    type: str
    value: str
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    timezone: str | None = None
    utc: str | None = None
    point: tuple[dt.date, str] | None = None


@dataclass
class Context:
    """What resolving one document's expressions needs, updated as they are read in order."""

    anchor: dt.date | None
    direction: Callable[[int, int], str | None] = lambda start, end: None
    zone_at: Callable[[int], str | None] = lambda start: None
    reference: tuple[dt.date, str] | None = None
    quarter: tuple[dt.date, int] | None = field(default=None)  # last quarter named, and where


Handler = Callable[[re.Match[str], Candidate, Context], Timex | None]
_HANDLERS: dict[str, Handler] = {}
_POINT_MODS = {"early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID", "end": "END",
               "beginning": "START", "start": "START", "middle": "MID", "close": "END", "year-end": "END"}
_BACK = ("ago", "earlier", "before", "prior", "previously", "back")


def handles(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        _HANDLERS[name] = fn
        return fn
    return register


def normalize(cand: Candidate, context: Context) -> Timex | None:
    """The TIMEX3 reading of ``cand``, or None when it is not a time after all."""
    timex = _HANDLERS[cand.rule](cand.match, cand, context)
    if timex is not None and timex.point is not None and timex.type in ("DATE", "TIME"):
        context.reference = timex.point
    return timex


def point_mod(word: str | None) -> str | None:
    """The TIMEX3 mod of "early", "late", "mid-", "the end of" ...; None for no word."""
    if not word:
        return None
    words = re.findall(r"[a-z-]+", word.lower())
    key = next((w for w in words if w.rstrip("-") in _POINT_MODS), None)
    return _POINT_MODS[key.rstrip("-")] if key else None


def _date(anchor: dt.date | None, value: dt.date | None, granularity: str, mod: str | None = None,
          type_: str = "DATE") -> Timex:
    if value is None:
        return Timex(type_, "XXXX" if granularity == "year" else "XXXX-XX-XX", mod)
    return Timex(type_, point_value(value, granularity), mod, point=(value, granularity))


def _year(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@handles("iso")
def _iso(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    day = _safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    if day is None:
        return None
    if m["hh"]:
        return Timex("TIME", f"{day.isoformat()}T{m['hh']}:{m['mm']}", point=(day, "day"))
    return _date(ctx.anchor, day, "day")


@handles("numeric")
def _numeric(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    year = int(m["y"])
    year += 0 if year >= 100 else (1900 if year > 30 else 2000)
    day = _safe_date(year, int(m["mo"]), int(m["d"]))
    return _date(ctx.anchor, day, "day") if day else None


def _day_near(ctx: Context, month: int, day: int, cand: Candidate) -> dt.date | None:
    if ctx.anchor is None:
        return None
    return _safe_date(year_near(ctx.anchor, month, day, ctx.direction(cand.start, cand.end)), month, day)


@handles("calendar")
def _calendar(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    month = MONTHS[(m["mon"] or m["mon2"]).lower().rstrip(".")]
    day_num = int(re.sub(r"\D", "", m["day"] or m["day2"]))
    mod = point_mod(m["pmod"])
    if m["y"]:
        day = _safe_date(int(m["y"]), month, day_num)
    elif ctx.anchor is None:
        return Timex("DATE", f"XXXX-{month:02d}-{day_num:02d}", mod)
    else:
        day = _day_near(ctx, month, day_num, cand)
    return _date(ctx.anchor, day, "day", mod) if day else None


def _month_year(rel: str | None, month: int, ctx: Context, cand: Candidate) -> int | None:
    anchor = ctx.anchor
    if anchor is None:
        return None
    rel = (rel or "").lower()
    if rel in ("last", "past", "this past", "the previous", "the past", "previous"):
        return anchor.year if month < anchor.month else anchor.year - 1
    if rel in ("next", "coming", "this coming", "the coming", "the next", "the following", "following"):
        return anchor.year if month > anchor.month else anchor.year + 1
    if rel in ("that", "the same") and ctx.reference:
        return ctx.reference[0].year
    if rel == "this":
        return anchor.year
    return year_near(anchor, month, None, ctx.direction(cand.start, cand.end))


@handles("month_year")
def _month(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    month = MONTHS[m["mon"].lower().rstrip(".")]
    mod = point_mod(m["pmod"])
    year = _year(m["y"]) or _month_year(m["rel"], month, ctx, cand)
    if m["ry"] and ctx.anchor:
        year = ctx.anchor.year + {"last": -1, "next": 1}.get(m["ry"].split()[0].lower(), 0)
    if year is None:
        return Timex("DATE", f"XXXX-{month:02d}", mod)
    return _date(ctx.anchor, dt.date(year, month, 1), "month", mod)


@handles("year")
def _year_rule(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    return _date(ctx.anchor, dt.date(int(m["y"]), 1, 1), "year", point_mod(m["pmod"]))


@handles("spelled_year")
def _spelled_year(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    words = m["words"].lower().replace("-", " ").split()
    if words[0] == "two":
        rest = number_value(" ".join(w for w in words[2:] if w != "and")) if len(words) > 2 else 0
        year = 2000 + int(rest or 0)
    else:
        year = 1900 + int(number_value(" ".join(w for w in words[1:] if w != "hundred")) or 0)
    return _date(ctx.anchor, dt.date(year, 1, 1), "year")


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
    if ctx.quarter is not None and cand.start - ctx.quarter[1] < 400:
        day = shift(ctx.quarter[0], -1, "year")
        return Timex("DATE", point_value(day, "quarter"))
    if ctx.anchor is None:
        return Timex("DATE", "PAST_REF")
    return Timex("DATE", f"{ctx.anchor.year - 1:04d}")


@handles("century")
def _century(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    return Timex("DATE", f"{int(m['ord']) - 1:02d}")


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
    if unit == "period" and not (qual or ordinal) or not (qual or ordinal or det):
        return None
    if unit == "period" and "year" not in qual and not re.search(r"\d{4}", qual) and ctx.quarter is None:
        return None
    number = ORDINALS.get(ordinal) if ordinal not in ("latest", "current") else None
    if number is None:
        day = _unnumbered_quarter(ordinal + " " + qual, ctx)
    else:
        day = _numbered_quarter(m, number, unit, qual, det, ctx, cand)
    if day is None:
        return Timex("DATE", f"XXXX-{'H' if unit == 'half' else 'Q'}{number or 'X'}", point_mod(m["pmod"]))
    if re.search(r"\d{4}", qual) and number is None:
        day = day.replace(year=int(re.search(r"\d{4}", qual).group()))
    shifted = re.search(r"year[\s-]+(?:earlier|ago|before)|comparable|corresponding", qual) or det.startswith("last year")
    if unit != "half" and not shifted and (number is not None or "latest" in ordinal + qual):
        ctx.quarter = (day, cand.start)
    if shifted and not re.search(r"\d{4}", qual):
        day = shift(day, -1, "year")
    granularity = "half" if unit == "half" else "quarter"
    return _date(ctx.anchor, day, granularity, point_mod(m["pmod"]))


def _unnumbered_quarter(words: str, ctx: Context) -> dt.date | None:
    """ "the quarter", "the latest quarter", "the current quarter": the one the text is about."""
    if ctx.anchor is None:
        return ctx.quarter[0] if ctx.quarter else None
    if "current" in words:
        return ctx.anchor
    if "latest" in words or ctx.quarter is None:
        return shift(ctx.anchor, -1, "quarter")
    return ctx.quarter[0]


def _numbered_quarter(m: re.Match[str], number: int, unit: str, qual: str, det: str, ctx: Context,
                      cand: Candidate) -> dt.date | None:
    """ "the third quarter (of 1990)", "the second half": the year from the text, else the nearest past one."""
    if unit == "half":
        number = 1 if number == 1 else 2
    month = (number - 1) * (6 if unit == "half" else 3) + 1
    year_text = re.search(r"(?:19|20)\d\d", qual)
    year = _year(m["y"]) or (int(year_text.group()) if year_text else None)
    if ctx.anchor is None:
        return dt.date(year, month, 1) if year else None
    if year is None and (m["y"] or det.startswith(("this", "last", "next"))):
        relation = (m["y"] or det).lower()
        year = ctx.anchor.year + (1 if relation.startswith("next") else -1 if relation.startswith("last") else 0)
    if year is None:
        year = quarter_year(ctx.anchor, (month - 1) // 3 + 1, ctx.direction(cand.start, cand.end))
    return dt.date(year, month, 1)


@handles("q_code")
def _q_code(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    code = m["q"].upper()
    number = int(re.sub(r"\D", "", code))
    half = code.startswith("H")
    year = _year(m["y"]) or (ctx.anchor.year if ctx.anchor else None)
    if year is None:
        return Timex("DATE", f"XXXX-{'H' if half else 'Q'}{number}")
    day = dt.date(year, (number - 1) * (6 if half else 3) + 1, 1)
    if not half:
        ctx.quarter = (day, cand.start)
    return _date(ctx.anchor, day, "half" if half else "quarter")


def _unit(word: str) -> str:
    word = word.lower()
    return "century" if word.startswith("centur") else word.rstrip("s") if word != "weekends" else "weekend"


@handles("duration")
def _duration(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    unit = _unit(m["unit"])
    amount = number_value(m["num"])
    mod = MODS.get(re.sub(r"\s+", " ", m["mod"].lower())) if m["mod"] else None
    if m["orso"] and not mod:
        mod = "APPROX"
    ago = (m["ago"] or "").lower()
    if ago and ago not in ("old", "since"):
        return _shifted(m, cand, ctx, unit, amount, mod, ago)
    if m["rel"] and m["rel"].lower() in ("same",):
        return None
    return Timex("DURATION", duration_value(amount, unit), mod)


def _shifted(m: re.Match[str], cand: Candidate, ctx: Context, unit: str, amount: float | None, mod: str | None,
             ago: str) -> Timex | None:
    """ "three years ago", "a year earlier", "two days later": a point shifted from the anchor."""
    if unit in ("second", "minute", "hour"):
        return Timex("DURATION", duration_value(amount, unit), mod) if amount else None
    if amount is None:
        return Timex("DATE", "PAST_REF" if ago in _BACK else "FUTURE_REF", mod)
    sign = -1 if ago in _BACK else 1
    narrative = ago in ("earlier", "later", "before", "after", "prior", "previously")
    base = ctx.reference[0] if narrative and ctx.reference else ctx.anchor
    if base is None:
        return Timex("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
    granularity = {"weekend": "week", "fortnight": "week", "decade": "year", "century": "year"}.get(unit, unit)
    near_quarter = ctx.quarter is not None and cand.start - ctx.quarter[1] < 400
    if unit == "year" and near_quarter and amount == int(amount) and ctx.quarter is not None:
        base, granularity = ctx.quarter[0], "quarter"
    steps = int(amount * {"fortnight": 2, "decade": 10, "century": 100}.get(unit, 1))
    if granularity != "quarter" and unit == "year" and narrative and ctx.reference:
        granularity = "year" if ctx.reference[1] in ("day", "month", "year") else ctx.reference[1]
    day = shift(base, sign * steps, {"fortnight": "week", "decade": "year", "century": "year"}.get(unit, unit))
    return Timex("DATE", point_value(day, granularity), mod, point=(day, granularity))


@handles("vague_units")
def _vague_units(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    unit = _unit(m["unit"])
    det = (m["det"] or "").lower()
    if m["ago"]:
        return Timex("DATE", "PAST_REF" if m["ago"].lower() != "later" else "FUTURE_REF")
    if det == "the":
        return None
    return Timex("DURATION", duration_value(None, unit))


def _season_point(ctx: Context, season: str, rel: str, year: int | None) -> tuple[dt.date, str] | None:
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
    point = _season_point(ctx, season, "", _year(m["y"]))
    mod = point_mod(m["pmod"])
    if point is None:
        return Timex("DATE", f"XXXX-{season}", mod)
    return Timex("DATE", f"{point[0].year:04d}-{season}", mod, point=point)


@handles("rel_unit")
def _rel_unit(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    mod = point_mod(m["pmod"])
    unit = m["unit"].lower()
    if m["season"]:
        season = SEASONS[m["season"].lower()]
        point = _season_point(ctx, season, rel, None)
        if point is None:
            return Timex("DATE", f"XXXX-{season}", mod)
        return Timex("DATE", f"{point[0].year:04d}-{season}", mod, point=point)
    unit = "year" if unit == "fiscal year" else unit
    anaphoric = rel in ("that", "the same", "the following", "the next", "the previous", "the preceding", "the prior")
    base = ctx.reference[0] if anaphoric and ctx.reference else ctx.anchor
    if base is None:
        return Timex("DATE", "XXXX" if unit == "year" else "XXXX-XX-XX", mod)
    step = -1 if rel in ("last", "past", "previous", "the previous", "the past", "the preceding", "the prior") else (
        1 if rel in ("next", "coming", "following", "the following", "the next", "the coming") else 0)
    if unit == "day" and step == 0 and not anaphoric:
        return None
    day = shift(base, step, unit)
    granularity = {"weekend": "weekend"}.get(unit, unit)
    return Timex("DATE", point_value(day, granularity), mod, point=(day, granularity))


@handles("year_end")
def _year_end(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    if ctx.anchor is None:
        return Timex("DATE", "XXXX", "END")
    return Timex("DATE", f"{ctx.anchor.year:04d}", "END")


_DEICTIC_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF", "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
}


@handles("deictic")
def _deictic(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    word = re.sub(r"\s+", " ", m["word"].lower())
    mod = point_mod(m["pmod"])
    if word in _DEICTIC_REFS:
        return Timex("DATE", _DEICTIC_REFS[word], mod)
    if "future" in word or "term" in word:
        return Timex("DATE", "FUTURE_REF", mod)
    offset = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}[word]
    if ctx.anchor is None:
        return Timex("DATE", "XXXX-XX-XX", mod)
    day = ctx.anchor + dt.timedelta(days=offset)
    if word == "tonight":
        return Timex("TIME", f"{day.isoformat()}TNI", mod, point=(day, "day"))
    return _date(ctx.anchor, day, "day", mod)


def _day_of(what: str, ctx: Context, cand: Candidate) -> dt.date | None:
    """The day "Friday", "yesterday", "that", "the next" ... names, or None if unknown."""
    what = re.sub(r"\s+", " ", what.lower().rstrip("."))
    if what in ("that", "the"):
        return ctx.reference[0] if ctx.reference and ctx.reference[1] == "day" else ctx.anchor
    if what in ("the next", "the following", "the previous"):
        if ctx.reference is None:
            return None
        return ctx.reference[0] + dt.timedelta(days=-1 if what == "the previous" else 1)
    if ctx.anchor is None:
        return None
    if what in ("today", "this", "yesterday", "tomorrow", "last"):
        return ctx.anchor + dt.timedelta(days={"yesterday": -1, "tomorrow": 1, "last": -1}.get(what, 0))
    weekday = WEEKDAYS.get(what)
    if weekday is None:
        return None
    return weekday_near(ctx.anchor, weekday, _weekday_direction(ctx, cand))


def _weekday_direction(ctx: Context, cand: Candidate) -> str | None:
    """Which way a bare weekday points: by tense; news narrates, so an untensed one looks back."""
    if re.match(r"['’]s\b", cand.match.string[cand.end:cand.end + 3]):
        return "past"  # "Wednesday's ruling" reports what happened
    direction = ctx.direction(cand.start, cand.end)
    return {"present": None, None: "past"}.get(direction, direction)


@handles("daypart")
def _daypart(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    part = PARTS_OF_DAY[m["part"].lower()]
    what = m["what"].lower()
    mod = point_mod(m["pmod"])
    if what in ("every", "each"):
        return Timex("SET", f"XXXX-XX-XXT{part}", mod, quant=what.upper())
    if what == "last" and part != "NI":
        return None
    if m["mon"]:
        day = _day_near(ctx, MONTHS[m["mon"].lower().rstrip(".")], int(re.sub(r"\D", "", m["day"])), cand)
    else:
        day = _day_of(what, ctx, cand)
    if day is None:
        return Timex("TIME", f"XXXX-XX-XXT{part}", mod)
    return Timex("TIME", f"{day.isoformat()}T{part}", mod, point=(day, "day"))


@handles("daypart_after")
def _daypart_after(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    part = PARTS_OF_DAY[m["part"].lower()]
    day = _day_of(m["what"], ctx, cand)
    if day is None:
        return Timex("TIME", f"XXXX-XX-XXT{part}")
    return Timex("TIME", f"{day.isoformat()}T{part}", point=(day, "day"))


@handles("last_night")
def _last_night(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    if ctx.anchor is None:
        return Timex("TIME", "XXXX-XX-XXTNI")
    day = ctx.anchor - dt.timedelta(days=1 if m["what"].lower().startswith("last") else 0)
    return Timex("TIME", f"{day.isoformat()}TNI", point=(day, "day"))


@handles("weekday")
def _weekday(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    weekday = WEEKDAYS[m["wd"].lower().rstrip(".")]
    if m["plural"]:
        return Timex("SET", f"XXXX-WXX-{weekday}")
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    if ctx.anchor is None:
        return Timex("DATE", f"XXXX-WXX-{weekday}")
    if rel in ("last", "past", "this past", "the previous"):
        day = weekday_near(ctx.anchor - dt.timedelta(days=1), weekday, "past")
    elif rel in ("next", "coming", "this coming", "the following", "the next"):
        day = weekday_near(ctx.anchor + dt.timedelta(days=1), weekday, "future")
    elif rel in ("that", "the same") and ctx.reference:
        day = weekday_near(ctx.reference[0], weekday, None)
    else:
        day = weekday_near(ctx.anchor, weekday, _weekday_direction(ctx, cand))
    return _date(ctx.anchor, day, "day")


def _clock_time(m: re.Match[str]) -> tuple[int, int] | None:
    if m["named"]:
        return {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[m["named"].lower()]
    if m["o"]:
        hour = number_value(m["o"])
        return (int(hour), 0) if hour is not None and 0 < hour <= 12 else None
    hour = int(m["h"] if m["h"] is not None else m["h2"])
    minute = int(m["m"] or m["m2"] or 0)
    ampm = (m["ampm"] or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    return (hour, minute) if hour <= 24 and (ampm or m["h2"] is not None) else None


@handles("clock")
def _clock(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    clock = _clock_time(m)
    if clock is None:
        return None
    mod = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX"}.get(
        (m["mod"] or "").lower().split(" ")[0], "BEFORE" if "before" in (m["mod"] or "") else
        "AFTER" if "after" in (m["mod"] or "") else None)
    if m["date"] and m["mon"]:
        day = _day_near(ctx, MONTHS[m["mon"].lower().rstrip(".")], int(re.sub(r"\D", "", m["day"])), cand)
    elif m["date"]:
        day = _day_of(m["date"], ctx, cand)
    else:
        same_day = ctx.reference and ctx.reference[1] == "day"
        day = ctx.reference[0] if same_day and ctx.reference else ctx.anchor
    hour, minute = clock
    date_text = day.isoformat() if day else "XXXX-XX-XX"
    value = f"{date_text}T{hour:02d}:{minute:02d}"
    timex = Timex("TIME", value, mod, point=(day, "day") if day else None)
    if m["zone"] and day is not None:
        zone = zoned(m["zone"], day, hour, minute, ctx.zone_at(cand.start))
        if zone is not None:
            timex.value, timex.utc, timex.timezone = value + zone.offset, zone.utc, zone.name
    return timex


_FREQ = {"once": "1X", "twice": "2X", "thrice": "3X"}


@handles("set")
def _set(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    quant = m["q"].upper() if m["q"].lower() in ("every", "each") else None
    freq = _FREQ.get((m["freq"] or "").lower())
    if m["freq"] and not freq:
        times = number_value(m["freq"].lower().replace("times", "").strip())
        freq = f"{int(times)}X" if times else None
    word = m["unit"].lower().rstrip(".")
    if word in WEEKDAYS:
        return Timex("SET", f"XXXX-WXX-{WEEKDAYS[word]}", quant=quant, freq=freq)
    if word in PARTS_OF_DAY:
        return Timex("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[word]}", quant=quant, freq=freq)
    amount = number_value(m["num"]) if m["num"] else 1
    return Timex("SET", duration_value(amount if "other" not in cand.text.lower() else 2, _unit(word)),
                 quant=quant, freq=freq)


_ADVERB_SETS = {"hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
                "monthly": "P1M", "quarterly": "P3M", "yearly": "P1Y", "annually": "P1Y", "semiannually": "P6M"}


@handles("set_adverb")
def _set_adverb(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    return Timex("SET", _ADVERB_SETS[m["word"].lower()])


@handles("holiday")
def _holiday(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    month, day_num = HOLIDAYS[m["name"].lower().replace("’", "'")]
    if m["y"]:
        return _date(ctx.anchor, dt.date(int(m["y"]), month, day_num), "day")
    day = _day_near(ctx, month, day_num, cand)
    return _date(ctx.anchor, day, "day") if day else Timex("DATE", f"XXXX-{month:02d}-{day_num:02d}")


@handles("thanksgiving")
def _thanksgiving(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    year = _year(m["y"]) or (ctx.anchor.year if ctx.anchor else None)
    if year is None:
        return Timex("DATE", "XXXX-11-XX")
    first = dt.date(year, 11, 1)
    day = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    return _date(ctx.anchor, day, "day")


@handles("generic_past")
def _generic_past(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    return Timex("DATE", "PAST_REF")


@handles("anaphor")
def _anaphor(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["unit"].lower()
    if unit in PARTS_OF_DAY:
        return _daypart_anaphor(rel, PARTS_OF_DAY[unit], ctx)
    if ctx.reference is None:
        return Timex("DATE", "PAST_REF") if unit in ("time", "moment") and rel == "that" else None
    day, granularity = ctx.reference
    if unit in ("time", "moment"):
        return Timex("DATE", point_value(day, granularity), point=ctx.reference) if rel == "that" else None
    step = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}.get(rel, 0)
    day = shift(day, step, unit)
    return Timex("DATE", point_value(day, unit), point=(day, unit))


def _daypart_anaphor(rel: str, part: str, ctx: Context) -> Timex | None:
    if ctx.reference is None or ctx.reference[1] != "day":
        return Timex("TIME", f"XXXX-XX-XXT{part}")
    step = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}.get(rel, 0)
    day = ctx.reference[0] + dt.timedelta(days=step)
    return Timex("TIME", f"{day.isoformat()}T{part}", point=(day, "day"))


@handles("day_before")
def _day_before(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    if ctx.reference is None:
        return None
    unit = m["unit"].lower()
    step = -1 if m["dir"].lower() in ("before", "earlier") else 1
    if unit == "night":
        day = ctx.reference[0] + dt.timedelta(days=step)
        return Timex("TIME", f"{day.isoformat()}TNI", point=(day, "day"))
    day = shift(ctx.reference[0], step, unit)
    return Timex("DATE", point_value(day, unit), point=(day, unit))
