"""A question's auxiliary and a run-on "at"/"in" are cut off a person's name (hand-made Docs)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsgraph.pipeline.names import Cand, fix_persons

VOCAB = spacy.blank("en").vocab


def persons(text: str, cands: list[tuple[int, int]]) -> list[str]:
    """The person names fix_persons leaves of the token spans ``cands`` of ``text`` (words split on spaces)."""
    words = text.split(" ")
    doc = Doc(VOCAB, words=words, tags=["NNP" if w[:1].isupper() else "NN" for w in words])
    return [doc[c.start : c.end].text for c in fix_persons(doc, [Cand(s, e, "PERSON") for s, e in cands])]


def test_a_questions_auxiliary_is_no_given_name() -> None:
    assert persons("Will Vela Ostrom attend the gala ?", [(0, 3)]) == ["Vela Ostrom"]
    assert persons("Did Hal Orrin know ?", [(0, 3)]) == ["Hal Orrin"]
    assert persons("Will Orrin play on Sunday ?", [(0, 2)]) == ["Orrin"]


def test_a_given_name_like_an_auxiliary_stays() -> None:
    # no question, one name word: "Will" is his given name; mid-sentence it is a name too
    assert persons("Will Orrin said on Sunday that he would play .", [(0, 2)]) == ["Will Orrin"]
    assert persons("the coach said Will Vela Ostrom would play .", [(3, 6)]) == ["Will Vela Ostrom"]
    assert persons("Will Orrin Jr. said he would play .", [(0, 3)]) == ["Will Orrin Jr."]


def test_a_name_run_on_over_at_or_in_keeps_the_person() -> None:
    assert persons("Hal Orrin at Orrin Tower said", [(0, 5)]) == ["Hal Orrin"]
    assert persons("with Vela Ostrom in Ardenia", [(1, 5)]) == ["Vela Ostrom"]
    assert persons("Vela de la Ostrom spoke", [(0, 4)]) == ["Vela de la Ostrom"]
