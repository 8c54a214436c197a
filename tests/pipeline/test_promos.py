"""Lines that link to other stories: found, and left out of quotes and events."""

import pytest

from newsgraph.pipeline.promos import LINK_LABEL, PROMO


@pytest.mark.parametrize(
    ("line", "promo"),
    [
        ("More votes to go:McCarthy House speaker drama signals more fights, lawmakers say", True),
        ("Read more:Biden and Trump agree to two televised debates", True),
        ("RESULTS:Delaware elections 2024: Check live for the latest results", True),
        ("Gaza facing 'catastrophic hunger':US also says Israel killed a commander", True),
        ("At 9:30 a.m. on the House Triangle, two lawmakers spoke.", False),
        ("Note: the text was updated.", False),
        ("The score was 3:1 at half time.", False),
    ],
)
def test_a_link_line_is_a_label_a_colon_and_a_headline(line: str, promo: bool) -> None:
    assert bool(PROMO.search(line)) is promo


@pytest.mark.parametrize(
    ("line", "promo"),
    [
        ("READ MORE: Colleges report widespread problems with financial aid", True),
        ("►Related: Stars set for historic matchup", True),
        ("More: Senator plans to formally enter the race next week", True),
        ("Learn more: Why the departure was delayed.", True),
        ("Watch: Governor visits storm-damaged town, says 'we are with you'", True),
        ("Related coverage: What to know about the vote", True),
        ("MORE INFORMATION: No outside food or drinks permitted.", False),
        ("More than 20 people: that is how many came.", False),
        ("Moreover: the bill failed.", False),
        ("Note: the text was updated.", False),
        ("He wanted to read more: books, papers, anything.", False),
    ],
)
def test_a_link_line_may_be_a_usual_label_and_a_space(line: str, promo: bool) -> None:
    assert bool(LINK_LABEL.search(line)) is promo


def test_no_quote_from_a_labelled_link_with_a_space(extract) -> None:
    text = ("The senator said the bill would pass.\n\n"
            "READ MORE: Governor says the state will appeal the ruling\n\n"
            "The vote failed on Tuesday.")
    record = extract(text, "2023-01-05")
    assert [q.text for q in record.quotes] == ["the bill would pass"]


def test_no_quote_and_no_event_from_a_link_to_another_story(extract) -> None:
    text = ("The senator said the bill would pass.\n\n"
            "More votes to go:McCarthy loses third vote, lawmakers say House is stuck\n\n"
            "The vote failed on Tuesday.")
    record = extract(text, "2023-01-05")
    assert [q.text for q in record.quotes] == ["the bill would pass"]
    assert [e.trigger.text for e in record.events] == ["vote"]
