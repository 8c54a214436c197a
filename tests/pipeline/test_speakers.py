"""Who speaks through a pronoun: coreference and the speakers' fallback on hand-made news text."""

from __future__ import annotations

import pytest
import spacy
from quote_cases import run, speaker_of

from newsgraph.model import Entity, Mention
from newsgraph.pipeline import Extractor
from newsgraph.pipeline.speakers import _shouted_name
from newsgraph.pipeline.state import layers


@pytest.mark.parametrize(
    ("text", "source", "content", "speaker"),
    [
        # a person brought in by an indefinite noun is whom the next "he" means, not the last name
        (
            "Commander Ali Hassan said on Monday that the rebels were near the city.\n\n"
            "Rebel forces captured the airport overnight, a Syrian officer told Reuters. "
            "Government soldiers pulled back toward the city, he said.",
            "he", "Government soldiers", None,
        ),
        # a noun with a "who" clause is a person, whatever the word
        (
            "Rosa Diaz spent heavily on the race.\n\n"
            "A recording captured a paid canvasser who had no idea whom she was supporting. "
            "She said she was paid by the hour.",
            "She", "paid by the hour", None,
        ),
        # a bare title in the sentence: the person the article gave that title, not the last name
        (
            "President Paulo Silva met the cabinet on Monday.\n\n"
            "Speaker Tom Reed left the meeting unhappy. Later the President held an address in the "
            "garden, and he described the talks as productive.",
            "he", "the talks", "Paulo Silva",
        ),
        # the fallback passes over a man for "she" and takes the name set beside a subject
        (
            "Ortiz looked on as his lawyer, Maria Delgado, insisted that Ortiz wrote the song alone.\n\n"
            "She said the two songs shared only common chords.",
            "She", "common chords", "Maria Delgado",
        ),
        # a noun that only describes a named person brings no one new in
        (
            "Dan Ortiz is a mechanic and a union leader who led the strike at the plant. "
            "He has not said whether he would join the party.",
            "He", "whether he would join", "Dan Ortiz",
        ),
        # someone spoken to in the quotation is not the one who speaks it
        (
            "Host Jane Miller opened the show with jokes about the nominees. "
            '"Sam, hold my hand," she adds.',
            "she", "Sam, hold my hand", "Jane Miller",
        ),
        # "he" passes over a person whose first name is a woman's
        (
            'Susan Hart thanked Paul Reed on Monday. "It was a long night," he said later.',
            "he", "a long night", "Paul Reed",
        ),
        # a name the recognizer took for a place, treated as a man by "his": "He" is no one before
        (
            'Retired teacher Jose Gallegos, 61, kept watch outside the center.\n\n"We love this town," '
            "Gallegos said.\n\nAt the Home Depot, Valencia shifted in his plastic lawn chair and "
            "considered his options. He said he is resigned to being deported if agents catch him.",
            "He", "resigned to being deported", None,
        ),
    ],
)
def test_pronoun_speaker(extractor: Extractor, text: str, source: str, content: str, speaker: str | None) -> None:
    assert speaker_of(run(extractor, text), source, content) == speaker


def test_a_name_without_the_title_is_no_titled_person(extractor: Extractor) -> None:
    """With no one given the title before, "the President ... he" is no one named."""
    text = (
        "Speaker Tom Reed left the meeting unhappy. Later the President held an address in the "
        "garden, and he described the talks as productive."
    )
    assert speaker_of(run(extractor, text), "he", "the talks") != "Tom Reed"


@pytest.mark.parametrize(
    ("text", "source", "content", "speaker"),
    [
        (
            "Gov. Ann Lee toured the flooded towns on Friday.\n\n"
            "The governor said the state would ask for federal aid.",
            "The governor", "federal aid", "Ann Lee",
        ),
        (
            "Crews worked through the night, Mayor Paul Ruiz said.\n\n"
            "The mayor said the bridge would reopen next week.",
            "The mayor", "the bridge", "Paul Ruiz",
        ),
        # many may hold such a title in one story: no one named for it
        (
            "White House spokesperson Ann Lee declined to comment.\n\n"
            "The ride company paused its service downtown. The spokesperson said the cars would return soon.",
            "The spokesperson", "the cars", None,
        ),
    ],
)
def test_a_bare_title_speaks_for_the_person_named_with_it(
    extractor: Extractor, text: str, source: str, content: str, speaker: str | None
) -> None:
    assert speaker_of(run(extractor, text), source, content) == speaker


def test_a_source_never_runs_from_a_headline_into_the_body() -> None:
    from newsgraph.pipeline.attribution_spans import on_one_line

    text = "Senate Leader Vows Quick Vote On Aid\nSenator Jane Roe said Tuesday the vote was near."
    crossing = (text.index("Quick"), text.index(" said"))
    start, end = on_one_line(text, crossing, text.index("Roe"))
    assert text[start:end] == "Senator Jane Roe"
    inside_line = (text.index("Senator"), text.index(" said"))
    assert on_one_line(text, inside_line, text.index("Roe")) == inside_line


