"""An event's arguments read from the dependency parse: participants, place and time.

Each function takes the trigger's head token and the shared state, and answers with entity ids
(resolved through ``Layers.entity_at``, so pronouns count once coref has linked them) or a
TimeExpr. Nothing here creates entities: a participant that is no entity is left out.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.model import Entity, Participant, TimeExpr
from newsgraph.pipeline import event_words as words
from newsgraph.pipeline.state import Layers, doc_text

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
CHAIN_DEPS = {"xcomp", "conj"}  # a verb in these relations shares its head's subject
NOMINAL_TIME_PREPS = {"during", "at", "in", "on", "amid", "throughout"}
FIRST_PERSON = {"i", "me", "my", "myself"}
# event nouns whose organisations are the outlet that carries them: "an interview with CNN"
MEDIUM_NOUNS = {"interview"}
CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp"}  # clauses hung on a noun tell of other steps
NOMINAL_GOVERNOR_PREPS = {"during", "at", "in", "on", "amid", "for", "after", "before"}


def entity_of(state: Layers, token: Token) -> Entity | None:
    """The entity a token refers to: its own mention, else one in apposition ("the Governor, X")."""
    found = state.entity_at(token.idx, token.idx + len(token))
    if found is not None:
        return found
    if token.lower_ in FIRST_PERSON:
        return _quote_speaker(state, token)
    for child in token.children:
        if child.dep_ == "appos":
            found = state.entity_at(child.idx, child.idx + len(child))
            if found is not None:
                return found
    return None


def _quote_speaker(state: Layers, token: Token) -> Entity | None:
    """"I" inside a direct quote is its speaker."""
    for quote in state.quotes:
        if quote.start <= token.idx < quote.end and quote.speaker and quote.kind == "direct":
            return state.entity(quote.speaker)
    return None


def with_conjuncts(token: Token) -> list[Token]:
    """``token`` and the tokens coordinated with it ("Putin and Trump" -> both)."""
    return [token, *token.conjuncts]


def clause_verbs(trigger: Token) -> list[Token]:
    """The verbs whose modifiers speak for ``trigger``'s clause: itself, the verbs it is an xcomp
    or conj of ("is set to tour"), and its xcomp and participial children ("take place ... commencing")."""
    found = [trigger]
    token = trigger
    while token.dep_ in CHAIN_DEPS and token.head.i != token.i and token.head.pos_ in ("VERB", "AUX"):
        if _asked_to(token):
            break  # "Jurors were told Monday to return": Monday is when they were told
        token = token.head
        found.append(token)
    for verb in list(found):
        for child in verb.children:
            if child.dep_ == "xcomp" or child.dep_ == "advcl" and child.tag_ in ("VBG", "VBN") and not _subject(child):
                found.append(child)
                found += [c for c in child.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    return found


def _asked_to(verb: Token) -> bool:
    """Whether ``verb`` is an infinitive that someone is told, asked or ordered to do."""
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    return infinitive and verb.head.lemma_.lower() in words.REQUEST_VERBS


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def subject_of(verb: Token) -> tuple[Token, str] | None:
    """The subject of ``verb`` or of the verb it is chained to (xcomp/conj/"by"-clause), with its role."""
    token = verb
    for _ in range(8):
        subject = _subject(token)
        if subject is not None:
            # "pleaded guilty and was sentenced", "hopes to be elected": the shared subject undergoes it
            passive = subject.dep_ == "nsubjpass" and token is verb or any(c.dep_ == "auxpass" for c in verb.children)
            return subject, "patient" if passive else "agent"
        if token.dep_ in CHAIN_DEPS or token.dep_ == "pcomp":
            token = token.head.head if token.dep_ == "pcomp" else token.head
        elif token.dep_ in ("advcl", "acl") and token.tag_ == "VBG":
            token = token.head
        else:
            return None
    return None


def verb_participants(state: Layers, trigger: Token) -> list[Participant]:
    """Participants of a verbal trigger: subject (agent), object (patient), "with"/"between" PPs."""
    found: list[Participant] = []
    line = line_of(trigger)
    subject = subject_of(trigger)
    if subject is not None:
        found += _entities(state, line, with_conjuncts(subject[0]), subject[1])
    for child in trigger.children:
        if child.dep_ in ("dobj", "obj"):
            found += _entities(state, line, with_conjuncts(child), "patient")
        elif child.dep_ == "agent":
            found += _entities(state, line, _pobjs(child), "agent")
        elif child.dep_ == "prep" and child.lower_ in words.PARTICIPANT_PREPS:
            found += _entities(state, line, _pobjs(child), "participant")
    return _unique(found)


def noun_participants(state: Layers, trigger: Token) -> list[Participant]:
    """Participants of an event noun: possessor, compound names, "with"/"between"/"involving" phrases,
    and the subject of the verb it hangs on ("hold a press conference", "during an interview")."""
    found: list[Participant] = []
    line = line_of(trigger)
    for child in trigger.children:
        if child.dep_ == "poss":
            found += _entities(state, line, with_conjuncts(child), "agent")
        elif child.dep_ == "compound" and child.pos_ == "PROPN":
            # "the Trump-Putin summit" names its parties; "the Alaska summit" only its place
            found += _entities(state, line, with_conjuncts(child), "agent", places=False)
        elif child.dep_ == "prep" and child.lower_ in words.PARTICIPANT_PREPS | {"of", "by", "on"}:
            role = "participant" if child.lower_ in words.PARTICIPANT_PREPS else "agent"
            objects = _pobjs(child)
            found += _entities(state, line, objects + [t for o in objects if (t := possessed(o)) is not None], role)
        elif child.dep_ == "acl" and child.lemma_ in ("involve", "include", "feature", "bring"):
            involved = [t for c in child.children if c.dep_ == "dobj" for t in with_conjuncts(c)]
            found += _entities(state, line, involved, "participant")
    if trigger.lemma_.lower() in MEDIUM_NOUNS:
        found = [p for p in found if p.entity not in _outlets_and_reporters(state, trigger)]
    governor = governing_verb(trigger)
    if governor is not None and shares_subject(trigger, governor):
        subject = subject_of(governor)
        if subject is not None:
            found += _entities(state, line, with_conjuncts(subject[0]), "agent")
    return _unique(found)


def _outlets_and_reporters(state: Layers, trigger: Token) -> set[str]:
    """Ids of the organisations named in an interview's phrase, and of the people they own
    ("an NBC interview", "an interview with CNN", "with USA TODAY's Jane Doe"): the outlet and
    its reporter carry what is said, they are no party to it."""
    found = set()
    for token in trigger.subtree:
        entity = entity_of(state, token) if token.i != trigger.i else None
        if entity is None or entity.type != "ORG":
            continue
        found.add(entity.id)
        if token.dep_ == "poss":
            reporter = entity_of(state, token.head)
            if reporter is not None and reporter.type == "PERSON":
                found.add(reporter.id)
    return found


def shares_subject(noun: Token, verb: Token) -> bool:
    """Whether the subject of ``verb`` takes part in the event ``noun`` names: "hold a press
    conference", "stated during an interview", "mentioned plans for talks" (not "described the trip")."""
    if noun.dep_ in ("dobj", "obj"):
        return verb.lemma_ in words.LIGHT_VERBS
    return noun.head.lower_ in NOMINAL_TIME_PREPS or noun.head.head.lemma_ in words.PLAN_NOUNS


