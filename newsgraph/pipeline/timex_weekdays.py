"""Which way a weekday named without "last" or "next" points: by the tense of its clause, and for a
possessive weekday ("Tuesday's election") by whether its clause tells the past.

``weekday_direction`` gives a direction for ``timex_calendar.weekday_near``: "past", "future",
"recent", "nearest" or None.
"""

from __future__ import annotations

import re

from newsgraph.pipeline.timex_grammar import Candidate
from newsgraph.pipeline.timex_values import Context

_AS_OF = re.compile(r"\bas\s+of\s+$", re.IGNORECASE)
_AHEAD_OF = re.compile(r"\bahead\s+of\s+$", re.IGNORECASE)
# a market's figures of a day ("Friday's close", "Thursday's closing price", "Monday's session")
_MARKET_DAY = re.compile(r"['’]s\s+(?:[a-z-]+\s+)?(?:close|closing|session|trading|settlement)\b")
_AFTER = re.compile(r"\b(?:after|following|since|in\s+the\s+(?:wake|aftermath)\s+of)\s+$", re.IGNORECASE)


def weekday_direction(ctx: Context, cand: Candidate) -> str | None:
    """Which way a bare weekday points: by tense; news narrates, so an untensed one looks back."""
    if re.match(r"['’]s\b", cand.match.string[cand.end:cand.end + 3]):
        return _possessive_direction(ctx, cand)
    if _AS_OF.search(cand.match.string, max(0, cand.start - 12), cand.start):
        return "past"  # "odds are as of Tuesday evening": the figures were taken, in any tense
    direction = ctx.direction(cand.start, cand.end)
    # news tells a timetable in the present ("voters go to the polls on Sunday"): the day ahead
    return {"present": "future", "timetable": "future", None: "past"}.get(direction, direction)


def _possessive_direction(ctx: Context, cand: Candidate) -> str | None:
    """Which way a possessive weekday points ("Tuesday's election"): its noun is an event of the
    days around the publication, so the nearest such day, unless its clause tells the past."""
    if (cand.match.groupdict().get("rel") or "").lower() == "this":
        return "future"  # "this Saturday's home game": the one of this week, still to come
    direction = ctx.direction(cand.start, cand.end)
    if direction == "past" or _AFTER.search(cand.match.string, max(0, cand.start - 24), cand.start):
        return "past"  # "Monday's shooting left five dead", "help following Thursday's storm": what happened
    if _MARKET_DAY.match(cand.match.string, cand.end):
        return "past"  # "a premium over Thursday's closing price": what a market did, in any tense
    if _AHEAD_OF.search(cand.match.string, max(0, cand.start - 12), cand.start):
        return "future"  # "will act ahead of Tuesday's election": the day still lies ahead
    if direction == "future" and ctx.occasion(cand.start, cand.end):
        return "future"  # "will compete in Sunday's Super Bowl", told on a Monday: six days ahead
    if ctx.awaited(cand.start, cand.end):
        return "future"  # "tickets for Sunday's game are going for", "Don't look at Saturday's eclipse"
    if direction is None:
        # no tense ("a premium over Thursday's closing price", a heading): news tells what
        # happened, unless the day is just ahead ("Saturday's games" on a Friday)
        return "recent"
    # "Saturday's eclipse is the most notable", "will watch Tuesday's vote", "could be canceled":
    # present, future and modal clauses speak as often of the days just gone ("is grappling with
    # Friday's outage") as of those just ahead ("enter Tuesday's final"): the nearest
    return "nearest"
