"""What a cue reports (``newsgraph.pipeline.attribution_content``): not when it spoke, nor the
question it answered, on hand-made news text."""

from __future__ import annotations

import pytest
from quote_cases import run

from newsgraph.model import Quote
from newsgraph.pipeline import Extractor


def contents(quotes: list[Quote], cue: str) -> list[str]:
    return [q.text for q in quotes if q.cue is not None and q.cue.text == cue]


@pytest.mark.parametrize(
    ("text", "cue", "question"),
    [
        ("Asked whether he would run again, the senator said no.", "said", "whether he would run again"),
        ("When asked if he would resign, Mayor Tom Reed said “absolutely not.”", "said", "if he would resign"),
        ("Asked about the plan, Maria Delgado said it was too early to tell.", "said", "about the plan"),
    ],
)
def test_the_question_put_before_the_answer_is_not_what_was_said(
    extractor: Extractor, text: str, cue: str, question: str
) -> None:
    said = contents(run(extractor, text), cue)
    assert said
    assert not any(question in content for content in said)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("If the bill passes, prices will rise, the governor said.", "prices will rise"),
        ("The plan will fail, two officials said.", "The plan will fail"),
        ("Since midnight on Tuesday, the phone lines have been down, the company said.", "the phone lines have been"),
    ],
)
def test_a_clause_before_the_comma_that_is_no_adverbial_is_what_was_said(
    extractor: Extractor, text: str, content: str
) -> None:
    said = contents(run(extractor, text), "said")
    assert len(said) == 1
    assert content in said[0]


def test_when_someone_spoke_is_not_what_was_said(extractor: Extractor) -> None:
    text = "Asked on Friday if he expected new exemptions, Tom Reed told reporters he would decide soon."
    quotes = run(extractor, text)
    assert all(q.text.strip() != "on Friday" for q in quotes)


def test_a_noun_the_parser_took_for_a_verb_does_not_hide_the_that_clause(extractor: Extractor) -> None:
    text = "The publisher David Pecker said on the witness stand that he refused to buy the story."
    assert contents(run(extractor, text), "said") == ["that he refused to buy the story"]


@pytest.mark.parametrize(
    "text",
    [
        "If you or someone you know is a victim of domestic violence, call the hotline at 1-800-799-7233.",
        "If you need help cleaning up after the storm, call the county at 555-0100.",
    ],
)
def test_a_help_line_for_the_reader_reports_nothing(extractor: Extractor, text: str) -> None:
    assert run(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "A tornado is believed to have killed one person in Harris County, Dan Moore, mayor of Baytown, "
            "Texas, told USA TODAY via email.",
            "A tornado is believed to have killed one person in Harris County",
            "Dan Moore, mayor of Baytown, Texas",
        ),
        (
            "The storm killed one person in Harris County, Dan Moore, the mayor, said Tuesday.",
            "The storm killed one person in Harris County",
            "Dan Moore, the mayor",
        ),
    ],
)
def test_a_name_and_its_aside_after_the_clause_speak_it(
    extractor: Extractor, text: str, content: str, source: str
) -> None:
    quotes = run(extractor, text)
    assert [(q.text, q.source.text if q.source else None) for q in quotes] == [(content, source)]


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of people died in a shipwreck. More harsh weather is expected in California.",
        "The service also lists 698 foreign species as threatened or endangered.",
        "(This story was updated to add a photo gallery and change the video.)",
        "This story has been updated to add new information.",
    ],
)
def test_a_place_a_status_or_an_editors_note_is_no_report(extractor: Extractor, text: str) -> None:
    assert run(extractor, text) == []


def test_a_cue_under_a_verb_of_change_still_reports_where_someone_changed(extractor: Extractor) -> None:
    quotes = run(extractor, "The mayor changed course to say the plan would fail.")
    assert [q.text for q in quotes] == ["the plan would fail"]


@pytest.mark.parametrize(
    "text",
    [
        "In 2009, the school expanded to grades K-12 and was called Harbor High.",
        "Called Hidden Valley Inn, it has 12 rooms and a pool.",
        "The Boyntons called their property Ox Bottom Ranch.",
    ],
)
def test_a_name_given_is_no_report(extractor: Extractor, text: str) -> None:
    assert run(extractor, text) == []


def test_a_quoted_label_is_still_a_report(extractor: Extractor) -> None:
    for text in ('Tom Reed called him "Little Marco" at the debate.', "Fans call it a “Tayoomba” now."):
        assert any(q.cue is not None and q.cue.text in ("called", "call") for q in run(extractor, text))
