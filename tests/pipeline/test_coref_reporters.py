"""The "he" or "she" that reports a quotation opening a paragraph: the one who spoke last.

"... with their infant daughter, Lily. Mills said she had seen the last eclipse. / “It’s
breathtaking,” she said": news quotes next whom it made speak last, so the subject of the
paragraph's last speech verb, not a name set along the way as an object or apposition, is the
"she". Where that subject is a name no entity holds, the pronoun is left open. Hand-made
sentences parsed by the real model, entities built by hand.
"""

import pytest
from coref_cases import Analyse, analyser, refs

from newsgraph.pipeline import Extractor

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def analyse(extractor: Extractor) -> Analyse:
    """analyse(text, [(type, name, other surface forms ...), ...]) -> the state after coref."""
    return analyser(extractor, ("newsgraph_coref",))


def test_the_last_speaker_beats_a_name_in_apposition(analyse: Analyse) -> None:
    """"Kara Mills drove ... with her infant daughter, Lily. Mills said she had seen ... / “...,” she
    said": Mills spoke last, so the "she" reporting the quotation is hers."""
    text = (
        "Kara Mills drove all the way from Atlanta with her infant daughter, Lily. Mills said she had seen the "
        "2017 eclipse, but nothing compared to what they saw on the banks of the river.\n\n"
        "“It’s breathtaking and moving,” she said. “It brought tears to my eyes.”"
    )
    state = analyse(text, [("PERSON", "Kara Mills", "Mills"), ("PERSON", "Lily")])
    assert refs(state, "Kara Mills")[-1:] == ["she"]
    assert refs(state, "Lily") == []


def test_an_unknown_last_speaker_leaves_the_pronoun_open(analyse: Analyse) -> None:
    """"... their infant daughter, Lily. Amber said she had seen ... / “...,” she said": Amber is no
    entity, so the "she" is hers and no one's the layer knows; not Lily's."""
    text = (
        "Tom Hale had driven all the way from Atlanta with their infant daughter, Lily. Amber said she had seen "
        "the 2017 eclipse, but nothing compared to what they saw on the banks of the river.\n\n"
        "“It’s breathtaking and moving,” she said. “It brought tears to my eyes.”"
    )
    state = analyse(text, [("PERSON", "Tom Hale"), ("PERSON", "Lily")])
    quoted_she = text.index("she said")
    assert all(m.start != quoted_she for e in state.entities for m in e.mentions)


def test_a_last_speaker_of_the_other_gender_decides_nothing(analyse: Analyse) -> None:
    """"Dr. Jay Dunn ... said ... / “...,” she said" after a woman quoted before: the rule gives way."""
    text = (
        "Susan Lee, a nurse at the center, said cases rose in October.\n\n"
        "“We noticed it right away,” Lee said. Dr. Jay Dunn, chief of trauma, said the costs keep rising.\n\n"
        "“It qualifies as a public health problem,” she said."
    )
    state = analyse(text, [("PERSON", "Susan Lee", "Lee"), ("PERSON", "Jay Dunn", "Dunn")])
    assert "she" not in refs(state, "Jay Dunn")


def test_a_person_named_by_a_noun_or_number_leaves_the_pronoun_open(analyse: Analyse) -> None:
    """"Juror 10 said he felt sorry for Jill Dale. / “...,” he said. / The juror said she noticed
    ... / “...,” she said": the jurors are no entities, so the pronouns reporting their words go
    to no one, not to the people they spoke of."""
    text = (
        "Hunter Dale was found guilty on Tuesday.\n\n"
        "Juror 10 said he felt sorry for Hunter Dale's mother, Jill Dale.\n\n"
        "“I'm pretty sure she heard things she's never heard before,” he said.\n\n"
        "The juror said she noticed the first lady's presence in court.\n\n"
        "“I noticed her and her hair,” she said with a smile."
    )
    state = analyse(text, [("PERSON", "Hunter Dale"), ("PERSON", "Jill Dale")])
    reporting = {text.index("he said"), text.index("she said")}
    assert not any(m.start in reporting for e in state.entities for m in e.mentions)


def test_whoever_asked_is_not_who_answers(analyse: Analyse) -> None:
    """"Becker said he was there to listen, but a resident asked if he supports them. / “I believe I
    do,” he said": the one asked answers, so the resident decides nothing."""
    text = (
        "Andrew Becker was the only board member at the gathering.\n\n"
        "He said he was there to listen, but a resident asked if he supports them.\n\n"
        "“I believe I do,” he said."
    )
    state = analyse(text, [("PERSON", "Andrew Becker", "Becker")])
    becker = next(e for e in state.entities if e.name == "Andrew Becker")
    assert text.rindex("he said") in {m.start for m in becker.mentions}


def test_the_last_speaker_of_the_paragraph_reports_a_quotation_inside_it(analyse: Analyse) -> None:
    """"She explained that ... When Ann Cole messaged Hill, he was “really happy ...,” she said":
    the paragraph's last speaker goes on speaking, not another woman named since in a clause of its own."""
    text = (
        "Jane Roe testified on Friday about her years with Tom Hill.\n\n"
        "She explained that she and Hill watched a film in October. When Ann Cole messaged Hill, he was "
        "“surprised and really happy because he had never seen that before,” she said."
    )
    state = analyse(text, [("PERSON", "Jane Roe", "Roe"), ("PERSON", "Tom Hill", "Hill"), ("PERSON", "Ann Cole")])
    roe = next(e for e in state.entities if e.name == "Jane Roe")
    assert text.rindex("she said") in {m.start for m in roe.mentions}


def test_a_thing_that_continues_is_no_speaker(analyse: Analyse) -> None:
    """"Holt said ... The demand for hens continues to outpace supplies. / “...,” he said":
    "continues to" is no speech, so the thing decides nothing and Holt keeps the "he"."""
    text = (
        "Rodney Holt, an economist at the university, said farms are still recovering. The demand for laying "
        "hens continues to outpace supplies.\n\n"
        "“The price of chicken also went up last year, but the rebound is faster,” he said."
    )
    state = analyse(text, [("PERSON", "Rodney Holt", "Holt")])
    assert refs(state, "Rodney Holt") == ["he"]
