"""Participants of events: a subject shared with a passive verb undergoes it. Sentences built by
hand; the full pipeline runs on them."""

import pytest
from event_cases import event_of

pytestmark = pytest.mark.slow


def roles(record, word: str) -> set[tuple[str, str]]:
    """(entity name, role) of the participants of the event whose trigger text is ``word``."""
    names = {e.id: e.name for e in record.entities}
    event = event_of(record, word)
    return {(names[p.entity], p.role) for p in event.participants}


@pytest.mark.parametrize(
    ("text", "word", "role"),
    [
        ("John Smith pleaded guilty in March and was sentenced to a year of probation.", "sentenced", "patient"),
        ("John Smith hopes to be elected in November.", "elected", "patient"),
        ("John Smith pleaded guilty in March and was sentenced to a year of probation.", "pleaded", "agent"),
        ("John Smith arrived in Paris and met the president.", "met", "agent"),
    ],
)
def test_a_shared_subject_of_a_passive_undergoes_it(extract, text, word, role):
    assert ("John Smith", role) in roles(extract(text), word)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Senator Maria Lopez said in an interview with CNN on Tuesday that she would run.", "CNN"),
        ("Senator Maria Lopez said in an NBC interview on Tuesday that she would run.", "NBC"),
        ("Senator Maria Lopez said in an interview with The Gazette that she would run.", "The Gazette"),
    ],
)
def test_the_outlet_of_an_interview_is_no_participant(extract, text, outlet):
    found = roles(extract(text), "interview")
    assert ("Maria Lopez", "agent") in found
    assert not any(name == outlet for name, _ in found)


def test_a_byline_run_into_the_paragraph_is_no_participant(extract):
    text = ("Andrew Miller and Kate Holt\n\nReuters\n\n"
            "Prime Minister Keir Stone on Sunday dismissed calls to cancel the state visit.")
    found = roles(extract(text), "dismissed")
    assert not {name for name, _ in found} & {"Andrew Miller", "Kate Holt", "Reuters"}
