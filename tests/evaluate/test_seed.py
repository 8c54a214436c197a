"""The answer-key scorer on hand-made records: matches, wrong values, misses and extras."""

from __future__ import annotations

from newsgraph.evaluate.seed import score_identifiers, score_quantities
from newsgraph.model import Article, Entity, Identifier, Mention, Quantity, Record

TEXT = "An A320 with registration D-AIMA carried 150 people and 3 tons of mail."


def _record() -> Record:
    plane = Entity("e1", "A320", "PRODUCT", [Mention(3, 7, "A320", "name")])
    return Record(Article(TEXT), entities=[plane],
                  quantities=[Quantity(41, 44, "150", 150, None), Quantity(55, 61, "3 tons", 3, "kg")],
                  identifiers=[Identifier(26, 32, "D-AIMA", "aircraft_registration", "e1")])


def test_quantities_right_wrong_and_missed():
    gold = {"quantities": [{"start": 41, "end": 44, "text": "150", "value": 150, "unit": None},
                           {"start": 55, "end": 61, "text": "3 tons", "value": 3, "unit": "t"},
                           {"start": 0, "end": 2, "text": "An", "value": 1, "unit": None}]}
    score = score_quantities(gold, _record())
    assert (score.tp, score.fp, score.fn) == (1, 0, 2)
    assert any("got value 3 unit kg" in f for f in score.failures)
    assert any(f.startswith("missed quantity") for f in score.failures)


def test_identifiers_need_kind_and_target():
    record = _record()
    gold = {"identifiers": [{"start": 26, "end": 32, "text": "D-AIMA", "kind": "aircraft_registration",
                             "refers_to": "plane"}]}
    assert score_identifiers(gold, record, {"plane": record.entities[0]}).tp == 1
    other = Entity("e9", "Other", "PRODUCT")
    wrong = score_identifiers(gold, record, {"plane": other})
    assert (wrong.tp, wrong.fn) == (0, 1)
    assert score_identifiers({"identifiers": []}, record, {}).fp == 1
