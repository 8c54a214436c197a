"""The time layer: TIMEX3 spans, types, values, mods and time zones on hand-made sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.model import Record, TimeExpr
from newsgraph.pipeline.timex_calendar import duration_value, point_value, weekday_near
from newsgraph.pipeline.timex_grammar import find_candidates
from newsgraph.pipeline.timex_zones import dateline_zone, place_zone, zoned

PUBLISHED = "2025-08-15"  # a Friday


def times_of(extract: Callable[..., Record], text: str, published: str | None = PUBLISHED) -> dict[str, TimeExpr]:
    return {t.text: t for t in extract(text, published).times}


def test_reference_article_times(reference_record: Record, reference_gold: dict) -> None:
    found = {(t.start, t.end): t for t in reference_record.times}
    for gold in reference_gold["times"]:
        timex = found.get((gold["start"], gold["end"]))
        assert timex is not None, f"missed {gold['text']!r}"
        assert (timex.type, timex.value) == (gold["type"], gold["value"]), gold["text"]
        assert timex.mod == gold.get("mod"), gold["text"]
        if "utc" in gold:
            assert timex.utc == gold["utc"], gold["text"]


@pytest.mark.parametrize(
    ("text", "span", "type_", "value", "mod"),
    [
        ("The plant closed on 2025-08-14 after a fire.", "2025-08-14", "DATE", "2025-08-14", None),
        ("The deal was signed on March 3, 2019, in Paris.", "March 3, 2019", "DATE", "2019-03-03", None),
        ("Sales rose in 2018 as prices fell.", "2018", "DATE", "2018", None),
        ("Profit rose in the third quarter of 2018.", "the third quarter of 2018", "DATE", "2018-Q3", None),
        ("Results for the second half of 2018 were weak.", "the second half of 2018", "DATE", "2018-H2", None),
        ("The unions met in late November.", "late November", "DATE", "2024-11", "END"),
        ("Output will recover early next year.", "early next year", "DATE", "2026", "START"),
        ("He was hired last month.", "last month", "DATE", "2025-07", None),
        ("They met last week to talk.", "last week", "DATE", "2025-W32", None),
        ("She left yesterday.", "yesterday", "DATE", "2025-08-14", None),
        ("The company is now profitable.", "now", "DATE", "PRESENT_REF", None),
        ("Prices have risen recently.", "recently", "DATE", "PAST_REF", None),
        ("Rates may fall in the near future.", "the near future", "DATE", "FUTURE_REF", None),
        ("The firm was founded three years ago.", "three years ago", "DATE", "2022", None),
        ("The war raged in the 1990s.", "1990s", "DATE", "199", None),
        ("The strike lasted two weeks.", "two weeks", "DURATION", "P2W", None),
        ("The talks lasted about two hours.", "about two hours", "DURATION", "PT2H", "APPROX"),
        ("The conflict has gone on for more than three years.", "more than three years", "DURATION", "P3Y",
         "MORE_THAN"),
        ("He served at least 18 months in prison.", "at least 18 months", "DURATION", "P18M", "EQUAL_OR_MORE"),
        ("The walk took 2 1/2 hours.", "2 1/2 hours", "DURATION", "PT2H30M", None),
        ("It signed a five-year contract.", "five-year", "DURATION", "P5Y", None),
        ("The market opens every Monday.", "every Monday", "SET", "XXXX-WXX-1", None),
        ("The show runs every weekend across the country.", "every weekend", "SET", "XXXX-WXX-WE", None),
        ("The paper is published daily.", "daily", "SET", "P1D", None),
        ("Prices doubled in January 2019 and fell in March.", "January 2019", "DATE", "2019-01", None),
        ("Costs have risen in recent years.", "recent years", "DATE", "PAST_REF", None),
        ("The bank failed in 2008. It was sold a year later.", "a year later", "DATE", "2009", None),
        ("Shops close on Thanksgiving Day.", "Thanksgiving Day", "DATE", "2025-11-27", None),
        ("The meeting was held Thursday, Aug. 14.", "Thursday, Aug. 14", "DATE", "2025-08-14", None),
        ("Rates fell earlier this month.", "earlier this month", "DATE", "2025-08", "START"),
        ("The strike ended the next week.", "the next week", "DATE", "2025-W34", None),
    ],
)
def test_value_shapes(extract: Callable[..., Record], text: str, span: str, type_: str, value: str,
                      mod: str | None) -> None:
    timex = times_of(extract, text).get(span)
    assert timex is not None, f"{span!r} not found in {text!r}"
    assert (timex.type, timex.value, timex.mod) == (type_, value, mod)


def test_set_quant_and_freq(extract: Callable[..., Record]) -> None:
    times = times_of(extract, "The board meets twice a month and visits each Tuesday.")
    assert (times["twice a month"].value, times["twice a month"].freq) == ("P1M", "2X")
    assert (times["each Tuesday"].value, times["each Tuesday"].quant) == ("XXXX-WXX-2", "EACH")


def test_weekday_direction_follows_tense(extract: Callable[..., Record]) -> None:
    past = times_of(extract, "On Wednesday he arrived in the capital.")["Wednesday"]
    future = times_of(extract, "On Wednesday he will arrive in the capital.")["Wednesday"]
    assert (past.value, future.value) == ("2025-08-13", "2025-08-20")


def test_weekday_of_publication_is_that_day(extract: Callable[..., Record]) -> None:
    assert times_of(extract, "On Friday the minister will speak.")["Friday"].value == PUBLISHED


def test_part_of_day_is_a_time(extract: Callable[..., Record]) -> None:
    timex = times_of(extract, "He spoke to reporters on Thursday morning.")["Thursday morning"]
    assert (timex.type, timex.value) == ("TIME", "2025-08-14TMO")


def test_narrative_anchor(extract: Callable[..., Record]) -> None:
    times = times_of(extract, "The bank failed in 2008. At that time nobody saw it coming. The next year it was sold.")
    assert times["that time"].value == "2008"
    assert times["The next year"].value == "2009"


@pytest.mark.parametrize(
    ("text", "span", "value", "utc", "zone"),
    [
        ("The vote closes at 10:30 p.m. Moscow time.", "10:30 p.m. Moscow time", "2025-08-15T22:30+03:00",
         "2025-08-15T19:30Z", "Europe/Moscow"),
        ("The speech starts at 9 p.m. Eastern Time.", "9 p.m. Eastern Time", "2025-08-15T21:00-04:00",
         "2025-08-16T01:00Z", "America/New_York"),
        ("The market opens at 9:30 a.m. ET on weekdays.", "9:30 a.m. ET", "2025-08-15T09:30-04:00",
         "2025-08-15T13:30Z", "America/New_York"),
        ("The launch is set for 14:00 GMT.", "14:00 GMT", "2025-08-15T14:00+00:00", "2025-08-15T14:00Z", "UTC"),
        ("The launch is set for 14:00 UTC.", "14:00 UTC", "2025-08-15T14:00+00:00", "2025-08-15T14:00Z", "UTC"),
        ("The match begins at 3 p.m. BST.", "3 p.m. BST", "2025-08-15T15:00+01:00", "2025-08-15T14:00Z",
         "Europe/London"),
        ("The leaders meet in Tokyo at 11:30 a.m. local time.", "11:30 a.m. local time", "2025-08-15T11:30+09:00",
         "2025-08-15T02:30Z", "Asia/Tokyo"),
        ("The rally in Chicago starts at 7 p.m. local.", "7 p.m. local", "2025-08-15T19:00-05:00",
         "2025-08-16T00:00Z", "America/Chicago"),
        # news writes "EST" and "PST" all year for the region's clock: in August that clock keeps summer time
        ("The market opens at 9:30 a.m. EST.", "9:30 a.m. EST", "2025-08-15T09:30-04:00", "2025-08-15T13:30Z",
         "America/New_York"),
        ("The keynote starts at 10 a.m. PST.", "10 a.m. PST", "2025-08-15T10:00-07:00", "2025-08-15T17:00Z",
         "America/Los_Angeles"),
        # ... but Arizona keeps "MST" all year
        ("The game starts at 7 p.m. MST.", "7 p.m. MST", "2025-08-15T19:00-07:00", "2025-08-16T02:00Z",
         "America/Denver"),
    ],
)
def test_time_zones(extract: Callable[..., Record], text: str, span: str, value: str, utc: str, zone: str) -> None:
    timex = times_of(extract, text)[span]
    assert (timex.type, timex.value, timex.utc, timex.timezone) == ("TIME", value, utc, zone)


def test_standard_time_in_winter_is_standard_time(extract: Callable[..., Record]) -> None:
    found = times_of(extract, "Polls close at 8 p.m. EST.", "2025-11-09")["8 p.m. EST"]
    assert (found.value, found.utc) == ("2025-11-09T20:00-05:00", "2025-11-10T01:00Z")


def test_local_time_from_the_lines_before(extract: Callable[..., Record]) -> None:
    # the sentence names no place: the one zone of the places the lines before name
    text = "Mourners gathered in Vatican City on Monday.\n\nJust after 9 a.m. local time, the doors opened."
    assert times_of(extract, text)["Just after 9 a.m. local time"].timezone == "Europe/Vatican"
    # places in several zones just before: a list, each with its own local time, so no zone
    text = ("The lights may be seen in Minnesota, Maryland and Wyoming.\n\n"
            "The best chance of seeing them is between 10 p.m. and 2 a.m. local time.")
    found = times_of(extract, text)["2 a.m. local time"]
    assert (found.timezone, found.utc) == (None, None)
    # places in several zones just before, one in the sentence's own paragraph: that one's
    text = ("Storms hit Texas and Florida on Monday.\n\n"
            "He spoke at a university in Utah on his tour. The event was scheduled for 12 p.m. local time.")
    assert times_of(extract, text)["12 p.m. local time"].timezone == "America/Denver"
    # not a place something comes from
    text = ("Storms hit Texas and Florida on Monday.\n\n"
            "The jet was a flight from Minneapolis, Minnesota. It crashed on landing at 2:45 p.m. local time.")
    assert times_of(extract, text)["2:45 p.m. local time"].timezone is None
    # the table knows the larger US cities
    text = "Officials in San Diego watched the coast.\n\n“As of 8:08 p.m. (local time) we are in an advisory area.”"
    assert times_of(extract, text)["8:08 p.m. (local time)"].timezone == "America/Los_Angeles"



def test_local_time_abroad_and_in_american_namesakes(extract: Callable[..., Record]) -> None:
    text = "A volcano erupted in Iceland on Monday.\n\nThe eruption began at 9 p.m. local time."
    assert times_of(extract, text)["9 p.m. local time"].timezone == "Atlantic/Reykjavik"
    text = "Waves may reach Guam and Saipan.\n\nThe estimated arrival in Guam is 2:37 p.m. local time."
    assert times_of(extract, text)["2:37 p.m. local time"].timezone == "Pacific/Guam"
    # a town named after a place abroad, with its county or state, is in the United States
    text = ("The quake struck 3 miles from Lebanon, Hunterdon County, New Jersey, on Friday.\n\n"
            "It occurred at 10:23 a.m. local time.")
    assert times_of(extract, text)["10:23 a.m. local time"].timezone == "America/New_York"
    assert place_zone("in Paris, Texas, on Monday", 0) == "America/Chicago"
    assert place_zone("in Paris, Tenn., on Monday", 0) is None  # not France's

@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("EAGLE PASS, Texas — Crowds gathered.", "America/Chicago"),
        ("KYIV, Ukraine (AP) — Sirens sounded.", "Europe/Kyiv"),
        ("LONDON (Reuters) - Shares fell.", "Europe/London"),
        ("AP\n\nGLENDALE, Ariz. (AP) — The teams arrived.", "America/Phoenix"),
        ("Updated 9:27 a.m. ET\n\nOKLAHOMA CITY − Storms hit.", "America/Chicago"),
        ("EL PASO, Texas — A crowd gathered.", "America/Denver"),  # the city's zone before its state's
        ("MELBOURNE, Fla. — A rocket rose.", "America/New_York"),  # a namesake on another continent
        ("The FBI — and the police — came.", None),
        ("Fans gathered.\n\nMore came.\n\nStill more.\n\nDENVER — Late news.", None),  # not among the first lines
    ],
)
def test_dateline_zone(text: str, zone: str | None) -> None:
    assert dateline_zone(text) == zone


def test_local_time_from_the_dateline(extract: Callable[..., Record]) -> None:
    # the lines just before name no place: the dateline's, not the place named last before them
    text = ("KYIV, Ukraine (AP) — Sirens sounded across the country.\n\nOfficials in Washington spoke.\n\n"
            "Crowds gathered.\n\nMore came.\n\nStill more came.\n\nThe strike hit at 9 a.m. local time.")
    assert times_of(extract, text)["9 a.m. local time"].timezone == "Europe/Kyiv"
    # several zones just before, the dateline's among them: the story's place, beside visitors
    text = ("GLENDALE, Ariz. (AP) — Fans of Philadelphia and Kansas City filled Glendale, Arizona.\n\n"
            "The teams arrived three hours before the game time 4:30 p.m. local time.")
    found = times_of(extract, text)["4:30 p.m. local time"]
    assert (found.timezone, found.utc) == ("America/Phoenix", "2025-08-15T23:30Z")
    # several zones just before, none the dateline's: the story has moved elsewhere, no zone
    text = ("EAGLE PASS, Texas — Crowds gathered.\n\nMore came.\n\nStill more came.\n\n"
            "Ships sailed from Canada to the coast of Mexico.\n\nPassengers gathered at 10 a.m. local time.")
    assert times_of(extract, text)["10 a.m. local time"].timezone is None


def test_clock_takes_the_day_named_with_it(extract: Callable[..., Record]) -> None:
    times = times_of(extract, "The truce began at 6 a.m. GMT on Sunday. Talks resume at 9 a.m. Tuesday.")
    assert times["6 a.m. GMT"].value == "2025-08-10T06:00+00:00"
    assert times["9 a.m. Tuesday"].value.startswith("2025-08-1")


def test_narrative_shift_keeps_year_granularity(extract: Callable[..., Record]) -> None:
    text = "Profit rose in the second quarter. The law passed in the spring of 2019 and changed two years later."
    assert times_of(extract, text)["two years later"].value == "2021"


def test_zone_offsets_follow_daylight_saving() -> None:
    import datetime as dt

    winter = zoned("Eastern Time", dt.date(2025, 1, 15), 9, 0)
    summer = zoned("Eastern Time", dt.date(2025, 7, 15), 9, 0)
    assert winter is not None and summer is not None
    assert (winter.offset, summer.offset) == ("-05:00", "-04:00")


def test_local_place_skips_zone_names() -> None:
    text = "The summit in Anchorage starts at 10 p.m. Moscow time (11 a.m. local)."
    assert place_zone(text, text.index("local")) == "America/Anchorage"


def test_spans_leave_out_prepositions_and_sentence_periods() -> None:
    text = "They met on Friday at 10 p.m. Then they left."
    spans = [text[c.start:c.end] for c in find_candidates(text)]
    assert spans == ["Friday", "10 p.m"]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Sales grew over the past two years.", ["the past two years"]),
        ("Its third-quarter profit fell.", ["third-quarter"]),
        ("It signed the 30-day deal within 18 months.", ["30-day", "18 months"]),
        ("The show 60 Minutes aired a segment on it.", []),
        ("He was 52 years old.", []),
    ],
)
def test_spans_follow_timeml(text: str, spans: list[str]) -> None:
    assert [text[c.start:c.end] for c in find_candidates(text)] == spans


def test_no_anchor_gives_underspecified_values(extract: Callable[..., Record]) -> None:
    times = times_of(extract, "He arrived on Friday.", None)
    assert times["Friday"].value == "XXXX-WXX-5"


def test_calendar_helpers() -> None:
    import datetime as dt

    assert point_value(dt.date(2018, 2, 14), "week") == "2018-W07"
    assert point_value(dt.date(2018, 8, 1), "quarter") == "2018-Q3"
    assert duration_value(2.5, "year") == "P2Y6M"
    assert duration_value(None, "week") == "PXW"
    assert weekday_near(dt.date(2025, 8, 15), 4, "past") == dt.date(2025, 8, 14)


def test_not_times(extract: Callable[..., Record]) -> None:
    times = times_of(extract, "You may march to the hall with 2000 people and 1990 shares.")
    assert times == {}


@pytest.mark.parametrize(
    "text",
    [
        "Less than half of the voters agreed, and a quarter of them left.",
        "He was hurt at half time during a long period of rain.",
        'The minister spoke on ABC\'s "This Week" about the talks.',
    ],
)
def test_fractions_and_titles_are_not_times(extract: Callable[..., Record], text: str) -> None:
    assert times_of(extract, text) == {}


def test_grammar_finds_times_after_a_word_that_ends_like_a_rule() -> None:
    text = "He stayed for another 10 hour session."
    assert [text[c.start:c.end] for c in find_candidates(text)] == ["10 hour"]


def test_past_weekend_on_a_weekday_is_the_one_before(extract: Callable[..., Record]) -> None:
    assert times_of(extract, "The rebels attacked over the weekend.")["the weekend"].value == "2025-W32-WE"
    assert times_of(extract, "The rebels will attack over the weekend.")["the weekend"].value == "2025-W33-WE"


def test_repeated_year_earlier_compares_with_the_same_period(extract: Callable[..., Record]) -> None:
    text = ("Net income rose to $5 million in 2024 from $4 million a year earlier. "
            "Sales rose to $9 million from $8 million a year earlier.")
    values = [t.value for t in extract(text, PUBLISHED).times if t.text == "a year earlier"]
    assert values == ["2023", "2023"]


def test_the_year(extract: Callable[..., Record]) -> None:
    times = extract("Sales for the year rose 5%. Net income in the year ended March 31 fell.", PUBLISHED).times
    assert [(t.text, t.type, t.value) for t in times] == [
        ("the year", "DATE", "2025"), ("the year", "DURATION", "P1Y"), ("March 31", "DATE", "2025-03-31")]
    assert times_of(extract, "She was named Player of the Year.") == {}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The bank announced an agreement to acquire the company in January.", "2026-01"),
        ("The firm agreed to buy the rival in January.", "2026-01"),
        ("The firm agreed in January to buy the rival.", "2025-01"),
    ],
)
def test_a_planned_act_looks_ahead(extract: Callable[..., Record], text: str, value: str) -> None:
    published = "2025-10-30"
    assert times_of(extract, text, published)["January"].value == value


def test_weekday_before_a_date_is_one_expression(extract: Callable[..., Record]) -> None:
    times = times_of(extract, "The vote was held on Monday, Aug. 11, and again on Friday Aug. 15.")
    assert times["Monday, Aug. 11"].value == "2025-08-11"
    assert times["Friday Aug. 15"].value == "2025-08-15"
    assert set(times) == {"Monday, Aug. 11", "Friday Aug. 15"}


def test_the_year_of_a_title_and_the_year_to_a_month(extract: Callable[..., Record]) -> None:
    assert times_of(extract, "It was named album of the year by critics.") == {}
    times = extract("Output grew 5% in the year to October, the fastest in the first half of the year.",
                    PUBLISHED).times
    assert [(t.text, t.type, t.value) for t in times][0] == ("the year", "DURATION", "P1Y")
    # one expression, as TimeML tags "the last half of 1989"
    assert [(t.text, t.value) for t in times][-1] == ("the first half of the year", "2025-H1")


def test_a_couple_is_two(extract: Callable[..., Record]) -> None:
    assert times_of(extract, "It will take a couple of years.")["a couple of years"].value == "P2Y"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The offer had been scheduled to expire on Thursday.", "Thursday", "2025-08-14"),
        ("The offer had been due to expire Thursday evening.", "Thursday evening", "2025-08-14TEV"),
        ("The agency has given them until Tuesday to leave.", "Tuesday", "2025-08-19"),
        ("Officials postponed until Tuesday any action on the case.", "Tuesday", "2025-08-19"),
        ("The offer is scheduled to expire on Tuesday.", "Tuesday", "2025-08-19"),
        ("Until Tuesday, the police had not named him.", "Tuesday", "2025-08-12"),
        ("The offer remains open until Tuesday.", "Tuesday", "2025-08-19"),
    ],
)
def test_past_perfect_plans_and_until(extract: Callable[..., Record], text: str, span: str, value: str) -> None:
    assert times_of(extract, text)[span].value == value


def test_this_weekend_stays_this_weeks(extract: Callable[..., Record]) -> None:
    text = "He has pulled out of this weekend's race."
    assert times_of(extract, text, "2025-08-12")["this weekend"].value == "2025-W33-WE"


@pytest.mark.parametrize(
    ("text", "published", "span", "value", "mod"),
    [
        ("The fighting resumed early Tuesday in the north.", PUBLISHED, "early Tuesday", "2025-08-12", "START"),
        ("The index closed lower on Wednesday, down 2% from the previous Friday.", PUBLISHED,
         "the previous Friday", "2025-08-08", None),
        ("Shares fell on Thursday after overnight losses in New York.", PUBLISHED, "overnight", "2025-08-13TNI",
         None),
        ("Two army helicopters crashed last February.", "2025-03-10", "last February", "2024-02", None),
        ("Two army helicopters crashed last January.", "2025-03-10", "last January", "2025-01", None),
        ("Sales for the full year were $6 billion.", PUBLISHED, "the full year", "2025", None),
        ("The bank created a new office, effective Feb. 1.", "2025-10-30", "Feb. 1", "2026-02-01", None),
        ("The pact, effective June 1, raised wages.", "2025-10-30", "June 1", "2025-06-01", None),
    ],
)
def test_values_told_by_context(extract: Callable[..., Record], text: str, published: str, span: str, value: str,
                                mod: str | None) -> None:
    timex = times_of(extract, text, published)[span]
    assert (timex.value, timex.mod) == (value, mod)


def test_the_day_before_a_clause_is_not_a_shift(extract: Callable[..., Record]) -> None:
    times = times_of(extract, "He was last seen on Aug. 3, the day before police issued a warrant.")
    assert "the day before" not in times
    times = times_of(extract, "The talks ended on Aug. 3. The day before, the envoys had met.")
    assert times["The day before"].value == "2025-08-02"


def test_nine_months_turn_a_year_earlier_to_the_year(extract: Callable[..., Record]) -> None:
    text = ("Profit rose 5% in the third quarter. For the nine months, net was $5 million, "
            "up from $4 million a year earlier.")
    assert times_of(extract, text, "2025-10-30")["a year earlier"].value == "2024"


@pytest.mark.parametrize(
    ("text", "span", "type_", "value"),
    [
        ("The strike began at midnight Friday.", "midnight Friday", "TIME", "2025-08-15T24:00"),
        ("It happened on Friday the 13th.", "Friday the 13th", "DATE", "2025-06-13"),
        ("The vote will be held on Friday the 13th.", "Friday the 13th", "DATE", "2026-02-13"),
        ("Protesters planned a large demonstration on Saturday.", "Saturday", "DATE", "2025-08-16"),
        ("Police expect a large crowd on Monday.", "Monday", "DATE", "2025-08-18"),
        ("The group had planned a rally on Monday.", "Monday", "DATE", "2025-08-11"),
        # an occasion a past verb announces or asks for is dated nearest, not before the publication
        ("The network announced a second debate on Nov. 10.", "Nov. 10", "DATE", "2025-11-10"),
        ("His campaign called for more debates in October.", "October", "DATE", "2025-10"),
        ("She announced her resignation in November.", "November", "DATE", "2024-11"),
    ],
)
def test_named_days(extract: Callable[..., Record], text: str, span: str, type_: str, value: str) -> None:
    timex = times_of(extract, text)[span]
    assert (timex.type, timex.value) == (type_, value)


def test_the_tail_of_a_race_time_is_no_duration(extract: Callable[..., Record]) -> None:
    found = times_of(extract, "His pole lap of 1:11.365 seconds was 0.084 seconds faster, by .084 seconds.")
    assert list(found) == ["1:11.365 seconds", "0.084 seconds"]  # the race time is one (test_timex_laps)
    assert found["1:11.365 seconds"].value == "PT1M11.365S"



@pytest.mark.parametrize(
    ("text", "span", "type_", "value"),
    [
        ("He hopes he will one day fly again.", "one day", "DATE", "FUTURE_REF"),
        ("One day, he walked into the bar.", "One day", "DATE", "PAST_REF"),
        ("The strike lasted one day.", "one day", "DURATION", "P1D"),
        ("He was shot at 4 in the morning.", "4 in the morning", "TIME", "2025-08-15T04:00"),
        ("The bar closed at ten in the evening.", "ten in the evening", "TIME", "2025-08-15T22:00"),
        ("A hearing is set for the week of March 6, 2026.", "the week of March 6, 2026", "DATE", "2026-W10"),
        ("He was shot to death last Oct. 23 at home.", "last Oct. 23", "DATE", "2024-10-23"),
        ("It was cold in January nineteen ninety-seven.", "January nineteen ninety-seven", "DATE", "1997-01"),
        ("Snow fell in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "DATE", "1994-WI"),
    ],
)
def test_more_shapes(extract: Callable[..., Record], text: str, span: str, type_: str, value: str) -> None:
    timex = times_of(extract, text)[span]
    assert (timex.type, timex.value) == (type_, value)


def test_rates_and_idioms_are_not_times(extract: Callable[..., Record]) -> None:
    assert times_of(extract, "The chip runs 15 million instructions per second.") == {}
    assert times_of(extract, "For the people, high noon comes today.").keys() == {"today"}


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        ("Profit fell in the third quarter. Analysts expect the slump to go on into the fourth quarter. "
         "In the year-ago period, it earned $5 million.", "2025-10-26", "the year-ago period", "2024-Q3"),
        ("The company posted a loss for its fiscal fourth quarter. Sales in the latest period fell 3%.",
         "2025-11-02", "the latest period", "2025-Q4"),
        ("Sales in the latest fiscal year were $7 billion.", PUBLISHED, "the latest fiscal year", "2024"),
    ],
)
def test_the_quarter_a_story_reports(extract: Callable[..., Record], text: str, published: str, span: str,
                                     value: str) -> None:
    assert times_of(extract, text, published)[span].value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Voters go to the polls on Sunday.", "2025-08-17"),
        ("Ministers meet on Monday to discuss the plan.", "2025-08-18"),
        ("Weakness in big stocks hurt the index on Monday.", "2025-08-11"),
        ("The minister said on Monday that talks will resume.", "2025-08-11"),
        ("The minister said talks will resume on Monday.", "2025-08-18"),
    ],
)
def test_a_timetable_in_the_present_looks_ahead(extract: Callable[..., Record], text: str, value: str) -> None:
    times = times_of(extract, text, "2025-08-13")
    assert [t.value for t in times.values()] == [value]


def test_that_day_needs_a_day_told(extract: Callable[..., Record]) -> None:
    times = times_of(extract, "The plant opened in 1987. Traders made big losses that day.")
    assert set(times) == {"1987"}
    times = times_of(extract, "The plant opened on March 3, 1987. Traders made big losses that day.")
    assert times["that day"].value == "1987-03-03"


def test_several_quarters_and_a_hundred_years(extract: Callable[..., Record]) -> None:
    times = times_of(extract, "It returned to profit after several quarters of losses, its first in a hundred years.")
    assert (times["several quarters"].value, times["a hundred years"].value) == ("PXQ", "P100Y")
    assert times_of(extract, "Three quarters of the staff quit.") == {}


@pytest.mark.parametrize(
    ("text", "span", "type_", "value", "mod"),
    [
        ("Prices fell 5% over the past 12 months.", "the past 12 months", "DURATION", "P12M", None),
        ("Prices rose for over 12 months.", "over 12 months", "DURATION", "P12M", "MORE_THAN"),
        ("The plane landed in Beijing at 0200 GMT.", "0200 GMT", "TIME", "2025-08-15T02:00+00:00", None),
        ("Incomes have stagnated over the past decade.", "the past decade", "DURATION", "P10Y", None),
    ],
)
def test_wire_service_shapes(extract: Callable[..., Record], text: str, span: str, type_: str, value: str,
                             mod: str | None) -> None:
    timex = times_of(extract, text)[span]
    assert (timex.type, timex.value, timex.mod) == (type_, value, mod)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Results are due in the second half.", "the second half", "2025-H2"),
        ("The payment was due on Thursday.", "Thursday", "2025-08-14"),
        ("The report, due on Thursday, will show growth.", "Thursday", "2025-08-21"),
        ("The war lasted from 2003 to 2011.", "2003", "2003"),
    ],
)
def test_due_and_year_ranges(extract: Callable[..., Record], text: str, span: str, value: str) -> None:
    assert times_of(extract, text, "2025-08-15")[span].value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The gala is held on the first Monday in May.", "the first Monday in May", "2026-05-04"),
        ("The vote is on the second Tuesday of March 2024.", "the second Tuesday of March 2024", "2024-03-12"),
        ("Thanksgiving falls on the 4th Thursday in November.", "the 4th Thursday in November", "2025-11-27"),
        # a rule told for every year names no year
        ("Summer time ends on the first Sunday of November each year.", "the first Sunday of November", "XXXX-11"),
    ],
)
def test_a_weekday_by_its_place_in_the_month(extract: Callable[..., Record], text: str, span: str, value: str) -> None:
    assert times_of(extract, text)[span].value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Pilgrims gathered in Rome for Easter.", "Easter", "2025-04-20"),
        ("Shops were shut on Good Friday.", "Good Friday", "2025-04-18"),
        ("Voters will go to the polls on Election Day.", "Election Day", "2025-11-04"),
        ("Easter 2024 was cold.", "Easter 2024", "2024-03-31"),
        ("Parades are held on Labor Day.", "Labor Day", "2025-09-01"),
        # named days whose weekday is part of the name: not the nearest such weekday
        ("Stores opened early on Black Friday.", "Black Friday", "2024-11-29"),
        ("Shoppers spent more on Cyber Monday 2024.", "Cyber Monday 2024", "2024-12-02"),
        ("Voters in 15 states went to the polls on Super Tuesday.", "Super Tuesday", "2025-03-04"),
        ("Lent begins on Ash Wednesday.", "Ash Wednesday", "2026-02-18"),
        ("Florists are busy before Mother’s Day.", "Mother’s Day", "2025-05-11"),
        ("Banks close on Martin Luther King Jr. Day.", "Martin Luther King Jr. Day", "2026-01-19"),
        ("Some cities mark Indigenous Peoples' Day.", "Indigenous Peoples' Day", "2025-10-13"),
        ("Federal offices close on Juneteenth.", "Juneteenth", "2025-06-19"),
    ],
)
def test_moving_holidays(extract: Callable[..., Record], text: str, span: str, value: str) -> None:
    assert times_of(extract, text)[span].value == value


def test_the_fall_and_names_of_papers(extract: Callable[..., Record]) -> None:
    assert times_of(extract, "Weak exports were blamed for the fall.") == {}
    assert times_of(extract, "The fall in prices hurt farmers.") == {}
    assert times_of(extract, "Prices rose in the fall.", "2025-03-16")["the fall"].value == "2024-FA"
    assert times_of(extract, "Talks will resume in the fall.", "2025-03-16")["the fall"].value == "2025-FA"
    assert times_of(extract, "He told the LA Daily News and Entertainment Weekly.") == {}


def test_names_and_adjectives_that_look_like_times(extract: Callable[..., Record]) -> None:
    assert set(times_of(extract, "He flew to Poland for Holocaust Memorial Day on 27 January.")) == {"27 January"}
    assert times_of(extract, "He was thwarted by the present Tory spokesman.") == {}
    assert times_of(extract, "Prices have risen from 1990 to the present.")["the present"].value == "PRESENT_REF"
    assert times_of(extract, "A poll of 500 21 to 25-year olds was taken.") == {}


def test_years_and_today_in_names(extract: Callable[..., Record]) -> None:
    assert times_of(extract, "They moved from Windows 2000 to a newer system.") == {}
    assert set(times_of(extract, "In 2000, prices rose. The firm's 1999 profit and Fiscal 1998 were weak.")) == {
        "2000", "1999", "Fiscal 1998"}
    assert times_of(extract, "It led on Radio 4's Today programme.") == {}
    assert times_of(extract, "``Today is a sad day,'' he said.")["Today"].value == PUBLISHED


def test_that_opening_a_clause_is_not_an_anaphor(extract: Callable[..., Record]) -> None:
    assert times_of(extract, "He is aware that time is running out.") == {}


def test_a_side_remark_quarter_is_not_the_story_s(extract: Callable[..., Record]) -> None:
    text = ("Net rose 20% in the third quarter. After a flat second quarter, sales recovered. "
            "Charges were taken in the year-earlier period.")
    assert times_of(extract, text, "2025-11-01")["the year-earlier period"].value == "2024-Q3"
    text = "It reported a third-quarter loss, against a profit in the year-earlier period."
    assert times_of(extract, text, "2025-11-01")["the year-earlier period"].value == "2024-Q3"


def test_a_race_time_is_not_a_time_of_day(extract: Callable[..., Record]) -> None:
    times = times_of(extract, "She won the marathon in 2:14:05, and the awards began at 4:30 p.m. Sunday.")
    assert set(times) == {"4:30 p.m. Sunday"}


@pytest.mark.parametrize(
    "text",
    [
        'The sequel "The Next 12 Months" led the nominations.',
        'The band closed with "Saturday Night Forever" to loud cheers.',
        'They walked on to the theme of "1999: A Harbor Story" with the lights down.',
    ],
)
def test_a_time_inside_a_quoted_title_is_not_a_time(extract: Callable[..., Record], text: str) -> None:
    assert times_of(extract, text) == {}


def test_quoted_speech_keeps_its_times(extract: Callable[..., Record]) -> None:
    times = times_of(extract, '"We will vote on the plan tomorrow," the mayor said Thursday.')
    assert set(times) == {"tomorrow", "Thursday"}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a thing expected or scheduled, with no past auxiliary, lies ahead
        ("The almanac calls for heavy snow expected in late February.", "late February", "2026-02"),
        ("The state fair is scheduled for June 12 in the capital.", "June 12", "2026-06-12"),
        ("It's scheduled for June 12 at the arena.", "June 12", "2026-06-12"),
        # unless the clause it hangs on tells the past
        ("A hearing scheduled for June 12 was cancelled by the judge.", "June 12", "2025-06-12"),
        # or it only compares
        ("Sales were stronger than expected in June, the company said.", "June", "2025-06"),
    ],
)
def test_an_expected_thing_lies_ahead(extract: Callable[..., Record], text: str, span: str, value: str) -> None:
    assert times_of(extract, text, "2025-10-30")[span].value == value


def test_a_clock_takes_the_date_named_after_it(extract: Callable[..., Record]) -> None:
    # the date after the weekday decides, and a second clock in another zone shares it
    times = times_of(extract, "The finale airs at 9 p.m. ET/6 p.m. PT on Monday, Aug. 25, on the network.")
    assert times["9 p.m. ET"].value == "2025-08-25T21:00-04:00"
    assert times["6 p.m. PT"].value == "2025-08-25T18:00-07:00"
    times = times_of(extract, "Doors opened at 8 p.m. on Tuesday, Aug. 5, the band said.")
    assert times["8 p.m."].value == "2025-08-05T20:00"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a modal leaves the side open: the nearest weekday, not the last one an untensed weekday takes
        ("The storm may reach the coast on Monday, forecasters said.", "Monday", "2025-08-18"),
        ("You can catch up on Wednesday's hearing online.", "Wednesday", "2025-08-13"),
        # a month (or a date) under a modal is one to come
        ("The party can win the seat in March.", "March", "2026-03"),
        ("Fans should arrive early on March 3, the club said.", "March 3", "2026-03-03"),
        # a perfect after the modal still tells the past
        ("The suspect may have fled on Tuesday, police said.", "Tuesday", "2025-08-12"),
    ],
)
def test_a_modal_leaves_the_side_open(extract: Callable[..., Record], text: str, span: str, value: str) -> None:
    assert times_of(extract, text)[span].value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Odds are as of Thursday evening.", "Thursday evening", "2025-08-14TEV"),
        ("As of Wednesday, 3,000 homes are without power.", "Wednesday", "2025-08-13"),
        ("The shelter will stay open, as of Friday.", "Friday", "2025-08-15"),
    ],
)
def test_as_of_a_weekday_looks_back(extract: Callable[..., Record], text: str, span: str, value: str) -> None:
    assert times_of(extract, text)[span].value == value


def test_a_weekday_range_and_any_such_day(extract: Callable[..., Record]) -> None:
    times = times_of(extract, "Sign up for the newsletter, sent every Monday through Friday morning.")
    assert set(times) == {"every Monday through Friday morning"}
    assert (times["every Monday through Friday morning"].type, times["every Monday through Friday morning"].value) == (
        "SET", "XXXX-XX-XXTMO")
    assert times_of(extract, "The choir sings every Sunday morning.")["every Sunday morning"].value == "XXXX-WXX-7TMO"
    assert times_of(extract, "Clocks change at 2 a.m. on a Sunday in the spring.")["Sunday"].value == "XXXX-WXX-7"
    # a weekday that dates a noun is that week's day
    assert times_of(extract, "The mayor spoke during a Thursday briefing.")["Thursday"].value == "2025-08-14"
    assert set(times_of(extract, "The pool is open every day through Friday.")) == {"every day", "Friday"}


@pytest.mark.parametrize(
    "text",
    [
        "The governor is seeking a second term in the fall election.",
        "The team won for a second straight year.",
        "She asked for a second opinion.",
    ],
)
def test_a_second_before_a_noun_is_the_ordinal(extract: Callable[..., Record], text: str) -> None:
    assert "a second" not in times_of(extract, text)


def test_a_second_alone_is_a_length(extract: Callable[..., Record]) -> None:
    assert times_of(extract, "He paused for a second, then spoke.")["a second"].value == "PT1S"


@pytest.mark.parametrize(
    "text",
    [
        "The Hawks took a 21-17 lead with 3:12 left in the third quarter.",
        "Neither team scored in the final 2:40 of the half.",
        "She won the heat in 1:58.34, a season best.",
        "The kick with 0:45 to play was wide.",
        # the clock shown, a part of the game, time taken or held, a race time, a countdown
        "The Hawks led 62-49 with 14:04 on the clock.",
        "The Owls went 3:20 without a field goal.",
        "With 7:23 in the third quarter, Jones hit a layup.",
        "His 3-pointer at 4:47 of the third quarter gave them the lead.",
        "The Jets trailed 17-12 with 6:26 until halftime.",
        "The drive took 5:07 off the clock.",
        "The drive took 7:45.",
        "The Hawks had a 21:54 to 8:06 advantage in time of possession.",
        "Hawks field goal (14:03) — Jane Roe, 54 yards",
        "She pinned her opponent in 1:12.",
        "He ran a 4:05 mile at the meet.",
        "She finished fourth in a time of 2:09.",
        "The 2:24 countdown ticked down on the screen.",
        "The suit was filed as Case No. 1:21-cv-02182 in the court.",
        # a drive's length, a possession held, lengths compared, a week's number, a verse, a goal's clock
        "The scoring drive went 75 yards in just six plays and 3:12.",
        "They had the ball for 21:54 compared to just 8:06 for the Owls.",
        "Games averaged 2 hours, 38 minutes this year, down from 3:11 in 2021.",
        "NFL WEEK 12:32 things we learned",
        "The pastor read from John 3:16 at the service.",
        "His third goal was scored into an empty net at 14:06 and the Hawks won.",
        "Roe scored on the power play at 15:21 to tie it.",
    ],
)
def test_a_clock_of_play_is_not_a_time_of_day(extract: Callable[..., Record], text: str) -> None:
    assert not [t for t in extract(text, PUBLISHED).times if t.type == "TIME"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The range opened at 7:35 a.m. and the putting green at 7:45, pushing tee times back.", "7:45"),
        ("She was found at 8:30 in the morning near the school.", "8:30"),
        ("The gala is set for 5:30 at the hall.", "5:30"),
        ("As of 10:40 he was still the lone man on the hill.", "10:40"),
        ("Yoga runs 9-10:30 a.m. and 10:30-noon at the brewery.", "10:30"),
        ("The usual start time of 4:05 or 4:25 p.m. ET was moved.", "4:05"),
        ("Her goal is to arrive by 14:00 in Berlin.", "14:00"),  # a goal, but not one scored
        ("The vote was held at 15:30 and the session closed.", "15:30"),
    ],
)
def test_a_bare_clock_of_the_day_stays_a_time(extract: Callable[..., Record], text: str, span: str) -> None:
    assert times_of(extract, text)[span].type == "TIME"


def test_a_clock_range_takes_the_half_of_the_day_of_its_end(extract: Callable[..., Record]) -> None:
    times = times_of(extract, "The fair runs from 5:30 to 8:30 p.m. Friday, and the sale from 11:30 to 1 p.m.")
    assert times["5:30"].value == "2025-08-15T17:30"
    assert times["11:30"].value.endswith("T11:30")


def test_a_show_named_for_a_night_is_not_a_time(extract: Callable[..., Record]) -> None:
    text = "The quarterback will be on the call for Monday Night Football when the season opens next month."
    assert set(times_of(extract, text)) == {"next month"}
    # a title-case headline keeps its time
    assert "Tuesday Night" in times_of(extract, "Storms Hit Tuesday Night In Ohio")


@pytest.mark.parametrize(
    "text",
    [
        "The Winter Games include different sports than the Summer Games.",
        "Fans gathered in Fall River to watch the parade.",
        "Yankees executives spoke at the Winter Meetings in Nashville.",
        "Where are the next Summer Olympics?",
    ],
)
def test_a_season_inside_a_name_is_no_time(extract: Callable[..., Record], text: str) -> None:
    assert extract(text, "2024-08-09").times == []


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        # a clock time with its weekday and date is one expression, on that date
        ("The government will shut down at 12:01 a.m. Sunday, Oct. 1 if lawmakers fail.", "2023-09-28",
         "12:01 a.m. Sunday, Oct. 1", "2023-10-01T00:01"),
        # the weekday tells the year: March 10 is a Sunday in 2024, not in 2023
        ("Daylight saving time for 2024 will begin at 2 a.m. Sunday, March 10.", "2023-11-04",
         "2 a.m. Sunday, March 10", "2024-03-10T02:00"),
        # a year the text writes elsewhere with that day does not outweigh the weekday
        ("Black History Month began on Feb. 1, 1865. National Freedom Day is Saturday, Feb. 1.", "2025-01-20",
         "Saturday, Feb. 1", "2025-02-01"),
    ],
)
def test_a_weekday_with_its_date(extract: Callable[..., Record], text: str, published: str, span: str,
                                 value: str) -> None:
    found = {t.text: t.value for t in extract(text, published).times}
    assert found[span] == value


@pytest.mark.parametrize(
    "text",
    [
        "In a swift response, U.S. Rep. August Pfluger introduced a bill.",  # a given name after a title
        "Reporter April Ryan asked the question.",
        "The former host of This Morning insisted he did not.",  # a show
    ],
)
def test_a_calendar_word_in_a_name_is_no_time(extract: Callable[..., Record], text: str) -> None:
    assert extract(text, "2023-11-19").times == []



def test_since_beside_another_preposition_looks_back(extract: Callable[..., Record]) -> None:
    # the parser hangs "since" beside "after", not above it: the day still lies before the publication
    text = "Investigators have been searching for the suspect since shortly after the Oct. 23 slaying."
    assert {t.text: t.value for t in extract(text, "1999-05-06").times} == {"Oct. 23": "1998-10-23"}