def governing_verb(noun: Token) -> Token | None:
    """The verb an event noun is the object of, or hangs on by a temporal PP, or whose plans it is
    ("mentioned plans for a discussion"); None for subjects and other positions."""
    token = noun
    if token.dep_ == "pobj" and token.head.lower_ in NOMINAL_GOVERNOR_PREPS:
        prep_head = token.head.head
        if prep_head.lemma_ in words.PLAN_NOUNS:
            token = prep_head
        elif prep_head.pos_ in ("VERB", "AUX"):
            return prep_head
        else:
            return None
    if token.dep_ in ("dobj", "obj") and token.head.pos_ == "VERB":
        return token.head
    return None


def possessed(owner: Token) -> Token | None:
    """In "Fox Radio's "Morning Show"", the token after the possessive, which the parser may have
    hung elsewhere: the thing the phrase really names."""
    if not any(c.dep_ == "case" for c in owner.children):
        return None
    doc = owner.doc
    i = max(c.i for c in owner.children if c.dep_ == "case") + 1
    while i < len(doc) and (doc[i].is_punct or doc[i].dep_ == "det"):
        i += 1
    return doc[i] if i < len(doc) and doc[i].pos_ == "PROPN" else None


def _pobjs(prep: Token) -> list[Token]:
    return [t for c in prep.children if c.dep_ in ("pobj", "dobj") for t in with_conjuncts(c)]


