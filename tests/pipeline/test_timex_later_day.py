"""The day a clause names after its clock time (``timex_later_day``), on hand-made sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.model import Record, TimeExpr

PUBLISHED = "2023-06-27"  # a Tuesday


def times_of(extract: Callable[..., Record], text: str) -> dict[str, TimeExpr]:
    return {t.text: t for t in extract(text, PUBLISHED).times}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The group was rebooked for a 7 p.m. departure on Monday.", "7 p.m.", "2023-06-26T19:00"),
        ("The couple left on the afternoon of Sunday, hours before the order.", "the afternoon", "2023-06-25TAF"),
        ("Enter the contest before midnight on Halloween.", "midnight", "2023-10-31T24:00"),
        ("The ceremony began at 6 a.m. EST (11 a.m. local time) in London on May 6.", "11 a.m. local time",
         "2023-05-06T11:00+01:00"),
    ],
)
def test_a_day_named_later_in_the_clause_dates_the_clock(
        extract: Callable[..., Record], text: str, span: str, value: str) -> None:
    assert times_of(extract, text)[span].value == value


def test_both_clock_times_of_a_pair_take_the_day_and_one_instant(extract: Callable[..., Record]) -> None:
    found = times_of(extract, "The ceremony began at 6 a.m. EST (11 a.m. local time) in London on May 6.")
    assert found["6 a.m. EST"].utc == found["11 a.m. local time"].utc == "2023-05-06T10:00Z"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a day of another clause, or a rule for every year, does not date the clock time
        ("Polls close at 8 p.m. and the count resumes on Friday.", "8 p.m.", "2023-06-27T20:00"),
        ("Summer time starts at 2 a.m. on the second Sunday of March each year.", "2 a.m.", "2023-06-27T02:00"),
    ],
)
def test_a_day_that_does_not_date_the_clock(extract: Callable[..., Record], text: str, span: str, value: str) -> None:
    assert times_of(extract, text)[span].value == value
