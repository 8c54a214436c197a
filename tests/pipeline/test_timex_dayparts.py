"""The time layer on a part of the day no other word names: "by afternoon", "in mid-morning"."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from newsgraph.model import Record

PUBLISHED = "2024-03-06"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("By mid afternoon, official sources were saying the operation was over.", "mid afternoon",
         "2024-03-06TAF"),
        ("By late afternoon the mayor said the roads were clear.", "late afternoon", "2024-03-06TAF"),
        ("The vote came in mid-morning.", "mid-morning", "2024-03-06TMO"),
        ("By evening, a crowd of about 150 people had gathered.", "evening", "2024-03-06TEV"),
        ("In the early morning hours, crews arrived at the scene.", "early morning", "2024-03-06TMO"),
        # the day the text tells of, not the publication's
        ("The river crested on Friday. It reached 25 feet in the late afternoon.", "late afternoon",
         "2024-03-01TAF"),
    ],
)
def test_a_bare_part_of_the_day_is_a_time(extract: Callable[..., Record], text: str, span: str,
                                          value: str) -> None:
    found = {t.text: t for t in extract(text, PUBLISHED).times}
    assert found[span].type == "TIME"
    assert found[span].value == value


@pytest.mark.parametrize(
    "text",
    [
        "Good evening from the central park.",  # a greeting
        "He hosts a morning show on the radio.",  # no preposition, no early/late
        "We had an early morning meeting with everyone.",  # an adjective before its noun
        "Their chemistry was crucial in morning TV.",
        "Trump leads in the latest polling by Morning Consult.",  # a name
        "Homes flooded in the early morning hours of July 4.",  # the part of a day named after it
        "Indian Wells announced mid-afternoon on Saturday that sandbags are available.",
    ],
)
def test_no_bare_part_of_the_day_where_it_is_none(extract: Callable[..., Record], text: str) -> None:
    parts = [t for t in extract(text, PUBLISHED).times if re.search(r"morning|afternoon|evening", t.text, re.I)]
    assert parts == []
