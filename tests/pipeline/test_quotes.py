"""The quotes layer: quotation marks, direct/partial/indirect speech, cues, sources and speakers."""

from __future__ import annotations

import pytest
from quote_cases import colon_quotes, colon_sources

from newsgraph.model import Article, Quote, Record
from newsgraph.pipeline import Extractor
from newsgraph.pipeline.quotemarks import find_quotations


def quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in find_quotations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “we will win,” and “soon”.", ["“we will win,”", "“soon”"]),
        ('He said "we will win" and left.', ['"we will win"']),
        ("Il a dit «nous gagnerons» hier.", ["«nous gagnerons»"]),
        ("Er sagte „wir gewinnen“ gestern.", ["„wir gewinnen“"]),
        ("The players’ union said ‘no deal’ in the ’90s.", ["‘no deal’"]),
        ("He’s “sure ‘they’ know” it.", ["“sure ‘they’ know”"]),
        ("A “first paragraph.\n“Second paragraph.” Done.", ["“first paragraph.\n“Second paragraph.”"]),
        ("An “unclosed mark.\nNext paragraph.", []),
        ("He said, ''We're fine.'' Its ''Hot Seat'' aired.", ["''We're fine.''", "''Hot Seat''"]),
        ("''One paragraph.\n\n''And the next,'' she said.", ["''One paragraph.\n\n''And the next,''"]),
        ("It's the players'' choice. Bob's book.", []),
        ("Done.\n”Opened the wrong way.” ― Ann Lee", ["”Opened the wrong way.”"]),
    ],
)
def test_quotation_marks(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def run(extractor: Extractor, text: str) -> list[Quote]:
    record: Record = extractor.extract(Article(text))
    for quote in record.quotes:
        assert text[quote.start : quote.end] == quote.text
        for part in (quote.source, quote.cue):
            assert part is None or text[part.start : part.end] == part.text
    return record.quotes


def only(quotes: list[Quote], kind: str) -> list[Quote]:
    return [q for q in quotes if q.kind == kind]


def test_split_direct_quote_shares_cue_and_source(quotes_only: Extractor) -> None:
    text = "“I think we will win this race,” Mary Jones said, “and we will win it by a lot.”"
    quotes = run(quotes_only, text)
    direct = only(quotes, "direct")
    assert [q.text for q in direct] == ["“I think we will win this race,”", "“and we will win it by a lot.”"]
    assert {(q.cue.text, q.source.text) for q in direct if q.cue and q.source} == {("said", "Mary Jones")}


def test_partial_quote_governed_by_describing_verb(quotes_only: Extractor) -> None:
    quotes = run(quotes_only, "The senator described the bill as a “disaster” for farmers.")
    partial = only(quotes, "partial")
    assert [q.text for q in partial] == ["“disaster”"]
    assert partial[0].cue and partial[0].cue.text == "described"
    assert partial[0].source and partial[0].source.text == "The senator"
    indirect = only(quotes, "indirect")
    assert [q.text for q in indirect] == ["the bill as a “disaster” for farmers"]


def test_indirect_content_ends_over_the_closing_mark_of_a_quoted_word(quotes_only: Extractor) -> None:
    quotes = run(quotes_only, "The senator called the bill a “disaster” and said it would fail.")
    assert "the bill a “disaster”" in [q.text for q in only(quotes, "indirect")]


def test_indirect_speech_content_is_the_clause(quotes_only: Extractor) -> None:
    quotes = run(quotes_only, "The finance minister said that the talks would resume next week.")
    (quote,) = quotes
    assert quote.kind == "indirect"
    assert quote.text.endswith("the talks would resume next week")
    assert quote.cue and quote.cue.text == "said"
    assert quote.source and quote.source.text == "The finance minister"


def test_according_to_names_a_source_that_is_no_person(quotes_only: Extractor) -> None:
    quotes = run(quotes_only, "The bridge was closed for urgent repairs, according to city records.")
    (quote,) = quotes
    assert quote.kind == "indirect"
    assert quote.text == "The bridge was closed for urgent repairs"
    assert quote.cue and quote.cue.text == "according to"
    assert quote.source and quote.source.text == "city records"
    assert quote.speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "She spoke on the network’s “Morning Report” on Sunday.",
        "Dwayne “The Rock” Johnson arrived at the premiere.",
        "The so-called “experts” were wrong about the storm.",
        "The senator was interviewed on “The Evening Report” yesterday.",
    ],
)
def test_titles_nicknames_and_scare_quotes_are_not_speech(quotes_only: Extractor, text: str) -> None:
    assert [q for q in run(quotes_only, text) if q.kind != "indirect"] == []


