"""The time layer on named holidays: the year of a holiday named without one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.model import Record


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a holiday at most two weeks ahead is the one the text speaks of, whatever the tense reads
        ("What's open and closed on Juneteenth?", "2024-06-17", "2024-06-19"),
        ("Scary videos have been big this Halloween.", "2023-10-27", "2023-10-31"),
        # not where the text says it is another, or sets another year
        ("Last Halloween, he dressed as a ghost.", "2023-10-27", "2022-10-31"),
        ("Biden signed a law on June 17, 2021, making Juneteenth a federal holiday.", "2023-06-18", "2021-06-19"),
    ],
)
def test_a_holiday_just_ahead_is_the_coming_one(extract: Callable[..., Record], text: str, published: str,
                                                value: str) -> None:
    assert [t.value for t in extract(text, published).times if t.text in ("Juneteenth", "Halloween")] == [value]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a list of holidays that tells the yearly calendar: every year's, the year left open
        ("Congress has enacted 12 federal holidays, including New Year's Day, Memorial Day, Independence Day, "
         "Christmas, and most recently, Juneteenth.",
         ["XXXX-01-01", "XXXX-05-XX", "XXXX-07-04", "XXXX-12-25", "XXXX-06-19"]),
        ("The store traditionally is closed only on Christmas and Thanksgiving.", ["XXXX-12-25", "XXXX-11-XX"]),
        ("Unlike other holidays, like Christmas or Valentine's Day, its date changes each year.",
         ["XXXX-12-25", "XXXX-02-14"]),
        # one year's: a list after "this", a list in a sentence on no calendar, a holiday alone
        ("You'd rather not cook this Christmas Eve, Christmas Day or both, as holidays go.",
         ["2024-12-24", "2024-12-25"]),
        ("Leila's will be open Christmas Eve and Christmas Day from 4:30 to 9 p.m.", ["2024-12-24", "2024-12-25"]),
        ("Federal offices are closed on Christmas, one of the holidays.", ["2024-12-25"]),
        # a single holiday in a sentence that says it is every year's, naming no particular year or day
        ("Memorial Day takes place annually on the last Monday in the month of May.", ["XXXX-05-XX"]),
        ("Every year, the president pardons a turkey before the Thanksgiving holiday.", ["XXXX-11-XX"]),
        ("Regardless of the day of the week, Juneteenth is celebrated on June 19 annually.", ["XXXX-06-19"]),
    ],
)
def test_a_list_of_holidays_on_the_yearly_calendar_has_no_year(extract: Callable[..., Record], text: str,
                                                                values: list[str]) -> None:
    found = [t.value for t in extract(text, "2024-12-10").times if t.text in _NAMES]
    assert found == values


_NAMES = {"New Year's Day", "Memorial Day", "Independence Day", "Christmas", "Juneteenth", "Thanksgiving",
          "Valentine's Day", "Christmas Eve", "Christmas Day", "MLK Day"}


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a particular year, week or day named in the sentence: that year's holiday
        ("For 2025, Juneteenth falls on Thursday, June 19, as it does each year.", "2025-06-10"),
        ("Juneteenth, observed annually, is this week.", "2025-06-16"),
        ("Monday, Jan. 20, is MLK Day. The observance falls annually on the third Monday in January.", "2025-01-19"),
        ("As they do every year, the Lions will play on Thanksgiving.", "2025-11-20"),
        ("The service ($99 annually) has 40% off Christmas candy.", "2025-12-10"),
    ],
)
def test_a_holiday_of_a_particular_year_keeps_its_year(extract: Callable[..., Record], text: str,
                                                      published: str) -> None:
    values = [t.value for t in extract(text, published).times if t.text in _NAMES]
    assert values and all(value.startswith(published[:4]) for value in values)


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        # a week named by a holiday is the ISO week holding that day
        ("Easter week brought crowds to the city.", "2000-04-17", "Easter week", "2000-W16"),
        ("Pilgrims filled the city during Holy Week.", "2024-03-20", "Holy Week", "2024-W13"),
        ("Thanksgiving week is one of the peak travel times.", "2024-10-02", "Thanksgiving week", "2024-W48"),
        ("Christmas week was quiet at the office.", "2024-01-05", "Christmas week", "2023-W52"),
        # not the weekend: the holiday alone
        ("Thanksgiving weekend sales rose.", "2024-10-02", "Thanksgiving", "2024-11-28"),
    ],
)
def test_a_week_named_by_a_holiday(extract: Callable[..., Record], text: str, published: str, span: str,
                                   value: str) -> None:
    found = {t.text: t for t in extract(text, published).times}
    assert found[span].value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a year written just after the holiday, outside its span, is its year
        ("Turnout on Election Day in 2016 was high.", "Election Day", "2016-11-08"),
        ("He proposed on Christmas of 2019.", "Christmas", "2019-12-25"),
        ("They met the night before Thanksgiving in 2022 at a bar.", "the night before Thanksgiving",
         "2022-11-23TNI"),
    ],
)
def test_a_holiday_of_a_year_written_after_it(extract: Callable[..., Record], text: str, span: str,
                                              value: str) -> None:
    found = {t.text: t for t in extract(text, "2024-12-30").times}
    assert found[span].value == value


def test_a_year_after_a_comma_is_not_the_holiday_s(extract: Callable[..., Record]) -> None:
    text = "The city was one of the first to begin officially celebrating Juneteenth, in 1971."
    found = {t.text: t for t in extract(text, "2024-05-23").times}
    assert not found["Juneteenth"].value.startswith("1971")
