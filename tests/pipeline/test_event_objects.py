"""Event verbs that are no event with some objects ("met the criteria", "visit our website",
"video shot by", "lost its integrity"), and stay events with others. Sentences built by hand;
the full pipeline runs on them."""

import pytest

pytestmark = pytest.mark.slow


def triggers(record) -> list[str]:
    return [e.trigger.text for e in record.events]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The hotel met all of my criteria.", "met"),
        ("The company failed to meet its expectations this quarter.", "meet"),
        ("For more information, visit example.org or call the office.", "visit"),
        ("Readers can visit our website for updates.", "visit"),
        ("Many Democrats rallied behind the governor on Monday.", "rallied"),
        ("A video shot by a passenger shows the open door.", "shot"),
        ("She is shooting 56% from the field this season.", "shooting"),
        ("The actress shoots for a fourth award this year.", "shoots"),
        ("The biscuit lost its shape after six dunks.", "lost"),
    ],
)
def test_no_event_with_these_objects(extract, text, word):
    assert word not in triggers(extract(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The president met the prime minister in Rome on Monday.", "met"),
        ("The two leaders will meet in Geneva.", "meet"),
        ("The king visited Paris in May.", "visited"),
        ("Thousands rallied in the capital against the new law.", "rallied"),
        ("A gunman shot two police officers on Friday.", "shot"),
        ("The senator lost the election by 300 votes.", "lost"),
        ("The champions lost to Arsenal on Saturday.", "lost"),
        ("The congresswoman then lost it in 2020 to her rival.", "lost"),
        ("The gunman may have intended to shoot another one.", "shoot"),
    ],
)
def test_still_an_event_with_these(extract, text, word):
    assert word in triggers(extract(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Three crew members lost their lives in the storm.", "death"),
        ("The man had recently lost his job at the plant.", "dismissal"),
    ],
)
def test_a_life_or_a_job_lost(extract, text, kind):
    assert [e.type for e in extract(text).events if e.trigger.text == "lost"] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The singer was nominated for best original song.", "contest"),
        ("The band is nominated in three categories this year.", "contest"),
        ("The president nominated her for attorney general on Monday.", "appointment"),
    ],
)
def test_nominated_for_an_award_or_an_office(extract, text, kind):
    assert [e.type for e in extract(text).events if e.trigger.text == "nominated"] == [kind]