def test_pronoun_speaker_falls_back_to_the_last_person_subject(quotes_only: Extractor) -> None:
    text = "Mary Jones arrived late on Tuesday. Later, she noted, “We are ready to go home now.”"
    (quote,) = only(run(quotes_only, text), "direct")
    assert quote.source and quote.source.text == "she"
    assert quote.cue and quote.cue.text == "noted"
    assert quote.speaker_name == "Mary Jones"


def test_quote_without_cue_continues_the_previous_speaker(quotes_only: Extractor) -> None:
    text = "“We are ready for the vote,” Mary Jones said.\n“The team has worked hard for this moment.”"
    first, second = only(run(quotes_only, text), "direct")
    assert second.text == "“The team has worked hard for this moment.”"
    assert second.source == first.source and second.speaker_name == first.speaker_name


def test_quote_over_several_paragraphs_is_one_quote(quotes_only: Extractor) -> None:
    text = "Mary Jones said: “We trained for a year.\n“We will win the final.”"
    (quote,) = only(run(quotes_only, text), "direct")
    assert quote.text == "“We trained for a year.\n“We will win the final.”"
    assert quote.source and quote.source.text == "Mary Jones"


def test_reference_article_quotes(reference_record: Record, reference_gold: dict) -> None:
    """Exactly the gold direct and partial quotes, each with its speaker and cue; no title."""
    names = {e["id"]: e for e in reference_gold["entities"]}
    found = {(q.start, q.end): q for q in reference_record.quotes if q.kind in ("direct", "partial")}
    assert sorted(found) == sorted((g["start"], g["end"]) for g in reference_gold["quotes"])
    entities = {e.id: e for e in reference_record.entities}
    for gold in reference_gold["quotes"]:
        quote = found[(gold["start"], gold["end"])]
        assert quote.kind == gold["kind"]
        assert quote.cue and quote.cue.text == gold["cue"]["text"] and quote.cue.start == gold["cue"]["start"]
        gold_speaker = names[gold["speaker"]]
        assert quote.speaker in entities, f"{quote.text}: speaker not resolved to an entity"
        spans = {(m.start, m.end) for m in entities[quote.speaker].mentions if m.kind == "name"}
        gold_spans = {(m["start"], m["end"]) for m in gold_speaker["mentions"]}
        found_name = entities[quote.speaker].name
        assert spans & gold_spans, f"{quote.text}: speaker {found_name!r}, not {gold_speaker['name']!r}"
    for not_quote in reference_gold["not_quotes"]:
        assert not [q for q in found.values() if q.start < not_quote["end"] and not_quote["start"] < q.end]


def test_reference_article_indirect_attributions(reference_record: Record, reference_gold: dict) -> None:
    """Every gold indirect attribution has a predicted quote overlapping its content, with its cue."""
    for gold in reference_gold["indirect_attributions"]:
        hits = [q for q in reference_record.quotes
                if q.start < gold["end"] and gold["start"] < q.end and q.cue and q.cue.start == gold["cue"]["start"]]
        assert hits, f"missed: {gold['text']}"
        assert any(q.source and q.source.text == gold["source"]["text"] for q in hits)


def test_colon_introduces_a_quote(quotes_only: Extractor) -> None:
    text = "The senator answered the critics on Monday:\n“We have done nothing wrong.”"
    (quote,) = only(run(quotes_only, text), "direct")
    assert quote.source and quote.source.text == "The senator"
    assert quote.cue and quote.cue.text == "answered"


