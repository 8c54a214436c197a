"""Layer newsgraph_events: what happened or is expected, anchored on a trigger word.

Runs last. Triggers are verbs and event nouns from a general lexicon (``event_words``); their
participants, place and time come from the dependency parse and the entities and times that
earlier layers left in ``layers(doc)``; their status from the clause (``event_status``). A later
"The meeting" or "the talks" joins the event it refers back to (``event_coref``). A noun that names
a kind of event or a tally of votes is none (``event_kinds``).
"""

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsgraph.model import Event, Span
from newsgraph.pipeline import event_args as args
from newsgraph.pipeline import event_coref as coref
from newsgraph.pipeline import event_kinds as kinds
from newsgraph.pipeline import event_objects as objects
from newsgraph.pipeline import event_senses as senses
from newsgraph.pipeline import event_words as words
from newsgraph.pipeline.event_status import noun_status, verb_status
from newsgraph.pipeline.event_titles import in_title
from newsgraph.pipeline.promos import in_promo
from newsgraph.pipeline.state import Layers, doc_text, layers

COLLOCATION_GAP = 3  # "pay tribute", "lay a wreath": at most this many tokens from verb to object
TimedTokens = list[args.Timed]


@dataclass
class Trigger:
    """Where an event is named: the head token its arguments hang on, its span and its type."""

    head: Token
    start: int
    end: int
    type: str
    nominal: bool


class Component:
    """Finds events in a Doc and appends them to ``layers(doc).events``."""

    def __call__(self, doc: Doc) -> Doc:
        state = layers(doc)
        state.events.extend(find_events(doc, state))
        return doc


@Language.factory("newsgraph_events")
def make_events(nlp: Language, name: str) -> Component:
    return Component()


def find_events(doc: Doc, state: Layers) -> list[Event]:
    """Every event in ``doc``, ids v1, v2 ... in order of their first mention."""
    timed = args.time_tokens(doc, state.times)
    drafts: list[coref.Draft] = []
    text = doc_text(doc)  # doc.text is built anew on every access
    for trigger in find_triggers(doc):
        if in_promo(doc, trigger.start):
            continue  # a link to another story: its events happened there
        if in_title(text, trigger.start, trigger.end):
            continue  # “Die With A Smile”: a song's or a show's title, no event
        mention = Span(trigger.start, trigger.end, text[trigger.start : trigger.end])
        if trigger.nominal:
            draft = _noun_event(state, trigger, mention, timed, drafts)
        else:
            draft = _verb_event(state, trigger, mention, timed, drafts)
        if draft is not None:
            drafts.append(draft)
    ordered = sorted(drafts, key=lambda d: d.event.trigger.start)
    _carry_places(doc, ordered)
    events = []
    for number, draft in enumerate(ordered, start=1):
        draft.event.id = f"v{number}"
        draft.event.time = args.time_dict(draft.best_time)
        events.append(draft.event)
    return events


PLACE_CARRY_SENTENCES = 2  # how far back a place may be carried to the same agent's next event


def _carry_places(doc: Doc, drafts: list[coref.Draft]) -> None:
    """An event with no place of its own happens where the same agent's previous event did, when
    that one is at most two sentences back ("He arrived in X. ... he will meet the governor.")."""
    sentence_of = {token.i: number for number, sent in enumerate(doc.sents) for token in sent}
    for i, draft in enumerate(drafts):
        if draft.event.place is not None:
            continue
        agents = {p.entity for p in draft.event.participants if p.role == "agent"}
        sentence = sentence_of[draft.heads[0].i]
        for earlier in reversed(drafts[:i]):
            if sentence - sentence_of[earlier.heads[0].i] > PLACE_CARRY_SENTENCES:
                break
            if earlier.event.place is not None and agents & {p.entity for p in earlier.event.participants}:
                draft.event.place = earlier.event.place
                break


