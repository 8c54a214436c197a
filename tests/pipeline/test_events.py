"""The events layer: triggers, participants, place, time, status and event coreference.

Most tests run the events component alone on a hand-built state (entities from spaCy's names
plus the pronouns a test links by hand, times written by hand), so they do not depend on the
other layers; the last ones check the reference article.
"""

from pathlib import Path

import pytest
from spacy.tokens import Doc

from newsgraph.evaluate.seed import evaluate
from newsgraph.model import Entity, Event, Mention, TimeExpr
from newsgraph.pipeline.state import layers

pytestmark = pytest.mark.slow
ARTICLE = Path(__file__).parent.parent / "fixtures" / "alaska-summit" / "article.txt"
NAMED = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"}


def parse(extractor, text: str) -> Doc:
    """``text`` through the spaCy model only, with no newsgraph layer run."""
    nlp = extractor.nlp
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n.startswith("newsgraph_")]):
        return nlp(text)


def run_events(extractor, text: str, pronouns: dict[str, str] | None = None,
               times: list[tuple[str, str, str | None]] = ()) -> tuple[Doc, list[Event]]:
    """Run the events layer on ``text`` with one entity per distinct name spaCy finds (id = the
    name's last word, lower-cased), ``pronouns`` ({"she": "merkel"}: every such word links to
    that entity) and ``times`` ([(text, value, utc)])."""
    doc = parse(extractor, text)
    state = layers(doc)
    by_id: dict[str, Entity] = {}
    for ent in doc.ents:
        if ent.label_ in NAMED:
            key = ent.text.split()[-1].lower()
            entity = by_id.setdefault(key, Entity(key, ent.text, ent.label_))
            entity.mentions.append(Mention(ent.start_char, ent.end_char, ent.text))
    for token in doc:
        if pronouns and token.lower_ in pronouns:
            mention = Mention(token.idx, token.idx + len(token), token.text, "pronoun")
            by_id[pronouns[token.lower_]].mentions.append(mention)
    state.entities = list(by_id.values())
    for time_text, value, utc in times:
        start = text.index(time_text)
        kind = "TIME" if utc else "DATE"
        state.times.append(TimeExpr(start, start + len(time_text), time_text, kind, value, utc=utc))
    extractor.nlp.get_pipe("newsgraph_events")(doc)
    return doc, state.events


def at(events: list[Event], word: str) -> Event:
    """The event whose trigger or a mention is ``word``."""
    found = [e for e in events for s in [e.trigger, *e.mentions] if s.text == word]
    assert found, f"no event at {word!r} in {[e.trigger.text for e in events]}"
    return found[0]


def people(event: Event) -> set[str]:
    return {p.entity for p in event.participants}


def test_verb_event_with_agent_place_and_time(extractor):
    text = "On Monday, Chancellor Angela Merkel arrived in Rome."
    doc, events = run_events(extractor, text, times=[("Monday", "2025-08-11", None)])
    event = at(events, "arrived")
    assert (event.id, event.type, event.status) == ("v1", "travel", "occurred")
    assert people(event) == {"merkel"} and event.place == "rome"
    assert event.time == {"value": "2025-08-11", "utc": None}
    assert doc.text[event.trigger.start : event.trigger.end] == "arrived"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The militants released three hostages on Saturday.", "release"),
        ("Those arrested at the campus had been released by evening.", "release"),
        ("Police released more than two minutes of surveillance footage.", "statement"),
        ("The figures released Thursday show a rise.", "statement"),
        ("She released her second album in 1998.", None),
        ("Toxic chemicals were released into the river.", None),
    ],
)
def test_a_release_of_people_of_words_or_of_things(extractor, text, kind):
    _, events = run_events(extractor, text)
    found = [e.type for e in events if e.trigger.text == "released"]
    assert found == ([kind] if kind else [])


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("A magnitude 7.8 quake struck southern Turkey on Monday.", "struck", "disaster"),
        ("The cargo ship struck the bridge before dawn.", "struck", "accident"),
        ("The senators approved an agreement struck by the two leaders.", "struck", "agreement"),
        ("The army struck targets in the north overnight.", "struck", "attack"),
        ("The remark struck me as odd.", "struck", None),
        ("Auto workers struck against the carmakers.", "struck", "protest"),
        ("She was struck by a gray sedan in the crosswalk.", "struck", "attack"),
        ("The fugitive was captured Wednesday.", "captured", "arrest"),
        ("Photos captured the aftermath of the storm.", "captured", None),
        ("The company was charged with fraud.", "charged", "legal"),
        ("Residents charged their phones at the shelter.", "charged", None),
    ],
)
def test_the_sense_of_strike_capture_and_charge(extractor, text, word, kind):
    _, events = run_events(extractor, text)
    found = [e.type for e in events if e.trigger.text == word]
    assert found == ([kind] if kind else [])


