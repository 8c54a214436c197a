"""Coreference rules from where a pronoun stands (newsgraph.pipeline.coref_rules).

Hand-made sentences parsed by the real model, entities built by hand as in test_coref.py: a
bracketed aside, the subject of a possessive's own clause, the person owning a noun above the
pronoun, a noun set beside a name, a fronted adjunct with a subject of its own, and a name the
text treats as a thing.
"""

import pytest
from coref_cases import Analyse, analyser, refs

from newsgraph.pipeline import Extractor

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def analyse(extractor: Extractor) -> Analyse:
    """analyse(text, [(type, name, other surface forms ...), ...]) -> the state after coref."""
    return analyser(extractor, ("newsgraph_coref",))


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


def test_a_concessive_subject_is_the_person_the_main_clause_names(analyse: Analyse) -> None:
    """"20 senators voted for Tom Baxter, though he has said ...": the main clause's subject is
    no person, and the one person it names is whom the "though" clause goes on about."""
    text = (
        "Martin Hale won the first round. Hale thanked his allies and Hale said he was confident. "
        "A total of 20 senators voted for Tom Baxter, though he has said he is not running."
    )
    state = analyse(text, [("PERSON", "Martin Hale", "Hale"), ("PERSON", "Tom Baxter")])
    assert refs(state, "Tom Baxter") == ["he"]
    assert refs(state, "Martin Hale") == ["his", "he"]


def test_a_possessive_in_a_relative_clause_on_an_object_with_a_person_subject_stays_open(
    analyse: Analyse,
) -> None:
    """"John Keller had disagreements with Mark Dunn, who once berated his military service":
    Keller's service or Dunn's, the parse cannot tell."""
    text = "John Keller had powerful disagreements with Mark Dunn, who once berated his military service."
    state = analyse(text, [("PERSON", "John Keller"), ("PERSON", "Mark Dunn")])
    assert refs(state, "Mark Dunn") == []
    assert refs(state, "John Keller") == []


def test_a_possessive_in_a_relative_clause_is_the_person_it_is_hung_on(analyse: Analyse) -> None:
    """"... with Vice President Robin Vale, who can cast deciding votes in her role": the "who"
    stands for Vale, not for the woman named in the sentence before."""
    text = (
        "Sen. Dana Ortiz said she will not join the caucus. Democrats can still break ties with "
        "Vice President Robin Vale, who can cast deciding votes in her role as Senate president."
    )
    state = analyse(text, [("PERSON", "Dana Ortiz"), ("PERSON", "Robin Vale")])
    assert refs(state, "Robin Vale") == ["her"]


def test_a_person_just_introduced_speaks_the_next_quotation(analyse: Analyse) -> None:
    """A woman named in every sentence before, then "Immigrant advocate Karen Webb, director
    of ..., has worked with ..." and "“...,” she said": news introduces whom it quotes next."""
    text = (
        "Maria Lopez broke her leg. The pain in her leg throbs, she said. She was scheduled to "
        "undergo a second surgery. But she said she knew she was lucky.\n\n"
        "Immigrant advocate Karen Webb, director of strategies at a center in El Paso, has worked "
        "with hundreds of migrants and has seen them face obstacles.\n\n"
        "\"The wall is definitely not a deterrent,\" she said."
    )
    state = analyse(text, [("PERSON", "Maria Lopez"), ("PERSON", "Karen Webb")])
    assert refs(state, "Karen Webb") == ["she"]


def test_a_person_just_introduced_beats_one_named_all_through_the_sentence_before(analyse: Analyse) -> None:
    """As above, but the other woman fills the sentence before the introduction ("she knew she
    was lucky: the men in her group stayed with her ... put her in an ambulance"): the woman
    just introduced still speaks the next quotation."""
    text = (
        "Maria Lopez broke her leg. She was scheduled to undergo a second surgery. But she said she "
        "knew she was lucky: the other men in her group stayed with her in the desert until agents "
        "found them and put her in an ambulance.\n\n"
        "Immigrant advocate Karen Webb, director of strategies at a center in El Paso, has worked "
        "with hundreds of migrants and has seen them face obstacles.\n\n"
        "\"The wall is definitely not a deterrent,\" she said."
    )
    state = analyse(text, [("PERSON", "Maria Lopez"), ("PERSON", "Karen Webb")])
    assert refs(state, "Karen Webb") == ["she"]
