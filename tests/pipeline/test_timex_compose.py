"""The time layer on a day told from another day the text names: "the day after tomorrow"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.model import Record

PUBLISHED = "2024-11-20"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "span", "type_", "value"),
    [
        ("He will arrive the day after tomorrow.", "the day after tomorrow", "DATE", "2024-11-22"),
        ("She left the day before yesterday.", "the day before yesterday", "DATE", "2024-11-18"),
        ("Travel peaks the day before Thanksgiving, AAA said.", "the day before Thanksgiving", "DATE",
         "2024-11-27"),
        ("Stores close early on the day before Christmas Day.", "the day before Christmas Day", "DATE",
         "2024-12-24"),
        ("He was arrested the day before last Tuesday.", "the day before last Tuesday", "DATE", "2024-11-18"),
        ("The day after Nov. 5, markets rallied.", "The day after Nov. 5", "DATE", "2024-11-06"),
        ("Guests arrive the night before Thanksgiving.", "the night before Thanksgiving", "TIME",
         "2024-11-27TNI"),
        # a weekday counted from a day: the nearest such weekday before or after it
        ("Good Friday is the Friday before Easter.", "the Friday before Easter", "DATE", "2025-04-18"),
        ("The count closes the Monday after Election Day.", "the Monday after Election Day", "DATE",
         "2024-11-11"),
        ("Cyber Monday is the first Monday after Thanksgiving.", "the first Monday after Thanksgiving", "DATE",
         "2024-12-02"),
        ("Law Week starts with the Sunday before May 1.", "the Sunday before May 1", "DATE", "2025-04-27"),
    ],
)
def test_a_day_told_from_another(extract: Callable[..., Record], text: str, span: str, type_: str,
                                 value: str) -> None:
    found = {t.text: t for t in extract(text, PUBLISHED).times}
    assert (found[span].type, found[span].value) == (type_, value)


def test_a_day_told_from_a_thing_that_is_no_time(extract: Callable[..., Record]) -> None:
    found = {t.text: t for t in extract("The vote came the day after the election.", PUBLISHED).times}
    assert not any(text.startswith("the day after") for text in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Day after Tomorrow?:Study warns of a rapid change in ocean currents.",  # a film's title
        "Order of Play sheets become available the night before the start of that day's play.",
    ],
)
def test_no_day_told_from_a_title_or_an_anaphor(extract: Callable[..., Record], text: str) -> None:
    assert not any(t.text.lower().startswith(("the day", "the night")) for t in extract(text, PUBLISHED).times)


def test_a_weekday_not_counted_from_the_day_after_it(extract: Callable[..., Record]) -> None:
    found = {t.text: t.value for t in extract("We met on Friday before Christmas shopping began.", PUBLISHED).times}
    assert found == {"Friday": "2024-11-15", "Christmas": "2024-12-25"}



def test_the_day_counted_is_the_one_the_story_goes_on_with(extract: Callable[..., Record]) -> None:
    text = "Festivities take place on the Friday after Thanksgiving. The parade begins at 6 p.m."
    found = {t.text: t.value for t in extract(text, PUBLISHED).times}
    assert found["the Friday after Thanksgiving"] == "2024-11-29"
    assert found["6 p.m"] == "2024-11-29T18:00"
