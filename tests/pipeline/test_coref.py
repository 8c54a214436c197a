"""The coreference layer: pronouns, "there" and definite descriptions joined to entities.

Unit tests parse hand-made sentences with the real model but build the entities by hand, so they
test this layer alone; the golden test runs the whole pipeline on the reference article.
"""

from __future__ import annotations

import re

import pytest
from coref_cases import Analyse, analyser

from newsgraph.model import Record
from newsgraph.pipeline import Extractor
from newsgraph.pipeline.state import Layers

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def analyse(extractor: Extractor) -> Analyse:
    """analyse(text, [(type, name, other surface forms ...), ...]) -> the state after coref and roles."""
    return analyser(extractor, ("newsgraph_coref", "newsgraph_roles"))


def refs(state: Layers, name: str) -> list[str]:
    """The pronoun and description mentions of the entity called ``name``, in text order."""
    entity = next(e for e in state.entities if e.name == name)
    return [m.text for m in sorted(entity.mentions, key=lambda m: m.start) if m.kind != "name"]


def test_pronouns_follow_the_main_subject(analyse: Analyse) -> None:
    text = (
        "Prime Minister Mark Hollis arrived in Lyon on Monday. During his visit there, he met the mayor "
        "of the city, Claire Dubois."
    )
    state = analyse(text, [("PERSON", "Mark Hollis"), ("GPE", "Lyon"), ("PERSON", "Claire Dubois")])
    assert refs(state, "Mark Hollis") == ["his", "he"]
    assert refs(state, "Lyon") == ["there", "the city"]
    assert refs(state, "Claire Dubois") == []


def test_he_inside_a_quotation_is_not_its_speaker(analyse: Analyse) -> None:
    text = (
        "Tom Brady met Sam Cole in Geneva on Tuesday. "
        "“I believe he is serious about a deal,” Brady said after the talks."
    )
    state = analyse(text, [("PERSON", "Tom Brady", "Brady"), ("PERSON", "Sam Cole"), ("GPE", "Geneva")])
    assert refs(state, "Sam Cole") == ["he"]
    assert refs(state, "Tom Brady") == []


def test_subject_of_the_embedding_clause_wins(analyse: Analyse) -> None:
    text = (
        "President Ana Ruiz paid her respects at the stadium where Maria Costa played for most of her career.\n\n"
        "Tom Hill spoke to Mike Dorn for an hour. Dorn wore a red scarf as he waited in line."
    )
    state = analyse(text, [
        ("PERSON", "Ana Ruiz"), ("PERSON", "Maria Costa"), ("PERSON", "Tom Hill"), ("PERSON", "Mike Dorn", "Dorn"),
    ])
    assert refs(state, "Ana Ruiz") == ["her"]
    assert refs(state, "Maria Costa") == ["her"]
    assert refs(state, "Mike Dorn") == ["he"]


def test_the_country_of_a_nationality_word(analyse: Analyse) -> None:
    text = (
        "Marco Silva grew up in Brazil and later played in Nigeria. "
        "Many Brazilians credit him with putting the country on the map."
    )
    state = analyse(text, [("PERSON", "Marco Silva"), ("GPE", "Brazil"), ("GPE", "Nigeria")])
    assert refs(state, "Brazil") == ["the country"]
    assert refs(state, "Nigeria") == []


def test_gender_from_honorific_and_binding(analyse: Analyse) -> None:
    text = "Peter Hale met Mrs. Clara Jones on Tuesday. She praised him for the plan."
    state = analyse(text, [("PERSON", "Peter Hale"), ("PERSON", "Clara Jones")])
    assert refs(state, "Clara Jones") == ["She"]
    assert refs(state, "Peter Hale") == ["him"]


def test_a_title_word_inside_a_name_is_no_gender(analyse: Analyse) -> None:
    text = "Billy King fired Jim Moss on Monday. Moss said he was surprised."
    state = analyse(text, [("PERSON", "Billy King", "King"), ("PERSON", "Jim Moss", "Moss")])
    assert refs(state, "Jim Moss") == ["he"]
    assert refs(state, "Billy King") == []


