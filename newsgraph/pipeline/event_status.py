"""An event's status from its clause: occurred, planned, scheduled, conditional, negated, reported.

Read from auxiliaries ("will"), the verbs a trigger is the complement of ("is set to", "is
scheduled to"), "if" clauses, negation, speech verbs above it, and for event nouns their
modifiers ("anticipated summit", "subsequent discussion") or the verb they hang on.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.pipeline import event_words as words
from newsgraph.pipeline.event_args import governing_verb
from newsgraph.pipeline.event_moods import in_yes_no_question, infinitive_status


def verb_status(verb: Token, infinitives: bool = True, questions: bool = True) -> str:
    """The status of the event a verb expresses; with ``infinitives`` False, a "to" infinitive
    above it does not count (the strike in "an agreement to end the strike" took place), with
    ``questions`` False nor a yes/no question ("Does the strike affect the port?")."""
    chain = _chain(verb)
    if any(_is_conditional(v) for v in chain) or questions and in_yes_no_question(verb):
        return "conditional"  # "if it fails", "whether he mishandled", "Will the Fed cut rates?"
    if any(c.dep_ == "neg" for v in chain[:1] for c in v.children):
        return "negated"
    for upper, lower in zip(chain[1:], chain, strict=False):
        if upper.lemma_ in words.SCHEDULED_HEADS and (lower.dep_ == "xcomp" or _has_xcomp(upper)):
            return "scheduled"
        if upper.lemma_ in words.PLANNED_HEADS and (lower.dep_ == "xcomp" or _has_xcomp(upper)):
            return "planned"
    if any(c.dep_ == "aux" and c.lower_ in words.FUTURE_AUX for v in chain for c in v.children):
        return "planned"
    modal = _modal(chain)
    if modal is not None:
        # "said he would visit": a plan told; "could strike", "would give her", "can score": a possibility
        return "planned" if modal == "would" and _under_speech(chain[-1]) else "conditional"
    infinitive = infinitive_status(chain) if infinitives else None
    if infinitive is not None:
        return infinitive  # "used boats to rescue people", "the chance to win", "managed to escape"
    if _under_speech(chain[-1]) and verb.tag_ in ("VBD", "VBN"):
        return "reported"
    return "occurred"


def noun_status(noun: Token) -> str:
    """The status of the event an event noun names."""
    subject = noun.dep_ in ("nsubj", "nsubjpass")
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
    if modifiers & words.SCHEDULED_MODIFIERS:
        return "scheduled"
    if modifiers & words.PLANNED_MODIFIERS:
        return "planned"
    if noun.dep_ == "pobj" and noun.head.head.lemma_ in words.PLAN_NOUNS:
        return "planned"
    verb = governing_verb(noun)
    if verb is None and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        verb = noun.head
    if verb is None:
        verb = _becoming_verb(noun)
    if verb is not None and noun.dep_ in ("nsubj", "nsubjpass") and _has_xcomp(verb):
        # "The vote is scheduled to take place", "the talks are set to resume"
        if verb.lemma_ in words.SCHEDULED_HEADS:
            return "scheduled"
        if verb.lemma_ in words.PLANNED_HEADS:
            return "planned"
    if verb is not None and noun.dep_ == "nsubjpass" and verb.lemma_ in words.FORECAST_VERBS \
            and not any(c.dep_ == "neg" for c in verb.children):
        return "planned"  # "storms are expected across the plains": forecast, not yet happened
    if verb is not None:
        # "to hold a summit" is planned; "to end the strike", "to silence her before the election": the event was
        held = noun.dep_ in ("dobj", "obj") and verb.lemma_ in words.LIGHT_VERBS or noun.dep_ in ("attr", "oprd")
        # a question takes its subject for granted: "Does the strike affect the port?", "Are elections free?"
        status = verb_status(verb, infinitives=held, questions=not subject)
        return "occurred" if status == "reported" else status
    return "conditional" if not subject and in_yes_no_question(noun) else "occurred"


def _chain(verb: Token) -> list[Token]:
    """``verb`` and the verbs above it through xcomp, conj and "by"-clauses, nearest first."""
    chain = [verb]
    token = verb
    for _ in range(8):
        if token.dep_ in ("xcomp", "conj") and token.head.i != token.i:
            token = token.head
        elif token.dep_ == "pcomp" and token.head.head.i != token.i:
            token = token.head.head
        else:
            break
        chain.append(token)
    return chain


def _becoming_verb(noun: Token) -> Token | None:
    """The verb an event noun is what something is or becomes by: "could be the first tropical
    storm", "is forecast to become a Category 4 storm", "expected to weaken into a hurricane"."""
    if noun.dep_ in ("attr", "oprd") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("to", "into") and noun.head.head.lemma_ in words.CHANGE_VERBS:
        return noun.head.head
    return None


def _modal(chain: list[Token]) -> str | None:
    """The modal auxiliary ("could", "would", "can") of a verb in ``chain``, lowercased, or None."""
    for verb in chain:
        for child in verb.children:
            if child.dep_ == "aux" and child.lower_ in words.MODAL_AUX:
                return child.lower_
    return None


def _has_xcomp(verb: Token) -> bool:
    return any(c.dep_ == "xcomp" for c in verb.children)


def _is_conditional(verb: Token) -> bool:
    """An "if" or "whether" clause, or a clause that has an "if" one ("If it fails, I'll hold a press conference")."""
    if any(c.dep_ == "mark" and c.lower_ in words.CONDITION_MARKS | {"whether"} for c in verb.children):
        return True
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in words.CONDITION_MARKS for m in c.children)
        for c in verb.children
    )


def _under_speech(verb: Token) -> bool:
    """Whether ``verb`` is the content of a speech verb ("officials said troops attacked")."""
    return verb.dep_ == "ccomp" and verb.head.lemma_ in words.SPEECH_VERBS
