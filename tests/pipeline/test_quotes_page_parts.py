"""Parts of a news page that are no one's words: fields of a fact sheet and a live blog's signed
entries (``newsgraph.pipeline.speakerlines``, ``newsgraph.pipeline.quotes``)."""

from __future__ import annotations

import pytest
from quote_cases import colon_quotes

from newsgraph.model import Article, Quote
from newsgraph.pipeline import Extractor
from newsgraph.pipeline.speakerlines import fact_sheet_lines


def run(extractor: Extractor, text: str) -> list[Quote]:
    return extractor.extract(Article(text)).quotes


FACT_SHEET = (
    "Here are the horses to watch this spring.\n\n"
    "Blue Harbor\n\n"
    "Trainer: Jane Roe\n\n"
    "Owner: Green Valley Stables (Sam Hill)\n\n"
    "Jockey: Ann Lee\n\n"
    "Dam: Night Train, by Morning Star\n\n"
    "Price tag: $500,000 at the fall sale\n\n"
    "Notable: Blue Harbor won his first two starts before a third-place finish in the fall.\n\n"
    "Red River\n\n"
    "Trainer: Tom Brown\n\n"
    "Owner: Hill Country Farms (Ben Carter)\n\n"
    "Jockey: Ann Lee\n\n"
)


def test_the_fields_of_a_fact_sheet_are_no_speech(quotes_only: Extractor) -> None:
    assert not colon_quotes(run(quotes_only, FACT_SHEET))


def test_a_transcript_is_no_fact_sheet() -> None:
    text = (
        "JANE ROE: Why not debate?\n\n"
        "SAM HILL: This is a man who said he would never run a negative ad.\n\n"
        "ROE: You said in January that you would debate.\n\n"
        "HILL: The senator does not get to decide when we debate."
    )
    assert fact_sheet_lines(text) == set()


def test_a_headline_attribution_standing_alone_still_speaks(quotes_only: Extractor) -> None:
    text = "Jane Roe: We will fix the health care crisis\n\nThe leader spoke on Tuesday."
    heads = colon_quotes(run(quotes_only, text))
    assert [q.source.text for q in heads if q.source] == ["Jane Roe"]


def test_a_dash_and_name_closing_a_reported_paragraph_sign_the_entry(quotes_only: Extractor) -> None:
    text = (
        "“We can’t imagine what it’s like,” head coach Tom Brown said this week. "
        "“We have an opportunity as a community to pay respect.” — Sam Hill"
    )
    direct = [q for q in run(quotes_only, text) if q.kind == "direct"]
    assert [(q.cue.text if q.cue else None, q.source.text if q.source else None) for q in direct] == [
        ("said", "head coach Tom Brown"), ("said", "head coach Tom Brown")
    ]


def test_a_dash_and_name_still_sign_a_quotation_alone_in_its_paragraph(quotes_only: Extractor) -> None:
    text = "The coach spoke after practice.\n\n“I can’t imagine what it’s like for their families.” — Sam Hill"
    (direct,) = [q for q in run(quotes_only, text) if q.kind == "direct"]
    assert direct.cue is not None and direct.cue.text == "—"
    assert direct.source is not None and direct.source.text == "Sam Hill"


def test_a_title_after_a_colon_is_no_speech(quotes_only: Extractor) -> None:
    text = (
        "New movies to stream this weekend.\n\n"
        "If you love the remake machine: ‘The Little Mermaid’\n\n"
        "If you live for action heroes: ‘Night Train: Chapter 4’\n\n"
        "The films arrive on Friday."
    )
    assert run(quotes_only, text) == []


def test_a_headline_colon_takes_its_source_from_its_own_line(quotes_only: Extractor) -> None:
    text = "Read the full speech here\n\nJane Roe confuses press room: 'Don't cancel me'\n\nThe actress laughed."
    (quote,) = colon_quotes(run(quotes_only, text))
    assert quote.source is not None and quote.source.text == "Jane Roe"


def test_a_capitalised_title_after_a_colon_is_no_speech_even_with_a_pronoun(quotes_only: Extractor) -> None:
    text = "If you dig a family comedy: ‘About My Father’\n\nIt opens on Friday."
    assert run(quotes_only, text) == []


@pytest.mark.parametrize("name", ["Trump", "Roe"])
def test_a_one_word_label_before_a_colon_and_a_quotation_is_its_source(quotes_only: Extractor, name: str) -> None:
    text = f"Live updates from the courtroom:\n\n{name}: 'They've been after us for years'\n\n{name} left the court."
    (quote,) = [q for q in run(quotes_only, text) if q.kind == "direct"]
    assert quote.source is not None and quote.source.text == name


def test_a_quoted_title_holding_a_colon_is_no_speaker_line(quotes_only: Extractor) -> None:
    """A line opening with a quoted title that holds a colon ("“Harbor Lights: Return” Season 2 ...")
    is no transcript turn of someone named "Harbor Lights"; a turn quoted whole still is."""
    text = (
        "Episode schedule\n\n"
        "\"Harbor Lights: Return\" Season 2, Part Two will premiere on Friday, Sept. 6. Here is the schedule.\n\n"
        "\"MARA VOSS: We will see what happens when “Harbor Lights” wins the vote, and I think it will.\""
    )
    quotes = run(quotes_only, text)
    assert [q.source.text for q in quotes if q.cue is not None and q.cue.text == ":" and q.source] == ["MARA VOSS"]


def test_a_name_and_a_role_heading_a_profile_is_no_speech(quotes_only: Extractor) -> None:
    """"Devin Ball: The Queen, general manager" then "Devin Ball began ...": a profile's heading."""
    text = (
        "Local music\n\nDevin Ball: The Queen, general manager\n\n"
        "Devin Ball began his new job as general manager of The Queen over the summer.\n\n"
        "Jane Roe: I will not back down\n\nJane Roe said on Monday she would stay."
    )
    colons = [q.source.text for q in run(quotes_only, text) if q.cue is not None and q.cue.text == ":" and q.source]
    assert colons == ["Jane Roe"]
