"""Third-person pronouns inside quotations: whom the coreference layer takes for the speaker.

Inside a direct quotation the speaker says "I", so a quoted "he" or "him" is someone else. These
tests check that the speaker is found where the text shows it (a speech verb in the quotation's
own paragraph, a participle sharing its clause's subject, "according to", a relative "who", the
sentence right before or after) and that the quoted pronoun then goes to no one or to another
person. Hand-made sentences parsed by the real model, entities built by hand.
"""

import pytest
from coref_cases import Analyse, analyser, refs

from newsgraph.pipeline import Extractor
from newsgraph.pipeline.discourse import Discourse
from newsgraph.pipeline.state import layers

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def analyse(extractor: Extractor) -> Analyse:
    """analyse(text, [(type, name, other surface forms ...), ...]) -> the state after coref."""
    return analyser(extractor, ("newsgraph_coref",))


def speakers(extractor: Extractor, text: str) -> list[str | None]:
    """The speaker word the coreference layer finds for each quotation of ``text``, in order."""
    nlp = extractor.nlp
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n.startswith("newsgraph_")]):
        doc = nlp(text)
    disc = Discourse.build(doc, layers(doc))
    return [doc[q.speaker_word].text if q.speaker_word is not None else None for q in disc.quotations]


def test_a_subject_inside_a_quotation_speaks_no_other(analyse: Analyse) -> None:
    """“The secret is out,” Wan said. “... Gary ... He’s a true fan.”: "the secret" speaks
    nothing; the second quotation is Wan's, and its "He" is Gary."""
    text = (
        "Director Paul Wan announced the series this week.\n\n"
        "“The secret is out,” Wan said on Instagram. “Excited to be working with Gary Dolan again. "
        "He’s a true fan.”"
    )
    state = analyse(text, [("PERSON", "Paul Wan", "Wan"), ("PERSON", "Gary Dolan")])
    assert refs(state, "Paul Wan") == []


def test_a_participle_speaks_with_its_clauses_subject(analyse: Analyse) -> None:
    """"Ruiz echoed the sentiments, saying it is “... his ignorance ... that Donald Trump would
    ...”": the quotation is Ruiz's, so "his" is Trump's."""
    text = (
        "Donald Trump will hold a rally in the city on Saturday.\n\n"
        "Rep. Raul Ruiz echoed the sentiments, saying it is “another demonstration of his ignorance "
        "that Donald Trump would stage a rally here.”"
    )
    state = analyse(text, [("PERSON", "Donald Trump"), ("PERSON", "Raul Ruiz", "Ruiz")])
    assert refs(state, "Raul Ruiz") == []


def test_a_speech_verb_of_the_next_paragraph_speaks_no_quotation(extractor: Extractor) -> None:
    """A speech verb is looked for in the quotation's own paragraph only."""
    text = (
        "“Kevin Marsh is not the right candidate,” Dan Bishop wrote. “He has failed us.”\n\n"
        "Allies of Marsh raised their voices, Tom Reed said."
    )
    assert speakers(extractor, text) == ["Bishop", "Bishop"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to Knight, the best outcome would be “being the person he was before.”", "Knight"),
        ("The tradition began with President Ray Cole, who declared that the turkey “will not end up "
         "on a table.”", "Cole"),
        ("“How could he give so much of his heart to others?” Sam Price wrote.", "Price"),
        ("Tom Hale, who is not on the committee, added. “Give him a chance.”", "Hale"),
    ],
)
def test_the_speaker_is_found_beside_the_quotation(extractor: Extractor, text: str, speaker: str) -> None:
    """"according to X", a relative "who", a short speech sentence right after or before."""
    assert speakers(extractor, text) == [speaker]


def test_a_name_in_brackets_after_a_clitic_is_the_pronouns(analyse: Analyse) -> None:
    """"but he’s (Trump) going to be the best one": the writer's gloss names him."""
    text = (
        "Nikki Hale spoke to voters on Monday.\n\n"
        "“Any of them would have been better, but he’s (Trump) going to be the best one,” said John Baker."
    )
    state = analyse(text, [("PERSON", "Nikki Hale"), ("PERSON", "Trump"), ("PERSON", "John Baker")])
    assert refs(state, "Trump") == ["he"]


def test_a_quotation_reported_by_a_pronoun_resolved_before_it(analyse: Analyse) -> None:
    """"He described his son ... as “the son anyone would love. You can't meet him ...”": the
    "He" that reports the quotation is resolved before it, and the quoted "him" is someone else."""
    text = (
        "American Jonathan Dekel is keeping his expectations low.\n\n"
        "“I will be overjoyed for those families,” Dekel said.\n\n"
        "He described his son, an entrepreneur, as “the son anyone would love to have. You can't meet "
        "him and not smile.”"
    )
    state = analyse(text, [("PERSON", "Jonathan Dekel", "Dekel")])
    assert refs(state, "Jonathan Dekel") == ["his", "He", "his"]


def test_a_fragment_reported_in_the_third_person_may_be_the_speakers(analyse: Analyse) -> None:
    """"Moss said she listened to ..., and “she came away convinced ...”": the writer speaks of
    Moss in the third person, and the quoted "she" goes on with her."""
    text = (
        "Pete Dale met senators on Monday.\n\n"
        "Sen. Cynthia Moss said she listened to Megan Hart's review of the police report, and “she came "
        "away completely convinced that he was the more innocent person.”"
    )
    state = analyse(text, [("PERSON", "Pete Dale"), ("PERSON", "Cynthia Moss", "Moss"), ("PERSON", "Megan Hart")])
    assert refs(state, "Cynthia Moss") == ["she", "she"]
    assert refs(state, "Megan Hart") == []


def test_a_fragment_whose_clause_the_speaker_heads_is_the_speakers(analyse: Analyse) -> None:
    """"Reyes said he would “take care of his family first”": the fragment goes on with "he"."""
    text = (
        "Coach Dan Ford praised the team on Sunday.\n\n"
        "Tom Reyes said he would “take care of his family first.”"
    )
    state = analyse(text, [("PERSON", "Dan Ford"), ("PERSON", "Tom Reyes", "Reyes")])
    assert refs(state, "Tom Reyes") == ["he", "his"]


def test_a_fragment_with_a_subject_of_its_own_is_not_the_speakers(analyse: Analyse) -> None:
    """"he has seen his father “give his phone number to strangers”": the fragment's subject is
    the father, so its "his" is not the speaker's."""
    text = (
        "Coach Dan Ford praised the team on Sunday.\n\n"
        "Tom Reyes wrote that he has seen his father “give his phone number to strangers.”"
    )
    state = analyse(text, [("PERSON", "Dan Ford"), ("PERSON", "Tom Reyes", "Reyes")])
    assert refs(state, "Tom Reyes") == ["he", "his"]


def test_whom_the_speaker_speaks_to_is_not_a_quoted_he(analyse: Analyse) -> None:
    """"“...,” Ryan told CNN's Jake Tapper. “He doesn't strike me as honest.”": Tapper is
    "you" to Ryan, so the quoted "He" is neither of them."""
    text = (
        "George Sands lied about his background. The House met on Monday. Members debated the "
        "budget. Votes were cast late.\n\n"
        "“So, of course he should step down,” Paul Ryan told CNN's Jake Tapper on Thursday. “He "
        "doesn't strike me as an honorable person, though.”"
    )
    state = analyse(text, [("PERSON", "George Sands"), ("PERSON", "Paul Ryan", "Ryan"), ("PERSON", "Jake Tapper")])
    assert refs(state, "Jake Tapper") == []
    assert refs(state, "Paul Ryan") == []
