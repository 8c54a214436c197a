"""The answer-key check: gold TIMEX3 values that their own words contradict, and only those."""

from __future__ import annotations

import pytest

from newsgraph.evaluate.timeml import GoldTimex
from newsgraph.evaluate.timeml_check import check_key


def timex(text: str, type_: str, value: str) -> GoldTimex:
    return GoldTimex(0, len(text), text, type_, value)


@pytest.mark.parametrize(
    ("text", "type_", "value", "test"),
    [
        ("last week", "DURATION", "1998-08-04", "shape"),  # a DURATION holds a period
        ("this century", "DATE", "P100Y", "shape"),  # a DATE holds no period
        ("1968", "DATE", "1968-XX", "year"),
        ("1988", "DATE", "1998", "year"),
        ("Sept. 27, 1989", "DATE", "1989-11-27", "date"),
        ("Sept. 30", "DATE", "1989-09", "date"),  # written to the day, valued to the month
        ("Tuesday", "DATE", "2000-04-05", "weekday"),  # a Wednesday
        ("13 years", "DURATION", "P12Y", "amount"),
        ("six months", "DURATION", "P6D", "amount"),
        ("a few minutes", "DURATION", "PXM", None),  # vague: no one number to compare
        ("last week", "DATE", "2000-W7", "week"),
    ],
)
def test_each_test_finds_its_contradiction(text: str, type_: str, value: str, test: str | None) -> None:
    found = check_key([timex(text, type_, value)], "doc")
    assert [f.test for f in found] == ([test] if test else [])
    if found:
        assert str(found[0]).startswith(f"doc: {text!r} {type_} {value}: {test}: ")


@pytest.mark.parametrize(
    ("text", "type_", "value"),
    [
        ("1968", "DATE", "1968"),
        ("Sept. 27, 1989", "DATE", "1989-09-27"),
        ("Sept. 30", "DATE", "1989-09-30"),
        ("Tuesday", "DATE", "2000-04-04"),
        ("Tuesday morning", "TIME", "2000-04-04TMO"),
        ("The day before last Tuesday", "DATE", "2000-02-21"),  # a Monday, named by the Tuesday
        ("13 years", "DURATION", "P13Y"),
        ("two hours", "DURATION", "PT2H"),
        ("the past three years", "DURATION", "P3Y"),
        ("last week", "DATE", "1998-W32"),
        ("last week", "DATE", "1989-WXX"),  # a convention annotators differ on, not a contradiction
        ("now", "DATE", "PRESENT_REF"),
        ("daily", "SET", "P1D"),
    ],
)
def test_values_the_words_allow_are_no_findings(text: str, type_: str, value: str) -> None:
    assert check_key([timex(text, type_, value)]) == []
