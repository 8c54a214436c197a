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

from newsgraph.pipeline.timex_calendar import point_value, year_near
from newsgraph.pipeline.timex_grammar import Candidate
from newsgraph.pipeline.timex_words import MONTHS


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
    narrates: bool = True  # False for a comparison point ("up from a year earlier"): the story stays put


@dataclass
class Context:
    """What resolving one document's expressions needs, updated as they are read in order."""

    anchor: dt.date | None
    direction: Callable[[int, int], str | None] = lambda start, end: None
    zone_at: Callable[[int], str | None] = lambda start: None
    # whether the clause holding chars [start, end) tells what usually happens ("Bears hibernate in winter")
    habitual: Callable[[int, int], bool] = lambda start, end: False
    # whether the expression at chars [start, end) dates the act of a past verb ("said in March")
    done: Callable[[int, int], bool] = lambda start, end: False
    # whether the possessive at chars [start, end) dates where a future verb's act takes place
    # ("will compete in Sunday's Super Bowl")
    occasion: Callable[[int, int], bool] = lambda start, end: False
    # whether the possessive at chars [start, end) names an event still awaited, in any tense but the
    # past ("tickets for Sunday's game are going for", "Follow along in Wednesday's blog")
    awaited: Callable[[int, int], bool] = lambda start, end: False
    reference: tuple[dt.date, str] | None = None
    quarter: tuple[dt.date, int] | None = field(default=None)  # last quarter named, and where
    # where the last point whose year the text wrote out ("Nov. 25, 2022") ends, and that point
    dated: tuple[int, dt.date] | None = field(default=None)
    # (month, day) -> the one year the text writes out with that day anywhere ("Jan. 6, 2021")
    written: dict[tuple[int, int], int] = field(default_factory=dict)
    # where the last day the text told begins, and that day: it outlives a coarser point named after
    # it ("On Oct. 13, 2025, troops sent there in 2022 attacked at 6 a.m."), see ``timex_narrative``
    told_day: tuple[int, dt.date] | None = None
    # how many sentences before the one of ``start`` chars at ``setter`` lie; None in another paragraph
    sentences_back: Callable[[int, int], int | None] = lambda setter, start: None
    # the last day the text wrote alone on a line, as a timeline heads its entries ("Dec. 4")
    heading: dt.date | None = None
    # where the line of a timeline's entry that opens with its day ends, and that day ("March 28: ...")
    entry: tuple[int, dt.date] | None = None
    # "past" or "now" (present or future): the tense of the first finite verb above chars [start, end)
    tense: Callable[[int, int], str | None] = lambda start, end: None
    # whether the chars at ``setter`` lie in a relative clause that does not hold the chars at
    # ``start`` ("Noem, who was confirmed Saturday, will speak at 3 p.m."): an aside, not the clause's day
    aside: Callable[[int, int], bool] = lambda setter, start: False


Handler = Callable[[re.Match[str], Candidate, Context], Timex | None]
_HANDLERS: dict[str, Handler] = {}
_POINT_MODS = {"early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID", "end": "END",
               "beginning": "START", "start": "START", "middle": "MID", "close": "END", "year-end": "END"}