def find_triggers(doc: Doc) -> list[Trigger]:
    """Event verbs, verb + object collocations and event nouns, in text order."""
    found: list[Trigger] = []
    taken: set[int] = set()
    for token in doc:
        if token.pos_ == "VERB" and token.dep_ not in ("amod", "aux", "auxpass", "compound"):
            trigger = _verb_trigger(token)
            if trigger is not None:
                found.append(trigger)
                covered = doc.char_span(trigger.start, trigger.end)
                taken.update(range(covered.start, covered.end) if covered is not None else [token.i])
    for token in doc:
        if token.i not in taken and token.pos_ == "NOUN" and token.dep_ != "compound":
            trigger = _noun_trigger(token)
            if trigger is not None:
                found.append(trigger)
    _one_sense_of_strike(found)
    return sorted(found, key=lambda t: t.start)


def _one_sense_of_strike(found: list[Trigger]) -> None:
    """In a story of a walkout ("the writers' strike"), every "strike" noun with no weapon or army
    named in its phrase is the walkout too ("the current strikes", "Hollywood strikes"): one sense
    per story, unless another strike is plainly armed ("a drone strike")."""
    strikes = [t for t in found if t.nominal and t.head.lemma_.lower() == "strike"]
    if not any(t.type == "protest" for t in strikes) or any(senses.armed_strike(t.head) for t in strikes):
        return
    for trigger in strikes:
        trigger.type = "protest"


def _verb_trigger(verb: Token) -> Trigger | None:
    """A trigger on ``verb``: a collocation ("pay tribute"), an event verb, or None."""
    end = verb.idx + len(verb)
    for child in verb.children:
        if child.dep_ in ("dobj", "obj") and (verb.lemma_, child.lemma_) in words.COLLOCATIONS:
            if 0 < child.i - verb.i <= COLLOCATION_GAP:
                end = child.idx + len(child)
            return Trigger(verb, verb.idx, end, words.COLLOCATIONS[(verb.lemma_, child.lemma_)], False)
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in ("prt", "prep") and (lemma, child.lower_) in words.PARTICLE_VERBS:
            if child.i == verb.i + 1:
                end = child.idx + len(child)
            return Trigger(verb, verb.idx, end, words.PARTICLE_VERBS[(lemma, child.lower_)], False)
        if child.dep_ == "prt":
            return None  # another phrasal verb means something else: "strike out", "find out"
    if lemma in ("discover", "find", "uncover"):
        subject = args.subject_of(verb)
        authority = subject is not None and subject[0].lemma_.lower() in words.AUTHORITY_NOUNS
        if authority:
            return Trigger(verb, verb.idx, end, "seizure", False)
        return Trigger(verb, verb.idx, end, "discovery", False) if lemma != "find" else None
    if lemma in senses.SENSE_VERBS:
        kind = senses.verb_kind(verb, lemma)
        return Trigger(verb, verb.idx, end, kind, False) if kind is not None else None
    if lemma in objects.OBJECT_VERBS:
        # "met the criteria", "visit our website", "video shot by", "lost its integrity": none
        kind = objects.verb_kind(verb, lemma, words.VERB_EVENTS[lemma])
        return Trigger(verb, verb.idx, end, kind, False) if kind is not None else None
    if lemma in words.VERB_EVENTS:
        return Trigger(verb, verb.idx, end, words.VERB_EVENTS[lemma], False)
    return None


def _noun_trigger(noun: Token) -> Trigger | None:
    """A trigger on an event noun ("summit", "talks", "press conference"), or None."""
    if noun.ent_type_ and noun.ent_type_ != "EVENT":
        return None  # part of a name: "Summit Bank", "The Meeting Place"
    lemma = noun.lemma_.lower()
    for child in noun.children:
        if child.dep_ == "compound" and (child.lemma_.lower(), lemma) in words.NOUN_COMPOUNDS:
            kind = words.NOUN_COMPOUNDS[(child.lemma_.lower(), lemma)]
            return Trigger(noun, child.idx, noun.idx + len(noun), kind, True)
    if lemma not in words.NOUN_EVENTS:
        return None
    if lemma in words.PLURAL_ONLY_NOUNS and noun.tag_ != "NNS":
        return None
    if lemma in kinds.COUNTED_NOUNS and kinds.counted(noun):
        return None  # "270 electoral votes", "enough votes", "60% of the votes": a tally, not a vote held
    kind = senses.noun_kind(noun) if lemma == "strike" else words.NOUN_EVENTS[lemma]
    return Trigger(noun, noun.idx, noun.idx + len(noun), kind, True)


