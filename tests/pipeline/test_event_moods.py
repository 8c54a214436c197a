"""Event status in questions and under infinitives: what is asked, aimed at, tried or possible
has not been told as happened. Sentences built by hand; the full pipeline runs on them."""

import pytest
from event_cases import event_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("Is this the year Garcia wins the award?", "wins", "conditional"),
        ("“Will the rebels attack the capital?” she asked.", "attack", "conditional"),
        ("Who won the election?", "won", "occurred"),
        ("Does the dockworkers' strike affect the port?", "strike", "occurred"),
        ("Have Turkey and Syria seen deadly earthquakes before?", "earthquakes", "conditional"),
        ("It is unclear whether the troops attacked the village.", "attacked", "conditional"),
        ("Neighbors used canoes to rescue people.", "rescue", "planned"),
        ("Police were trying to arrest him when he fled.", "arrest", "planned"),
        ("The team has a chance to win the title.", "win", "conditional"),
        ("The president refused to sign the agreement.", "sign", "negated"),
        ("He managed to escape from the prison.", "escape", "occurred"),
        ("She became the first American to win the gold medal.", "win", "occurred"),
        ("She was one of 14 senators to vote against the bill in 1996.", "vote", "occurred"),
        ("The inquiry led the department to launch an investigation.", "launch", "occurred"),
        ("They eventually went on to sue the network.", "sue", "occurred"),
        ("Residents had to evacuate their homes on Monday.", "evacuate", "occurred"),
        ("The unions reached an agreement to end the strike.", "strike", "occurred"),
        ("The mayor plans to hold a summit in June.", "summit", "planned"),
    ],
)
def test_questions_and_infinitives(extract, text, word, status):
    assert event_of(extract(text), word).status == status


def test_an_infinitive_conjoined_to_a_verb_without_to_is_read(extract):
    # the parser joins "to appoint" to "serving", which has no "to" of its own: no crash, a record
    record = extract("Ernst received commitments from the nominee on Tuesday to support women serving in combat "
                     "and to appoint a senior official.")
    assert event_of(record, "appoint").status != "occurred"  # a commitment to appoint: not yet done
