"""Event times: an event keeps the time of its first mention's own clause; a later mention dates
it only where it names the event's own time. Sentences built by hand; the full pipeline runs on them."""

import pytest
from event_cases import event_of

pytestmark = pytest.mark.slow


def test_a_later_mention_does_not_replace_the_first_time(extract):
    record = extract("A 118-day strike began July 14. As of 12:01 a.m. PST on Nov. 9, the strike is officially over.")
    strike = event_of(record, "strike")
    assert [m.text for m in strike.mentions] == ["strike"]
    assert strike.time is not None and strike.time["value"] == "2025-07-14"


def test_a_later_mention_in_another_verbs_clause_gives_no_time(extract):
    talks = event_of(extract("The leaders held talks in Geneva. The talks included a dinner on Friday."), "held talks")
    assert [m.text for m in talks.mentions] == ["talks"]
    assert talks.time is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The leaders held a summit in Geneva. The summit took place on Friday.", "2025-08-15"),
        ("The leaders held a summit in Geneva. Macron spoke at the summit on Friday.", "2025-08-15"),
    ],
)
def test_a_later_mention_that_dates_the_event_gives_its_time(extract, text, value):
    time = event_of(extract(text), "summit").time
    assert time is not None and time["value"] == value


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("Inauguration Day coincides with Martin Luther King Jr. Day, a federal holiday that honors the leader.",
         "honors", None),
        ("This year is the year Garcia wins the award.", "wins", "2025"),
        ("The senator voted against the act in 1996, which banned the practice.", "banned", "1996"),
        ("The party fought narratives about the Jan. 6, 2021, attack on the Capitol.", "attack", "2021-01-06"),
    ],
)
def test_a_clause_takes_a_time_above_it_only_when_hung_on_it(extract, text, word, value):
    time = event_of(extract(text), word).time
    assert (time or {}).get("value") == value


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The judge told the jurors on Monday to return to the courtroom.", "return"),
        ("Officials urged residents on Tuesday to evacuate.", "evacuate"),
    ],
)
def test_what_someone_is_told_to_do_is_not_dated_by_the_telling(extract, text, word):
    assert event_of(extract(text), word).time is None
