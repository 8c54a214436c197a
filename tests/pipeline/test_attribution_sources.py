"""Who speaks through a cue verb (``newsgraph.pipeline.attribution_subjects`` and the source
finders of ``newsgraph.pipeline.attribution``) on hand-made news text."""

from __future__ import annotations

from quote_cases import run, speaker_of

from newsgraph.pipeline import Extractor


def test_who_is_blamed_for_saying_something_said_it(extractor: Extractor) -> None:
    """"slammed X for calling ...": X called, not the one who slammed."""
    text = "Maria Delgado met voters in Ohio. She slammed Tom Reed for calling the protesters “patriots”."
    quotes = run(extractor, text)
    assert speaker_of(quotes, "Tom Reed", "patriots") == "Tom Reed"
    assert [q for q in quotes if q.cue and q.cue.text == "calling" and q.speaker_name == "Maria Delgado"] == []


def test_who_is_told_does_not_speak(extractor: Extractor) -> None:
    """A participle whose subject the parser cannot find: its object is who is told, no speaker."""
    text = (
        "Lawmakers want a calmer debate\n\n"
        "House Republicans tuning into tonight's debate hope to see a calmer Tom Reed, "
        "telling USA TODAY that policy should be the priority."
    )
    quotes = run(extractor, text)
    told = [q for q in quotes if q.cue is not None and q.cue.text == "telling"]
    assert all(q.source is None or "USA TODAY" not in q.source.text for q in told)


def test_a_name_before_an_aside_of_party_and_state_speaks(extractor: Extractor) -> None:
    text = '"We will not back down," House Minority Leader Hakeem Dorsey, D-New York, told reporters on Tuesday.'
    quotes = run(extractor, text)
    assert [q.speaker_name for q in quotes if q.kind == "direct"] == ["Hakeem Dorsey"]


def test_the_state_of_two_words_after_a_city_is_not_the_speaker(quotes_only: Extractor) -> None:
    quotes = run(quotes_only, "Protesters in Portsmouth, New Hampshire said the rally drew hundreds.")
    assert [q.source.text for q in quotes if q.source] == ["Protesters in Portsmouth"]


def test_a_speech_verb_joined_to_a_reported_clause_has_no_sure_speaker(extractor: Extractor) -> None:
    """"X said the agency issued warnings and noted that ...": X or the agency noted; neither is
    taken."""
    text = (
        "Sen. Tom Reed said the National Weather Service issued emergency warnings just after 1 a.m. "
        "and 4 a.m. and noted that many were asleep when the alerts were sent out."
    )
    noted = [q for q in run(extractor, text) if q.cue is not None and q.cue.text == "noted"]
    assert noted
    assert all(q.speaker_name in (None, "Tom Reed") for q in noted)


def test_a_headline_asked_about_something_has_no_speaker(quotes_only: Extractor) -> None:
    """"Mayor asked about the bridge" as a headline: the mayor was asked; in the body she asks."""
    headline = run(quotes_only, "Jane Roe asked about the bridge's cost\n\nThe bridge will open next year, Roe said.")
    assert [q.source for q in headline if q.cue is not None and q.cue.text == "asked"] == [None]
    body = run(quotes_only, "At the meeting, the mayor asked about the cost of the new bridge.")
    assert [q.source.text for q in body if q.source is not None] == ["the mayor"]


def test_a_source_keeps_the_bracket_it_opens(extractor: Extractor) -> None:
    """"Rep. Jane Roe (D-Calif.) disagreed": the source is not cut inside its bracket."""
    text = 'Rep. Dana Mills (D-Calif.) disagreed, calling the plan "a good start."'
    sources = [q.source.text for q in run(extractor, text) if q.source is not None]
    assert sources and all(s.count("(") == s.count(")") for s in sources)
    assert "Rep. Dana Mills (D-Calif.)" in sources