def test_a_person_named_by_a_common_noun_keeps_the_pronoun(analyse: Analyse) -> None:
    text = "Police named Sam Hart as the driver. A woman who was walking home when she was struck died."
    state = analyse(text, [("PERSON", "Sam Hart")])
    assert refs(state, "Sam Hart") == []


def test_gender_from_a_noun_in_apposition(analyse: Analyse) -> None:
    text = "Lee Park hit Raj Chohan, a 59-year-old grandmother, on Monday. Later she was taken to hospital."
    state = analyse(text, [("PERSON", "Lee Park"), ("PERSON", "Raj Chohan")])
    assert refs(state, "Raj Chohan") == ["she"]
    assert refs(state, "Lee Park") == []


def test_definite_descriptions_match_the_head_noun_class(analyse: Analyse) -> None:
    text = (
        "The tanker Northern Star ran aground near Oslo on Sunday. The vessel was refloated on Monday, "
        "and the company that owns it, Blue Line, said the ship was undamaged."
    )
    state = analyse(text, [("PRODUCT", "Northern Star"), ("GPE", "Oslo"), ("ORG", "Blue Line")])
    assert refs(state, "Northern Star") == ["The vessel", "the ship"]
    assert refs(state, "Oslo") == []


def test_description_in_apposition_names_its_anchor(analyse: Analyse) -> None:
    text = (
        "Flights into Lisbon were cut. The funeral was held in Porto, the city where the singer grew up. "
        "Tele North, the country's largest network, showed it live."
    )
    state = analyse(text, [("GPE", "Lisbon"), ("GPE", "Porto"), ("ORG", "Tele North"), ("GPE", "Portugal")])
    assert refs(state, "Porto") == ["the city"]
    assert refs(state, "Portugal") == [] and refs(state, "Lisbon") == []


def test_a_description_is_not_its_own_clause_subject(analyse: Analyse) -> None:
    text = "Teachers in Delaware earn little. Delaware has the lowest starting salary in the region."
    state = analyse(text, [("GPE", "Delaware")])
    assert refs(state, "Delaware") == []


def test_modified_or_plural_descriptions_are_left_alone(analyse: Analyse) -> None:
    text = (
        "The Korean War ended in 1953. Three planes landed in Seoul later, and the conflict in the south "
        "went on. The second plane left on Friday."
    )
    state = analyse(text, [("EVENT", "Korean War"), ("GPE", "Seoul"), ("PRODUCT", "Boeing 737")])
    assert refs(state, "Korean War") == []
    assert refs(state, "Seoul") == []


def test_they_for_an_organisation(analyse: Analyse) -> None:
    text = "Acme Corp said on Monday that they would cut 300 jobs."
    state = analyse(text, [("ORG", "Acme Corp")])
    assert refs(state, "Acme Corp") == ["they"]


def test_their_for_two_people_is_not_resolved(analyse: Analyse) -> None:
    text = "Anna Berg said Paul Roth is ready to sign during their meeting."
    state = analyse(text, [("PERSON", "Anna Berg"), ("PERSON", "Paul Roth")])
    assert refs(state, "Anna Berg") == [] and refs(state, "Paul Roth") == []


def test_no_entities_no_change(analyse: Analyse) -> None:
    state = analyse("He said it would rain there.", [])
    assert state.entities == []


def whole_word(text: str, start: int, end: int) -> tuple[int, int]:
    """A gold span that cuts a word ("he" inside "their") moved to the nearest whole-word occurrence."""
    word = text[start:end]
    if not (start > 0 and text[start - 1].isalnum() or end < len(text) and text[end].isalnum()):
        return start, end
    hits = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
    best = min(hits, key=lambda h: abs(h - start))
    return best, best + len(word)