def test_cue_in_another_paragraph_does_not_take_a_quote(quotes_only: Extractor) -> None:
    text = "“We will appeal the ruling,” Mary Jones said.\n“The court got it wrong.”\nRivals say it will fail."
    first, second = only(run(quotes_only, text), "direct")
    assert second.cue == first.cue and second.source == first.source


def test_calling_something_a_quoted_name_is_a_partial_quote(quotes_only: Extractor) -> None:
    quotes = run(quotes_only, "The governor called the new tax “a disaster for families” in a speech.")
    (partial,) = only(quotes, "partial")
    assert partial.text == "“a disaster for families”"
    assert partial.cue and partial.cue.text == "called"
    assert partial.source and partial.source.text == "The governor"


def test_claim_noun_with_that_clause_is_an_indirect_report(quotes_only: Extractor) -> None:
    quotes = run(quotes_only, "Engineers doubted the mayor’s claim that the old bridge is safe.")
    claims = [q for q in quotes if q.cue and q.cue.text == "claim"]
    assert [q.text for q in claims] == ["that the old bridge is safe"]
    assert claims[0].source and claims[0].source.text.startswith("the mayor")


def test_doubled_apostrophes_quote_like_double_marks(quotes_only: Extractor) -> None:
    text = "''We will not raise taxes on the middle class,'' Mary Jones said on Monday."
    direct = only(run(quotes_only, text), "direct")
    assert [(q.text, q.cue.text if q.cue else None) for q in direct] == [
        ("''We will not raise taxes on the middle class,''", "said")
    ]


def test_quote_signed_with_a_dash_names_its_speaker(quotes_only: Extractor) -> None:
    text = "“I am worried about the future of this town.”\u00a0― Maria Lopez\n“Next one.” — Tom Reed"
    direct = only(run(quotes_only, text), "direct")
    assert [(q.cue.text, q.source.text) for q in direct if q.cue and q.source] == [
        ("―", "Maria Lopez"),
        ("—", "Tom Reed"),
    ]


def test_dash_after_a_quote_before_a_clause_is_no_signature(quotes_only: Extractor) -> None:
    text = "“We will win this race.” — and then the crowd went home happy."
    direct = only(run(quotes_only, text), "direct")
    assert all(q.cue is None or q.cue.text not in "―—" for q in direct)


def test_speech_verb_right_after_a_question_is_its_cue(quotes_only: Extractor) -> None:
    text = "“Who would have believed that we would win so many votes this year?” Mary Jones said, smiling."
    direct = only(run(quotes_only, text), "direct")
    assert [(q.cue.text, q.source.text) for q in direct if q.cue and q.source] == [("said", "Mary Jones")]


def test_transcript_turns_are_said_by_their_speaker_label(quotes_only: Extractor) -> None:
    text = (
        "The interview went on.\n\n"
        "\"JONES: We are going to win this state by a lot of votes.\n\n"
        "\"SMITH: I do not think that the polls show that at all.\"\n\n"
        "UPDATE: This story has been changed to add a comment."
    )
    quotes = run(quotes_only, text)
    turns = {(q.source.text, q.text) for q in quotes if q.cue and q.cue.text == ":" and q.source}
    assert turns == {
        ("JONES", "We are going to win this state by a lot of votes."),
        ("SMITH", "I do not think that the polls show that at all."),
    }


def test_a_page_section_label_is_no_speaker(quotes_only: Extractor) -> None:
    text = (
        "The team won again.\n\n"
        "NFL STATS CENTRAL: The latest NFL scores, schedules, odds, stats and more.\n\n"
        "HOT STOVE UPDATES: Ranking and tracking the top players available.\n\n"
        "City Answers: What is going on with the public safety building?"
    )
    assert colon_quotes(run(quotes_only, text)) == []


def test_a_place_heading_a_section_is_no_speaker(quotes_only: Extractor) -> None:
    text = (
        "The races to watch.\n\n"
        "Michigan: U.S. Senate seat\n\n"
        "Slotkin leads in the polls.\n\n"
        "Michigan: 7th Congressional District\n\n"
        "TRUMP: We are going to win Michigan."
    )
    sources = sorted(colon_sources(run(quotes_only, text)))
    assert sources == ["TRUMP"]


