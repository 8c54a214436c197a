"""The day a narrative has just set (``timex_narrative``), for clock times and day anaphors, on hand-made
sentences: a past clause takes the day just told; a present or future clause keeps its own day."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.model import Record
from newsgraph.pipeline.timex_narrative import sentences_back

PUBLISHED = "2025-10-20"  # a Monday


def values(extract: Callable[..., Record], text: str, published: str = PUBLISHED) -> dict[str, str]:
    return {t.text: t.value for t in extract(text, published).times}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a past clause: the day set in the sentence before
        ("On Oct. 13, the troops crossed the border. At 6 a.m., they attacked the town.", "6 a.m.",
         "2025-10-13T06:00"),
        ("On Oct. 13 the plane landed in the capital. By 10 p.m., the talks had ended.", "10 p.m.",
         "2025-10-13T22:00"),
        # a coarser point named since does not end the day
        ("On Oct. 13, 2025, the troops, sent there in 2022, attacked at 6 a.m. and left that night.", "6 a.m.",
         "2025-10-13T06:00"),
        ("On Oct. 13, 2025, the troops, sent there in 2022, attacked at 6 a.m. and left that night.", "that night",
         "2025-10-13TNI"),
        ("Police arrested the man on Oct. 13. He had lived in the city since 2020 and was freed at midnight.",
         "midnight", "2025-10-13T24:00"),
        # anaphors of the day just set
        ("On Oct. 13, the troops crossed the border. Earlier that day, they had shelled the town.",
         "Earlier that day", "2025-10-13"),
        ("On Oct. 13, the troops crossed the border. The next morning they left.", "The next morning",
         "2025-10-14TMO"),
        ("On Oct. 13, 2025, the troops, sent there in 2022, attacked. The day before, they had rested.",
         "The day before", "2025-10-12"),
        # a present or future clause keeps the publication's day after a past day
        ("The council voted on Oct. 13 to raise taxes. The next meeting is at 10 a.m.", "10 a.m",
         "2025-10-20T10:00"),
        ("The council voted on Oct. 13 to raise taxes.\nPolls close at 8 p.m., officials said.", "8 p.m.",
         "2025-10-20T20:00"),
        ("The vote was held on Oct. 13. The results will be announced at 9 a.m.", "9 a.m", "2025-10-20T09:00"),
        # ... but takes a day set ahead
        ("The summit will be held on Oct. 24. It will start at 10 a.m. and end that evening.", "10 a.m.",
         "2025-10-24T10:00"),
        ("The summit will be held on Oct. 24. It will start at 10 a.m. and end that evening.", "that evening",
         "2025-10-24TEV"),
        # a day that dates a relative clause is no day of the sentence's other clauses
        ("Smith, who was confirmed on Saturday, will speak to reporters at 3 p.m.", "3 p.m", "2025-10-20T15:00"),
        ("The minister, who landed in Paris on Oct. 13, said talks would begin at 9 a.m.", "9 a.m",
         "2025-10-20T09:00"),
        # ... but dates a clock time inside that clause
        ("Smith, who was arrested on Oct. 13 at 6 a.m., will appear in court.", "6 a.m.", "2025-10-13T06:00"),
        ("On Oct. 13, the man, who lives nearby, was arrested at 6 a.m.", "6 a.m", "2025-10-13T06:00"),
    ],
)
def test_clock_times_and_anaphors_take_the_day_just_set(
        extract: Callable[..., Record], text: str, expression: str, value: str) -> None:
    assert values(extract, text)[expression] == value


def test_a_timeline_entry_tells_its_day_in_the_present(extract: Callable[..., Record]) -> None:
    text = ("Timeline of the attack\n\nOct. 14\n\nA guard is shot at around 6:45 a.m. outside the bank.\n\n"
            "The gunman is seen taking a cab at around 7 a.m. on the west side.")
    found = values(extract, text)
    assert found["around 6:45 a.m."] == "2025-10-14T06:45"
    assert found["around 7 a.m."] == "2025-10-14T07:00"


def test_a_timeline_entry_dates_its_weekdays(extract: Callable[..., Record]) -> None:
    # published on a Thursday; each entry opens with its day
    text = ("Timeline of the race\n\nOct. 24: As of Thursday, more than $5 million had been spent.\n\n"
            "Oct. 28: The mayor will hold a rally on Saturday.\n\nThe vote is on Tuesday.")
    found = {t.text: t.value for t in extract(text, "2025-10-30").times}
    assert found["Thursday"] == "2025-10-23"  # the Thursday before the entry's Friday, not the publication day
    assert found["Saturday"] == "2025-11-01"  # the Saturday after the entry's Tuesday
    assert found["Tuesday"] == "2025-11-04"  # outside the entries: from the publication


def test_no_day_told_no_next_morning(extract: Callable[..., Record]) -> None:
    # "In October ... the next morning": the first of October is no day the story told
    found = values(extract, "In October, the troops crossed the border. The next morning they left.")
    assert found["The next morning"] == "XXXX-XX-XXTMO"


def test_a_coarser_anaphor_keeps_its_point(extract: Callable[..., Record]) -> None:
    # "that year" is the year named last, not the year of the day told before it
    found = values(extract, "On Oct. 13, 2025, the troops, sent there in 2021, marched on. That year the war began.")
    assert found["That year"] == "2021"


def test_sentences_back_within_a_paragraph() -> None:
    text = "One. Two. Three. Four.\nFive."
    starts = [0, 5, 10, 17, 23]
    assert sentences_back(text, starts, 0, 12) == 2  # same paragraph, two sentences back
    assert sentences_back(text, starts, 0, 18) == 3
    assert sentences_back(text, starts, 17, 19) == 0  # same sentence
    assert sentences_back(text, starts, 17, 23) is None  # over a line break
    assert sentences_back(text, starts, 12, 5) is None  # a setter after the expression
