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
