"""Helpers for the tests of events: the event of a hand-made text's record by its trigger word."""

from newsgraph.model import Event, Record


def event_of(record: Record, word: str) -> Event:
    """The first event whose trigger text is ``word``."""
    matches = [e for e in record.events if e.trigger.text == word]
    assert matches, f"no event {word!r} in {[e.trigger.text for e in record.events]}"
    return matches[0]
