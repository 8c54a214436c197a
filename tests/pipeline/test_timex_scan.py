"""The grammar's windows (``timex_scan``): scanning around trigger words finds what a scan of the
whole text finds, on hand-made sentences that exercise every rule and on the reference article."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.pipeline.timex_grammar import RULES, find_candidates
from newsgraph.pipeline.timex_scan import MARK_TRIGGERS, REACH, WORD_TRIGGERS, Triggers, windows

ARTICLE = Path(__file__).parents[1] / "fixtures" / "alaska-summit" / "article.txt"

# one or more sentences for each rule, some with the expression at a line's or the text's edge
SENTENCES = [
    "The filing is dated 2021-03-04T10:30 and was sent on 3/4/21.",
    "The week of Monday, Nov. 25-29, 2022 was busy; on 25-29 November the talks went on.",
    "He left on Wednesday, the 14th, and came back on March 30-April 2.",
    "In late May 2019 sales fell, and early this coming June they rose; in September of nineteen ninety-four.",
    "The fiscal year 2005 ended; from 1989-2005 and again in two thousand and one.",
    "In the early 1990s and the '80s, and in the late seventies, the 21st century began.",
    "Profit in the same year-earlier third quarter of fiscal 2004 and the first half a year ago rose.",
    "The year-earlier figure and Q3 2023 and 2Q and H1 results were flat.",
    "More than twenty-five thousand and ninety-nine consecutive days and a half ago, and 30-day terms.",
    "For years, and in the past several months, and for weeks later, it grew.",
    "Later this week, the following fiscal year, and this coming spring they will meet.",
    "By year-end, at the end of the year, and end-of-year it closes.",
    "In the summer of 2003 and in early winter; this fall he returned.",
    "Earlier today, yesterday, these days and in the immediate future and in the long term.",
    "Early Tuesday morning and the following evening of March 3 and noon Friday and midnight today.",
    "Tonight and overnight and last night it rained, by late afternoon and in mid-morning.",
    "Last Monday and this coming Friday, and on Sundays and Mon. and Thurs.",
    "At about 10:30 p.m. EST Friday, at 5pm, at 14:00, at ten o'clock, at eight in the morning, at 0200 GMT "
    "and at noon local time on March 4.",
    "Twice every other week and each Monday through Friday morning and once a year, every spring.",
    "She runs in the mornings and on Sunday mornings and during the summers.",
    "It opens every June, publishes daily and biweekly, after a decade-long wait.",
    "On Christmas Eve 2004, New Year's Day and Valentine's Day, Good Friday and Thanksgiving Day 2020.",
    "It falls on the first Monday in May, the last Thursday of November 2024 and the 2nd Sunday of March.",
    "Over the past, that same day, at that moment, the next morning and the day before, the week after.",
    "Monday\nJanuary 5, 2021\n\nat 6\na.m. on the second\nday, 3 days\n",
    "Posted 10:15 GMT\n2 days ago",
    "His pole lap of 1:31.447 seconds beat the 2:05:30.5 of the marathon.",
    "At the turn of the century, the twentieth-century mills closed.",
    "Zürich, İstanbul: on İ Jan. 6 the İİ 7 p.m. meeting – Ünal said so on Friday.",
    "The Monday Night Football game and the NOW PAC and \"The Next 365 Days\" were news.",
]


def _spans(text: str, whole_text: bool) -> list[tuple[int, int, str]]:
    return [(c.start, c.end, c.rule) for c in find_candidates(text, whole_text=whole_text)]


@pytest.mark.parametrize("text", SENTENCES)
def test_windows_find_what_the_whole_text_scan_finds(text: str) -> None:
    assert _spans(text, whole_text=False) == _spans(text, whole_text=True)


def test_the_sentences_exercise_every_rule() -> None:
    rules = {rule for text in SENTENCES for _, _, rule in _spans(text, whole_text=True)}
    assert {name for name, _ in RULES} - rules <= {"year_range", "spelled_decade"}  # both merge into longer ones


def test_reference_article_unchanged() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    assert _spans(text, whole_text=False) == _spans(text, whole_text=True)


def test_a_rule_without_its_triggers_scans_nothing() -> None:
    triggers = Triggers("The board met and agreed to raise prices by 4 percent.")
    assert windows(triggers, "clock") == []
    assert windows(triggers, "holiday") == []
    assert windows(triggers, "duration") == []  # "Monday", "today" would not count either


def test_windows_surround_each_trigger_and_merge() -> None:
    text = "x" * 300 + " 5 p.m. " + "y" * 30 + " at noon " + "z" * 300
    found = windows(Triggers(text), "clock")
    assert len(found) == 1
    start, end = found[0]
    assert start <= text.index("5 p.m.") and text.index("noon") + 4 < end < len(text)


def test_every_reach_names_a_rule_and_a_trigger() -> None:
    assert set(REACH) == {name for name, _ in RULES}
    assert {reach.trigger for reach in REACH.values()} <= set(WORD_TRIGGERS) | set(MARK_TRIGGERS)