def test_reference_article_coref(reference_record: Record, reference_gold: dict) -> None:
    text = reference_record.article.text
    gold: dict[tuple[int, int], set[tuple[int, int]]] = {}
    for entity in reference_gold["entities"]:
        names = {(m["start"], m["end"]) for m in entity["mentions"]}
        for c in entity.get("coref_mentions", []):
            gold[whole_word(text, c["start"], c["end"])] = names
    found: dict[tuple[int, int], set[tuple[int, int]]] = {}
    for entity in reference_record.entities:
        names = {(m.start, m.end) for m in entity.name_mentions()}
        found.update({(m.start, m.end): names for m in entity.mentions if m.kind != "name"})
    correct = [k for k, names in found.items() if k in gold and names & gold[k]]
    # measured 13/13 found, 13/13 right when written; floors leave room for entity-layer changes
    assert len(correct) / max(len(found), 1) >= 0.9, sorted(set(found) - set(correct))
    assert len(correct) / len(gold) >= 0.75, sorted(set(gold) - set(correct))


def test_a_pronoun_skips_a_person_whose_first_name_is_of_the_other_gender(analyse: Analyse) -> None:
    text = (
        "Former Governor Paul Grant spoke in Ohio on Monday. Grant said the economy was failing. "
        "Susan Grant did not attend the rally. Grant later thanked the crowd and said he would return."
    )
    state = analyse(text, [("PERSON", "Paul Grant"), ("PERSON", "Susan Grant"), ("GPE", "Ohio")])
    assert "he" not in refs(state, "Susan Grant")


LONG_RUNNING = (
    "Mary Smith has led the campaign for two years. Smith said the vote would be close. "
    "Smith told reporters she expected to win. Smith also spoke in Denver.\n\n"
)


@pytest.mark.parametrize(
    "new_person",
    [
        "The company's chief executive, Jane Roe, told analysts on Tuesday that sales had fallen. ",
        "The company's chief executive, Jane Roe, told analysts on Tuesday that sales had fallen.\n\n",
        "Jane Roe, the company's chief executive, told analysts on Tuesday that sales had fallen. ",
        "A spokeswoman for the firm, Jane Roe, said on Tuesday that sales had fallen. ",
    ],
)
def test_a_person_just_named_as_the_subject_beats_the_one_named_most(analyse: Analyse, new_person: str) -> None:
    """A name set beside the subject (or the subject itself, in a paragraph the parser ran into
    the one before) is whom the next "She" means, however often another woman was named."""
    text = LONG_RUNNING + new_person + "She said the firm would cut costs."
    state = analyse(text, [("PERSON", "Mary Smith", "Smith"), ("PERSON", "Jane Roe", "Roe")])
    assert refs(state, "Jane Roe") == ["She"]
    assert refs(state, "Mary Smith") == ["she"]


def test_a_name_beside_an_object_does_not_take_the_subject_pronoun(analyse: Analyse) -> None:
    text = (
        "Mary Smith has led the campaign for two years. Smith met the company's chief executive, "
        "Jane Roe, on Monday. She said the talks went well."
    )
    state = analyse(text, [("PERSON", "Mary Smith", "Smith"), ("PERSON", "Jane Roe", "Roe")])
    assert refs(state, "Mary Smith") == ["She"]
    assert refs(state, "Jane Roe") == []


def test_a_pronoun_inside_quoted_words_is_not_the_pronoun_speaker(analyse: Analyse) -> None:
    """“... could hurt him,” he said: the speaker's "he" is resolved first, and the quoted
    "him" is someone else."""
    text = (
        "Protesters gathered outside the courthouse as Robert Hale arrived for his hearing. "
        "Stephen Carlson said he has stood on the corner many times.\n\n"
        "“I think this one could possibly hurt him,” he said."
    )
    state = analyse(text, [("PERSON", "Robert Hale", "Hale"), ("PERSON", "Stephen Carlson", "Carlson")])
    assert refs(state, "Stephen Carlson") == ["he", "he"]
    assert refs(state, "Robert Hale") == ["his", "him"]


