"""The time layer on centuries: TimeML writes a century as its two leading digits."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.model import Record
from newsgraph.pipeline.timex_words import number_value


@pytest.mark.parametrize(
    ("published", "text", "span", "type_", "value", "mod"),
    [
        ("1998-03-10", "This century has seen many wars.", "This century", "DATE", "19", None),
        ("2024-03-10", "This century has seen many wars.", "This century", "DATE", "20", None),
        ("2024-03-10", "The 20th century was violent.", "The 20th century", "DATE", "19", None),
        ("1998-03-10", "The 21st century will be different.", "The 21st century", "DATE", "20", None),
        ("1998-03-10", "By the next century, the seas will rise.", "the next century", "DATE", "20", None),
        ("2024-03-10", "Saint Patrick died during the fifth century.", "the fifth century", "DATE", "04", None),
        # an adjective leaves its determiner out, as "the 30-day [period]" does
        ("2024-03-10", "The 19th-century house was sold.", "19th-century", "DATE", "18", None),
        ("2024-03-10", "It changed race relations in 18th-century Britain.", "18th-century", "DATE", "17", None),
        ("2024-03-10", "It honours the twentieth-century coal miners.", "twentieth-century", "DATE", "19", None),
        ("2024-03-10", "The late 20th century saw change.", "The late 20th century", "DATE", "19", "END"),
        ("2024-03-10", "In the mid-20th century, steel boomed.", "the mid-20th century", "DATE", "19", "MID"),
        # a point in the last century is in the century before this one
        ("2024-03-10", "The boom began in the middle of the last century.", "the middle of the last century",
         "DATE", "19", "MID"),
        ("1998-03-10", "The boom began in the middle of the last century.", "the middle of the last century",
         "DATE", "18", "MID"),
        # lengths stay lengths
        ("2024-03-10", "Droughts have grown worse over the last century.", "the last century", "DURATION", "P100Y",
         None),
        ("2024-03-10", "The family has farmed here for a century.", "a century", "DURATION", "P100Y", None),
        ("2024-03-10", "The church has stood for centuries.", "centuries", "DURATION", "PXCE", None),
        ("2024-03-10", "They celebrated two and a half centuries of service.", "two and a half centuries",
         "DURATION", "P250Y", None),
        ("2024-03-10", "A century ago, the town was a village.", "A century ago", "DATE", "1924", None),
        # the turn of a century: the year it begins, give or take
        ("2024-03-10", "Schools had won 15 titles since the turn of the century.", "the turn of the century",
         "DATE", "2000", "APPROX"),
        ("1998-03-10", "At the turn of the century, the railway came.", "the turn of the century", "DATE", "1900",
         "APPROX"),
        ("1998-03-10", "By the turn of the century, the seas will have risen.", "the turn of the century", "DATE",
         "2000", "APPROX"),
        ("2024-03-10", "The house was built at the turn of the 20th century.", "the turn of the 20th century",
         "DATE", "1900", "APPROX"),
        ("2024-05-23", "It grew from his turn-of-the-20th-century ingenuity.", "turn-of-the-20th-century", "DATE",
         "1900", "APPROX"),
    ],
)
def test_centuries(extract: Callable[..., Record], published: str, text: str, span: str, type_: str, value: str,
                   mod: str | None) -> None:
    found = {t.text: t for t in extract(text, published).times}
    assert (found[span].type, found[span].value, found[span].mod) == (type_, value, mod)


def test_a_things_own_century_is_no_date(extract: Callable[..., Record]) -> None:
    assert not extract("The firm is entering its second century of business.", "2024-03-10").times


def test_a_turn_of_the_century_style_is_no_date(extract: Callable[..., Record]) -> None:
    assert not extract("They restored a turn-of-the-century house.", "2024-03-10").times


def test_and_a_half_adds_a_half_not_one_and_a_half() -> None:
    assert number_value("two and a half") == 2.5
    assert number_value("a half") == 1.5 - 1.0
    assert number_value("2 1/2") == 2.5
