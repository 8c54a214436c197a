"""The time layer on the times of a race: lap and race times, and the qualifying sessions of motor sport."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.model import Record

PUBLISHED = "2023-05-26"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The rookie holds the lap record, completing a 2.2-mile lap in 1:31.447.", "1:31.447", "PT1M31.447S"),
        ("She won the 200-meter butterfly with a time of 2:03.03.", "2:03.03", "PT2M3.03S"),
        ("He set a lap of 1:11.365 seconds in practice.", "1:11.365 seconds", "PT1M11.365S"),
        ("The steeplechase champion (8:27.07) qualified for the final.", "8:27.07", "PT8M27.07S"),
        ("The winner ran 2:05:30.5 in the marathon.", "2:05:30.5", "PT2H5M30.5S"),
        ("The sprint ended in 0:58.2 for the relay.", "0:58.2", "PT58.2S"),
    ],
)
def test_a_race_time_is_one_duration(extract: Callable[..., Record], text: str, span: str, value: str) -> None:
    found = {t.text: t for t in extract(text, PUBLISHED).times}
    assert found[span].type == "DURATION"
    assert found[span].value == value
    assert not any(t.type == "TIME" for t in found.values())


@pytest.mark.parametrize(
    "text",
    [
        "The champion took pole after the last sector during Q3, the fastest lap of the day.",
        "Rain hit the track at the Grand Prix, where pole went to the home driver. "
        "Last year's winner crashed in Q1, dashing his chances.",
        "Q3: Team Bonds 47, Team Rice 35",
    ],
)
def test_a_qualifying_session_or_a_games_quarter_is_no_quarter_of_the_year(
        extract: Callable[..., Record], text: str) -> None:
    assert not [t for t in extract(text, PUBLISHED).times if t.text.startswith("Q")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The company took a $1.2 billion charge in Q2 related to severance costs.", "2023-Q2"),
        ("Revenue rose 12% in Q3, the company said.", "2023-Q3"),
        # a team's figures in a story of the track are still a company's
        ("The team took pole at the Grand Prix. The team said Q1 sales of merchandise rose.", "2023-Q1"),
        ("Profit fell in Q4 despite record laps of the new track.", "2023-Q4"),  # no fourth session
    ],
)
def test_a_quarter_of_a_companys_year_stays(extract: Callable[..., Record], text: str, value: str) -> None:
    assert [t.value for t in extract(text, PUBLISHED).times if t.text.startswith("Q")] == [value]