def test_no_time_across_a_line_break(extractor):
    # a timestamp line without a full stop, which the parser runs into the paragraph under it
    text = "Updated Sept. 16, 2025, 3:18 p.m. ET\n\nThe death of activist John Roe has shaken the city."
    _, events = run_events(extractor, text, times=[("3:18 p.m. ET", "2025-09-16T15:18-04:00", "2025-09-16T19:18Z")])
    assert at(events, "death").time is None


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("Angela Merkel will meet Emmanuel Macron.", "meet", "planned"),
        ("Angela Merkel is set to visit Madrid.", "visit", "planned"),
        ("The vote is scheduled to take place in June.", "vote", "scheduled"),
        ("Angela Merkel did not visit Madrid.", "visit", "negated"),
        ("If the deal fails, Angela Merkel will hold a press conference.", "press conference", "conditional"),
        ("Angela Merkel mentioned plans for a subsequent discussion with Emmanuel Macron.", "discussion", "planned"),
        ("Reporters said soldiers attacked the village.", "attacked", "reported"),
    ],
)
def test_status(extractor, text, word, status):
    _, events = run_events(extractor, text)
    assert at(events, word).status == status


def test_later_mentions_join_the_announced_event(extractor):
    text = (
        "Angela Merkel arrived in Rome ahead of her anticipated summit with Emmanuel Macron. "
        "She will also meet with the mayor, Roberto Gualtieri. "
        "The meeting between Merkel and Macron is scheduled to take place at the Quirinal Palace in Rome, "
        "starting at 3 p.m. local time. The talks will focus on trade."
    )
    _, events = run_events(
        extractor, text, pronouns={"her": "merkel", "she": "merkel"},
        times=[("3 p.m. local time", "2025-08-15T15:00+02:00", "2025-08-15T13:00Z")],
    )
    summit = at(events, "summit")
    assert [m.text for m in summit.mentions] == ["meeting", "talks"]
    assert {"merkel", "macron"} <= people(summit)
    assert summit.status == "scheduled"
    assert summit.place in {"palace", "rome"}
    assert summit.time == {"value": "2025-08-15T15:00+02:00", "utc": "2025-08-15T13:00Z"}
    meet = at(events, "meet")
    assert meet is not summit and "gualtieri" in people(meet)


def test_countries_act_as_participants_but_a_place_name_before_a_noun_does_not(extractor):
    _, events = run_events(extractor, "Germany attacked France. The Geneva summit ended.")
    assert people(at(events, "attacked")) == {"germany", "france"}
    assert people(at(events, "summit")) == set()


def test_indefinite_or_new_event_nouns_start_new_events(extractor):
    text = "Leaders held a meeting in Paris. A second meeting is planned. Another meeting followed."
    _, events = run_events(extractor, text)
    assert len([e for e in events if e.type == "meeting"]) == 3


def test_seizure_by_officials_and_means_clause(extractor):
    text = "Police discovered 200 kilograms of heroin in a warehouse in Chicago in 2019."
    _, events = run_events(extractor, text, times=[("2019", "2019", None)])
    event = at(events, "discovered")
    assert (event.type, event.status, event.place) == ("seizure", "occurred", "chicago")
    assert event.time == {"value": "2019", "utc": None}
    _, events = run_events(extractor, "The president paid tribute by laying flowers at a memorial.")
    assert len(events) == 1 and at(events, "laying flowers") is at(events, "paid tribute")
    assert events[0].type == "commemoration"


@pytest.mark.parametrize(
    "text",
    [
        "Angela Merkel said the Summit Hotel was full, officials noted.",
        "The pitcher struck out four batters and we found out later.",
    ],
)
def test_speech_verbs_names_and_other_phrasal_verbs_are_not_events(extractor, text):
    _, events = run_events(extractor, text)
    assert events == []


def _link(gold: dict, entities: list[Entity]) -> dict[str, str]:
    """Gold entity id -> the id of the entity that holds one of its named mentions."""
    owner = {(m.start, m.end): e.id for e in entities for m in e.mentions}
    links = {}
    for g in gold["entities"]:
        for m in g["mentions"]:
            if (m["start"], m["end"]) in owner:
                links[g["id"]] = owner[(m["start"], m["end"])]
                break
    return links