def test_a_schedule_line_is_no_speech(quotes_only: Extractor) -> None:
    text = (
        "Trick-or-treat hours across the county.\n\n"
        "Hanover: 6 to 8 p.m. Oct. 24\n\n"
        "Most towns set the same hours this year.\n\n"
        "Jacobus: 6 to 8 p.m. Oct. 31\n\n"
        "Officials urged drivers to slow down."
    )
    assert colon_quotes(run(quotes_only, text)) == []


def test_a_list_entry_headed_by_a_body_is_no_speech(quotes_only: Extractor) -> None:
    text = (
        "Where the firings happened.\n\n"
        "Consumer Financial Protection Bureau: Layoffs and a court challenge\n\n"
        "The agency was hit hard.\n\n"
        "Environmental Protection Agency: 388 firings at federal agency\n\n"
        "The Pentagon issued a note.\n\n"
        "Pentagon: Troops will stay in the region"
    )
    sources = colon_sources(run(quotes_only, text))
    assert sources == ["Pentagon"]


def test_reporting_clause_after_a_comma_reports_the_clause_before(quotes_only: Extractor) -> None:
    text = "The governor will veto the budget bill next week, said Mr. Barrett, the state's lawyer."
    indirect = only(run(quotes_only, text), "indirect")
    assert [(q.text, q.cue.text if q.cue else None) for q in indirect] == [
        ("The governor will veto the budget bill next week", "said")
    ]


def test_name_right_before_a_speech_verb_speaks_it(quotes_only: Extractor) -> None:
    text = "In a radio interview Mary Jones declared “we will not raise taxes on the middle class.”"
    quotes = [q for q in run(quotes_only, text) if q.cue and q.cue.text == "declared"]
    assert quotes and all(q.source and q.source.text.endswith("Jones") for q in quotes)


def test_according_to_a_name_then_a_comma_reports_the_clause_after(quotes_only: Extractor) -> None:
    text = "According to radio host Mary Jones, the move reeks of fear and desperation."
    indirect = [q for q in run(quotes_only, text) if q.cue and q.cue.text == "According to"]
    assert [(q.text, q.source.text if q.source else None) for q in indirect] == [
        ("the move reeks of fear and desperation", "radio host Mary Jones")
    ]


def test_sentence_after_a_full_stop_quote_keeps_its_own_verb(quotes_only: Extractor) -> None:
    text = (
        "“We are ready for the race,” Mary Jones said. “The crowd here is always great and I love it.” "
        "The champion says she is in good shape."
    )
    direct = only(run(quotes_only, text), "direct")
    assert [q.cue.text for q in direct if q.cue] == ["said", "said"]


def test_quote_ending_a_paragraph_keeps_its_speaker_not_the_next_paragraphs_verb(quotes_only: Extractor) -> None:
    text = ("“The house of cards is falling down,” the organiser said. “We are not going anywhere.”\n\n"
            "Jane Smith said the party leaders were too concerned with themselves.")
    quotes = run(quotes_only, text)
    direct = only(quotes, "direct")
    assert all(q.source and q.source.text == "the organiser" for q in direct)
    indirect = only(quotes, "indirect")
    assert [(q.text, q.source.text if q.source else None) for q in indirect] == [
        ("the party leaders were too concerned with themselves", "Jane Smith")
    ]


def test_mixed_quote_before_inverted_said_is_reported_whole(quotes_only: Extractor) -> None:
    text = 'He spoke for an hour.\n\nThe mayor "has taken on a tough task, but it is a good plan," said Jane Smith.'
    indirect = only(run(quotes_only, text), "indirect")
    assert [(q.cue.text if q.cue else None, q.source.text if q.source else None) for q in indirect] == [
        ("said", "Jane Smith")
    ]
    assert indirect[0].text.startswith('The mayor "has taken on a tough task')


def test_complement_after_its_verb_reports_no_clause_before_it(quotes_only: Extractor) -> None:
    # "post" hangs under "lets" as its complement: it is no inserted "he said" that reports
    # the clause around it, so nothing before it is what was posted
    text = "The company opened a photo site that lets members post pictures of their gardens."
    for quote in run(quotes_only, text):
        assert quote.start > text.index("post"), quote


