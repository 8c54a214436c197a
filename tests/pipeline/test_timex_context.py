"""The time layer: values read from the period a story tells of (results stories, narrative time).

Hand-made sentences, one or more per convention the layer follows; see ``test_times`` for the
shapes of single expressions.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.model import Record, TimeExpr


def times_of(extract: Callable[..., Record], text: str, published: str) -> dict[str, TimeExpr]:
    return {t.text: t for t in extract(text, published).times}


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        # a quarter told by its last day: the calendar quarter that holds its middle month
        ("In the quarter ended July 31, the retailer earned $2 million.", "2025-10-30", "the quarter", "2025-Q2"),
        ("Net for the quarter ended Sept. 30 rose 8%.", "2025-10-30", "the quarter", "2025-Q3"),
        # once the story has named its (fiscal) quarter, "the quarter ended ..." is that one
        ("The company posted a profit for its fiscal first quarter. Sales for the quarter ended Sept. 30 "
         "rose 4%.", "2025-10-30", "the quarter", "2025-Q1"),
        # a numbered quarter told by its last day is of that day's year: "ended", the last one gone by
        ("In the comparable year-ago quarter, the second quarter ended Oct. 31, the firm had a loss.",
         "1989-10-27", "the second quarter", "1988-Q2"),
        ("The retailer expects to report sales of $1.2 billion for the third quarter ended Nov. 26.",
         "2023-01-05", "the third quarter", "2022-Q3"),
    ],
)
def test_a_quarter_told_by_its_last_day(extract: Callable[..., Record], text: str, published: str, span: str,
                                        value: str) -> None:
    assert times_of(extract, text, published)[span].value == value


def test_the_last_day_of_a_quarter_does_not_become_the_story_s_time(extract: Callable[..., Record]) -> None:
    text = ("The bank reported a net loss for the fiscal first quarter ended Sept. 30. "
            "It had a net loss of $2 million a year ago.")
    assert times_of(extract, text, "2025-10-26")["a year ago"].value == "2024-Q1"


def test_a_year_ago_in_a_story_still_telling_of_its_quarter(extract: Callable[..., Record]) -> None:
    filler = "The bank has branches in four states and sells insurance through agents. " * 6
    text = (f"The bank said third-quarter profit rose 5%. {filler}"
            "New loans slowed; they were $6 million in the quarter compared with $30 million a year ago.")
    assert times_of(extract, text, "2025-10-26")["a year ago"].value == "2024-Q3"


def test_a_year_ago_after_the_story_moved_on_is_a_year(extract: Callable[..., Record]) -> None:
    filler = "The bank has branches in four states and sells insurance through agents. " * 6
    text = f"The bank said third-quarter profit rose 5%. {filler}It opened ten branches in 2019 and had 40 a year ago."
    assert times_of(extract, text, "2025-10-26")["a year ago"].value == "2024"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The index fell on Aug. 4. Three days later, it had recovered.", "Three days", "P3D"),
        ("The chief quit in June. A few days later, the company cut its forecast.", "A few days", "PXD"),
        ("Trucks left on Aug. 4. A week earlier, the border had been shut.", "A week", "P1W"),
        ("Just over an hour later, he was declared dead.", "Just over an hour", "PT1H"),
    ],
)
def test_days_later_is_a_length_with_later_as_its_signal(extract: Callable[..., Record], text: str, span: str,
                                                         value: str) -> None:
    timex = times_of(extract, text, "2025-08-15")[span]
    assert (timex.type, timex.value) == ("DURATION", value)


def test_the_story_moves_on_by_days_later(extract: Callable[..., Record]) -> None:
    times = times_of(extract, "The ship sank on Aug. 3. Two days later, divers reached it that night.", "2025-08-15")
    assert times["that night"].value == "2025-08-05TNI"


def test_years_later_are_still_points(extract: Callable[..., Record]) -> None:
    times = times_of(extract, "The bank failed in 2008. It was sold two years later.", "2025-08-15")
    assert times["two years later"].value == "2010"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The appeal could take as long as a month or two.", "a month", "P1M"),
        ("The move comes barely a month after the airline cut flights.", "a month", "P1M"),
        ("But a minute and a half later, a pilot called in.", "a minute and a half", "PT1M30S"),
    ],
)
def test_a_single_unit_as_a_length(extract: Callable[..., Record], text: str, span: str, value: str) -> None:
    timex = times_of(extract, text, "2025-08-15")[span]
    assert (timex.type, timex.value) == ("DURATION", value)


def test_a_rate_is_not_a_length(extract: Callable[..., Record]) -> None:
    assert "a year" not in times_of(extract, "The stock pays a dividend of $1.76 a year.", "2025-08-15")


def test_halves_of_a_match_are_not_halves_of_the_year(extract: Callable[..., Record]) -> None:
    text = ("Kane scored early in the second half to give his team a 2-1 win in the league match. "
            "The goalkeeper had kept them level in the first half.")
    times = times_of(extract, text, "2025-08-15")
    assert "the second half" not in times and "the first half" not in times


def test_halves_of_a_results_year_stay_times(extract: Callable[..., Record]) -> None:
    times = times_of(extract, "The team expects sales to recover in the second half.", "2025-08-15")
    assert times["the second half"].value == "2025-H2"
    times = times_of(extract, "Profit rose in 2019. In the first half of the year, sales rose 5%.", "2025-08-15")
    assert times["the first half of the year"].value == "2019-H1"


def test_a_weekday_inside_a_name_is_not_a_time(extract: Callable[..., Record]) -> None:
    assert "Wednesday" not in times_of(extract, "Sheffield Wednesday beat Leeds on Saturday.", "2025-08-15")
    times = times_of(extract, "President Bill Clinton Thursday condemned the attacks.", "2025-08-15")
    assert times["Thursday"].value == "2025-08-14"


def test_today_ending_a_name_is_not_a_time(extract: Callable[..., Record]) -> None:
    text = "The mayor told USA TODAY on Monday that the road would reopen. Today, it did."
    times = times_of(extract, text, "2025-08-15")
    assert "TODAY" not in times and times["Today"].value == "2025-08-15"
    assert times_of(extract, "The mayor said that TODAY is the day.", "2025-08-15")["TODAY"].value == "2025-08-15"


def test_half_of_a_decade_is_the_decade(extract: Callable[..., Record]) -> None:
    text = "Sales were flat in the last half of the '80s."
    timex = times_of(extract, text, "1989-10-26")["the last half of the '80s"]
    assert (timex.value, timex.mod) == ("198", "END")


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The summit will be held on April 24 and 25.", {"April 24": "2026-04-24", "25": "2026-04-25"}),
        ("A hearing set for February 16 and 17 will rule on it.", {"February 16": "2026-02-16", "17": "2026-02-17"}),
    ],
)
def test_a_second_day_of_the_month_just_named(extract: Callable[..., Record], text: str,
                                                days: dict[str, str]) -> None:
    times = times_of(extract, text, "2026-02-10")
    assert {span: times[span].value for span in days} == days


def test_a_number_after_a_date_is_not_a_day(extract: Callable[..., Record]) -> None:
    times = times_of(extract, "Prices fell on Aug. 3 and 4 percent more the next week. He met May 5 and 6 others.",
                     "2025-08-15")
    assert "4" not in times and "6" not in times


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Third-quarter net rose 5%. For the nine months, net fell, compared with year-earlier net of $2 million.",
         "2024"),
        ("Third-quarter net rose 5%. Last year losses totaled $5 million. The year-earlier results were restated.",
         "2024"),
        ("Third-quarter net rose 5%, compared with year-earlier net of $2 million.", "2024-Q3"),
    ],
)
def test_year_earlier_follows_the_period_the_story_tells_of(extract: Callable[..., Record], text: str,
                                                             value: str) -> None:
    assert times_of(extract, text, "2025-10-30")["year-earlier"].value == value


def test_the_quarter_a_year_ago_is_one_expression(extract: Callable[..., Record]) -> None:
    text = "The bank lost $226 million in the third quarter. For the quarter a year ago, it earned $16 million."
    times = times_of(extract, text, "2025-10-26")
    assert times["the quarter a year ago"].value == "2024-Q3" and "a year ago" not in times


def test_a_day_long_meeting_is_a_length(extract: Callable[..., Record]) -> None:
    timex = times_of(extract, "The lawyers left their third day-long meeting with officials.", "2025-08-15")["day-long"]
    assert (timex.type, timex.value) == ("DURATION", "P1D")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Poland can now take part in planning for the NATO summit in April.", "2026-04"),
        ("A memorial service planned for Saturday was canceled.", "2025-12-06"),
    ],
)
def test_planning_for_a_thing_to_come(extract: Callable[..., Record], text: str, value: str) -> None:
    found = extract(text, "2025-12-10").times
    assert [t.value for t in found if t.text in ("April", "Saturday")] == [value]


def test_the_weeks_ahead_like_the_coming_weeks(extract: Callable[..., Record]) -> None:
    times = times_of(extract, "Funds may have to sell bonds in the weeks ahead.", "2025-08-15")
    assert (times["the weeks ahead"].type, times["the weeks ahead"].value) == ("DURATION", "PXW")
    assert times_of(extract, "Rates may fall in the years ahead.", "2025-08-15")["the years ahead"].value == "PXY"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a month and day right after a date written out in a past year reads in that year
        ("The flood struck on Nov. 3, 2022. On Nov. 9, the state asked for federal aid.", "Nov. 9", "2022-11-09"),
        ("The mine closed on Aug. 4, 2021. Workers protested on Dec. 1 outside the gates.", "Dec. 1", "2021-12-01"),
        # unless it looks ahead
        ("The mine closed on Aug. 4, 2021. It will reopen on Dec. 1, the owner said.", "Dec. 1", "2025-12-01"),
        # a month and year named in passing does not move the story ("in July 2021")
        ("It joined the pact in July 2021. The leaders met on Sept. 8 to sign it.", "Sept. 8", "2025-09-08"),
    ],
)
def test_a_day_after_a_dated_day_of_a_past_year(extract: Callable[..., Record], text: str, span: str,
                                                value: str) -> None:
    assert times_of(extract, text, "2025-10-30")[span].value == value
