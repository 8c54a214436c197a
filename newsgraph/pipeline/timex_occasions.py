"""Whether a possessive weekday ("Sunday's game") names an event that still lies ahead, however far in
the week, by what its sentence does with that event.

A possessive weekday is read as the nearest such day (``timex_weekdays``); told on a Monday,
"Sunday's game" is then the day before. Some sentences show the event is awaited: an
instruction to the reader that follows or warns of it ("Follow along in Wednesday's blog",
"Don't look at Saturday's eclipse without glasses"; not "Read more on Tuesday's roll call"), and
a thing had, allowed or made ready for it in the present ("tickets for Sunday's game are going
for $5,000", "chairs are permitted for Sunday's watch party"). ``awaited_occasion`` says so, for
the hook ``Context.awaited``.
"""

from spacy.tokens import Doc, Token

# things had or readied for an event to come ("tickets for Sunday's game", "set for Friday's
# opener"); not blame, credit or an answer, which follow the event ("credit for Saturday's win")
_FOR_AWAITED = {"ticket", "seat", "plan", "preparation", "lineup", "odds", "forecast", "pick", "prediction",
                "preview", "registration", "ready", "prepare", "set", "permit", "allow", "available"}
_PAST_TAGS = {"VBD"}
_FOLLOW_VERBS = {"follow", "tune"}


def awaited_occasion(doc: Doc, start: int, end: int) -> bool:
    """Whether the possessive weekday at chars ``[start, end)`` of ``doc`` names an event still to come
    (see the module docstring): its noun is the object of "for" on a word of readiness in a clause
    that tells no past, or its clause is an instruction to the reader."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or span.root.dep_ != "poss":
        return False
    event = span.root.head
    while event.dep_ == "compound" and event.head.i != event.i:  # "Sunday's Super Bowl watch party": the party
        event = event.head
    verb = _clause_verb(event)
    if verb is not None and _told_in_past(verb):
        return False
    if event.dep_ == "pobj" and event.head.lower_ == "for" and event.head.head.lemma_.lower() in _FOR_AWAITED:
        return True
    return verb is not None and _instruction(verb)


def _clause_verb(token: Token) -> Token | None:
    """The verb whose clause holds ``token``: the first verb or auxiliary above it, else None."""
    while token.head.i != token.i:  # the root is its own head
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return token if token.pos_ in ("VERB", "AUX") else None


def _told_in_past(verb: Token) -> bool:
    """Whether ``verb`` or an auxiliary of it is in the past ("were permitted", "sold tickets")."""
    if verb.tag_ in _PAST_TAGS:
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in _PAST_TAGS for c in verb.children)


def _instruction(verb: Token) -> bool:
    """Whether ``verb`` is an instruction to the reader about a thing to come: a bare verb heading its
    sentence with no subject, after "do not" ("Don't look at ...", "Don't miss ...") or one that
    follows what is still to happen ("Follow along in ...", "Tune in to ...")."""
    if verb.tag_ != "VB" or verb.dep_ != "ROOT":
        return False
    # "Read more on Tuesday's roll call", "See the winners from Sunday's show": what happened
    if verb.lemma_.lower() not in _FOLLOW_VERBS and not any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() != "do" for c in verb.children):
        return False
    before = verb.doc[verb.sent.start:verb.i]
    return all(t.pos_ in ("ADV", "INTJ", "PUNCT", "CCONJ", "SPACE", "PART") or t.lemma_.lower() == "do"
               for t in before)
