"""A person's surname used alone: rules on hand-made Docs, then the whole pipeline."""

from __future__ import annotations

from collections.abc import Callable

import spacy
from spacy.tokens import Doc

from newsgraph.model import Record
from newsgraph.pipeline.name_surnames import add_bare_surnames, fix_place_surnames, person_surnames
from newsgraph.pipeline.names import Cand

VOCAB = spacy.blank("en").vocab


def make(words: str, proper: tuple[int, ...] = ()) -> Doc:
    """A Doc of ``words``; the tokens at ``proper`` tagged NNP (the rest NN)."""
    split = words.split()
    return Doc(VOCAB, words=split, tags=["NNP" if i in proper else "NN" for i in range(len(split))])


def spans(doc: Doc, cands: list[Cand]) -> list[tuple[int, str, str]]:
    return [(c.start, doc[c.start : c.end].text, c.label) for c in cands]


def test_a_full_name_is_shaped_like_a_persons() -> None:
    doc = make("Aliyah Boston and As Columbia and Diana Day met on the day", proper=(0, 1, 4, 6, 7))
    cands = [Cand(0, 2, "PERSON"), Cand(3, 5, "PERSON"), Cand(6, 8, "PERSON")]
    assert person_surnames(doc, cands) == {"Boston"}  # "As" no proper noun, "day" a common word here
    led = make("Leadership Edmond met with leadership", proper=(0, 1))
    assert person_surnames(led, [Cand(0, 2, "PERSON")]) == set()  # "leadership" a common word here


def test_a_surname_taken_for_a_place_that_speaks_is_the_person() -> None:
    doc = make("Aliyah Boston joined . Boston said she would stay ; Boston told us ; the coach met Boston")
    cands = [Cand(0, 2, "PERSON"), Cand(4, 5, "GPE"), Cand(10, 11, "GPE"), Cand(17, 18, "GPE")]
    assert [label for _, _, label in spans(doc, fix_place_surnames(doc, cands))] == ["PERSON"] * 4
    # the full name taken for a place too ("Damar Hamlin" GPE)
    doc = make("Damar Hamlin fell . Hamlin said he was fine ; Hamlin told us ; fans cheered for Hamlin", proper=(0, 1))
    cands = [Cand(0, 2, "GPE"), Cand(4, 5, "GPE"), Cand(10, 11, "GPE"), Cand(17, 18, "GPE")]
    assert [label for _, _, label in spans(doc, fix_place_surnames(doc, cands))] == ["PERSON"] * 4


def test_a_surname_that_speaks_once_is_the_person_where_no_place_is_written() -> None:
    doc = make("Jim Jordan sued . Bragg sued Jordan ; Jordan said no ; the filing of Jordan", proper=(0, 1))
    cands = [Cand(0, 2, "PERSON"), Cand(6, 7, "GPE"), Cand(8, 9, "GPE"), Cand(15, 16, "GPE")]
    assert [label for _, _, label in spans(doc, fix_place_surnames(doc, cands))] == ["PERSON"] * 4


def test_a_surname_the_article_also_writes_as_a_place_keeps_the_place() -> None:
    doc = make("Aliyah Boston joined . Boston said she loved it ; fans in Boston cheered", proper=(0, 1, 4, 12))
    cands = [Cand(0, 2, "PERSON"), Cand(4, 5, "GPE"), Cand(12, 13, "GPE")]
    assert spans(doc, fix_place_surnames(doc, cands))[1:] == [(4, "Boston", "PERSON"), (12, "Boston", "GPE")]


def test_a_place_beside_a_place_stays() -> None:
    doc = make("Robert Indiana was born in Marion , Indiana , and Indiana grew", proper=(0, 1, 5, 7, 10))
    cands = [Cand(0, 2, "PERSON"), Cand(5, 6, "GPE"), Cand(7, 8, "GPE"), Cand(10, 11, "GPE")]
    assert [label for _, _, label in spans(doc, fix_place_surnames(doc, cands))] == ["PERSON", "GPE", "GPE", "GPE"]


def test_a_place_beside_a_place_ends_its_phrase() -> None:
    doc = make("Aliyah Boston grew up in Worcester , Boston said , and at Worcester , Boston told us", proper=(0, 1))
    cands = [Cand(0, 2, "PERSON"), Cand(5, 6, "GPE"), Cand(7, 8, "GPE"), Cand(12, 13, "GPE"), Cand(14, 15, "GPE")]
    assert [label for _, _, label in spans(doc, fix_place_surnames(doc, cands))] == [
        "PERSON", "GPE", "PERSON", "GPE", "PERSON"]


def test_an_untagged_surname_joins_its_person() -> None:
    doc = make("Donald Trump spoke . Trump “ blinked ” when he admitted it . Trump Force One landed", proper=(0, 1))
    cands = [Cand(0, 2, "PERSON")]
    assert spans(doc, add_bare_surnames(doc, cands)) == [(0, "Donald Trump", "PERSON"), (4, "Trump", "PERSON")]


def test_no_surname_in_lower_case_after_a_place_preposition_or_a_title() -> None:
    doc = make("Andrew Jackson and Diana Day left . They lived in Jackson every day", proper=(0, 1, 3, 4))
    assert add_bare_surnames(doc, [Cand(0, 2, "PERSON"), Cand(3, 5, "PERSON")]) == [
        Cand(0, 2, "PERSON"), Cand(3, 5, "PERSON")]
    doc = make("Jim Justice spoke . Chief Justice Roberts agreed", proper=(0, 1, 4, 5, 6))
    assert add_bare_surnames(doc, [Cand(0, 2, "PERSON"), Cand(4, 7, "PERSON")]) == [
        Cand(0, 2, "PERSON"), Cand(4, 7, "PERSON")]


def test_no_surname_inside_another_name_or_an_abbreviation() -> None:
    words = ["Ohio", "Sens", ".", "Brown", "and", "Anna", "Hall", "ran", "\n", "Quincy", "Hall", "\n", "Sens", "."]
    spaces = [True, False, True, True, True, True, True, False, False, True, False, False, False, False]
    tags = ["NNP"] * len(words)
    doc = Doc(VOCAB, words=words, spaces=spaces, tags=tags)
    cands = [Cand(0, 2, "PERSON"), Cand(5, 7, "PERSON")]
    assert add_bare_surnames(doc, cands) == cands


def test_surnames_in_an_article(extract: Callable[..., Record]) -> None:
    record = extract(
        "Donald Trump spoke on Monday. Trump “blinked” when he admitted the deal was off, "
        "a senator said.\n\nHow long will Trump be arrested for?"
    )
    trump = next(e for e in record.entities if e.name == "Donald Trump")
    assert [m.text for m in trump.mentions if m.kind == "name"] == ["Donald Trump", "Trump", "Trump"]
