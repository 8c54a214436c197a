"""A person's gender from a common first name (``first_names``)."""

import pytest

from newsgraph.model import Entity
from newsgraph.pipeline.first_names import FEMALE_NAMES, MALE_NAMES, first_name_gender


@pytest.mark.parametrize(
    ("name", "type_", "gender"),
    [
        ("Susan Grant", "PERSON", "f"),
        ("Paul Grant", "PERSON", "m"),
        ("Kelly Grant", "PERSON", ""),  # given to both
        ("Grant", "PERSON", ""),  # a lone word may be a surname
        ("Mary Kay Inc", "ORG", ""),
    ],
)
def test_first_name_gender(name: str, type_: str, gender: str) -> None:
    assert first_name_gender(Entity("e1", name, type_)) == gender


def test_no_name_is_of_both_genders() -> None:
    assert not MALE_NAMES & FEMALE_NAMES


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Donald Reed", "m"), ("Christopher Lee", "m"), ("Kamala Reed", "f"), ("Savannah Cole", "f"),
     ("Chris Reed", ""), ("Jordan Reed", ""), ("Taylor Reed", ""), ("Christian Reed", ""),
     ("Liam Reed", "m"), ("Myles Reed", "m"), ("Caitlin Reed", "f"), ("Maryellen Reed", "f")],
)
def test_common_first_names_and_names_given_to_both(name: str, gender: str) -> None:
    assert first_name_gender(Entity("e1", name, "PERSON")) == gender


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Abbe Reed", "m"), ("Zohran Reed", "m"), ("Ashley Reed", "f"), ("Angie Reed", "f"), ("Betsy Reed", "f")],
)
def test_names_of_recent_news_that_the_table_had_missed(name: str, gender: str) -> None:
    assert first_name_gender(Entity("e1", name, "PERSON")) == gender
