"""The time layer: seasons and parts of the day in generic sentences have no anchor; plurals are SETs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.model import Record, TimeExpr

PUBLISHED = "2025-08-15"  # a Friday


def times_of(extract: Callable[..., Record], text: str, published: str = PUBLISHED) -> dict[str, TimeExpr]:
    return {t.text: t for t in extract(text, published).times}


@pytest.mark.parametrize(
    ("text", "span", "type_", "value"),
    [
        # generic: present simple with an adverb of frequency, "tend to", or a bare plural subject
        ("Black bears usually hibernate in the winter and wake in the spring.", "the winter", "DATE", "XXXX-WI"),
        ("Black bears usually hibernate in the winter and wake in the spring.", "the spring", "DATE", "XXXX-SP"),
        ("Birds fly south in the winter.", "the winter", "DATE", "XXXX-WI"),
        ("Prices tend to rise in the spring.", "the spring", "DATE", "XXXX-SP"),
        ("Tourists usually come in summer.", "summer", "DATE", "XXXX-SU"),
        ("The shop is usually busy in the morning.", "the morning", "TIME", "XXXX-XX-XXTMO"),
        # a plural names each one: a SET, whatever the sentence
        ("The shop is busy in the mornings.", "the mornings", "SET", "XXXX-XX-XXTMO"),
        ("He ran on Sunday mornings for years.", "Sunday mornings", "SET", "XXXX-WXX-7TMO"),
        ("She worked there during the summers.", "the summers", "SET", "XXXX-SU"),
        ("Every winter, the lake freezes.", "Every winter", "SET", "XXXX-WI"),
        ("Each spring, the river floods.", "Each spring", "SET", "XXXX-SP"),
    ],
)
def test_generic_times_have_no_anchor(extract: Callable[..., Record], text: str, span: str, type_: str,
                                      value: str) -> None:
    timex = times_of(extract, text).get(span)
    assert timex is not None, f"{span!r} not found in {text!r}"
    assert (timex.type, timex.value) == (type_, value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a particular event, past or to come, keeps its season: the nearest one on its side
        ("The company opened a new store in the spring.", "the spring", "2025-SP"),
        ("The company will open a new store in the spring.", "the spring", "2026-SP"),
        ("Officials expect a deal in the spring.", "the spring", "2026-SP"),
        ("The shop was busy in the morning, the owner said.", "the morning", "2025-08-15TMO"),
        ("New rules take effect in the summer, the agency said.", "the summer", "2025-SU"),
        ("The company opens a store in the summer.", "the summer", "2025-SU"),
    ],
)
def test_particular_times_stay_anchored(extract: Callable[..., Record], text: str, span: str, value: str) -> None:
    assert times_of(extract, text)[span].value == value


def test_a_generic_season_is_not_the_story_s_time(extract: Callable[..., Record]) -> None:
    times = times_of(extract, "The bank failed in 2008. Deposits usually fall in the winter. That year, it was sold.")
    assert (times["the winter"].value, times["That year"].value) == ("XXXX-WI", "2008")


def test_numbers_of_nights_are_no_set(extract: Callable[..., Record]) -> None:
    assert not [t for t in extract("They stayed two nights at the hotel.", PUBLISHED).times if t.type == "SET"]
