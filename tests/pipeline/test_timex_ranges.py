"""The time layer: ranges, clock times past midnight and days written as one range, on hand-made sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.model import Record, TimeExpr
from newsgraph.pipeline.timex_grammar import find_candidates

PUBLISHED = "2025-08-15"  # a Friday


def times_of(extract: Callable[..., Record], text: str, published: str = PUBLISHED) -> dict[str, TimeExpr]:
    return {t.text: t for t in extract(text, published).times}


@pytest.mark.parametrize(
    ("text", "start", "start_value", "end", "end_value"),
    [
        # no day named: the night of the day told, ending the next morning
        ("The protest ran from 10 p.m. to 1:30 a.m. and ended peacefully.", "10 p.m.", "2025-08-15T22:00",
         "1:30 a.m.", "2025-08-16T01:30"),
        ("Crews worked from 23:00 to 02:00 to clear the road.", "23:00", "2025-08-15T23:00", "02:00",
         "2025-08-16T02:00"),
        # one day named after the range: the night that begins that day
        ("Police closed the road 10 p.m.-2 a.m. Friday.", "10 p.m.", "2025-08-15T22:00", "2 a.m. Friday",
         "2025-08-16T02:00"),
        ("The curfew runs between 11 p.m. and 3 a.m. Saturday in the city.", "11 p.m.", "2025-08-16T23:00",
         "3 a.m. Saturday", "2025-08-17T03:00"),
        ("The bar will be open from 10 p.m. to 1:30 a.m. on Saturday.", "10 p.m.", "2025-08-16T22:00",
         "1:30 a.m.", "2025-08-17T01:30"),
        # a day named at the start: the end is the morning after it
        ("The shelling lasted from 11 p.m. Wednesday to 4 a.m. and stopped.", "11 p.m. Wednesday",
         "2025-08-13T23:00", "4 a.m.", "2025-08-14T04:00"),
        # a day named with each end is kept as written
        ("The vote ran from 11 p.m. Wednesday to 2 a.m. Friday.", "11 p.m. Wednesday", "2025-08-13T23:00",
         "2 a.m. Friday", "2025-08-15T02:00"),
        # not past midnight: the end keeps the start's day, the start takes the day named once
        ("The office was open from 9 a.m. to 5 p.m. on Wednesday.", "9 a.m.", "2025-08-13T09:00", "5 p.m.",
         "2025-08-13T17:00"),
        ("The show runs from 10 p.m. to midnight.", "10 p.m.", "2025-08-15T22:00", "midnight",
         "2025-08-15T24:00"),
    ],
)
def test_clock_range(extract: Callable[..., Record], text: str, start: str, start_value: str, end: str,
                     end_value: str) -> None:
    times = times_of(extract, text)
    assert (times[start].value, times[end].value) == (start_value, end_value)


def test_clock_range_past_midnight_in_utc(extract: Callable[..., Record]) -> None:
    times = times_of(extract, "The strike lasted from 11 p.m. ET to 2 a.m. ET on Aug. 3.")
    start, end = times["11 p.m. ET"], times["2 a.m. ET"]
    assert (start.value, start.utc) == ("2025-08-03T23:00-04:00", "2025-08-04T03:00Z")
    assert (end.value, end.utc) == ("2025-08-04T02:00-04:00", "2025-08-04T06:00Z")


def test_a_zone_named_once_holds_for_the_start(extract: Callable[..., Record]) -> None:
    times = times_of(extract, "Polls are open from 11 p.m. to 2 a.m. GMT in the region.")
    assert (times["11 p.m."].utc, times["2 a.m. GMT"].utc) == ("2025-08-15T23:00Z", "2025-08-16T02:00Z")


def test_an_early_morning_time_told_after_a_late_evening_one_is_the_next_morning(
        extract: Callable[..., Record]) -> None:
    text = ("The storm made landfall at about 11:10 p.m. ET near the coast. Hours later, it weakened. "
            "By 3 a.m. ET, forecasters said it had moved inland.")
    times = times_of(extract, text)
    assert times["3 a.m. ET"].value == "2025-08-16T03:00-04:00" and times["3 a.m. ET"].utc == "2025-08-16T07:00Z"
    times = times_of(extract, "Shots were heard at 10 p.m. and 1 a.m., police said.")
    assert (times["10 p.m."].value, times["1 a.m."].value) == ("2025-08-15T22:00", "2025-08-16T01:00")


def test_times_told_out_of_order_keep_their_day(extract: Callable[..., Record]) -> None:
    times = times_of(extract, "Updates: 3 a.m.: the storm weakens. 11:10 p.m.: landfall near the coast.")
    assert (times["3 a.m."].value, times["11:10 p.m."].value) == ("2025-08-15T03:00", "2025-08-15T23:10")
    times = times_of(extract, "Crews left at 11 p.m. on Monday. At 2 a.m. on Wednesday they came back.")
    assert times["2 a.m."].value == "2025-08-13T02:00"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Nov. 25-29, 2022: Protests spread across the country.", "Nov. 25-29, 2022", "2022-11-25"),
        ("The fair will run Jan. 6-8 in the capital.", "Jan. 6-8", "2026-01-06"),
        ("The fair will run Jan. 6–8 in the capital.", "Jan. 6–8", "2026-01-06"),
        ("The summit ran Dec. 28-Jan. 3, 2024, in Davos.", "Dec. 28-Jan. 3, 2024", "2023-12-28"),
        ("The talks ran March 30-April 2, 2023, in Geneva.", "March 30-April 2, 2023", "2023-03-30"),
        ("Talks were held 25-29 November 2022 in Cairo.", "25-29 November 2022", "2022-11-25"),
    ],
)
def test_a_range_of_days_is_one_date_valued_by_its_first_day(extract: Callable[..., Record], text: str,
                                                              span: str, value: str) -> None:
    timex = times_of(extract, text).get(span)
    assert timex is not None, f"{span!r} not found in {text!r}"
    assert (timex.type, timex.value) == ("DATE", value)


def test_a_range_of_days_is_planted_where_written() -> None:
    text = "Before that, Jan. 6-8, 2021, the crowd grew."
    start = text.index("Jan.")
    assert [(c.start, c.end) for c in find_candidates(text)] == [(start, start + len("Jan. 6-8, 2021"))]


def test_numbers_after_a_day_are_no_range() -> None:
    assert [c.text for c in find_candidates("Rates rose on Jan. 6 6-8 percent.")] == ["Jan. 6"]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The event was held from Jan. 6 to Jan. 8, 2024.", "Jan. 6", "2024-01-06"),
        ("They met on Nov. 28 and Dec. 2, 2022.", "Nov. 28", "2022-11-28"),
        ("It ran from Dec. 28 through Jan. 3, 2024.", "Dec. 28", "2023-12-28"),
    ],
)
def test_a_year_written_once_holds_for_the_first_date(extract: Callable[..., Record], text: str, span: str,
                                                      value: str) -> None:
    assert times_of(extract, text)[span].value == value
