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
