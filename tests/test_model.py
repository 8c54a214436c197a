import pytest

from newsgraph.model import Article, Record, content_id, span


def test_article_id_is_content_hash():
    a = Article("Hello world.", {"title": "x"})
    b = Article("Hello world.", {"title": "y"})
    assert a.id == b.id == content_id("Hello world.")
    assert Article("Hello world!").id != a.id


def test_span_refuses_offsets_that_do_not_fit():
    assert span("abcdef", 1, 3).text == "bc"
    for start, end in [(-1, 2), (3, 3), (4, 2), (0, 7)]:
        with pytest.raises(ValueError):
            span("abcdef", start, end)


def test_record_round_trip():
    data = {
        "id": "x", "text": "Putin met Trump.", "metadata": {"published": "2025-08-15"},
        "entities": [{"id": "e1", "name": "Putin", "type": "PERSON",
                      "mentions": [{"start": 0, "end": 5, "text": "Putin", "kind": "name"}], "roles": []}],
        "times": [], "quantities": [], "identifiers": [],
        "quotes": [{"start": 0, "end": 5, "text": "Putin", "kind": "partial", "speaker": "e1",
                    "source": {"start": 0, "end": 5, "text": "Putin"}, "cue": None}],
        "events": [{"id": "v1", "type": "meeting", "trigger": {"start": 6, "end": 9, "text": "met"},
                    "status": "occurred", "participants": [{"entity": "e1", "role": "agent"}]}],
    }
    record = Record.from_dict(data)
    again = Record.from_dict(record.to_dict())
    assert again == record
    assert record.to_dict()["quotes"][0]["source"] == {"start": 0, "end": 5, "text": "Putin"}
