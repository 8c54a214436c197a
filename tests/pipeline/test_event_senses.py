"""The noun "strike": a walkout when workers or a union hold it, an attack otherwise. Sentences
built by hand; the full pipeline runs on them."""

import pytest
from event_cases import event_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("The studios reached a deal to end the writers' strike on Sunday.", "strike", "protest"),
        ("A strike by the teachers' union closed 300 schools.", "strike", "protest"),
        ("Nurses at the hospital went on strike in March.", "strike", "protest"),
        ("Hollywood actors joined screenwriters in a strike against the studios.", "strike", "protest"),
        ("The prisoner began a hunger strike last week.", "strike", "protest"),
        ("A drone strike killed four fighters near the border.", "strike", "attack"),
        ("The army launched a strike on the port city on Monday.", "strike", "attack"),
        ("Israeli strikes hit the city overnight.", "strikes", "attack"),
    ],
)
def test_a_strike_is_a_walkout_or_an_attack(extract, text, word, kind):
    assert event_of(extract(text), word).type == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The writers' strike entered its fifth month. The current strikes have halted production.", "protest"),
        ("The writers' strike entered its fifth month. A drone strike killed two men in Yemen.", "attack"),
    ],
)
def test_a_later_strike_takes_the_story_sense(extract, text, kind):
    last = [e for e in extract(text).events if e.trigger.text.startswith("strike")][-1]
    assert last.type == kind


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("The officer was captured on video hitting a man.", False),
        ("The officer was captured on video slamming a man's head into a wall.", False),
        ("The body camera was only capturing video.", False),
        ("She captured almost 32% of the vote.", False),
        ("Troops captured 23 pirates on Tuesday.", True),
        ("The fugitive was captured in Texas on Monday.", True),
    ],
)
def test_a_capture_on_video_or_of_votes_is_no_arrest(extract, text, held):
    arrests = [e for e in extract(text).events if e.trigger.text.startswith("captur") and e.type == "arrest"]
    assert bool(arrests) is held
