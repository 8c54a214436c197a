"""Coreference rules from where a pronoun stands (newsgraph.pipeline.coref_rules).

Hand-made sentences parsed by the real model, entities built by hand as in test_coref.py: a
bracketed aside, the subject of a possessive's own clause, the person owning a noun above the
pronoun, a noun set beside a name, a fronted adjunct with a subject of its own, and a name the
text treats as a thing.
"""

import pytest
from coref_cases import Analyse, analyser

from newsgraph.pipeline import Extractor
from newsgraph.pipeline.state import Layers

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def analyse(extractor: Extractor) -> Analyse:
    """analyse(text, [(type, name, other surface forms ...), ...]) -> the state after coref."""
    return analyser(extractor, ("newsgraph_coref",))


def refs(state: Layers, name: str) -> list[str]:
    """The pronoun mentions of the entity called ``name``, in text order."""
    entity = next(e for e in state.entities if e.name == name)
    return [m.text for m in sorted(entity.mentions, key=lambda m: m.start) if m.kind == "pronoun"]


def test_a_pronoun_in_a_bracketed_aside_is_the_person_before_the_bracket(analyse: Analyse) -> None:
    """"... and Leo Tanner (going for his fourth Globe)": the aside is about Tanner."""
    text = (
        "Cillian Marsh leads the field this year. The race puts Marsh ahead of Bradley Cole and "
        "Leo Tanner (going for his fourth Globe), although Cole is strong."
    )
    state = analyse(text, [("PERSON", "Cillian Marsh", "Marsh"), ("PERSON", "Bradley Cole", "Cole"),
                           ("PERSON", "Leo Tanner")])
    assert refs(state, "Leo Tanner") == ["his"]
    assert refs(state, "Cillian Marsh") == []


def test_a_pronoun_in_brackets_is_the_person_named_first_in_them(analyse: Analyse) -> None:
    """"his brother, Julius (Jacob Elan, bringing his energy from ...)": the actor's energy."""
    text = (
        "Lee Hart plays the husband. The arrival of his brother, Julius (Jacob Elan, bringing his "
        "troubled energy from earlier films), throws everything into disarray."
    )
    state = analyse(text, [("PERSON", "Lee Hart"), ("PERSON", "Julius"), ("PERSON", "Jacob Elan")])
    assert refs(state, "Jacob Elan") == ["his"]


def test_a_possessive_belongs_to_the_subject_of_its_own_clause(analyse: Analyse) -> None:
    """A far more salient person named before does not take "his" from its clause's subject."""
    text = (
        "Saquon Barkley ran for 255 yards on Sunday. Barkley scored twice, and Barkley was the best "
        "player on the field. Even coach Sean Mackey fueled the debate following his team's defeat."
    )
    state = analyse(text, [("PERSON", "Saquon Barkley", "Barkley"), ("PERSON", "Sean Mackey")])
    assert refs(state, "Sean Mackey") == ["his"]
    assert refs(state, "Saquon Barkley") == []


def test_a_possessive_set_beside_a_name_is_not_that_persons(analyse: Analyse) -> None:
    """"Martin, her teammate, said ...": the teammate is no teammate of her own."""
    text = (
        "Caitlin Park scored 41 points in the final. "
        "Kate Martin, her teammate, said the team did not like how the game was portrayed."
    )
    state = analyse(text, [("PERSON", "Caitlin Park"), ("PERSON", "Kate Martin")])
    assert "her" not in refs(state, "Kate Martin")


def test_a_fronted_adjunct_with_its_own_subject_is_no_cataphora(analyse: Analyse) -> None:
    """"... as Sirianni knee-capped his staff, Stoutland made ...": the staff is Sirianni's."""
    text = (
        "The season fell apart last year. Even after a mutiny, as Nick Sirianni cut his staff on the "
        "fly, Jeff Stoutland made the line better."
    )
    state = analyse(text, [("PERSON", "Nick Sirianni"), ("PERSON", "Jeff Stoutland")])
    assert refs(state, "Jeff Stoutland") == []


def test_no_cataphora_over_a_paragraph_break(analyse: Analyse) -> None:
    """A contributor's line the parser runs into the sentence above is not its subject."""
    text = (
        "Mia Love died on Sunday at her home.\n\n"
        "Funeral arrangements and plans for a \"public celebration of her life\" will be announced in "
        "the days ahead, her family added.\n\nContributing: Deborah Berry, USA TODAY"
    )
    state = analyse(text, [("PERSON", "Mia Love"), ("PERSON", "Deborah Berry")])
    assert refs(state, "Deborah Berry") == []


def test_the_owner_of_a_noun_above_the_pronoun_rules_it(analyse: Analyse) -> None:
    """"Pence is mimicking Trump's defense that he relied on legal advice": not Pence."""
    text = "Former Vice President Mike Pence is mimicking Donald Trump's defense that he relied on legal advice."
    state = analyse(text, [("PERSON", "Mike Pence", "Pence"), ("PERSON", "Donald Trump", "Trump")])
    assert refs(state, "Mike Pence") == []


def test_a_name_written_as_a_thing_takes_no_he(analyse: Analyse) -> None:
    """"the Oscar goes to": a one-word PERSON with an article of its own is a thing."""
    text = (
        "The Oscar goes to the best actor. For five years the winner has run the table all the way to "
        "Oscar, and the chosen one is clear given his acclaimed role."
    )
    state = analyse(text, [("PERSON", "Oscar"), ("PERSON", "Robert Downey")])
    assert refs(state, "Oscar") == []


def test_a_name_with_an_owner_of_its_own_takes_no_he(analyse: Analyse) -> None:
    """"Boar's Head": a one-word PERSON with an owner that is no pronoun is a thing."""
    text = "Boar’s Head recalled 7 million pounds of meat. His dad died from listeria tied to the meat."
    state = analyse(text, [("PERSON", "Head")])
    assert refs(state, "Head") == []


def test_a_possessive_listed_after_a_persons_noun_in_quotation_marks(analyse: Analyse) -> None:
    """Quotation marks around the listed nouns make the parser hang them as appositions, and a
    curly "’s" as a modifier: "Trump’s tariff policies, his “immigration policy” and his ..."."""
    text = (
        "“No place would be harmed more,” Raul Ruiz said, referring to Donald Trump’s tariff policies, "
        "his “hate-driven immigration policy” and his “ignorant opposition to clean energy.”"
    )
    state = analyse(text, [("PERSON", "Raul Ruiz", "Ruiz"), ("PERSON", "Donald Trump", "Trump")])
    assert refs(state, "Donald Trump") == ["his", "his"]
