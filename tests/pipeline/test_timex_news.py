"""The time layer on shapes common in modern news: deadlines, year ranges, numbers that look like years,
acronyms that look like times, US zone names, a day written once with its year."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.model import Record, TimeExpr
from newsgraph.pipeline.timex_grammar import find_candidates

PUBLISHED = "2025-08-15"  # a Friday


def times_of(extract: Callable[..., Record], text: str, published: str = PUBLISHED) -> dict[str, TimeExpr]:
    return {t.text: t for t in extract(text, published).times}


@pytest.mark.parametrize(
    "text",
    [
        "Monday was the last day for most taxpayers to file a return.",
        "The last day to file House bills is Feb. 26.",
        "They were engaged on his last day in office.",
        "The band closed the last day of the festival.",
    ],
)
def test_the_last_day_is_not_yesterday(extract: Callable[..., Record], text: str) -> None:
    assert not [t for t in extract(text, PUBLISHED).times if t.value == "2025-08-14"]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("He coached at Akron (1984-1989) before moving on.", "1984-1989", "1984"),
        ("He is owed $50 million from 2025-2027, the team said.", "2025-2027", "2025"),
        ("The club was unbeaten in 1992–1993 at home.", "1992–1993", "1992"),
    ],
)
def test_a_range_of_years_is_one_date_valued_by_its_first_year(extract: Callable[..., Record], text: str,
                                                               span: str, value: str) -> None:
    timex = times_of(extract, text).get(span)
    assert timex is not None, f"{span!r} not found in {text!r}"
    assert (timex.type, timex.value) == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "You can also call 800-829-1954 for help.",
        "The dinner is at BPOE #1903 Elks Lodge on Main Street.",
    ],
)
def test_numbers_that_look_like_years_are_no_times(text: str) -> None:
    assert find_candidates(text) == []


def test_an_acronym_is_no_time() -> None:
    assert find_candidates("The mayor gets NOW endorsement for her run.") == []
    assert find_candidates("The group's NOW PAC chairwoman spoke.") == []
    assert [c.text for c in find_candidates("The mayor said that NOW is the time.")] == ["NOW"]


def test_a_us_zone_named_without_time(extract: Callable[..., Record]) -> None:
    timex = times_of(extract, "The debate is scheduled for Wednesday at 9 p.m. Eastern.")["9 p.m. Eastern"]
    assert (timex.value, timex.utc) == ("2025-08-20T21:00-04:00", "2025-08-21T01:00Z")
    assert [c.text for c in find_candidates("They met at 7 p.m. Central Park was empty.")] == ["7 p.m"]


@pytest.mark.parametrize(
    ("text", "span", "utc"),
    [
        ("The doors open at 7:30 p.m. (PST) on Friday.", "7:30 p.m. (PST)", "2025-08-16T02:30Z"),
        ("The debate begins at 8 p.m. (ET) Tuesday.", "8 p.m. (ET) Tuesday", "2025-08-20T00:00Z"),
        ("The vote opens at 10 a.m. (local time) in Paris.", "10 a.m. (local time)", "2025-08-15T08:00Z"),
        # each clock with its own zone: one instant
        ("Watch at 8 p.m. ET/5 p.m. PT on Fox.", "5 p.m. PT", "2025-08-16T00:00Z"),
        ("It airs at 8 p.m. Eastern (5 p.m. Pacific) on NBC.", "5 p.m. Pacific", "2025-08-16T00:00Z"),
        # the second clock written without its half of the day takes the first one's
        ("The awards air live (8 p.m. EDT/5 PDT) on CBS.", "5 PDT", "2025-08-16T00:00Z"),
        ("The show airs at 8 p.m. ET (5 PT) on Fox.", "5 PT", "2025-08-16T00:00Z"),
    ],
)
def test_a_zone_in_brackets_after_a_clock(extract: Callable[..., Record], text: str, span: str, utc: str) -> None:
    timex = times_of(extract, text).get(span)
    assert timex is not None, f"{span!r} not found in {text!r}"
    assert timex.utc == utc


def test_a_bracket_that_holds_more_than_a_zone_is_left_out() -> None:
    assert [c.text for c in find_candidates("It opens at 9 a.m. (ET and PT).")] == ["9 a.m."]
    assert find_candidates("The scans were 8/10 CT and the split 2/3 PT.") == []


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        # the day written once with its year, anywhere in the text, is that day
        ("Candidates argued over the Jan. 6 Capitol riot. Pence did not block the count on Jan. 6, 2021.",
         "2023-08-23", "Jan. 6", "2021-01-06"),
        ("Biden will praise the recovery from the Jan. 6 riot. He will recall the Jan. 6, 2021, attack.",
         "2023-02-07", "Jan. 6", "2021-01-06"),
        # a date ahead of a past written one stays ahead
        ("The count on Jan. 6, 2021, was delayed. The next count will be held on Jan. 6.", "2024-08-01",
         "Jan. 6", "2025-01-06"),
    ],
)
def test_a_day_takes_the_year_the_text_writes_with_it(extract: Callable[..., Record], text: str, published: str,
                                                      span: str, value: str) -> None:
    assert times_of(extract, text, published)[span].value == value


def test_weekday_mornings_are_a_set(extract: Callable[..., Record]) -> None:
    timex = times_of(extract, "It brought back memories of childhood Saturday mornings watching films.")
    assert (timex["Saturday mornings"].type, timex["Saturday mornings"].value) == ("SET", "XXXX-WXX-6TMO")


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        # an infinitive under a past verb has its own time: the nearest such day
        ("Martinez filed last week to run in the Democratic primary on May 14.", "2024-01-29", "May 14",
         "2024-05-14"),
        ("He failed to pay his taxes in March, prosecutors said.", "2025-08-15", "March", "2025-03"),
        # "ahead of" looks ahead, unless the clause is told in the past
        ("Her resignation comes ahead of an October general election.", "2023-01-19", "October", "2023-10"),
        ("Stocks fell ahead of Wednesday's rate decision, traders said.", "2023-01-19", "Wednesday", "2023-01-18"),
        # an instruction to the reader looks ahead
        ("Just sign up for the program by Sunday morning to get the tickets.", "2024-03-27", "Sunday morning",
         "2024-03-31TMO"),
        # a headline's "set for": scheduled
        ("Democrat Summit set for April", "2024-01-29", "April", "2024-04"),
    ],
)
def test_which_way_a_clause_looks(extract: Callable[..., Record], text: str, published: str, span: str,
                                  value: str) -> None:
    assert times_of(extract, text, published)[span].value == value


@pytest.mark.parametrize(
    "text",
    [
        "He played the killer in four 'Friday the 13th' films.",
        "\"Wednesday\" star Jenna Ortega wore black on the carpet.",
    ],
)
def test_a_quoted_title_is_no_time(text: str) -> None:
    assert find_candidates(text) == []


def test_a_quoted_day_that_is_no_title_stays() -> None:
    assert [c.text for c in find_candidates("He said \"Wednesday\" was the day.")] == ["Wednesday"]


def test_a_range_of_lengths_and_a_year_named_with_year(extract: Callable[..., Record]) -> None:
    times = times_of(extract, "A conclave is usually held 15-20 days after a vacancy.")
    assert (times["15-20 days"].type, times["15-20 days"].value) == ("DURATION", "P15D")
    times = times_of(extract, "He has a $20 million option in 2025 year with a raise.")
    assert (times["2025"].type, times["2025"].value) == ("DATE", "2025")