def test_inserted_reporting_clause_after_a_comma_reports_the_clause_around_it(quotes_only: Extractor) -> None:
    text = "The new bridge will open in the spring, the mayor told the council on Tuesday."
    indirect = only(run(quotes_only, text), "indirect")
    assert [(q.text, q.cue.text if q.cue else None) for q in indirect] == [
        ("The new bridge will open in the spring", "told")
    ]


def test_a_transcript_speaker_the_recognizer_takes_for_a_place_still_speaks(quotes_only: Extractor) -> None:
    # a surname in capitals may be tagged as a place; a label opening several paragraphs is a speaker
    text = (
        "A partial transcript follows.\n\n"
        "\"HOUSTON: Let's start with the news about the vote in the state senate tonight.\n\n"
        "\"GARCIA: I think the senators will decide that question in the end.\n\n"
        "\"(CROSSTALK.)\n\n"
        "\"HOUSTON: If I may, because we have limited time, I want to ask about taxes."
    )
    turns = [(q.source.text, q.text[:12]) for q in run(quotes_only, text) if q.cue and q.cue.text == ":" and q.source]
    assert turns == [("HOUSTON", "Let's start "), ("GARCIA", "I think the "), ("HOUSTON", "If I may, be")]


def test_a_place_opening_one_paragraph_is_a_dateline_not_a_speaker(quotes_only: Extractor) -> None:
    text = "NEW DELHI: The government will announce the new budget for the railways on Monday."
    assert not colon_quotes(run(quotes_only, text))


def test_a_poll_heading_a_headline_is_its_source(quotes_only: Extractor) -> None:
    text = "Poll: Voters Turn to the Challenger in the Governor's Race\n\nThe survey of 900 voters was taken last week."
    heads = colon_quotes(run(quotes_only, text))
    assert [(q.source.text, q.kind, q.text) for q in heads if q.source] == [
        ("Poll", "indirect", "Voters Turn to the Challenger in the Governor's Race")
    ]


def test_a_report_label_before_body_text_is_no_headline(quotes_only: Extractor) -> None:
    text = "Report: The committee met twice. It heard from four witnesses about the budget for schools."
    assert not colon_quotes(run(quotes_only, text))


def test_a_speech_verb_and_colon_ending_a_paragraph_introduce_a_block_quotation(quotes_only: Extractor) -> None:
    text = (
        "The governor spoke to reporters after the vote.\n\n"
        "The governor added:\n\n"
        "It is typical of the senator. She knows nothing about the budget and never will.\n\n"
        "The senator did not respond."
    )
    block = [q for q in run(quotes_only, text) if q.cue and q.cue.text == "added"]
    assert [(q.kind, q.source.text if q.source else None, q.text) for q in block] == [
        ("direct", "The governor", "It is typical of the senator. She knows nothing about the budget and never will.")
    ]


def test_a_list_after_a_colon_is_no_block_quotation(quotes_only: Extractor) -> None:
    text = "The report found three problems:\n\nThe roads are old, the bridges are weak and the tunnels leak."
    assert not [q for q in run(quotes_only, text) if q.cue and q.cue.text in ("found", ":")]


def test_a_dash_signature_with_an_initial_names_the_speaker(quotes_only: Extractor) -> None:
    text = "“We are not going to stop until the law changes for every family.” ― Julie A. Martinez.\n\nMore comments."
    direct = only(run(quotes_only, text), "direct")
    assert [(q.cue.text if q.cue else None, q.source.text if q.source else None) for q in direct] == [
        ("―", "Julie A. Martinez")
    ]