def handles(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        _HANDLERS[name] = fn
        return fn
    return register


def normalize(cand: Candidate, context: Context) -> Timex | None:
    """The TIMEX3 reading of ``cand``, or None when it is not a time after all."""
    timex = _HANDLERS[cand.rule](cand.match, cand, context)
    if timex is not None and timex_generic.may_be_generic(cand) and context.habitual(cand.start, cand.end):
        return timex_generic.unanchored(timex)  # "Bears hibernate in the winter": no winter in particular
    if timex is None or timex.point is None or not timex.narrates or timex.type not in ("DATE", "TIME"):
        return timex
    if not ends_a_period(cand):
        context.reference = timex.point
        if timex.point[1] == "day":
            context.told_day = (cand.start, timex.point[0])
            if _alone_on_its_line(cand):
                context.heading = timex.point[0]
            entry_end = _opens_an_entry(cand)
            if entry_end is not None:
                context.entry = (entry_end, timex.point[0])
        if timex.point[1] == "day" and _WRITTEN_YEAR.search(cand.text):
            context.dated = (cand.end, timex.point[0])
    return timex


_ENTRY_MARK = re.compile(r"\s*(?::|[–—]|\s-)\s")


def _opens_an_entry(cand: Candidate) -> int | None:
    """Where the line ends whose first words are the day ``cand`` and a colon or dash ("March 28:
    Musk said ...", "Dec. 4 — The gunman ..."), a timeline's entry; None for another place."""
    text = cand.match.string
    line_start = text.rfind("\n", 0, cand.start) + 1
    if text[line_start:cand.start].strip() or not _ENTRY_MARK.match(text, cand.end):
        return None
    line_end = text.find("\n", cand.end)
    return line_end if line_end >= 0 else len(text)


def entry_day(ctx: Context, start: int) -> dt.date | None:
    """The day of the timeline entry whose line holds chars at ``start``, if any."""
    if ctx.entry is None or start >= ctx.entry[0]:
        return None
    return ctx.entry[1]


def _alone_on_its_line(cand: Candidate) -> bool:
    """Whether ``cand`` is all its line holds but punctuation ("Dec. 4", "Wednesday, Dec. 4:")."""
    text = cand.match.string
    line_start = text.rfind("\n", 0, cand.start) + 1
    line_end = text.find("\n", cand.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return line.strip(" \t:–—-,.") == text[cand.start:cand.end].strip(" .")


_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:1[7-9]|20)\d\d(?!\d)")
_DATED_REACH = 300  # characters: a timeline's entry ("Nov. 25-29, 2022: ...") and the lines under it


# "the quarter ended Sept. 30", "the fiscal third quarter ending June 30": the period is a point of
# its own; after "the six months ended Aug. 12" the date is the only point the story names
_PERIOD_END = re.compile(
    r"(?:quarter|half|period)[\s,]+(?:which\s+|that\s+)?(?:ended|ending|ends|end|through|to)[\s,]+(?:on\s+)?$",
    re.IGNORECASE)


def ends_a_period(cand: Candidate) -> bool:
    """Whether ``cand`` is the last day of a quarter or half just named ("the quarter ended Sept. 30").

    Such a date bounds the period; the story still tells of the period, so it does not become
    the time that "a year earlier" or "that day" refer to.
    """
    return bool(_PERIOD_END.search(cand.match.string, max(0, cand.start - 40), cand.start))


def point_mod(word: str | None) -> str | None:
    """The TIMEX3 mod of "early", "late", "mid-", "the end of" ...; None for no word."""
    if not word:
        return None
    words = re.findall(r"[a-z-]+", word.lower())
    key = next((w for w in words if w.rstrip("-") in _POINT_MODS), None)
    return _POINT_MODS[key.rstrip("-")] if key else None


def date_timex(anchor: dt.date | None, value: dt.date | None, granularity: str, mod: str | None = None,
          type_: str = "DATE") -> Timex:
    if value is None:
        return Timex(type_, "XXXX" if granularity == "year" else "XXXX-XX-XX", mod)
    return Timex(type_, point_value(value, granularity), mod, point=(value, granularity))


def year_of(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def day_near(ctx: Context, month: int, day: int, cand: Candidate, weekday: int | None = None) -> dt.date | None:
    """``_day_near``, moved where the text names a weekday that the day does not fall on in the year
    read: to the year around the publication where it does ("at 2 a.m. Sunday, March 10" told in
    2023 is 2024's; "on Saturday, Feb. 1" is this year's even where the text writes "Feb. 1, 1865"),
    else to a year next to the one read."""
    found = _day_near(ctx, month, day, cand)
    if found is None or weekday is None or found.isoweekday() == weekday:
        return found
    for around in ([ctx.anchor.year] if ctx.anchor else []) + [found.year]:
        fits = [d for d in (safe_date(around + k, month, day) for k in (-1, 0, 1)) if d and d.isoweekday() == weekday]
        if fits:
            return min(fits, key=lambda d: abs(d.year - around))
    return found


def _day_near(ctx: Context, month: int, day: int, cand: Candidate) -> dt.date | None:
    """The date of a month and day the text names without a year ("on Dec. 15").

    The year the text writes out with that same day elsewhere, if one ("the Jan. 6 riot" in a text
    that also writes "Jan. 6, 2021"), unless the tense looks ahead and that year is gone. Else
    read around the publication date, unless the text just wrote out a date of another year
    ("On Nov. 13, 2022, police ... On Dec. 15, they ..."): then around that date, as a timeline's
    entries or a story told in a past year read, unless the tense looks ahead."""
    if ctx.anchor is None:
        return None
    direction = ctx.direction(cand.start, cand.end)
    written = ctx.written.get((month, day))
    if written is not None and (written >= ctx.anchor.year or direction != "future" or _names_a_thing(cand)):
        return safe_date(written, month, day)  # "the Jan. 6 riot" where the text also writes "Jan. 6, 2021"
    if (ctx.dated is not None and cand.start - ctx.dated[0] <= _DATED_REACH and ctx.dated[1].year < ctx.anchor.year
            and direction != "future"):
        return safe_date(year_near(ctx.dated[1], month, day, None), month, day)
    return safe_date(year_near(ctx.anchor, month, day, calendar_direction(ctx, cand, direction)), month, day)


def calendar_direction(ctx: Context, cand: Candidate, direction: str | None) -> str | None:
    """``direction`` for a month or day: "done" where a past dates its own act ("She said in March
    that ..."), which cannot lie after the publication, however near; else ``direction``."""
    return "done" if direction == "past" and ctx.done(cand.start, cand.end) else direction


# after a day: a noun it names ("the Jan. 6 riot", "from Jan. 6 riot"), not a word of the clause
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|at|in|on|for|when|as|if|but|with|from|by|after|before|the|a|an|is|was|"
                         r"will|would|that|this|he|she|they|it|we)\b)[a-z]")


def _names_a_thing(cand: Candidate) -> bool:
    """Whether the day at ``cand`` modifies a noun, so names an event ("the Jan. 6 riot"), whatever the
    tense of the clause around it ("Biden will recall the Jan. 6 riot")."""
    text = cand.match.string
    return bool(_NOUN_AFTER.match(text, cand.end)) or text[max(0, cand.start - 4):cand.start].lower() == "the "


def years_written(cands: list[Candidate]) -> dict[tuple[int, int], int]:
    """(month, day) -> year, for each day ``cands`` write out with one year only ("Jan. 6, 2021")."""
    years: dict[tuple[int, int], set[int]] = {}
    for cand in cands:
        m = cand.match
        if cand.rule != "calendar" or not m["y"] or m["day_to"] or m["day_from"]:
            continue
        month = MONTHS[(m["mon"] or m["mon2"]).lower().rstrip(".")]
        years.setdefault((month, int(re.sub(r"\D", "", m["day"] or m["day2"]))), set()).add(int(m["y"]))
    return {key: found.pop() for key, found in years.items() if len(found) == 1}


# The handlers of each rule register themselves with ``handles`` when imported.
from newsgraph.pipeline import (  # noqa: E402, F401
    timex_centuries,
    timex_dates,
    timex_dayparts,
    timex_generic,
    timex_laps,
    timex_ranges,
    timex_relative,
)