def _verb_event(state: Layers, trigger: Trigger, mention: Span, timed: TimedTokens,
                drafts: list[coref.Draft]) -> coref.Draft | None:
    """A new draft for a verbal trigger, or None when it is the means of an earlier one
    ("pay tribute by laying flowers")."""
    verb = trigger.head
    verbs = args.clause_verbs(verb)
    place = args.place_of(state, verbs)
    time = args.time_for(verbs, verb, timed)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "by":
        owner = next((d for d in drafts if verb.head.head in d.heads), None)
        if owner is not None:
            coref.merge(owner, mention, verb, args.verb_participants(state, verb), set(), place, time)
            return None
    participants = args.verb_participants(state, verb)
    event = Event(id="", type=trigger.type, trigger=mention, status=verb_status(verb), participants=participants,
                  place=place)
    return coref.Draft(event, [verb], _named(state, verb), time)


def _noun_event(state: Layers, trigger: Trigger, mention: Span, timed: TimedTokens,
                drafts: list[coref.Draft]) -> coref.Draft | None:
    """A new draft for an event noun, or None when it refers back to an earlier event."""
    noun = trigger.head
    verbs = _noun_clause(noun)
    participants = args.noun_participants(state, noun)
    place = args.noun_place(state, noun) or (args.place_of(state, verbs) if verbs else None)
    time = args.time_for(verbs, noun, timed, nouns=[noun]) if verbs else args.time_for([], noun, timed, nouns=[noun])
    named = _named(state, noun)
    if not participants and place is None and time is None and not named and kinds.is_kind(noun) \
            and not _dated_sentence(state, noun) and not kinds.told_as_past(noun):
        return None  # "hurricanes are becoming bigger": a kind of event, none in particular
    family = words.TYPE_FAMILIES.get(trigger.type, trigger.type)
    earlier = coref.predicate_of(noun, drafts)
    if earlier is None and coref.is_anaphoric(noun):
        earlier = coref.antecedent(drafts, noun, family, named)
    if earlier is not None:
        # a later mention dates the event only by its own phrase ("the Jan. 6 riot", "the meeting on
        # Jan. 17"): its clause's time is often of another step of the story, or of another event
        coref.merge(earlier, mention, noun, participants, named, place, args.phrase_time(noun, time))
        return None
    event = Event(id="", type=trigger.type, trigger=mention, status=noun_status(noun), participants=participants,
                  place=place)
    return coref.Draft(event, [noun], named, time)


def _dated_sentence(state: Layers, noun: Token) -> bool:
    """Whether the sentence of ``noun`` names a particular day or time ("by-elections this week",
    "face primary elections tonight")."""
    sentence = noun.sent
    begin, end = sentence.start_char, sentence.end_char
    return any(begin <= t.start < end and t.type in ("DATE", "TIME") and t.value[:1].isdigit() for t in state.times)


def _noun_clause(noun: Token) -> list[Token]:
    """The verbs whose place and time belong to an event noun: the verb it is the subject of
    ("The meeting is scheduled to take place at X"), or the verb it shares a time with
    ("stated during an interview", "hold a press conference")."""
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return args.clause_verbs(noun.head)
    verb = args.governing_verb(noun)
    if verb is not None and (noun.dep_ in ("dobj", "obj") and verb.lemma_ in words.LIGHT_VERBS
                             or noun.head.lower_ in args.NOMINAL_TIME_PREPS):
        return [verb]
    return []


ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "obj", "agent"}


def _named(state: Layers, head: Token) -> set[str]:
    """Ids of the non-place entities named (by proper nouns, not pronouns) in ``head``'s phrase,
    or for a verb in its subject, object and "with"/"between" phrases."""
    if head.pos_ == "NOUN":
        tokens = list(head.subtree)
    else:
        arguments = [c for c in head.children
                     if c.dep_ in ARGUMENT_DEPS or c.dep_ == "prep" and c.lower_ in words.PARTICIPANT_PREPS]
        tokens = [t for c in arguments for t in c.subtree]
    found = set()
    for token in tokens:
        if token.pos_ == "PROPN":
            entity = args.entity_of(state, token)
            if entity is not None and entity.type not in words.PLACE_TYPES:
                found.add(entity.id)
    return found