def test_a_list_after_a_speech_verb_and_colon_is_no_block_quotation(quotes_only: Extractor) -> None:
    text = "The agency said:\n\nFresh Farms Organic Spinach\n\nThe recall covers 40 states."
    assert not [q for q in run(quotes_only, text) if q.cue and q.cue.text == "said"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The campaign released a video of Mary Jones saying that the plan would fail.", "Mary Jones"),
        ("The network aired a clip of Governor Tom Baker telling voters that taxes would fall.", "Governor Tom Baker"),
        ("She posted a tweet attacking the press for its coverage of the storm.", "She"),
    ],
)
def test_a_person_shown_saying_something_says_it(quotes_only: Extractor, text: str, speaker: str) -> None:
    indirect = only(run(quotes_only, text), "indirect")
    assert indirect and indirect[-1].source is not None and indirect[-1].source.text == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The S&P 500 added 37.90 points to close at a record on Friday.",
        "The company added three new routes to its summer schedule.",
        "The central bank has pumped $45bn into the banking system since March.",
    ],
)
def test_a_verb_whose_object_is_an_amount_reports_nothing(quotes_only: Extractor, text: str) -> None:
    assert run(quotes_only, text) == []


def test_a_number_of_people_told_something_is_still_told_it(quotes_only: Extractor) -> None:
    text = "He told one of his aides that the plan would fail."
    indirect = only(run(quotes_only, text), "indirect")
    assert [(q.cue.text if q.cue else None, q.text) for q in indirect] == [("told", "that the plan would fail")]


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez walked on stage at nine. I knew then that the night would be special.",
        "Tom Reed and his band played for two hours. They said the tour would end in May.",
        "President Jane Harlan spoke on Monday. Harlan administration officials said the rule would change.",
        "Governor Amy Stone visited the plant. A former Stone campaign aide said the plant would close.",
    ],
)
def test_a_writer_a_group_or_a_name_describing_the_source_is_no_speaker(extractor: Extractor, text: str) -> None:
    indirect = only(run(extractor, text), "indirect")
    assert indirect and (indirect[-1].speaker, indirect[-1].speaker_name) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Forecasters warned that southern Arizona faced flash floods, citing radar images of the storm.",
        "Forecasters had warned on Monday that north and central Nevada faced high winds, citing satellite data.",
    ],
)
def test_a_participle_after_a_reported_clause_is_the_reporters(quotes_only: Extractor, text: str) -> None:
    citing = [q for q in run(quotes_only, text) if q.cue is not None and q.cue.text == "citing"]
    assert [q.source.text if q.source else None for q in citing] == ["Forecasters"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Redwood Bank officials said the branch would reopen on Monday.", "Redwood Bank"),
        ("Ridership rose 5% last year, according to Lakeside Transit Authority data.", "Lakeside Transit Authority"),
        ("The National Weather Service office in Tulsa said the river would crest on Friday.",
         "National Weather Service"),
        ("Comedian Sam Pike opened the show. Sam Pike's monologue mocked the senators who had skipped it.",
         "Sam Pike"),
    ],
)
def test_a_body_speaks_through_its_officials_and_a_person_through_their_words(
    extractor: Extractor, text: str, speaker: str
) -> None:
    quotes = run(extractor, text)
    assert quotes and quotes[-1].speaker_name == speaker


