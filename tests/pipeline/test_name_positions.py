"""Players named after their position in rosters and draft lists (hand-made Docs, no model)."""

import spacy

from newsgraph.pipeline.name_positions import fix_positions
from newsgraph.pipeline.names import Cand

NLP = spacy.blank("en")


def players(text: str, cands: list[tuple[str, str]]) -> list[tuple[str, str]]:
    doc = NLP(text)
    spans = []
    for words, label in cands:
        start = doc.text.index(words)
        span = doc.char_span(start, start + len(words))
        assert span is not None, words
        spans.append(Cand(span.start, span.end, label))
    return [(doc[c.start : c.end].text, c.label) for c in fix_positions(doc, spans)]


def test_a_position_run_into_a_name_is_cut_off_and_the_player_is_a_person() -> None:
    text = "Royals: RHP Zachary Cawyer, TCU. Cardinals: SS Jon Jon Gazdar, Austin Peay. Angels: RHP Trey Gregory-Alford"
    found = players(text, [("RHP Zachary Cawyer", "ORG"), ("SS", "ORG"), ("Austin Peay", "ORG")])
    assert found == [
        ("Zachary Cawyer", "PERSON"), ("Jon Jon Gazdar", "PERSON"), ("Austin Peay", "ORG"),
        ("Trey Gregory-Alford", "PERSON"),
    ]


def test_one_position_alone_a_ship_and_a_middle_initial_stay() -> None:
    assert players("The SS United States sailed; QB Ian Book", [("United States", "GPE")]) == [("United States", "GPE")]
    text = "Harry S Truman met C Ian Book and G Jo Smith"
    assert players(text, [("Harry S Truman", "PERSON")]) == [
        ("Harry S Truman", "PERSON"), ("Ian Book", "PERSON"), ("Jo Smith", "PERSON")
    ]


def test_a_team_run_on_before_the_position_stays_and_an_address_is_no_player() -> None:
    text = "905 S Governors Ave, Dover. Seahawks CB Tariq Woolen and San Francisco QB Brock Purdy"
    cands = [("Governors Ave", "FAC"), ("Seahawks CB Tariq Woolen", "ORG"), ("San Francisco QB Brock Purdy", "ORG")]
    found = players(text, cands)
    assert found == [
        ("Governors Ave", "FAC"), ("Seahawks", "ORG"), ("Tariq Woolen", "PERSON"), ("San Francisco", "ORG"),
        ("Brock Purdy", "PERSON"),
    ]