def _check_summit(gold: dict, events: list[Event], links: dict[str, str]) -> None:
    summit = next(e for e in events if e.trigger.text == "summit")
    assert summit.type == "meeting" and summit.status == "scheduled"
    assert {links["putin"], links["trump"]} <= people(summit)
    assert summit.place in {links.get("jber"), links.get("anchorage")}
    assert summit.time is not None and summit.time["utc"] == "2025-08-15T19:30Z"
    for mention in (m for g in gold["events"] if g["id"] == "summit" for m in g["also_mentions"]):
        # the answer key puts "The" in some mentions ("The meeting"): overlap is enough
        assert any(m.start < mention["end"] and mention["start"] < m.end for m in summit.mentions), mention["text"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a bare plural in a present, a modal or an infinitive names a kind of event
        ("Hurricanes are becoming bigger and stronger.", "Hurricanes"),
        ("Storms often form from stalled cold fronts.", "Storms"),
        ("Officials said workplace raids are likely.", "raids"),
        ("The state could accept ballots in just 50 days.", "ballots"),
        ("Police moved to stamp out demonstrations.", "demonstrations"),
    ],
)
def test_a_kind_of_event_is_no_event(extractor, text, word):
    _, events = run_events(extractor, text)
    assert word not in [s.text for e in events for s in [e.trigger, *e.mentions]]


@pytest.mark.parametrize(
    ("text", "word", "times"),
    [
        # ... but events that took place, particular ones, or dated ones are events
        ("Several people suffered injuries during the celebration.", "injuries", []),
        ("The libraries have been the scene of heated protests.", "protests", []),
        ("The storms are moving east.", "storms", []),
        ("Two attacks are under investigation.", "attacks", []),
        ("There will also be elections this week.", "elections", [("this week", "2025-W28", None)]),
    ],
)
def test_particular_plural_events_stay(extractor, text, word, times):
    _, events = run_events(extractor, text, times=times)
    at(events, word)


@pytest.mark.parametrize(
    ("text", "word", "held"),
    [
        # votes cast are counted, not held
        ("She is awarded 10 electoral votes.", "votes", False),
        ("He secured only 203 votes on the first ballot.", "votes", False),
        ("He won the seat by four votes.", "votes", False),
        ("The tally includes mail-in ballots.", "ballots", False),
        ("She won nearly 60% of the votes.", "votes", False),
        # ... but a vote held is an event, however many
        ("The Senate held two votes on the bill.", "votes", True),
        ("He lost three straight ballots.", "ballots", True),
    ],
)
def test_votes_cast_are_no_vote_held(extractor, text, word, held):
    _, events = run_events(extractor, text)
    assert (word in [s.text for e in events for s in [e.trigger, *e.mentions]]) == held


def test_reference_events_on_gold_entities_and_times(extractor, reference_gold):
    """The events layer alone, fed the answer key's entities (names and pronouns) and times."""
    doc = parse(extractor, ARTICLE.read_text(encoding="utf-8"))
    state = layers(doc)
    for g in reference_gold["entities"]:
        mentions = [Mention(m["start"], m["end"], m["text"]) for m in g["mentions"]]
        mentions += [Mention(m["start"], m["end"], m["text"], "pronoun") for m in g.get("coref_mentions", [])]
        state.entities.append(Entity(g["id"], g["name"], g["type"], mentions))
    for t in reference_gold["times"]:
        state.times.append(TimeExpr(t["start"], t["end"], t["text"], t["type"], t["value"], t.get("mod"), t.get("utc")))
    extractor.nlp.get_pipe("newsgraph_events")(doc)
    _check_summit(reference_gold, state.events, {g["id"]: g["id"] for g in reference_gold["entities"]})
    found = 0
    for g in reference_gold["events"]:
        start, end = g["trigger"]["start"], g["trigger"]["end"]
        event = next((e for e in state.events
                      if any(s.start < end and start < s.end for s in [e.trigger, *e.mentions])), None)
        found += event is not None and (event.type, event.status) == (g["type"], g["status"])
    assert found >= 11  # measured 12 of 12 when written; one spare for parser drift
    assert len(state.events) <= len(reference_gold["events"]) + 2


def test_reference_summit_through_the_pipeline(reference_record, reference_gold):
    """The acceptance bar on the whole pipeline: it needs the entities and times layers."""
    if not reference_record.entities or not any(t.utc for t in reference_record.times):
        pytest.skip("the entities and times layers are not in place yet")
    _check_summit(reference_gold, reference_record.events, _link(reference_gold, reference_record.entities))


def test_reference_event_score_floor(reference_record, reference_gold):
    """The seed scorer's events figure on the whole pipeline may not drop below its pinned floor.

    Measured when written: 12 of 12 gold events right (trigger, participants, place, time), one
    extra ("return to Washington"). Raise the floor when it improves; never lower it silently.
    """
    if not reference_record.entities:
        pytest.skip("the entities layer is not in place yet")
    score = evaluate(reference_gold, reference_record)["events"]
    assert score.tp >= 10, score.failures
    assert score.fp <= 2


def test_a_duration_or_a_set_is_not_when_an_event_happened(extract):
    record = extract("The two-day summit opened in Geneva. Talks went on for about one month.", "2024-03-01")
    summits = [e for e in record.events if e.trigger.text == "summit"]
    assert all(e.time is None or e.time["value"][:1] != "P" for e in record.events)
    assert all(e.time is None for e in summits)
