"""TIMEX3 values of relative expressions: durations, "three years ago", "last week", weekdays, clock
times with their zones, parts of the day, sets, and anaphors ("that year", "the next day").

Each function is the handler of one ``timex_grammar`` rule, registered with ``handles``.
"""

from __future__ import annotations

import datetime as dt
import re

from newsgraph.pipeline.timex_calendar import duration_value, point_value, shift, weekday_near
from newsgraph.pipeline.timex_dates import season_point
from newsgraph.pipeline.timex_grammar import DAY, MONTH, SPAN_UNITS, WEEKDAY, Candidate
from newsgraph.pipeline.timex_halves import bare_half
from newsgraph.pipeline.timex_narrative import bare_clock_day, day_reference, told_day
from newsgraph.pipeline.timex_values import Context, Timex, date_timex, day_near, entry_day, handles, point_mod
from newsgraph.pipeline.timex_weekdays import weekday_direction
from newsgraph.pipeline.timex_words import MODS, MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS, number_value
from newsgraph.pipeline.timex_zones import zoned

_BACK = ("ago", "earlier", "before", "prior", "previously", "back")


def _unit(word: str) -> str:
    word = word.lower()
    return "century" if word.startswith("centur") else word.rstrip("s") if word != "weekends" else "weekend"


@handles("duration")
def _duration(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    unit = _unit(m["unit"])
    amount = number_value(m["num"])
    if m["half"] and amount is not None:
        amount += 0.5  # "a minute and a half"
    mod = MODS.get(re.sub(r"\s+", " ", m["mod"].lower())) if m["mod"] else None
    if m["orso"] and not mod:
        mod = "APPROX"
    if (m["mod"] or "").lower() == "over" and (m["det"] or m["rel"]):
        mod = None  # "over the past 12 months": "over" is the preposition the span leaves out
    ago = (m["ago"] or "").lower()
    if ago and ago not in ("old", "since"):
        return _shifted(m, cand, ctx, unit, amount, mod, ago)
    if m["rel"] and m["rel"].lower() in ("same",):
        return None
    if _some_day(m, cand):
        # "he hopes to one day fly again": an unnamed day ahead; "One day, he walked in": one gone by
        opens = _opens_clause(cand)
        return Timex("DATE", "PAST_REF" if opens and ctx.direction(cand.start, cand.end) == "past" else "FUTURE_REF")
    if _reports_months_to_date(m, unit, amount, ctx):
        assert ctx.quarter is not None
        # "For the nine months, ... a year earlier": the comparison is now with the year, not the quarter
        ctx.reference = (ctx.quarter[0], "year")
    return Timex("DURATION", duration_value(amount, unit), mod)


# words before the adverb "one day": a modal, "to", a subject pronoun ("we will one day", "hopes to one day")
_BEFORE_SOME_DAY = {"will", "would", "could", "can", "may", "might", "should", "must", "to", "he", "she", "they",
                    "we", "i", "you", "it", "who", "that", "and", "but"}


def _some_day(m: re.Match[str], cand: Candidate) -> bool:
    """Whether a bare "one day" is the adverb "some day", not a length ("for one day", "one day later")."""
    if cand.text.lower() != "one day" or m["mod"] or m["det"] or m["rel"] or m["ago"]:
        return False
    text = cand.match.string
    before = re.findall(r"[\w']+", text[max(0, cand.start - 20):cand.start].lower())
    after = re.match(r"\s*([\w-]+)", text[cand.end:cand.end + 20])
    if after and after.group(1).lower() in ("before", "after", "later", "earlier", "ahead", "old"):
        return False
    return _opens_clause(cand) or bool(before) and before[-1] in _BEFORE_SOME_DAY


def _opens_clause(cand: Candidate) -> bool:
    """Whether ``cand`` starts its sentence or clause (after a stop, comma, quotation mark or nothing)."""
    before = cand.match.string[max(0, cand.start - 3):cand.start].strip()
    return not before or before[-1] in ".,;:!?\"“‘'`(_—-"


def _reports_months_to_date(m: re.Match[str], unit: str, amount: float | None, ctx: Context) -> bool:
    """ "the nine months", "the first six months": a results story turning from its quarter to the year so far."""
    told = bool(m["det"]) or (m["rel"] or "").lower() in ("first", "latest")
    return told and unit == "month" and amount in (6, 9) and ctx.quarter is not None


def _shifted(m: re.Match[str], cand: Candidate, ctx: Context, unit: str, amount: float | None, mod: str | None,
             ago: str) -> Timex | None:
    """ "three years ago", "a year earlier", "two days later": a point shifted from the anchor."""
    if unit in ("second", "minute", "hour"):
        return Timex("DURATION", duration_value(amount, unit), mod) if amount else None
    if unit in SPAN_UNITS and ago in ("later", "earlier"):
        return _span_from_the_story(ctx, unit, amount, mod, 1 if ago == "later" else -1)
    if amount is None:
        return Timex("DATE", "PAST_REF" if ago in _BACK else "FUTURE_REF", mod)
    sign = -1 if ago in _BACK else 1
    narrative = ago in ("earlier", "later", "before", "after", "prior", "previously")
    base = ctx.reference[0] if narrative and ctx.reference else ctx.anchor
    if base is None:
        return Timex("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
    granularity = {"weekend": "week", "fortnight": "week", "decade": "year", "century": "year"}.get(unit, unit)
    # "a year ago" right after a quarter is named means that quarter a year before
    talks_quarters = ctx.reference is not None and ctx.reference[1] == "quarter"
    # ... named lately, or the one the story is still telling of ("In the quarter, ... a year ago")
    near_quarter = ctx.quarter is not None and talks_quarters and (
        cand.start - ctx.quarter[1] < 400 or ctx.reference is not None and ctx.reference[0] == ctx.quarter[0])
    if unit == "year" and near_quarter and amount == int(amount) and ctx.quarter is not None:
        base, granularity = ctx.quarter[0], "quarter"
    steps = int(amount * {"fortnight": 2, "decade": 10, "century": 100}.get(unit, 1))
    if granularity != "quarter" and unit == "year" and narrative and ctx.reference:
        granularity = ctx.reference[1] if ctx.reference[1] in ("quarter", "half") else "year"
    day = shift(base, sign * steps, {"fortnight": "week", "decade": "year", "century": "year"}.get(unit, unit))
    # "from $4 million a year earlier" compares with the period the text is about; a second
    # "a year earlier" further on compares with that period again, not a year before the first
    comparison = sign < 0 and steps == 1 and unit in ("year", "quarter", "month")
    return Timex("DATE", point_value(day, granularity), mod, point=(day, granularity), narrates=not comparison)


def _span_from_the_story(ctx: Context, unit: str, amount: float | None, mod: str | None, sign: int) -> Timex:
    """ "Three days later": TimeML tags the length ("three days", a DURATION) and leaves "later"
    as its signal; the story has moved on by that length, so "that night" after it is its night."""
    if amount is not None and ctx.reference is not None and ctx.reference[1] == "day":
        steps = int(amount * (2 if unit == "fortnight" else 1))
        ctx.reference = (shift(ctx.reference[0], sign * steps, "week" if unit == "fortnight" else unit), "day")
    return Timex("DURATION", duration_value(amount, unit), mod)


@handles("vague_units")
def _vague_units(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    unit = _unit(m["unit"])
    det = (m["det"] or "").lower()
    if (m["ago"] or "").lower() == "ahead":
        return Timex("DURATION", duration_value(None, unit))  # "the weeks ahead", as "the coming weeks"
    if m["ago"] and m["ago"].lower() != "ago" and unit in SPAN_UNITS:
        return Timex("DURATION", duration_value(None, unit))  # "days later": a length, "later" its signal
    if m["ago"]:
        return Timex("DATE", "PAST_REF" if m["ago"].lower() != "later" else "FUTURE_REF")
    if det == "the":
        return None
    if det in ("recent", "past"):
        return Timex("DATE", "PAST_REF")  # "in recent years": a vague past, not a length
    return Timex("DURATION", duration_value(None, unit))


@handles("rel_unit")
def _rel_unit(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    mod = point_mod(m["pmod"])
    unit = m["unit"].lower()
    if m["season"]:
        season = SEASONS[m["season"].lower()]
        point = season_point(ctx, season, rel, None)
        if point is None:
            return Timex("DATE", f"XXXX-{season}", mod)
        return Timex("DATE", f"{point[0].year:04d}-{season}", mod, point=point)
    unit = "year" if re.sub(r"\s+", " ", unit) == "fiscal year" else unit
    if rel in ("the past", "the last") and unit in ("decade", "century") and not mod:
        # "over the past decade": the last ten years; but "the middle of the last century" is one
        return Timex("DURATION", duration_value(1, unit), mod)
    if rel == "the full" and unit != "year":
        return None  # "the full year" of a results story is its year; "the full week" is a length
    anaphoric = rel in ("that", "the same", "the following", "the next", "the previous", "the preceding", "the prior")
    if rel == "the" and unit == "year" and _ends_on_a_day(cand):
        return Timex("DURATION", "P1Y", mod)  # "the year ended March 31": the twelve months up to that day
    reference = (day_reference(ctx, cand) if unit == "day" else ctx.reference) if anaphoric else None
    if reference and _finer(unit, reference[1]):
        return None  # "that day" after "in 1987": no day has been told
    base = reference[0] if reference else ctx.anchor
    if base is None:
        return Timex("DATE", "XXXX" if unit == "year" else "XXXX-XX-XX", mod)
    # "the latest fiscal year", like "the latest quarter", is the last one completed and reported
    step = -1 if rel in ("last", "past", "previous", "the previous", "the past", "the last", "the preceding",
                         "the prior", "the latest") else (
        1 if rel in ("next", "coming", "following", "the following", "the next", "the coming") else 0)
    if unit == "day" and (step == 0 and not anaphoric or rel in ("last", "the last")):
        return None  # "the last day to file", "his last day in office": the final day, not yesterday
    day = shift(base, step, unit)
    if unit == "weekend" and rel == "the" and day.weekday() < 5:
        if ctx.direction(cand.start, cand.end) == "past":
            day -= dt.timedelta(weeks=1)  # told on a weekday, "the weekend" that happened is the one before
    granularity = {"weekend": "weekend"}.get(unit, unit)
    return Timex("DATE", point_value(day, granularity), mod, point=(day, granularity))


def _ends_on_a_day(cand: Candidate) -> bool:
    """ "the year ended/ending March 31", "the year to October": a period told by its last day."""
    after = cand.match.string[cand.end:cand.end + 30]
    return bool(re.match(rf"\s+(?:ended|ending|to\s+(?:(?:{DAY})\s+)?{MONTH})", after))


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
    return date_timex(ctx.anchor, day, "day", mod)


def _day_of(what: str, ctx: Context, cand: Candidate) -> dt.date | None:
    """The day "Friday", "yesterday", "that", "the next" ... names, or None if unknown."""
    what = re.sub(r"\s+", " ", what.lower().rstrip("."))
    if what in ("that", "the"):
        return told_day(ctx, cand) or ctx.anchor
    if what in ("the next", "the following", "the previous"):
        told = told_day(ctx, cand)  # "In October ... the next morning": no day told, none to follow
        return told + dt.timedelta(days=-1 if what == "the previous" else 1) if told else None
    if ctx.anchor is None:
        return None
    if what in ("today", "this", "yesterday", "tomorrow", "last"):
        return ctx.anchor + dt.timedelta(days={"yesterday": -1, "tomorrow": 1, "last": -1}.get(what, 0))
    weekday = WEEKDAYS.get(what)
    if weekday is None:
        return None
    # in a timeline's entry ("March 28: ... by late Friday morning") the entry's day is the anchor
    anchor = entry_day(ctx, cand.start) or ctx.anchor
    return weekday_near(anchor, weekday, weekday_direction(ctx, cand))


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
        day = day_near(ctx, MONTHS[m["mon"].lower().rstrip(".")], int(re.sub(r"\D", "", m["day"])), cand)
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


def _this_weeks_day(ctx: Context) -> bool:
    """Whether the text last told of a day of the past week (the news it reports), not of older history."""
    if ctx.reference is None or ctx.reference[1] != "day" or ctx.anchor is None:
        return False
    return 0 <= (ctx.anchor - ctx.reference[0]).days <= 7


@handles("last_night")
def _last_night(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    what = m["what"].lower()
    if what == "overnight" and _this_weeks_day(ctx):
        assert ctx.reference is not None
        day = ctx.reference[0] - dt.timedelta(days=1)  # "closed lower Friday after overnight losses": Thursday night
        return Timex("TIME", f"{day.isoformat()}TNI", point=(day, "day"))
    if ctx.anchor is None:
        return Timex("TIME", "XXXX-XX-XXTNI")
    day = ctx.anchor - dt.timedelta(days=0 if what == "tonight" else 1)
    return Timex("TIME", f"{day.isoformat()}TNI", point=(day, "day"))


_A_BEFORE = re.compile(r"\ban?\s+$", re.IGNORECASE)
_NO_NOUN_AFTER = re.compile(r"\s*(?:[,.;:!?)]|$|\s(?:in|at|on|of|when|and|or|after|before|during|between)\b)")


def _any_such_day(cand: Candidate) -> bool:
    """Whether "a" or "an" makes the weekday at ``cand`` any such day ("at 2 a.m. on a Sunday in the
    fall"), not one day: "during a Sunday briefing", where it dates a noun, is that Sunday's."""
    text = cand.match.string
    return bool(_A_BEFORE.search(text, max(0, cand.start - 4), cand.start) and _NO_NOUN_AFTER.match(text, cand.end))


@handles("weekday")
def _weekday(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    weekday = WEEKDAYS[m["wd"].lower().rstrip(".")]
    if m["plural"]:
        return Timex("SET", f"XXXX-WXX-{weekday}")
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    mod = point_mod(rel)  # "early Tuesday", "late Monday": the day, its start or end
    if ctx.anchor is None or not rel and _any_such_day(cand):
        return Timex("DATE", f"XXXX-WXX-{weekday}", mod)
    # "the previous Friday", "the following Monday" count from the day the text tells of, not today
    told = ctx.reference[0] if ctx.reference and ctx.reference[1] == "day" and rel.startswith("the ") else ctx.anchor
    if rel in ("last", "past", "this past", "the previous"):
        day = weekday_near(told - dt.timedelta(days=1), weekday, "past")
    elif rel in ("next", "coming", "this coming", "the following", "the next"):
        day = weekday_near(told + dt.timedelta(days=1), weekday, "future")
    elif rel in ("that", "the same") and ctx.reference:
        day = weekday_near(ctx.reference[0], weekday, None)
    else:
        # in a timeline's entry ("March 24: As of Thursday, ...") the entry's day is the anchor
        day = weekday_near(entry_day(ctx, cand.start) or ctx.anchor, weekday, weekday_direction(ctx, cand))
    return date_timex(ctx.anchor, day, "day", mod)


_RANGE_END = re.compile(r"\s*(?:-|–|—|to|and|or|until|through)\s*(?P<hour>\d{1,2})(?::\d\d)?\s*(?P<ampm>[ap])\.?\s?m\b",
                        re.IGNORECASE)


# the clock before "/5 PT": its half of the day ("8 p.m. EST/", "8 p.m. Eastern (")
_PAIRED_HALF = re.compile(r"(?P<ampm>[ap])\.?\s?m\.?\s*\(?(?-i:[ECMP][SD]?T|Eastern|Central|Mountain|Pacific)\)?"
                          r"\s*[/(]$", re.IGNORECASE)


def _clock_time(m: re.Match[str]) -> tuple[int, int] | None:
    if m["named"]:
        return {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[m["named"].lower()]
    if m["o"]:
        hour = number_value(m["o"])
        return (int(hour), 0) if hour is not None and 0 < hour <= 12 else None
    if m["ih"]:  # "4 in the morning", "seven in the evening"
        hour = int(number_value(m["ih"]) or 0)
        return (hour % 12 + (12 if m["half"].lower() != "morning" else 0), 0) if 0 < hour <= 12 else None
    if m["h4"]:
        return int(m["h4"]), int(m["m4"])
    if m["h5"]:  # "8 p.m. ET/5 PT": the clock of another zone, in the first one's half of the day
        half = _PAIRED_HALF.search(m.string, max(0, m.start() - 30), m.start())
        return (int(m["h5"]) % 12 + (12 if half["ampm"].lower() == "p" else 0), int(m["m5"] or 0)) if half else None
    hour = int(m["h"] if m["h"] is not None else m["h2"])
    minute = int(m["m"] or m["m2"] or 0)
    ampm = (m["ampm"] or "").lower()
    if not ampm and m["h2"] is not None:
        upto = _RANGE_END.match(m.string, m.end())
        # "from 5:30 to 8:30 p.m.": the end's half of the day; "11:30 to 1 p.m." starts in the morning
        if upto and not (upto["ampm"].lower() == "p" and hour % 12 > int(upto["hour"]) % 12):
            ampm = upto["ampm"].lower()
        elif upto is None:  # "at 4:00 in the afternoon"; "from 11:30 to 1 p.m." is the morning's
            ampm = bare_half(m.string, m.start(), m.end(), hour)
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
    day = _clock_day(m, cand, ctx)
    hour, minute = clock
    date_text = day.isoformat() if day else "XXXX-XX-XX"
    value = f"{date_text}T{hour:02d}:{minute:02d}"
    timex = Timex("TIME", value, mod, point=(day, "day") if day else None)
    if m["zone"] and day is not None:
        zone = zoned(m["zone"], day, hour, minute, ctx.zone_at(cand.start))
        if zone is not None:
            timex.value, timex.utc, timex.timezone = value + zone.offset, zone.utc, zone.name
    return timex


# "9 p.m. on Aug. 3", "9 p.m. on Monday, Aug. 3" (the date decides), "2 p.m. ET/11 a.m. PT on Monday"
DAY_AFTER = re.compile(
    r"(?:\s*/\s*\d{1,2}(?::\d\d)?\s*(?:[ap]\.?\s?m\.?)?\s*(?-i:[A-Z]{1,4})?)?"
    rf"\s+on\s+(?P<date>(?:{WEEKDAY},?\s+)?(?P<mon>{MONTH})\s*(?P<day>{DAY})|{WEEKDAY})", re.IGNORECASE)


def _clock_day(m: re.Match[str], cand: Candidate, ctx: Context) -> dt.date | None:
    """The day of a clock time: the one named with it ("10 p.m. Wednesday", "9 a.m. on Aug. 3"),
    else the day the story has set (``timex_narrative.bare_clock_day``), else the anchor."""
    date = m
    if not m["date"]:
        following = DAY_AFTER.match(m.string, cand.end)
        date = following if following else m
    if date["date"] and date["mon"]:
        named = re.match(r"[A-Za-z]+", date["date"])
        weekday = WEEKDAYS.get(named.group(0).lower()) if named else None  # "Sunday, March 10"
        return day_near(ctx, MONTHS[date["mon"].lower().rstrip(".")], int(re.sub(r"\D", "", date["day"])), cand,
                        weekday)
    if date["date"]:
        return _day_of(date["date"], ctx, cand)
    return bare_clock_day(ctx, cand)  # the day the story has just set, or the publication's


_FREQ = {"once": "1X", "twice": "2X", "thrice": "3X"}


@handles("set")
def _set(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    quant = m["q"].upper() if m["q"].lower() in ("every", "each") else None
    freq = _FREQ.get((m["freq"] or "").lower())
    if m["freq"] and not freq:
        times = number_value(m["freq"].lower().replace("times", "").strip())
        freq = f"{int(times)}X" if times else None
    word = m["unit"].lower().rstrip(".")
    part = f"T{PARTS_OF_DAY[m['part'].lower()]}" if m["part"] else ""
    if word in WEEKDAYS and m["wd2"]:  # "every Monday through Friday (morning)": each day of the span
        return Timex("SET", f"XXXX-XX-XX{part}" if part else "P1D", quant=quant, freq=freq)
    if word in WEEKDAYS:
        return Timex("SET", f"XXXX-WXX-{WEEKDAYS[word]}{part}", quant=quant, freq=freq)
    if word in PARTS_OF_DAY:
        return Timex("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[word]}", quant=quant, freq=freq)
    if word in ("weekend", "weekends") and not m["num"]:  # "every weekend": each week's weekend
        return Timex("SET", "XXXX-WXX-WE", quant=quant, freq=freq)
    if word in SEASONS:  # "every winter"
        return Timex("SET", f"XXXX-{SEASONS[word]}", quant=quant, freq=freq)
    amount = number_value(m["num"]) if m["num"] else 1
    return Timex("SET", duration_value(amount if "other" not in cand.text.lower() else 2, _unit(word)),
                 quant=quant, freq=freq)


_ADVERB_SETS = {"hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
                "monthly": "P1M", "quarterly": "P3M", "yearly": "P1Y", "annually": "P1Y", "semiannually": "P6M"}


@handles("set_adverb")
def _set_adverb(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    return Timex("SET", _ADVERB_SETS[m["word"].lower()])


@handles("long_adj")
def _long_adj(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    """ "a day-long meeting", "a year-long inquiry": a length, as "a five-year contract" is."""
    return Timex("DURATION", duration_value(1, m["unit"].lower()))


@handles("generic_past")
def _generic_past(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    return Timex("DATE", "PAST_REF")


@handles("anaphor")
def _anaphor(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["unit"].lower()
    if unit in PARTS_OF_DAY:
        return _daypart_anaphor(rel, PARTS_OF_DAY[unit], ctx, cand)
    if ctx.reference is None:
        return Timex("DATE", "PAST_REF") if unit in ("time", "moment") and rel == "that" else None
    if unit in ("time", "moment"):
        day, granularity = ctx.reference
        return Timex("DATE", point_value(day, granularity), point=ctx.reference) if rel == "that" else None
    day, granularity = (day_reference(ctx, cand) if unit == "day" else None) or ctx.reference
    if _finer(unit, granularity):
        return None  # "trades made that day" after "in 1987": no day has been told
    step = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}.get(rel, 0)
    day = shift(day, step, unit)
    return Timex("DATE", point_value(day, unit), point=(day, unit))


def _finer(unit: str, granularity: str) -> bool:
    """Whether ``unit`` (day, week, month, year) is finer than the ``granularity`` the text last told."""
    order = ("day", "week", "month", "quarter", "half", "season", "year", "decade", "century")
    return unit in order and granularity in order and order.index(unit) < order.index(granularity)


def _daypart_anaphor(rel: str, part: str, ctx: Context, cand: Candidate) -> Timex | None:
    told = told_day(ctx, cand)
    if told is None:
        return Timex("TIME", f"XXXX-XX-XXT{part}")
    step = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}.get(rel, 0)
    day = told + dt.timedelta(days=step)
    return Timex("TIME", f"{day.isoformat()}T{part}", point=(day, "day"))


@handles("day_before")
def _day_before(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    unit = m["unit"].lower()
    reference = day_reference(ctx, cand) if unit in ("day", "night") else ctx.reference
    if reference is None or _takes_a_complement(m, cand):
        return None
    step = -1 if m["dir"].lower() in ("before", "earlier") else 1
    if unit == "night":
        day = reference[0] + dt.timedelta(days=step)
        return Timex("TIME", f"{day.isoformat()}TNI", point=(day, "day"))
    day = shift(reference[0], step, unit)
    return Timex("DATE", point_value(day, unit), point=(day, unit))


def _takes_a_complement(m: re.Match[str], cand: Candidate) -> bool:
    """ "the day before authorities issued a warrant", "the day before returning": "before" heads a
    clause or a noun phrase, so the day is not the one before the day last told."""
    if m["dir"].lower() not in ("before", "after"):
        return False
    return bool(re.match(r"[ \t]+[\w$“\"'‘]", cand.match.string[cand.end:cand.end + 3]))
