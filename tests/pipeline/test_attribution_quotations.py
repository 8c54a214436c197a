"""Content spans never cut a quotation in half (``attribution_spans.whole_quotations``).

Docs are built with a blank English pipeline: the function reads only the text, the quotation
spans, the paragraph and the cue it is given.
"""

import pytest
import spacy
from spacy.language import Language

from newsgraph.pipeline.attribution_spans import whole_quotations
from newsgraph.pipeline.quotemarks import find_quotations

MARKS = [('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'"), ("«", "»"), ("„", "“")]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("en")


def balanced(nlp: Language, text: str, piece: str, cue: str = "said") -> str:
    """The piece of ``text`` (its first occurrence) after balancing against the text's quotations,
    within the first paragraph, for the first occurrence of the ``cue`` word."""
    doc = nlp(text)
    start = text.index(piece)
    paragraph = (0, text.find("\n") if "\n" in text else len(text))
    at = text.index(cue)
    span = (start, start + len(piece))
    low, high = whole_quotations(doc, span, find_quotations(text), paragraph, (at, at + len(cue)))
    return text[low:high]


@pytest.mark.parametrize(("opening", "closing"), MARKS)
def test_a_span_stopping_before_a_closing_mark_takes_it(nlp: Language, opening: str, closing: str) -> None:
    text = f"The senator called the bill a {opening}disaster{closing} and said it would fail."
    assert balanced(nlp, text, f"the bill a {opening}disaster") == f"the bill a {opening}disaster{closing}"


@pytest.mark.parametrize(("opening", "closing"), MARKS)
def test_a_span_starting_after_an_opening_mark_takes_it(nlp: Language, opening: str, closing: str) -> None:
    text = f"Aides said the plan was {opening}dead on arrival{closing} after the vote."
    assert balanced(nlp, text, f"dead on arrival{closing} after") == f"{opening}dead on arrival{closing} after"


def test_a_quotation_of_several_sentences_is_taken_to_its_end(nlp: Language) -> None:
    text = 'Sanders said the country had spent "years fighting this. They are beyond that." Then he left.'
    assert balanced(nlp, text, 'the country had spent "years fighting this') == (
        'the country had spent "years fighting this. They are beyond that."'
    )


def test_a_quotation_closing_in_the_next_paragraph_is_left_out(nlp: Language) -> None:
    text = 'He said the deal was "a mistake.\n"We will undo it next year," his aide added.'
    assert balanced(nlp, text, 'the deal was "a mistake') == "the deal was"


def test_a_quotation_closing_after_the_cue_is_left_out(nlp: Language) -> None:
    text = 'The plan "will fail soon, aides said, and badly."'
    assert balanced(nlp, text, 'The plan "will fail soon') == "The plan"


def test_a_span_holding_whole_quotations_is_unchanged(nlp: Language) -> None:
    text = 'She called the plan "bold" and the timing "right" on Monday.'
    piece = 'the plan "bold" and the timing "right"'
    assert balanced(nlp, text, piece, cue="called") == piece


def test_a_span_inside_one_quotation_is_unchanged(nlp: Language) -> None:
    text = '"We expect the talks to resume next week," the minister said.'
    assert balanced(nlp, text, "the talks to resume") == "the talks to resume"


def test_a_cut_that_would_leave_one_word_leaves_the_span_as_it_is(nlp: Language) -> None:
    text = 'Photos show a "person of interest.\n"He was seen," police said.'
    assert balanced(nlp, text, 'a "person of interest', cue="show") == 'a "person of interest'
