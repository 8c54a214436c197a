"""Content spans never cut a quotation in half (``attribution_spans.whole_quotations``).

Docs are built with a blank English pipeline and a sentencizer: the function reads only tokens,
sentence starts and the quotation spans it is given.
"""

import pytest
import spacy
from spacy.language import Language

from newsgraph.pipeline.attribution_spans import whole_quotations
from newsgraph.pipeline.quotemarks import find_quotations

MARKS = [('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'"), ("«", "»"), ("„", "“")]


@pytest.fixture(scope="module")
def nlp() -> Language:
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    return blank


def balanced(nlp: Language, text: str, piece: str) -> str:
    """The piece of ``text`` (its first occurrence) after balancing against the text's quotations."""
    doc = nlp(text)
    start = text.index(piece)
    low, high = whole_quotations(doc, (start, start + len(piece)), find_quotations(text), (0, len(text)))
    return text[low:high]


@pytest.mark.parametrize(("opening", "closing"), MARKS)
def test_a_span_stopping_before_a_closing_mark_takes_it(nlp: Language, opening: str, closing: str) -> None:
    text = f"The senator called the bill a {opening}disaster{closing} and said it would fail."
    assert balanced(nlp, text, f"the bill a {opening}disaster") == f"the bill a {opening}disaster{closing}"


@pytest.mark.parametrize(("opening", "closing"), MARKS)
def test_a_span_starting_after_an_opening_mark_takes_it(nlp: Language, opening: str, closing: str) -> None:
    text = f"Aides said the plan was {opening}dead on arrival{closing} after the vote."
    assert balanced(nlp, text, f"dead on arrival{closing} after") == f"{opening}dead on arrival{closing} after"


def test_a_quotation_closing_in_a_later_sentence_is_left_out(nlp: Language) -> None:
    text = 'He said the deal was "a mistake. We will undo it next year," his aide added.'
    assert balanced(nlp, text, 'the deal was "a mistake') == "the deal was"


def test_a_span_holding_whole_quotations_is_unchanged(nlp: Language) -> None:
    text = 'She called the plan "bold" and the timing "right" on Monday.'
    assert balanced(nlp, text, 'the plan "bold" and the timing "right"') == 'the plan "bold" and the timing "right"'


def test_a_span_inside_one_quotation_is_unchanged(nlp: Language) -> None:
    text = '"We expect the talks to resume next week," the minister said.'
    assert balanced(nlp, text, "the talks to resume") == "the talks to resume"
