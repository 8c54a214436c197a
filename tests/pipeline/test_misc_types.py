"""The type of a name the news NER tags MISC when the general model says nothing of it."""

import pytest

from newsgraph.pipeline.misc_types import clock_zone, head_word, misc_type, names_people, people_word


@pytest.mark.parametrize(
    ("words", "general", "expected"),
    [
        (["Election", "Day"], {"DATE"}, "EVENT"),
        (["National", "Pancake", "Day"], set(), "EVENT"),
        (["Final", "Four"], {"CARDINAL"}, "EVENT"),
        (["Super", "Bowl", "LVIII"], {"FAC"}, "EVENT"),
        (["Oscars"], {"ORG"}, "EVENT"),
        (["14th", "Amendment"], set(), "LAW"),
        (["Iowans"], set(), "NORP"),
        (["Latinos"], {"ORG"}, "NORP"),
        (["Choctaw"], {"ORG"}, "NORP"),
        (["Cuban", "-", "American"], {"PERSON"}, "NORP"),
        (["Madison", "Square", "Garden"], {"FAC"}, "FAC"),
        # the general model's word is taken for a building, not for an organisation: CoNLL's MISC
        # holds indexes and divisions the general model calls organisations ("Dow Jones")
        (["Dow", "Jones"], {"ORG"}, "NORP"),
        (["Eastern", "Time"], set(), "TIME"),
        (["Booker", "Prize"], {"WORK_OF_ART"}, "WORK_OF_ART"),
    ],
)
def test_misc_type(words: list[str], general: set[str], expected: str) -> None:
    assert misc_type(words, general) == expected


def test_head_word_skips_a_trailing_numeral() -> None:
    assert head_word(["Super", "Bowl", "LIX"]) == "bowl"
    assert head_word(["Copa", "America", "2024"]) == "america"
    assert head_word(["World", "War", "I"]) == "war"
    assert head_word(["-"]) == ""


def test_names_people() -> None:
    assert names_people(["Native", "American"])
    assert names_people(["pro", "-", "Palestinian"])
    assert names_people(["Californians"])
    assert not names_people(["Big", "Ten"])
    assert not names_people(["Eclipse"])


def test_a_party_convention_is_an_event_whatever_the_general_model_says() -> None:
    assert misc_type(["Republican", "National", "Convention"], {"LAW"}) == "EVENT"
    assert misc_type(["Geneva", "Convention"], {"LAW"}) == "LAW"


def test_clock_zone() -> None:
    words = ["at", "6", "p.m.", "ET", "and", "1400", "GMT", ",", "ET", "said"]
    assert clock_zone(words, 3, 4)
    assert not clock_zone(words, 6, 7)  # CoNLL-2003 tags GMT a MISC name
    assert not clock_zone(words, 8, 9)  # no clock before it


def test_people_word() -> None:
    assert people_word("Black") and people_word("Latinx") and people_word("Quaker")
    assert not people_word("Taylor") and not people_word("black")