def test_the_title_with_its_place_is_the_one_holder_named_before(extractor: Extractor) -> None:
    """"The Florida governor", "the governor of Texas": the one governor named before speaks, not
    the place; with two governors named, no one."""
    one = run(extractor, 'Gov. Dana Mills signed the bill. The Florida governor called the criticism a "hoax."')
    assert speaker_of(one, "The Florida governor", "hoax") == "Dana Mills"
    of = run(extractor, 'Gov. Dana Mills spoke on Monday. The governor of Texas said the plan was "fine."')
    assert speaker_of(of, "The governor of Texas", "fine") == "Dana Mills"
    two = run(extractor, 'Gov. Dana Mills met Gov. Lee Marlow. The Texas governor called it a "hoax."')
    assert speaker_of(two, "The Texas governor", "hoax") is None


def test_a_body_spoken_of_by_its_kind_is_the_one_whose_name_says_so(extractor: Extractor) -> None:
    """"the center said": the latest organisation named nearby whose name says it is a center;
    none where no name says so, even with one organisation nearby."""
    center = run(extractor, 'The Ardmore Storm Center tracked it. The center said it could "strengthen quickly."')
    assert speaker_of(center, "The center", "strengthen") == "Ardmore Storm Center"
    company = run(extractor, 'Shomotion Inc. paid every driver. The company said the bonus was "well earned."')
    assert speaker_of(company, "The company", "earned") == "Shomotion Inc."
    unnamed = run(extractor, 'Houston Public Works reported the spill. The agency said the water was "safe."')
    assert speaker_of(unnamed, "The agency", "safe") is None


def test_a_nationality_or_party_word_beside_the_source_does_not_speak(extractor: Extractor) -> None:
    """"26% of Americans said", "a number of Republican voters": no one speaks; "French officials"
    still speak for their side, as "CDC officials" do."""
    poll = run(extractor, 'A number of Republican voters said they chose "none of these candidates" instead.')
    assert speaker_of(poll, "A number of Republican voters", "none of these") is None


def test_a_dictionary_label_before_a_colon_speaks_no_quotation(extractor: Extractor) -> None:
    text = 'Brain drift\n\nNoun: "A slow loss of focus, especially after long hours online."\n\nJane Roe: "We saw it."'
    sources = {q.text[:6]: (q.source.text if q.source else None) for q in run(extractor, text)}
    assert sources == {'"A slo': None, '"We sa': "Jane Roe"}


def test_the_former_holder_of_a_title_speaks_as_the_former_one(extractor: Extractor) -> None:
    """"the former president": the one former holder named before, not the sitting one."""
    text = 'President Dana Mills met former President Lee Marlow. The former president said it was "fine."'
    assert speaker_of(run(extractor, text), "The former president", "fine") == "Lee Marlow"


def test_a_place_on_another_title_of_the_source_does_not_speak(extractor: Extractor) -> None:
    text = 'The former South Carolina governor and U.S. ambassador to the United Nations said it was "fine."'
    assert speaker_of(run(extractor, text), text.split(" said")[0], "fine") is None


def test_a_name_after_a_preposition_of_a_headline_label_does_not_speak(extractor: Extractor) -> None:
    """"Canton mayor after Biden chat: '...'": the mayor speaks, not the one he spoke with."""
    quotes = run(extractor, "Canton mayor after Biden chat: 'We cannot let our communities be forgotten'")
    assert [q.source.text if q.source else None for q in quotes] == ["Canton mayor"]
    quotes = run(extractor, 'Jane Roe on Tom Reed: "He is wrong"')
    assert [q.source.text if q.source else None for q in quotes] == ["Jane Roe"]


def test_an_award_list_label_is_no_speaker(extractor: Extractor) -> None:
    """"WINNER: “The Boy and the Heron”": a film's title under its category."""
    assert run(extractor, 'Best animated film\n\nWINNER: "The Boy and the Heron"\n\nNominees: "Elemental"') == []


def test_a_quoted_headline_to_someone_is_said_by_the_name_before_to(extractor: Extractor) -> None:
    """"Reed to Delgado: '...'": the name before "to" speaks, even where the tagger calls it a verb."""
    text = (
        "Trump to Delgado: 'You are too honest for this job'\n\n"
        "The talk between Donald Trump and Maria Delgado is in the indictment."
    )
    quotes = run(extractor, text)
    assert [q.source.text if q.source else None for q in quotes if "honest" in q.text] == ["Trump"]
