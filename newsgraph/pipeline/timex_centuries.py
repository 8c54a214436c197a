"""Centuries: "the 20th century", "the fifth century", "18th-century Britain", "the turn of the century".

TimeML writes a century as its two leading digits: the 20th century (1900-1999) is "19", the
21st "20". The turn of a century is the year it begins, give or take a few ("the turn of the 20th
century": 1900, APPROX); with no ordinal, the turn before the publication in a clause told in the
past or with no tense ("since the turn of the century", told in 2024: 2000), the next in one that
looks ahead ("by the turn of the century", told in 1998: 2000). Written as one adjective, it
needs its ordinal ("turn-of-the-20th-century ingenuity": 1900).
"""

import re

from newsgraph.pipeline.timex_grammar import Candidate
from newsgraph.pipeline.timex_values import Context, Timex, handles, point_mod
from newsgraph.pipeline.timex_words import CENTURY_WORDS


def _ordinal(m: re.Match[str]) -> int:
    """The ordinal of the century ``m`` names (20 for "20th", 5 for "fifth")."""
    return int(m["ord"]) if m["ord"] else CENTURY_WORDS[m["word"].lower()]


@handles("century")
def _century(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    """ "the 20th century": "19"; "the fifth century": "04"; "the late 19th century": "18", END."""
    return Timex("DATE", f"{_ordinal(m) - 1:02d}", point_mod(m["pmod"]))


@handles("turn_century")
def _turn_of_century(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    """ "the turn of the 20th century": 1900; "the turn of the century": the turn before the
    publication, or the next one where the clause looks ahead; the year, APPROX."""
    if m["ord"] or m["word"]:
        return Timex("DATE", f"{(_ordinal(m) - 1) * 100:04d}", "APPROX")
    if m["sep"] == "-":
        return None  # "a turn-of-the-century house": a style of about 1900 as often as a time near 2000
    if ctx.anchor is None:
        return None
    size = 1000 if m["unit"].lower() == "millennium" else 100
    year = ctx.anchor.year // size * size
    if ctx.direction(cand.start, cand.end) in ("future", "timetable"):
        year += size
    return Timex("DATE", f"{year:04d}", "APPROX")
