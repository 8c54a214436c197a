"""Common nouns the model took for a person where their place capitalised them, on hand-made Docs."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsgraph.pipeline.common_nouns import drop_common_nouns
from newsgraph.pipeline.names import Cand

VOCAB = spacy.blank("en").vocab
NOUNS = frozenset("salt hat lesson jasper vas tesla miller drake".split())


def make(text: str) -> Doc:
    """A Doc of ``text`` split at spaces; a quotation mark written "<q" opens (joined to the word
    after it), "q>" closes (joined to the word before it)."""
    words, spaces = [], []
    for word in text.split(" "):
        if word == "<q":
            words.append('"')
            spaces.append(False)
        elif word == "q>":
            spaces[-1] = False
            words.append('"')
            spaces.append(True)
        else:
            words.append(word)
            spaces.append(True)
    return Doc(VOCAB, words=words, spaces=spaces)


def kept(text: str, cands: list[Cand]) -> list[str]:
    doc = make(text)
    return [doc[c.start : c.end].text for c in drop_common_nouns(doc, cands, NOUNS)]


def test_a_noun_capitalised_by_its_place_is_no_person() -> None:
    text = "We ate . Salt first , then pepper . Lessons learned ."
    assert kept(text, [Cand(3, 4, "PERSON"), Cand(9, 10, "PERSON")]) == []
    # an opening quotation capitalises its first word too: the crowd chanted "Hats off ..."
    assert kept("the crowd chanted <q Hats off to them q>", [Cand(4, 5, "PERSON")]) == []


def test_a_noun_the_article_capitalises_inside_a_sentence_or_a_full_name_holds_stays() -> None:
    text = "Salt first . They met Jo Salt and Salt"
    assert kept(text, [Cand(0, 1, "PERSON"), Cand(5, 7, "PERSON"), Cand(8, 9, "PERSON")]) == ["Salt", "Jo Salt", "Salt"]
    assert kept("Salt first . the Salt Institute", [Cand(0, 1, "PERSON")]) == ["Salt"]


def test_a_person_shown_by_the_words_around_it_stays() -> None:
    assert kept("I lost . Jasper blew by me . Once he did , I knew", [Cand(3, 4, "PERSON")]) == ["Jasper"]
    assert kept("Bowling : Vass 7-0-29-0 , Roe 5-1-20-1", [Cand(2, 3, "PERSON")]) == ["Vass"]
    assert kept("It rose . Tesla , who founded it", [Cand(3, 4, "PERSON")]) == ["Tesla"]
    assert kept("It rose . Drake , Jo Roe and others came", [Cand(3, 4, "PERSON"), Cand(5, 7, "PERSON")]) == [
        "Drake", "Jo Roe"]
    # the closing mark of a nickname does not open a quotation: Percy "Master P" Miller
    assert kept("rapper Percy <q Master P q> Miller , producer", [Cand(6, 7, "PERSON")]) == ["Miller"]


def test_a_word_in_no_dictionary_or_tagged_otherwise_stays() -> None:
    assert kept("It rose . Yang shot back", [Cand(3, 4, "PERSON")]) == ["Yang"]
    assert kept("Drake won . fans of Drake", [Cand(0, 1, "PERSON"), Cand(5, 6, "ORG")]) == ["Drake", "Drake"]
