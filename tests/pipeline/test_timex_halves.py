"""The time layer on bare clock times: the half of the day of a clock written with no "a.m." or "p.m."."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.model import Record
from newsgraph.pipeline.timex_halves import bare_half

PUBLISHED = "2024-04-08"  # a Monday


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a part of the day after it, or just before it
        ("You'll wake him up at 4:00 in the afternoon.", "4:00", "2024-04-08T16:00"),
        ("People call me crying at 10:30 at night.", "10:30", "2024-04-08T22:30"),
        ("The tornado ripped through around 8:30 on Friday evening.", "around 8:30", "2024-04-05T20:30"),
        ("So this evening at about 7:30 we will suspend the search.", "about 7:30", "2024-04-08T19:30"),
        ("I'll see you tomorrow morning at 9:30.", "9:30", "2024-04-09T09:30"),
        ("She was found at 8:30 in the morning near the school.", "8:30", "2024-04-08T08:30"),
        # an hour from 1 to 5: the afternoon, unless the lines around it speak of the morning
        ("Around the eclipse's peak at 3:23, the senator strolled in.", "3:23", "2024-04-08T15:23"),
        ("The eclipse begins at 1:35 p.m. EDT, with the midpoint at 2:55.", "2:55", "2024-04-08T14:55"),
        ("He arrived at 4 a.m. and at 4:30 he was still alone.", "4:30", "2024-04-08T04:30"),
        ("Early risers lined up by 5:15 for the doors.", "5:15", "2024-04-08T05:15"),
        # the half of a clock written with one earlier in the sentence, where the hour is not smaller
        ("The auction begins at 5:30 p.m. followed by the dinner and ceremony at 6:45.", "6:45",
         "2024-04-08T18:45"),
        ("The range opened at 7:35 a.m. and the putting green at 7:45.", "7:45", "2024-04-08T07:45"),
        ("Doors open at 11 a.m. and the show starts at 1:30.", "1:30", "2024-04-08T13:30"),  # past noon
        ("The bar closed at 11 p.m. and the fight broke out at 1:30.", "1:30", "2024-04-09T01:30"),
        ("Start time: 8:20 p.m. ET (5:20 PT)", "5:20 PT", "2024-04-08T17:20-07:00"),  # one instant
        ("The show begins at 7:30 p.m., with the gala set for 5:30.", "5:30", "2024-04-08T17:30"),
        # an hour from 5 to 11 in a sentence of the evening
        ("At 6:30 fans lined up outside the arena for night one of the tour.", "6:30", "2024-04-08T18:30"),
        ("With sunset after 7:30, most fans were not seated.", "7:30", "2024-04-08T19:30"),
        ("He had eggs for breakfast at 7:30 before his dinner plans.", "7:30", "2024-04-08T07:30"),
        # other hours keep the hour written
        ("The putting green opened at 7:45, pushing tee times back.", "7:45", "2024-04-08T07:45"),
        ("The suspect left at 9:43, police said.", "9:43", "2024-04-08T09:43"),
    ],
)
def test_the_half_of_the_day_of_a_bare_clock(extract: Callable[..., Record], text: str, span: str,
                                             value: str) -> None:
    found = {t.text: t for t in extract(text, PUBLISHED).times}
    assert found[span].value == value


def test_bare_half_reads_the_words_around_the_clock() -> None:
    text = "It ended at 2:30 at night."
    assert bare_half(text, 12, 16, 2) == "a"  # past midnight
    text = "It ended at 10:30 tonight."
    assert bare_half(text, 12, 17, 10) == "p"
    assert bare_half("It ended at 9:15.", 12, 16, 9) == ""
    assert bare_half("It ended at 02:15.", 12, 17, 2) == ""  # a 24-hour clock
