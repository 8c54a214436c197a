"""Quoted titles the model took for people, groups or places: rules on hand-made Docs, then the pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.model import Record
from newsgraph.pipeline.names import Cand
from newsgraph.pipeline.work_titles import fix_titles

VOCAB = spacy.blank("en").vocab


def labels(words: str, cands: list[Cand]) -> list[tuple[str, str]]:
    doc = Doc(VOCAB, words=words.split())
    return [(doc[c.start : c.end].text, c.label) for c in fix_titles(doc, cands)]


def test_a_name_filling_a_quotation_is_a_title() -> None:
    words = 'the album " Lana . " and the tracks “ Cruel Summer ” and " Bad Sisters , " ( HBO )'
    cands = [Cand(3, 4, "PERSON"), Cand(10, 12, "ORG"), Cand(15, 17, "NORP")]
    assert [label for _, label in labels(words, cands)] == ["WORK_OF_ART"] * 3


def test_a_noun_after_the_quotation_tells_a_law_an_event_or_no_entity() -> None:
    words = ('a “ Dana Fatigue ” resolution , the “ American Comeback Tour ” tour , “ Build Back Better ” signs '
             'and the " Ghost Town " singer')
    cands = [Cand(2, 4, "WORK_OF_ART"), Cand(9, 12, "WORK_OF_ART"), Cand(16, 19, "PERSON"), Cand(24, 26, "PERSON")]
    assert labels(words, cands) == [("Dana Fatigue", "LAW"), ("American Comeback Tour", "EVENT"),
                                    ("Ghost Town", "WORK_OF_ART")]


def test_the_first_words_of_a_quoted_sentence_are_no_title() -> None:
    # the model's WORK_OF_ART at a quotation's start: a sentence runs on, a cut title does not
    # (and grows to the whole quotation)
    text = 'he wrote: “Crooked Dana Roe was not fit to run,” and watched “Sex and the City” and "Ghost" Season 4 of it'
    words = ["he", "wrote", ":", "“", "Crooked", "Dana", "Roe", "was", "not", "fit", "to", "run", ",", "”", "and",
             "watched", "“", "Sex", "and", "the", "City", "”", "and", '"', "Ghost", '"', "Season", "4", "of", "it"]
    spaces = [True, False, True, False] + [True] * 7 + [False, False, True, True, True, False, True, True, True,
                                                       False, True, True, False, False, True, True, True, True, False]
    doc = Doc(VOCAB, words=words, spaces=spaces)
    assert doc.text == text
    cands = [Cand(4, 7, "WORK_OF_ART"), Cand(17, 18, "WORK_OF_ART"), Cand(24, 27, "WORK_OF_ART")]
    found = [(doc[c.start : c.end].text, c.label) for c in fix_titles(doc, cands)]
    assert found == [("Sex and the City", "WORK_OF_ART"), ('Ghost" Season', "WORK_OF_ART")]


def test_nicknames_aliases_offices_and_events_stay() -> None:
    words = (
        'Sunita " Suni " Williams ; referred to as " David Dennison " ; the so-called " Supreme Leader " ; '
        'an " Early Childhood Advocacy Day " event'
    )
    cands = [Cand(2, 3, "PERSON"), Cand(10, 12, "PERSON"), Cand(17, 19, "ORG"), Cand(23, 27, "NORP")]
    assert [label for _, label in labels(words, cands)] == ["PERSON", "PERSON", "ORG", "NORP"]


def test_a_long_title_ending_in_a_title_word_is_a_title() -> None:
    words = '“ Miss Americana & The Heartbreak Prince . ”'
    assert labels(words, [Cand(1, 7, "PERSON")]) == [("Miss Americana & The Heartbreak Prince", "WORK_OF_ART")]


def test_an_unquoted_name_stays() -> None:
    assert labels("Barry said so", [Cand(0, 1, "PERSON")]) == [("Barry", "PERSON")]


@pytest.mark.slow
def test_quoted_titles_in_an_article(extract: Callable[..., Record]) -> None:
    record = extract('Nominees include "Barry" (HBO) and "Ted Lasso" (Apple TV+). Bill Hader said he was thrilled.')
    types = {e.name: e.type for e in record.entities}
    assert types.get("Barry") == "WORK_OF_ART" and types.get("Ted Lasso") == "WORK_OF_ART"
    assert types.get("Bill Hader") == "PERSON"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Dana Cole, “Under the Old Bridge” (Hulu), was there.", "Under the Old Bridge"),
        ("He urged them to cancel “Late Night with Jane Roe,” writing that it was bad.", "Late Night with Jane Roe"),
        ('They watched "Deep Current – Part 2" twice.', "Deep Current – Part 2"),
    ],
)
def test_a_title_the_model_cut_takes_its_whole_quotation(extract: Callable[..., Record], text: str, title: str) -> None:
    record = extract(text)
    works = [m.text for e in record.entities if e.type == "WORK_OF_ART" for m in e.mentions]
    inside = [m.text for e in record.entities if e.type != "WORK_OF_ART" for m in e.mentions if m.text in title]
    assert title in works
    assert inside == []  # a name inside the title is part of it


def test_a_quoted_sentence_is_no_title_shape() -> None:
    from newsgraph.pipeline.work_titles import title_shaped

    shaped = [title_shaped(Doc(VOCAB, words=w.split())) for w in (
        "Where the Crawdads Sing", "Mission : Impossible - Dead Reckoning Part 1", "A Star is Born",
        "Today Madam Clerk , House Democrats are united", "Finally . Someone Who Thinks", "I 'm here",
    )]
    assert shaped == [True, True, True, False, False, False]


def test_a_slogan_on_a_flag_or_a_t_shirt_is_no_work(extract: Callable[..., Record]) -> None:
    record = extract("A protester waved a “Vote or Else” flag beside a “Down Bad” t-shirt stand.")
    assert [e.name for e in record.entities if e.type == "WORK_OF_ART"] == []


def test_a_name_opening_a_quoted_sentence_before_a_comma_is_no_title() -> None:
    words = ["“", "Today", "Madam", "Clerk", ",", "House", "Ardenians", "are", "united", ",", "”", "she", "said",
             "and", "“", "Medusa", ",", "”", "it", "was"]
    spaces = [False, True, True, False, True, True, True, True, False, False, True, True, True, True, False, False,
              False, True, True, False]
    doc = Doc(VOCAB, words=words, spaces=spaces)
    cands = [Cand(1, 4, "WORK_OF_ART"), Cand(15, 16, "WORK_OF_ART")]
    assert [(doc[c.start : c.end].text, c.label) for c in fix_titles(doc, cands)] == [("Medusa", "WORK_OF_ART")]