def line_of(token: Token) -> tuple[int, int]:
    """The character offsets of the line (paragraph) ``token`` stands on, end exclusive."""
    text = doc_text(token.doc)
    end = text.find("\n", token.idx)
    return text.rfind("\n", 0, token.idx) + 1, len(text) if end < 0 else end


def _entities(state: Layers, line: tuple[int, int], tokens: list[Token], role: str,
              places: bool = True) -> list[Participant]:
    """The entities of ``tokens`` on the trigger's ``line`` as participants; countries and cities
    act too ("Russia attacked"). The parser runs a byline or a heading into the paragraph under it
    ("Andrew MacAskill and Kate Holton / Reuters / British Prime Minister Keir Starmer on Sunday
    dismissed ..."): a name on another line is no party to the event."""
    found = []
    for token in tokens:
        if not line[0] <= token.idx < line[1]:
            continue
        entity = entity_of(state, token)
        if entity is not None and (places or entity.type not in words.PLACE_TYPES):
            found.append(Participant(entity=entity.id, role=role))
    return found


def _unique(participants: list[Participant]) -> list[Participant]:
    seen: set[str] = set()
    out = []
    for p in participants:
        if p.entity not in seen:
            seen.add(p.entity)
            out.append(p)
    return out


def place_of(state: Layers, verbs: list[Token]) -> str | None:
    """The first place entity in an "in/at/to" phrase (or a "there") of the given clause verbs."""
    for verb in verbs:
        for child in verb.children:
            if child.dep_ == "prep":
                place = _place_in(state, child, locative=child.lower_ in words.PLACE_PREPS)
                if place is not None:
                    return place
            elif child.dep_ == "advmod" and child.lower_ in ("there", "here"):
                place = _place_entity(state, child)
                if place is not None:
                    return place
    return None


