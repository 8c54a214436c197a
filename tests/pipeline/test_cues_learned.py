"""Open-class cues from the learned lexicon, and who speaks through participles and infinitives."""

from __future__ import annotations

import pytest

from newsgraph.model import Article, Quote
from newsgraph.pipeline import Extractor, cue_model
from newsgraph.pipeline.cue_lexicon import LEARNED_CUES


def run(extractor: Extractor, text: str) -> list[Quote]:
    quotes = extractor.extract(Article(text)).quotes
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
        for part in (quote.source, quote.cue):
            assert part is None or text[part.start : part.end] == part.text
    return quotes


def by_cue(quotes: list[Quote], cue: str) -> Quote:
    (quote,) = [q for q in quotes if q.cue and q.cue.text == cue]
    return quote


def test_lexicon_holds_lemmas_by_part_of_speech() -> None:
    assert set(LEARNED_CUES) == {"VERB", "NOUN", "ADJ"}
    assert "say" in LEARNED_CUES["VERB"]
    assert all(word.isalpha() and word == word.lower() for words in LEARNED_CUES.values() for word in words)


def test_learned_verb_reports_its_object(quotes_only: Extractor) -> None:
    quote = by_cue(run(quotes_only, "The senator decried the new tariffs on steel imports."), "decried")
    assert quote.text == "the new tariffs on steel imports"
    assert quote.source and quote.source.text == "The senator"


def test_learned_adjective_takes_the_subject_of_its_copula(quotes_only: Extractor) -> None:
    quote = by_cue(run(quotes_only, "The governor was confident of a quick recovery."), "confident")
    assert quote.text == "of a quick recovery"
    assert quote.source and quote.source.text == "The governor"


def test_scare_quote_with_no_speaker_is_no_learned_attribution(quotes_only: Extractor) -> None:
    quotes = run(quotes_only, "A new book titled “Arrogant” went on sale.")
    assert not [q for q in quotes if q.cue and q.cue.text == "titled"]


def test_participle_on_a_noun_speaks_through_the_noun(quotes_only: Extractor) -> None:
    quote = by_cue(run(quotes_only, "A statement praising the new contract appeared online."), "praising")
    assert quote.source and "statement" in quote.source.text


def test_infinitive_of_purpose_shares_the_subject(quotes_only: Extractor) -> None:
    quote = by_cue(run(quotes_only, "The two leaders met on Monday to discuss the trade deal."), "discuss")
    assert quote.text == "the trade deal"
    assert quote.source and quote.source.text == "The two leaders"


def test_learned_phrase_is_the_cue_with_its_word(quotes_only: Extractor) -> None:
    quote = by_cue(run(quotes_only, "The mayor took issue with the new budget rules."), "took issue")
    assert quote.text == "with the new budget rules"
    assert quote.source and quote.source.text == "The mayor"


def test_a_day_parsed_as_subject_is_not_the_speaker(quotes_only: Extractor) -> None:
    text = "“We will win,” Jane Smith, a party official, said Thursday morning."
    (quote,) = [q for q in run(quotes_only, text) if q.kind == "direct"]
    assert quote.source and "Thursday" not in quote.source.text


def test_passive_head_lends_its_subject(quotes_only: Extractor) -> None:
    quote = by_cue(run(quotes_only, "The officer was heard yelling at the driver to stop."), "yelling")
    assert quote.source and quote.source.text == "The officer"


def test_question_clause_after_a_verb_of_saying_is_its_content(quotes_only: Extractor) -> None:
    quote = by_cue(run(quotes_only, "Lawmakers have not said when they would take up the bill."), "said")
    assert quote.text == "when they would take up the bill"
    assert quote.source and quote.source.text == "Lawmakers"


def test_participle_on_an_object_speaks_for_the_subject(quotes_only: Extractor) -> None:
    quote = by_cue(run(quotes_only, "The mayor posted a message praising the firefighters."), "praising")
    assert quote.source and quote.source.text == "The mayor"


def test_a_report_inside_a_reported_clause_is_part_of_it(
    quotes_only: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cue_model, "shipped", lambda: None)  # the patterns alone (see test_cue_model)
    quotes = run(quotes_only, "The spokesman said the minister told reporters that talks would resume.")
    assert [(q.cue.text if q.cue else None, q.text) for q in quotes] == [
        ("said", "the minister told reporters that talks would resume")
    ]


def test_contrasting_report_is_not_inside_the_first(quotes_only: Extractor) -> None:
    text = "Among the voters, 74 percent said they are set on voting for him, while 22 percent said they might change."
    quotes = run(quotes_only, text)
    assert [(q.text, q.source.text if q.source else None) for q in quotes] == [
        ("they are set on voting for him", "74 percent"),
        ("they might change", "22 percent"),
    ]


def test_a_participle_that_names_its_noun_reports_no_one(quotes_only: Extractor) -> None:
    for text in ("Officials arrested a leader of a militant group called Lashkar-e-Taiba on Monday.",
                 "The program, called EB-5, allows foreign investors to gain citizenship.",
                 "Miners found a stream named Miracle Run behind the plant."):
        assert not [q for q in run(quotes_only, text) if q.cue and q.cue.text in ("called", "named")], text


def test_a_name_given_by_someone_is_their_word(quotes_only: Extractor) -> None:
    quotes = run(quotes_only, "It was a move called “reckless” by critics.")
    assert any(q.cue and q.cue.text == "called" and q.text == "“reckless”" for q in quotes)


def test_a_cue_in_an_as_clause_reports_the_clause_it_hangs_on(
    quotes_only: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cue_model, "shipped", lambda: None)  # the patterns alone
    quote = by_cue(run(quotes_only, "The company failed in 2012, as analysts had predicted."), "predicted")
    assert quote.text == "The company failed in 2012"
    assert quote.source and quote.source.text == "analysts"
    assert not run(quotes_only, "Prices rose as wages fell.")


def test_a_clause_hung_on_a_speech_verb_after_a_time_phrase_is_what_was_said(
    quotes_only: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cue_model, "shipped", lambda: None)  # the patterns alone
    text = "The senator said after the vote she would not run again."
    quote = by_cue(run(quotes_only, text), "said")
    assert quote.text.endswith("she would not run again")
    assert quote.source and quote.source.text == "The senator"
    assert not [q for q in run(quotes_only, "She spoke for an hour before she left the stage.") if q.cue]


def test_said_when_asked_reports_the_answer_not_the_question(quotes_only: Extractor) -> None:
    quotes = run(quotes_only, "The mayor said when asked that the road would reopen.")
    assert [(q.cue.text if q.cue else None, q.text) for q in quotes] == [("said", "that the road would reopen")]
    assert quotes[0].source and quotes[0].source.text == "The mayor"


def test_out_loud_is_no_particle_of_a_phrase_cue(quotes_only: Extractor) -> None:
    """"spoke out loud about his fears": aloud, not "spoke out"; "spoke out against" still is."""
    assert not [q for q in run(quotes_only, "The man spoke out loud about his fears that the plant would close.")
                if q.cue and q.cue.text == "spoke out"]
    assert by_cue(run(quotes_only, "The senator spoke out against the plan on Tuesday."), "spoke out")