def test_a_name_set_before_its_title_is_no_modifier_of_it() -> None:
    """A parse that hangs "Jane Roe, director for ..." as a compound on "director" (as spaCy
    does with some hyphenated names) still leaves Jane Roe the speaker."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsgraph.pipeline.speakers import _describes

    words = ["said", "Jane", "Roe", ",", "director", "for", "Acme"]
    heads = [0, 4, 1, 4, 0, 4, 5]
    deps = ["ROOT", "compound", "flat", "punct", "nsubj", "prep", "pobj"]
    pos = ["VERB", "PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "PROPN"]
    spaces = [True, True, False, True, True, True, False]
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    start, end = doc[1].idx, doc[2].idx + len(doc[2].text)
    assert doc.text[start:end] == "Jane Roe"
    assert not _describes(doc, start, end, doc[4], "PERSON")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The top earners would get a tax cut of 20 percent, according to the Harbor Institute, "
            "more than twice the cut for the middle class.",
            "The top earners would get a tax cut of 20 percent",
        ),
        (
            "According to the Harbor Institute, the top earners would get a tax cut of 20 percent.",
            "the top earners would get a tax cut of 20 percent",
        ),
    ],
)
def test_according_to_reports_the_main_clause_not_a_trailing_phrase(
    quotes_only: Extractor, text: str, content: str
) -> None:
    reports = [q for q in run(quotes_only, text) if q.cue is not None and q.cue.text.lower() == "according to"]
    assert [q.text for q in reports] == [content]


def test_a_list_of_offers_is_no_speech(quotes_only: Extractor) -> None:
    """Entries of a list of deals, each label once, an order to the reader or no verb after it."""
    text = (
        "Halloween deals near you.\n\n"
        "Sweet Ring Donuts: Get a free donut with your costume\n\n"
        "Wear your costume to any shop on Saturday.\n\n"
        "Cold Stone Cups: Get $5 off any order of $25 or more\n\n"
        "Burger Barn: Free burger with a purchase of $20 or more."
    )
    assert colon_quotes(run(quotes_only, text)) == []


def test_a_headline_quoting_an_order_alone_is_speech(extractor: Extractor) -> None:
    text = "Marta Ruiz: Get out and vote in November\n\nThe governor spoke to students on Tuesday."
    sources = colon_sources(run(extractor, text))
    assert sources == ["Marta Ruiz"]


def test_an_event_listing_field_is_no_speaker(quotes_only: Extractor) -> None:
    text = (
        "Things to do this weekend.\n\n"
        "WHAT: Enjoy hiking, biking and paddling at the park.\n\n"
        "WHERE: The Riverside Park, 401 E. Main St.\n\n"
        "WHAT: The music festival features a lineup of tribute artists.\n\n"
        "WHERE: The Civic Center, 501 W. Main St."
    )
    assert colon_quotes(run(quotes_only, text)) == []


def test_the_speaker_of_an_addressed_headline_is_the_name_before_to(quotes_only: Extractor) -> None:
    """"Reed to Congress: ..." is Reed speaking to Congress; a pass or a route says nothing."""
    text = (
        "Reed to Congress: Continue the insurance subsidies for families\n\n"
        "President Tom Reed wrote to lawmakers on Tuesday.\n\n"
        "Garcia to Lopez: A 25-yard touchdown pass in the third quarter\n\n"
        "From Texas to Maine: The country prepares for the eclipse"
    )
    sources = colon_sources(run(quotes_only, text))
    assert sources == ["Reed"]


def test_a_glossary_entry_is_no_speech(quotes_only: Extractor) -> None:
    """"Term: These are ...": a pronoun standing for the term and a verb defining it."""
    text = (
        "Things to look for during the eclipse.\n\n"
        "Ripple Lines: These are faint moving lines seen on the ground just before totality.\n\n"
        "TOM REED: This is the best view we have ever had of the sun."
    )
    sources = colon_sources(run(quotes_only, text))
    assert sources == ["TOM REED"]


def test_a_lineup_after_a_label_is_no_speech(quotes_only: Extractor) -> None:
    """Names set apart by commas and no verb: a bill, a depth chart, a game's line."""
    text = (
        "The summer festivals.\n\n"
        "Headliners: Blue Harbor, The Night Owls (Friday), Cold River and Sam Vale (Saturday).\n\n"
        "The lineup was announced on Tuesday.\n\n"
        "QB: Tom Reed, Jim Kale, Dan Moss\n\n"
        "MARIA DELGADO: We are going to sell out every show this summer."
    )
    sources = colon_sources(run(quotes_only, text))
    assert sources == ["MARIA DELGADO"]


def test_a_list_of_offers_takes_in_its_entries_with_a_verb(extractor: Extractor) -> None:
    """Where two in three of the label lines list offers, the others are entries too."""
    text = (
        "Fall sales to shop now.\n\n"
        "Blue Lantern: Save up to 50% on handbags, shoes and dresses.\n\n"
        "The sale ends on Sunday.\n\n"
        "Green Arrow Outfitters: Get free shipping on orders of $60 or more.\n\n"
        "Members get a second discount.\n\n"
        "Red Kettle Home: Free delivery on orders of $50 or more.\n\n"
        "The offer ends on Monday.\n\n"
        "Walmart: The retailer has fall fashion deals across all categories."
    )
    assert colon_quotes(run(extractor, text)) == []