def test_a_quotation_going_on_after_its_speaker_keeps_that_speaker(analyse: Analyse) -> None:
    """“A,” Jane Roe wrote. “She ...”: the second quotation is Roe's too, so its "she" is
    another woman."""
    text = (
        "Carla Diaz leads the race by six points.\n\n"
        "“In many ways, the vice president is unburdened by the past,” Jane Roe, the editor of the "
        "report, wrote in an analysis. “She is the incumbent, yet voters see her as new.”"
    )
    state = analyse(text, [("PERSON", "Carla Diaz", "Diaz"), ("PERSON", "Jane Roe", "Roe")])
    assert refs(state, "Jane Roe") == []


def test_a_subject_pronoun_is_no_one_named_later_in_its_own_clause(analyse: Analyse) -> None:
    """“...,” he said after watching Barker run: "he" is not Barker (principle C)."""
    text = (
        "Tony Barker ran for 255 yards on Sunday. Rams coach Sean Malloy praised the running back.\n\n"
        "“He is as good as there is,” he said after watching Barker break loose."
    )
    state = analyse(text, [("PERSON", "Tony Barker", "Barker"), ("PERSON", "Sean Malloy", "Malloy")])
    assert refs(state, "Sean Malloy") == ["he"]
    assert refs(state, "Tony Barker") == ["He"]


def test_a_name_in_a_clause_of_its_own_does_not_bar_the_pronoun(analyse: Analyse) -> None:
    """"he showed up next to a comedian who has supported Hale": Hale is in a relative clause."""
    text = (
        "Robert Hale campaigned across the city on Friday. "
        "He later showed up at a game next to a comedian who has supported Hale."
    )
    state = analyse(text, [("PERSON", "Robert Hale", "Hale")])
    assert refs(state, "Robert Hale") == ["He"]


def test_gender_comes_from_common_first_names(analyse: Analyse) -> None:
    """"Donald" and "Kamala" are in the first-name table: "she" goes to neither man."""
    text = (
        "Since Donald Reed was elected, Melissa Sobel's law firm has fielded hundreds of calls.\n\n"
        "She wants to make sure people are prepared."
    )
    state = analyse(text, [("PERSON", "Donald Reed", "Reed"), ("PERSON", "Melissa Sobel")])
    assert refs(state, "Donald Reed") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Jim Jarvis nominated Mahoney for speaker and voted for him.",
        "Jim Jarvis praised Mahoney on Monday, having nominated him for speaker.",
    ],
)
def test_an_object_pronoun_is_not_the_subject_its_verb_shares(analyse: Analyse, sentence: str) -> None:
    """A conjoined verb or a participle has its subject from the verb it hangs on: "him" is
    not that subject (binding theory's principle B)."""
    text = "Kevin Mahoney lost the first round on Tuesday. " + sentence
    state = analyse(text, [("PERSON", "Kevin Mahoney", "Mahoney"), ("PERSON", "Jim Jarvis", "Jarvis")])
    assert refs(state, "Jim Jarvis") == []
    assert refs(state, "Kevin Mahoney") == ["him"]


def test_an_object_pronoun_may_be_the_subject_of_a_verb_above_an_object(analyse: Analyse) -> None:
    """"Mahoney asked Jarvis to support him": Jarvis would support, "him" is Mahoney."""
    text = "Kevin Mahoney lost the first round on Tuesday. Later, Mahoney asked Jim Jarvis to support him."
    state = analyse(text, [("PERSON", "Kevin Mahoney", "Mahoney"), ("PERSON", "Jim Jarvis", "Jarvis")])
    assert refs(state, "Kevin Mahoney") == ["him"]


