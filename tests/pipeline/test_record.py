"""Every output is grounded and valid against the published JSON Schema."""

from __future__ import annotations

import json
from importlib.resources import files

import jsonschema
import pytest

from newsgraph.errors import ExtractionError
from newsgraph.model import Record
from newsgraph.pipeline.record import check_grounding

SCHEMA = json.loads(files("newsgraph.schema").joinpath("record.schema.json").read_text())

TEXTS = [
    "On Monday, the chief executive of Acme Corp, Jane Roe, said profits rose 12% to $3.4 billion.",
    "“We will not give up,” said Mayor John Smith of Springfield. He spoke at 9 a.m. ET on Tuesday.",
    "Flight BA 283 from London landed in Los Angeles after about 11 hours. It carried 300 passengers.",
    "",  # the empty-after-strip case is refused by readers; the pipeline must still cope with short text
]


def _all_spans_ok(record: Record) -> None:
    check_grounding(record)
    data = record.to_dict()
    jsonschema.validate(data, SCHEMA)
    text = data["text"]
    for entity in data["entities"]:
        for m in entity["mentions"] + entity["roles"]:
            assert text[m["start"]:m["end"]] == m["text"]


@pytest.mark.slow
def test_reference_article_record_is_grounded_and_valid(reference_record: Record):
    _all_spans_ok(reference_record)
    assert Record.from_dict(reference_record.to_dict()) == reference_record


@pytest.mark.slow
@pytest.mark.parametrize("text", [t for t in TEXTS if t])
def test_hand_made_articles_are_grounded(extract, text):
    _all_spans_ok(extract(text))


def test_grounding_check_refuses_a_shifted_span():
    record = Record.from_dict({"id": "x", "text": "Hello Ann.", "metadata": {},
                               "entities": [{"id": "e1", "name": "Ann", "type": "PERSON", "roles": [],
                                             "mentions": [{"start": 5, "end": 8, "text": "Ann", "kind": "name"}]}]})
    with pytest.raises(ExtractionError, match="does not match"):
        check_grounding(record)
