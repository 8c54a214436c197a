"""Cue words in a sense that reports nothing (``newsgraph.pipeline.attribution_senses``)."""

from __future__ import annotations

import pytest

from newsgraph.model import Article, Quote
from newsgraph.pipeline import Extractor
from newsgraph.pipeline.attribution_senses import reports_nothing


def run(extractor: Extractor, text: str) -> list[Quote]:
    return extractor.extract(Article(text)).quotes


def cues(quotes: list[Quote]) -> list[str]:
    return [q.cue.text for q in quotes if q.cue is not None]


@pytest.mark.parametrize(
    "text",
    [
        "Maple Farms Inc. of Ohio recalled a range of frozen chicken products last month over salmonella fears.",
        "The automaker recalled 80,000 trucks because of a faulty brake sensor.",
        "Green Valley Meats offers grass-fed beef and lamb from local farms.",
        "The county sheriff is offering a reward of up to $5,000 for information about the fire.",
        "Several hotels near the stadium are offering discounts for weekend stays.",
        "Instead of the state charging the same rate for every driver, the toll would rise at rush hour.",
        "The airport issued ground stops on Tuesday morning because of ice on the runways.",
        "The band sang their latest single, “Blue Harbor,” to close the night.",
        "Dozens of fans showed up in costume for the premiere.",
        "Despite being known for directing films such as “Night Train,” the director rarely gives interviews.",
        "See who is running for mayor in our voter guide.",
        "Plan your trip: See which roads are closed and compare where the detours go on our map.",
        "Our sources:\n\nThank you for supporting local reporting. You can subscribe to our print edition.",
        "Loyalty club members can order any of the sandwiches on the app for $5 on Friday.",
        "Customers who order on the website get free shipping this week.",
        "The Hawks saw their lead shrink to three points early in the fourth quarter.",
        "Most renters would see their monthly payments go up under the new rules.",
        "The Rivera family requested a hearing before the county board.",
        "Gov. Ana Ruiz declared a state of emergency on Monday after the river flooded the valley.",
        "The mayor declared a curfew for the downtown blocks after the protests.",
        "Many of the families request asylum at the border crossing.",
        "The losing campaign requested a recount in two counties.",
        "Two months until the election. Do you know where your candidate's tax returns are?",
        "Can you imagine if the mayor were a woman?\n\nLetters to the editor.",
        "Who do you think will win the title, the Hawks or the Lions?",
        "The storm left the island without power.\n\nJane Roe reported from Port Louis, and Sam Hill from Nairobi.",
        "Officials are still trying to learn what happened.\n\n--additional reporting from Sam Hill.",
        "The new tax is supposed to curb short-term trading by large funds.",
        "Candidates are not supposed to confer with their staff during the breaks.",
    ],
)
def test_a_cue_word_in_another_sense_reports_nothing(quotes_only: Extractor, text: str) -> None:
    assert run(quotes_only, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The witness recalled that the driver had been speeding.", "recalled"),
        ("The mayor offered few details about the new budget.", "offered"),
        ("The senator offered no proof that the votes had been changed.", "offered"),
        ("The agency issued a statement saying the dam was safe.", "issued"),
        ("Critics charged that the mayor had misled the council.", "charged"),
        ("The judge ordered the county to release the records.", "ordered"),
        ("Consider what the senator said about the budget last week.", "said"),
        ("Mayor Jones to the council: Approve the budget, she said, before the money runs out.", "said"),
        ("Need a break? Play our puzzle.\n\nThe pilot could not recall the moment of impact.", "recall"),
        ("The lawyer requested that the court delay the trial.", "requested"),
        ("The senator requested anonymity to discuss the talks.", "requested"),
        ("Many voters saw the plan as a failure.", "saw"),
        ("Engineers saw that the bridge was failing.", "saw"),
        ("You said last week that the plan would work.", "said"),
        ("The agency reported from its Nairobi office that the river had crested.", "reported"),
        ("Did the senator say that the plan would work?", "say"),
    ],
)
def test_the_speech_sense_of_the_same_words_still_reports(quotes_only: Extractor, text: str, cue: str) -> None:
    assert cue in cues(run(quotes_only, text))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Instead of the state charging the same rate for every driver, tolls would rise.", "charging", True),
        ("The bank charged a fee of $30 for each late payment.", "charged", True),
        ("Critics charged that the mayor had misled the council.", "charged", False),
        ("The firm recalled 3,000 strollers in May.", "recalled", True),
        ("She recalled the day the storm hit the town.", "recalled", False),
    ],
)
def test_the_sense_of_a_word_comes_from_its_object(
    quotes_only: Extractor, text: str, word: str, expected: bool
) -> None:
    doc = quotes_only.nlp(text)
    token = next(t for t in doc if t.text == word)
    assert reports_nothing(token) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the base overnight.",
        "The mayor welcomed the delegation at city hall.",
        "The president welcomed the prime minister at the White House.",
        "Fans cheered the players as they left the field.",
        "The president greeted the visitors at the airport.",
    ],
)
def test_a_deed_verb_reports_nothing_with_an_object_alone(quotes_only: Extractor, text: str) -> None:
    """Verbs PolNeAR marks a cue in fewer than 40% of their uses (``cues.DEED_VERBS``) tell
    what someone did when all they govern is an object."""
    assert run(quotes_only, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # PolNeAR's annotators mark these a cue in most of their uses: a speech act with its object
        ("The mayor thanked the volunteers for their work.", "thanked"),
        ("The governor praised the firefighters for their courage.", "praised"),
        ("Officials blamed the outage on a faulty cable.", "blamed"),
        ("The union welcomed the ruling as a step forward.", "welcomed"),
        ("The senator said she welcomed the ruling.", "said"),
    ],
)
def test_a_report_verb_with_its_object_still_reports(quotes_only: Extractor, text: str, cue: str) -> None:
    assert cue in cues(run(quotes_only, text))


def test_thanking_then_saying_gives_the_quotation_to_saying(quotes_only: Extractor) -> None:
    quotes = run(quotes_only, "She thanked voters, saying “We could not have done this without you.”")
    (direct,) = [q for q in quotes if q.kind == "direct"]
    assert direct.cue is not None and direct.cue.text == "saying"
    assert direct.source is not None and direct.source.text == "She"


@pytest.mark.parametrize(
    "text",
    [
        "To find out how closely you have been following the news, take our weekly quiz.",
        "The mayor spoke on Tuesday.",
    ],
)
def test_a_pattern_cue_the_cue_finder_rules_out_reports_nothing(quotes_only: Extractor, text: str) -> None:
    """A word of the hand-made patterns that the learned cue finder scores under
    ``PATTERN_CUE_FLOOR`` in its context, or a day as what is spoken on, reports nothing."""
    assert run(quotes_only, text) == []


def test_the_speech_verb_beside_a_ruled_out_word_still_reports(quotes_only: Extractor) -> None:
    text = "The senator accused the media of not focusing on the budget."
    assert cues(run(quotes_only, text)) == ["accused"]