def noun_place(state: Layers, noun: Token) -> str | None:
    """A place attached to an event noun: "the summit in Alaska", "talks at the White House"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in words.PLACE_PREPS - {"on", "to"}:
            place = _place_in(state, child, locative=True)
            if place is not None:
                return place
    return None


def _place_in(state: Layers, prep: Token, locative: bool) -> str | None:
    """A place entity in a prepositional phrase: its object, or any "there" in a non-locative one.

    An organisation counts when it is the object itself or its possessor ("at the embassy",
    "in the embassy's compound"): news places events at ministries and embassies.
    """
    objects = {c.i for c in prep.children if c.dep_ == "pobj"}
    for token in prep.subtree:
        if locative and token.dep_ in ("pobj", "compound", "poss", "appos") or token.lower_ == "there":
            near = token.i in objects or token.head.i in objects and token.dep_ in ("poss", "compound")
            place = _place_entity(state, token, allow_org=locative and near and prep.lower_ in ("in", "at"))
            if place is not None:
                return place
    return None


def _place_entity(state: Layers, token: Token, allow_org: bool = False) -> str | None:
    entity = state.entity_at(token.idx, token.idx + len(token))
    if entity is None:
        return None
    return entity.id if entity.type in words.PLACE_TYPES or allow_org and entity.type == "ORG" else None


@dataclass
class Timed:
    """A TimeExpr with the indices of its tokens and of the verbs it hangs on."""

    time: TimeExpr
    tokens: set[int]
    verbs: set[int]


def time_tokens(doc: Doc, times: list[TimeExpr]) -> list[Timed]:
    """Each TimeExpr with the tokens it covers and the nearest verb above each of them."""
    out = []
    for time in times:
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is not None and len(span):
            verbs = {v for t in span if (v := _clause_verb(t)) is not None}
            out.append(Timed(time, {t.i for t in span}, verbs))
    return out


def time_for(verbs: Sequence[Token], anchor: Token, timed: list[Timed],
             nouns: Sequence[Token] = ()) -> TimeExpr | None:
    """The best TimeExpr of a clause: one attached to one of ``verbs`` (or inside ``nouns``' phrases),
    or one that ``anchor`` hangs on ("in 2018 when ... discovered"). Exact instants win, then nearness.
    Only a DATE or TIME says when: a DURATION ("a two-day summit", "for about one month") or a SET
    ("every year") is not the event's time, nor one across a line break: the parser runs a
    timestamp line ("Updated Sept. 16, 2025, 3:18 p.m. ET") into the paragraph under it."""
    text = doc_text(anchor.doc)
    verb_ids = {v.i for v in verbs}
    noun_tokens = {t.i for n in nouns for t in own_phrase(n)}
    time_ids = {i for item in timed for i in item.tokens}
    ancestors = _dating_ancestors(anchor, time_ids)
    candidates = []
    for item in timed:
        if item.time.type not in ("DATE", "TIME"):
            continue
        if not (item.verbs & verb_ids or item.tokens & noun_tokens or item.tokens & ancestors):
            continue
        start, end = sorted((item.time.start, anchor.idx))
        if "\n" not in text[start:end]:
            candidates.append(item.time)
    if not candidates:
        return None
    return min(candidates, key=lambda t: (t.utc is None, abs(t.start - anchor.idx)))


def own_phrase(noun: Token) -> list[Token]:
    """The tokens of ``noun``'s phrase but those of a clause hung on another word in it: "an
    investigation into him beating a boy who had pranked his house last month" keeps "a boy", not
    the clause of the prank."""
    found = [noun]
    for child in noun.children:
        # a clause on the event noun itself tells of it: "an ice storm that required him to fly back in February"
        found += list(child.subtree) if child.dep_ in CLAUSE_DEPS else _phrase_below(child)
    return found


def _phrase_below(token: Token) -> list[Token]:
    found = [token]
    for child in token.children:
        if child.dep_ not in CLAUSE_DEPS:
            found += _phrase_below(child)
    return found


def _dating_ancestors(anchor: Token, times: set[int]) -> set[int]:
    """The indices of the words above ``anchor`` whose time dates it: up to the first clause
    boundary that is neither hung by "when" ("in 2018 when miners discovered it") nor right on a
    time's word ("the year Doncic wins", "in 1996, which banned"); a time above a clause on another
    noun does not date it ("Martin Luther King Jr. Day, a holiday that honors him"), one in the
    same phrase does ("the Jan. 6, 2021, attack", parsed under the date). ``times``: the indices
    of the tokens of times."""
    found: set[int] = set()
    token = anchor
    while token.head.i != token.i:
        if token.dep_ in CLAUSE_DEPS:
            when = any(c.dep_ == "advmod" and c.lower_ == "when" for c in token.children)
            if not when and token.head.i not in times:
                break
        token = token.head
        found.add(token.i)
    return found


def phrase_time(noun: Token, time: TimeExpr | None) -> TimeExpr | None:
    """``time`` where it dates the event ``noun`` names: the noun is the subject of a verb of
    happening ("The meeting is scheduled to take place at 3 p.m.", "the vote was held Friday"), it
    is where something is done ("spoke at the summit on Friday"), or the time lies in its own
    phrase ("the Jan. 6, 2021, Capitol riot", "the meeting on Jan. 17"), not in a clause hung on
    it ("the strike that began July 14") or in the clause of another verb ("visits included one
    meeting ... on Jan. 17"); else None."""
    if time is None or noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in words.HAPPENING_VERBS:
        return time
    if noun.dep_ == "pobj" and noun.head.lower_ in ("during", "at", "amid"):
        return time  # "spoke at the summit on Friday": what is done at it is done when it is
    phrase = {noun.i} | {t.i for c in noun.children if c.dep_ not in CLAUSE_DEPS for t in c.subtree}
    span = noun.doc.char_span(time.start, time.end, alignment_mode="expand")
    return time if span is not None and all(t.i in phrase for t in span) else None


def _clause_verb(token: Token) -> int | None:
    """The index of the nearest verb above ``token`` (itself excluded)."""
    for ancestor in _ancestors(token):
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor.i
    return None


def _ancestors(token: Token) -> Iterator[Token]:
    while token.head.i != token.i:
        token = token.head
        yield token


def time_dict(time: TimeExpr | None) -> dict[str, str | None] | None:
    """The Event.time form of a TimeExpr."""
    return {"value": time.value, "utc": time.utc} if time is not None else None