def test_a_speaker_name_run_over_a_line_break_keeps_the_line_of_the_source() -> None:
    from newsgraph.pipeline.speakers import _one_line

    assert _one_line("Budget Cuts'\n\nRoe", "Roe") == "Roe"
    assert _one_line("Jane Roe", "Roe") == "Jane Roe"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('"I could not make out what was on top," one report in Pasadena, Maryland said.', "one report in Pasadena"),
        ("A lawyer from Austin, Texas said the case was closed.", "A lawyer from Austin"),
    ],
)
def test_the_state_after_a_city_is_not_the_speaker(quotes_only: Extractor, text: str, source: str) -> None:
    """The parser takes the state of "in City, State said" for the subject: the noun the place
    phrase hangs on speaks."""
    quotes = run(quotes_only, text)
    assert [q.source.text for q in quotes if q.source] == [source]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # where the source is, not who it is
        (
            'At 2 a.m. Thursday, the weather service office in Harlow City, Georgia warned that a '
            '"large and extremely dangerous tornado" was near Milltown.',
            "the weather service office in Harlow City", "tornado",
        ),
        ('"Rivers will keep rising," the weather service office in Austin and San Antonio said.',
         "the weather service office in Austin and San Antonio", "Rivers"),
        ("Milltown mayor does 'not support' the curfew but hopes to work with the police.",
         "Milltown mayor", "to work with"),
        # a place in a clause the source words ran over
        ("While the storm is battering the Caribbean, current models show it poses little risk to Florida.",
         "the Caribbean, current models", "little risk"),
    ],
)
def test_a_place_that_only_locates_the_source_is_not_the_speaker(
    extractor: Extractor, text: str, source: str, content: str
) -> None:
    assert speaker_of(run(extractor, text), source, content) is None


def test_a_place_inside_another_proper_name_is_not_the_speaker(extractor: Extractor) -> None:
    """"USA TODAY reported": the paper, not the country."""
    quotes = run(extractor, "The plan failed on a 55 to 45 vote, USA TODAY reported.")
    assert speaker_of(quotes, "USA TODAY", "The plan failed") in (None, "USA TODAY")


@pytest.mark.parametrize(
    ("text", "source", "content", "speaker"),
    [
        ("Kerr County officials reported that a drone was flying in closed airspace.",
         "Kerr County officials", "a drone", "Kerr County"),
        ("A news release from Buncombe County indicated that the roads would close at noon.",
         "A news release from Buncombe County", "the roads", "Buncombe County"),
    ],
)
def test_a_place_that_is_the_source_or_its_officials_still_speaks(
    extractor: Extractor, text: str, source: str, content: str, speaker: str
) -> None:
    assert speaker_of(run(extractor, text), source, content) == speaker


def test_he_or_she_stands_only_for_a_person_of_that_gender() -> None:
    import spacy

    from newsgraph.model import Entity
    from newsgraph.pipeline.speakers import _fits_pronoun

    doc = spacy.blank("en")("She said he left")
    woman = Entity("e1", "Maria Delgado", "PERSON", [])
    car = Entity("e2", "Roadster", "PRODUCT", [])
    assert _fits_pronoun(doc, woman, doc[0])
    assert not _fits_pronoun(doc, woman, doc[2])
    assert not _fits_pronoun(doc, car, doc[2])


def test_a_pronoun_inside_quoted_words_gives_the_speaker_no_gender(extractor: Extractor) -> None:
    """"“... he is going to announce ...,” Odalys Brandt said. “He is with his team,” she said.":
    the quoted "he" is someone else; "she" is still the speaker named before."""
    text = (
        "“I was with him in the office earlier, and he is going to announce that decision tomorrow,” "
        "Odalys Brandt said.\n\n"
        "“He is with his trade and tariff team right now,” she said."
    )
    assert speaker_of(run(extractor, text), "she", "trade and tariff") == "Odalys Brandt"


def test_a_transcript_label_in_capitals_is_the_person_named_in_full() -> None:
    """"FORMER GOVERNOR DONALD REED:" is Donald Reed, not "DONALD", a part of the label the
    recognizer took for a name; "FORMER GOVERNOR REED:" too, the only Reed of two words or more."""
    doc = spacy.blank("en")("FORMER GOVERNOR DONALD REED: We will win.\n\nDonald Reed and Amy Cole spoke.")
    state = layers(doc)
    state.entities += [
        Entity("e1", "DONALD", "PERSON", [Mention(16, 22, "DONALD")]),
        Entity("e2", "Donald Reed", "PERSON", [Mention(44, 55, "Donald Reed")]),
        Entity("e3", "Amy Cole", "PERSON", [Mention(60, 68, "Amy Cole")]),
    ]
    reed = doc[3]
    found = _shouted_name(doc, "FORMER GOVERNOR DONALD REED", reed)
    assert found is not None and found.id == "e2"
    found = _shouted_name(doc, "FORMER GOVERNOR REED", reed)
    assert found is not None and found.id == "e2"
    state.entities.append(Entity("e4", "Jim Reed", "PERSON"))
    assert _shouted_name(doc, "FORMER GOVERNOR REED", reed) is None  # two Reeds: no telling which
