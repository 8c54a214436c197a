"""The time layer: which way a bare month or day points, from the tense of its clause.

A past cannot tell of a day after the publication; a present that sets a date (a timetable) looks
ahead; a headline's present, or a date a past sets a thing for, is the nearest.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.model import Record, TimeExpr

PUBLISHED = "2024-01-29"  # a Monday


def times_of(extract: Callable[..., Record], text: str, published: str = PUBLISHED) -> dict[str, TimeExpr]:
    return {t.text: t for t in extract(text, published).times}


def test_a_day_ahead_of_which_one_acts_lies_ahead(extract: Callable[..., Record]) -> None:
    # told on a Friday: "ahead of Tuesday's election" is the Tuesday to come, not the nearest
    found = times_of(extract, "The attorney general will act ahead of Tuesday's election.", "2024-02-02")
    assert found["Tuesday"].value == "2024-02-06"


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a weekday's event in a present or a modal: the nearest such day, either side; after "following": gone
        ("Saturday's eclipse is the most notable in years, the astronomer says.", "2023-10-11", "2023-10-14"),
        ("The swimmers enter Tuesday's final ranked first and second.", "2024-08-05", "2024-08-06"),
        ("The race could be canceled as smoke lingers over Saturday's card.", "2023-06-08", "2023-06-10"),
        ("Volunteers are helping residents following Thursday's storm.", "2023-07-03", "2023-06-29"),
        ("Airlines continue to grapple with Friday's outage.", "2024-07-22", "2024-07-19"),
        # the event a future's act takes place in lies ahead, however far; a thing it answers need not
        ("The latter two will compete in Sunday's Super Bowl.", "2023-02-06", "2023-02-12"),
        ("The U.S. will not join any response to Saturday's attack.", "2024-04-15", "2024-04-13"),
        # a thing had or allowed for an event in the present, or an instruction to the reader: it is awaited
        ("Folding chairs are permitted for Sunday's Super Bowl watch party.", "2023-02-01", "2023-02-05"),
        ("Tickets for Sunday's game are going for $5,000 on resale sites.", "2023-02-06", "2023-02-12"),
        ("Don't look at Saturday's partial eclipse without special glasses.", "2023-10-11", "2023-10-14"),
        ("Follow along in Wednesday's new blog.", "2024-01-29", "2024-01-31"),
        # but not blame for it, nor a thing allowed in the past
        ("The agency is blaming the police for Sunday's incident.", "2023-02-01", "2023-01-29"),
        ("Fans were permitted for Sunday's watch party.", "2023-02-01", "2023-01-29"),
        ("Read more on Tuesday's roll call songs.", "2024-08-21", "2024-08-20"),
        # told in the past: what happened
        ("Five people were hurt in Thursday's storm.", "2023-07-03", "2023-06-29"),
        # a market's figures of a day: what it did
        ("Shares are up 2% from Thursday's close.", "2024-01-29", "2024-01-25"),
        # no tense (a heading): what happened, unless the day is just ahead
        ("Saturday's games", "2023-09-08", "2023-09-09"),
        ("Monday's games", "2023-09-08", "2023-09-04"),
        # "this Saturday's": the one of this week, still to come
        ("This Saturday's home game will not take place as scheduled.", "2024-10-01", "2024-10-05"),
    ],
)
def test_a_possessive_weekday_is_the_nearest_unless_told_in_the_past(extract: Callable[..., Record], text: str,
                                                                     published: str, value: str) -> None:
    found = [t for t in extract(text, published).times if t.text.lower().endswith("day")]
    assert [t.value for t in found] == [value]


def test_a_state_told_in_the_present_is_the_nearest_day(extract: Callable[..., Record]) -> None:
    # told on a Friday: the Thursday just gone, not the one six days ahead
    found = times_of(extract, "But on Thursday, the woman at the center of the storm feels betrayed.", "2024-02-02")
    assert found["Thursday"].value == "2024-02-01"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a past never lies after the publication, however near the month is
        ("She said in March that the plan had failed.", "March", "2023-03"),
        ("He told reporters in March that he would run.", "March", "2023-03"),
        ("The firm opened a second plant on Feb. 12.", "Feb. 12", "2023-02-12"),
        ("The company reported a loss in October.", "October", "2023-10"),
        # the day a past sets a thing for may lie either side: the nearest
        ("The hearing was scheduled for March 4.", "March 4", "2024-03-04"),
        ("The vote was postponed to June.", "June", "2024-06"),
        # ... and so may the day of a plan told in the past
        ("The trial was originally set to begin Saturday morning.", "Saturday morning", "2024-01-27TMO"),
        ("On Saturday night, the governor was set to have dinner with the families.", "Saturday night",
         "2024-01-27TNI"),
        ("The summit is set to begin on Saturday.", "Saturday", "2024-02-03"),
        # a past of one's own doing that lasted until a day was done by then; a day granted lies ahead
        ("I waited until Saturday to watch the film.", "Saturday", "2024-01-27"),
        ("The judge gave them until Friday to respond.", "Friday", "2024-02-02"),
        ("The hearing was postponed until Friday.", "Friday", "2024-02-02"),
        # a participle that names a thing tells no time: the clause above does
        ("They are holding a meeting, titled “The Way Ahead,” on Feb. 22 to discuss it.", "Feb. 22", "2024-02-22"),
        # "since" counts from a day gone by, in any tense
        ("I think since Friday, I've made it clear that I will play.", "Friday", "2024-01-26"),
    ],
)
def test_a_past_looks_back(extract: Callable[..., Record], text: str, span: str, value: str) -> None:
    assert times_of(extract, text)[span].value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a present that sets a date is a timetable: the date lies ahead
        ("Early voting ends Nov. 2.", "Nov. 2", "2024-11-02"),
        ("Registration closes Sept. 30.", "Sept. 30", "2024-09-30"),
        ("The trial begins March 4.", "March 4", "2024-03-04"),
        ("The museum reopens in October.", "October", "2024-10"),
        ("The deadline is Nov. 2.", "Nov. 2", "2024-11-02"),
        # a date inside a noun phrase, or under a verb that reports, is not set by the present
        ("The October jobs report shows that hiring slowed.", "October", "2023-10"),
        ("Sales rose in November, the company says.", "November", "2023-11"),
        ("Prices are higher than in October, the survey says.", "October", "2023-10"),
        ("Inflation rises to 3% in October.", "October", "2023-10"),
    ],
)
def test_a_timetable_looks_ahead(extract: Callable[..., Record], text: str, span: str, value: str) -> None:
    assert times_of(extract, text)[span].value == value


def test_a_headline_s_present_is_the_nearest_day(extract: Callable[..., Record]) -> None:
    # told on a Wednesday: the Tuesday just gone, not the one to come; a headline has no full stop
    assert times_of(extract, "Senate passes bill on Tuesday", "2024-01-31")["Tuesday"].value == "2024-01-30"
    assert times_of(extract, "Inflation eases in October")["October"].value == "2023-10"


def test_a_habitual_present_is_a_set(extract: Callable[..., Record]) -> None:
    found = times_of(extract, "The festival runs every June. Each May, the town holds a fair. Each may choose.")
    every = found["every June"]
    assert (every.type, every.value, every.quant) == ("SET", "XXXX-06", "EVERY")
    assert found["Each May"].value == "XXXX-05"
    assert len(found) == 2  # "each may choose": the modal, no month


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The festival usually runs in June.", "XXXX-06"),  # what usually happens: no June in particular
        ("Sales typically peak in December.", "XXXX-12"),
        ("The festival runs in June.", "2024-06"),  # a timetable
        ("Voters head to the polls in November.", "2024-11"),  # a bare plural alone does not make it usual
    ],
)
def test_a_month_in_a_clause_that_tells_what_usually_happens(extract: Callable[..., Record], text: str,
                                                             value: str) -> None:
    assert [t.value for t in extract(text, PUBLISHED).times] == [value]


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        # a month naming the figures of a period, in a clause that looks ahead: the nearest such month
        ("The agency will publish its September report on Friday.", "2024-12-04", "September", "2024-09"),
        # a weekday's thing in a clause that looks ahead: the nearest such day, either side
        ("Investors will watch Tuesday's release of the jobs data.", PUBLISHED, "Tuesday", "2024-01-30"),
        ("The lawyers would try to get around Wednesday's ruling.", "2024-02-02", "Wednesday", "2024-01-31"),
        ("Investors will parse Tuesday's jobs data.", "2024-01-31", "Tuesday", "2024-01-30"),
        # an election a future tells of is still the one to come
        ("Voters will choose a mayor in the November election.", "2024-02-15", "November", "2024-11"),
    ],
)
def test_a_thing_dated_in_a_clause_that_looks_ahead(extract: Callable[..., Record], text: str, published: str,
                                                     span: str, value: str) -> None:
    assert times_of(extract, text, published)[span].value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # told on a Wednesday: a state that lasts through a day, or a day it was extended through
        ("The road has been closed through Friday.", "Friday", "2024-02-02"),
        ("The ban has been extended through Friday.", "Friday", "2024-02-02"),
        ("The road will be closed through Friday.", "Friday", "2024-02-02"),
        ("The office was closed through Friday.", "Friday", "2024-01-26"),
    ],
)
def test_through_a_day(extract: Callable[..., Record], text: str, span: str, value: str) -> None:
    assert times_of(extract, text, "2024-01-31")[span].value == value


def test_a_range_of_weekdays_does_not_end_before_it_begins(extract: Callable[..., Record]) -> None:
    ahead = times_of(extract, "The sale runs Monday through Friday.", "2024-01-31")
    assert (ahead["Monday"].value, ahead["Friday"].value) == ("2024-02-05", "2024-02-09")
    gone = times_of(extract, "The office was closed Friday through Monday.", "2024-01-31")
    assert (gone["Friday"].value, gone["Monday"].value) == ("2024-01-26", "2024-01-29")
    two = times_of(extract, "They met Monday and Friday.", "2024-01-31")  # two days, not a range
    assert (two["Monday"].value, two["Friday"].value) == ("2024-01-29", "2024-01-26")


def test_a_past_sets_a_day_by_an_adjective_or_an_infinitive(extract: Callable[..., Record]) -> None:
    # the act of the past verb is gone; the day it names for a payment or an expiry is the nearest
    found = times_of(extract, "The company declared a dividend, payable Feb. 15 to holders of record Feb. 2.")
    assert (found["Feb. 15"].value, found["Feb. 2"].value) == ("2024-02-15", "2024-02-02")
    assert times_of(extract, "The offer had been set to expire Feb. 6.")["Feb. 6"].value == "2024-02-06"


def test_a_story_updated_after_its_publication_keeps_its_days(extract: Callable[..., Record]) -> None:
    # three past acts just after the publication date: the text was updated later, the nearest days hold
    text = ("The guard announced Dec. 13 that he would leave. The tackle said Dec. 18 that he would stay. "
            "The receiver said Dec. 20 that he would transfer.")
    found = times_of(extract, text, "2023-11-30")
    assert [found[d].value for d in ("Dec. 13", "Dec. 18", "Dec. 20")] == ["2023-12-13", "2023-12-18", "2023-12-20"]
    assert times_of(extract, "The guard announced Dec. 13 that he would leave.", "2023-11-30")["Dec. 13"].value == (
        "2022-12-13")


def test_a_date_far_after_a_past_verb_is_not_its_act(extract: Callable[..., Record]) -> None:
    text = "The judge also addressed a request from the defense for a day off on June 3, saying it could wait."
    assert times_of(extract, text, "2024-04-30")["June 3"].value == "2024-06-03"


def test_a_range_of_weekdays_that_holds_the_publication_day(extract: Callable[..., Record]) -> None:
    found = times_of(extract, "Specials: a family meal for $25 (Monday through Thursday).", "2024-10-30")
    assert (found["Monday"].value, found["Thursday"].value) == ("2024-10-28", "2024-10-31")


def test_a_clock_time_ahead_does_not_take_a_day_gone_by(extract: Callable[..., Record]) -> None:
    ahead = times_of(extract, "The shooting happened on Jan. 6. The funeral will begin just before 11 a.m.",
                     "2024-01-31")
    assert [t.value for k, t in ahead.items() if "11" in k] == ["2024-01-31T11:00"]
    told = times_of(extract, "The shooting happened Sunday. Police arrived just before 11 a.m. and closed the road.",
                    "2024-01-31")
    assert told["just before 11 a.m."].value == "2024-01-28T11:00"


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        # a label before a quote: the parser may hang it on the quote's verb, whose tense is the speaker's
        ("Following are statements made in response to the report: The lawyer on Thursday ``Without commenting "
         "on the claims, that suggestion is entirely false.''", "1998-02-06", "Thursday", "1998-02-05"),
        ('Following are the statements: The spokesman on Tuesday "Without commenting on the report, the claim '
         'is entirely wrong."', "1998-02-06", "Tuesday", "1998-02-03"),
        # a time inside the quote keeps the quote's tense
        ('The mayor said: "We will reopen the bridge on Thursday."', "1998-02-06", "Thursday", "1998-02-12"),
        # the rest of the sentence quoted: the time is of the quote's own clause
        ('She said that ensuring compliance after Sunday "will be a process that plays out over time."',
         "2025-01-17", "Sunday", "2025-01-19"),
    ],
)
def test_a_quote_s_tense_does_not_date_a_time_outside_it(extract: Callable[..., Record], text: str,
                                                          published: str, span: str, value: str) -> None:
    assert times_of(extract, text, published)[span].value == value
