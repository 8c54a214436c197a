"""Quoted titles are no events; quoted speech keeps its events."""

import pytest

from newsgraph.pipeline.event_titles import in_title, is_title


@pytest.mark.parametrize(
    ("quoted", "title"),
    [
        ("Die With A Smile", True),
        ("How to Get Away With Murder", True),
        ("Burning", True),
        ("We will strike back,", False),
        ("The troops attacked the village at dawn.", False),
        ("they killed him", False),
    ],
)
def test_the_shape_of_a_title(quoted, title):
    assert is_title(quoted) is title


def test_a_word_in_a_quoted_title_on_its_line():
    text = 'Song of the year: “Die With A Smile” Lady Gaga.\n"We will attack," he said.'
    assert in_title(text, text.index("Die"), text.index("Die") + 3)
    assert not in_title(text, text.index("attack"), text.index("attack") + 6)


@pytest.mark.slow
def test_no_event_in_a_title_through_the_pipeline(extract):
    record = extract('Song of the year: “Die With A Smile” by Lady Gaga.\nThe gunman "killed three people" on Friday.')
    triggers = [e.trigger.text for e in record.events]
    assert "Die" not in triggers and "killed" in triggers