def test_a_name_the_parser_made_subject_of_a_to_infinitive_does_not_bind(analyse: Analyse) -> None:
    """"Hale will appear before Judge Dana Ruiz to enter his plea": the parser hangs the judge on
    "to enter" as its subject; the plea is Hale's."""
    text = (
        "Robert Hale arrived at the courthouse on Thursday. "
        "Hale will appear before federal Magistrate Judge Dana Ruiz to enter his plea."
    )
    state = analyse(text, [("PERSON", "Robert Hale", "Hale"), ("PERSON", "Dana Ruiz")])
    assert refs(state, "Dana Ruiz") == []


@pytest.mark.parametrize(
    "contributors",
    ["Contributing: Dale Roe, USA TODAY", "Contributing: Jon Hale, Nate Cole & Ray Ostin, USA TODAY"],
)
def test_a_byline_run_into_the_next_paragraph_gives_no_role(analyse: Analyse, contributors: str) -> None:
    """The parser runs a "Contributing:" line into the writer's note below it, making the
    contributor the subject of "covers" and the writer a name set beside the contributor: the
    writer opens the note, and "him" is the writer."""
    text = (
        "The company said it would announce more details next week.\n\n"
        f"{contributors}\n\n"
        "Eric Lagatta covers breaking news for USA TODAY. Reach him at elagatta@example.com"
    )
    people = [("PERSON", "Eric Lagatta")] + [("PERSON", n) for n in ("Dale Roe", "Jon Hale", "Nate Cole") if n in text]
    state = analyse(text, people)
    assert refs(state, "Eric Lagatta") == ["him"]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Robert Hale plans a rally on Saturday. Councilmember Wade Fermin also condemned the rally.\n\n"
            "Beyond the likely focus on Kamala Reyes and her ties to California, it is unclear why Hale came.",
            "Kamala Reyes",
        ),
        (
            "Robert Hale plans a rally on Saturday. “It is an affront,” Raul Ortiz said, referring to "
            "Hale’s tariff policies, his immigration policy and his opposition to clean energy.",
            "Robert Hale",
        ),
    ],
)
def test_a_possessive_listed_after_a_person_is_that_persons(analyse: Analyse, text: str, owner: str) -> None:
    """"X and her ties", "X's policies, his immigration policy": the possessive is X's."""
    people = [("PERSON", "Robert Hale", "Hale"), ("PERSON", "Wade Fermin", "Fermin"), ("PERSON", "Kamala Reyes"),
              ("PERSON", "Raul Ortiz")]
    state = analyse(text, [p for p in people if p[1] in text])
    pronouns = re.findall(r"\b(?:his|her)\b", text)
    assert refs(state, owner) == pronouns


def test_a_listed_possessive_is_not_taken_from_the_object_of_another_persons_verb(analyse: Analyse) -> None:
    """"Semenyo got the better of Ake and his cross found Tavernier": the parser lists "his
    cross" with Ake, but the subject may own it; the listing rule stays out."""
    text = (
        "Bournemouth pressed after the break. Antoine Semenyo again got the better of Nathan Ake "
        "and his cross found Marcus Tavernier."
    )
    state = analyse(text, [("PERSON", "Antoine Semenyo", "Semenyo"), ("PERSON", "Nathan Ake", "Ake"),
                           ("PERSON", "Marcus Tavernier")])
    assert refs(state, "Nathan Ake") == []


def test_a_name_set_beside_the_pronoun_is_no_one_else(analyse: Analyse) -> None:
    """"that he (Hale) has a litigious style": the name in brackets is whom the pronoun means."""
    text = (
        "Judge Juan Mercado has presided over a case against Robert Hale's company. "
        "\"It is an understatement to say that he (Hale) has a litigious style,\" said Joshua Ritter."
    )
    state = analyse(text, [("PERSON", "Juan Mercado"), ("PERSON", "Robert Hale", "Hale"), ("PERSON", "Joshua Ritter")])
    assert refs(state, "Juan Mercado") == []
    assert refs(state, "Robert Hale") == ["he"]
