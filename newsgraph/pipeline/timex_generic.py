"""Generic times: seasons and parts of the day in sentences that tell what usually happens.

"Bears hibernate in the winter", "Prices usually rise in the spring", "The shop is busy in the
morning on weekdays" name no particular winter, spring or morning; TimeML gives them no anchor
("XXXX-WI", "XXXX-XX-XXTMO"). A plural names each one, a SET ("in the mornings",
"on Sunday mornings", "in the summers"); ``plural_part`` is the handler of that grammar rule.

``habitual_clause(doc, start, end)`` decides, from the spaCy parse, whether the clause holding an
expression is clearly generic: a verb in the present simple (no auxiliary but "do") together with
an adverb of frequency ("usually", "often", "tend to"), "every" or "each", or a bare plural subject
("Bears hibernate"). Anything else ("in the spring" of a past or coming event, "The company opens a
store in the spring") stays anchored.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsgraph.pipeline.timex_grammar import Candidate
from newsgraph.pipeline.timex_values import Context, Timex, handles
from newsgraph.pipeline.timex_words import MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS

_FREQUENCY = {"usually", "often", "typically", "generally", "always", "normally", "sometimes", "rarely", "seldom",
              "frequently", "regularly", "traditionally", "customarily", "commonly", "tend", "tends", "every",
              "each", "routinely", "habitually"}
# verbs whose present tells of news, not of what is usual ("Officials expect a deal in the spring")
_NEWS_VERBS = {"say", "expect", "predict", "plan", "hope", "believe", "think", "warn", "fear", "forecast",
               "anticipate", "project", "estimate", "want", "need", "see", "tell", "report", "announce", "seek",
               "aim", "intend", "schedule", "propose", "urge", "call", "vow", "pledge", "promise", "face"}
# a plural subject these words modify is a particular group ("new rules take effect in the spring")
_PARTICULAR = {"new", "next", "first", "last", "latest", "upcoming", "proposed", "additional", "these", "those",
               "such", "both", "all", "two", "three", "several", "some", "the", "our", "their", "its", "his", "her"}
# the rules whose expression may be generic, and only without a year, a "this" or "last"
GENERIC_RULES = {"season", "daypart", "bare_daypart"}


@handles("month_set")
def month_set(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    """ "every June", "each March": each such month, a SET ("XXXX-06")."""
    return Timex("SET", f"XXXX-{MONTHS[m['mon'].lower().rstrip('.')]:02d}", quant=m["q"].upper())


def may_be_generic(cand: Candidate) -> bool:
    """Whether ``cand`` is a season, month or part of the day that names no particular one by its words
    alone: "(in) the winter", "(in) winter", "in June", "in the morning"; not "the winter of 2019",
    "last June", "this morning"."""
    m = cand.match
    if cand.rule == "season":
        return not (m["y"] or m["sy"])
    if cand.rule == "daypart":
        return m["what"].lower() == "the" and not m["day"]
    if cand.rule == "bare_daypart":  # "in mid-morning": any morning, by its words
        return True
    if cand.rule == "month_year":  # "The festival usually runs in June": no June in particular
        return not (m["y"] or m["sy"] or m["rel"] or m["ry"])
    if cand.rule == "nth_weekday":  # "Summer time ends on the first Sunday of November": every year's
        return not m["y"]
    return False


def unanchored(timex: Timex) -> Timex:
    """ ``timex`` with its year (and day) left unknown: "XXXX-WI", "XXXX-XX-XXTMO"; it names no point."""
    value = re.sub(r"^\d{4}-\d\d-\d\d(?=T)", "XXXX-XX-XX", timex.value)
    value = re.sub(r"^\d{4}(?=-(?:SP|SU|FA|WI|\d\d)$)", "XXXX", value)
    value = re.sub(r"^\d{4}-(\d\d)-\d\d$", r"XXXX-\1", value)  # "the first Sunday of November": its month
    return Timex(timex.type, value, timex.mod, narrates=False)


def habitual_clause(doc: Doc, start: int, end: int) -> bool:
    """Whether the clause holding chars ``[start, end)`` of ``doc`` tells what usually happens."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = _governing_verb(span.root)
    if verb is None or not _present_simple(verb) or verb.lemma_ in _NEWS_VERBS:
        return False
    words = {t.lower_ for t in verb.subtree} | {t.lower_ for t in verb.children}
    if words & _FREQUENCY:
        return True
    if any(t.lower_.rstrip(".") in MONTHS for t in span):
        return False  # "Voters head to the polls in November": a timetable, a bare plural is not enough
    return any(_bare_plural(child) for child in verb.children if child.dep_ == "nsubj")


def _governing_verb(token: Token) -> Token | None:
    """The verb ``token`` hangs on; through "to" to the verb that takes it ("tend to rise")."""
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            break
        if token.head.i == token.i:
            return None
        token = token.head
    else:
        return None
    while token.dep_ == "xcomp" and any(c.lower_ == "to" for c in token.children):
        token = token.head
    # "bears hibernate in winter and wake in the spring": a bare conjoined verb shares the first's tense
    while token.dep_ == "conj" and token.tag_ == "VB" and not any(c.dep_ in ("aux", "nsubj") for c in token.children):
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _present_simple(verb: Token) -> bool:
    """A present tense with no auxiliary but "do" ("hibernate", "is busy", "doesn't open")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ not in ("do", "does") for a in auxes):
        return False
    if auxes:
        return verb.tag_ == "VB"
    return verb.tag_ in ("VBZ", "VBP")


def _bare_plural(subject: Token) -> bool:
    """A plural common noun with no determiner, possessive or number: "Bears", "Black bears", "Tourists"."""
    if subject.tag_ != "NNS":
        return False
    return not any(c.dep_ in ("det", "poss", "nummod", "compound") or c.lower_ in _PARTICULAR
                   for c in subject.children)


@handles("plural_part")
def plural_part(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    """ "in the mornings", "on Sunday mornings", "in the summers": each one, a SET."""
    word = m["part"].lower()[:-1]
    if word in SEASONS:
        return Timex("SET", f"XXXX-{SEASONS[word]}")
    day = f"XXXX-WXX-{WEEKDAYS[m['wd'].lower().rstrip('.')]}" if m["wd"] else "XXXX-XX-XX"
    return Timex("SET", f"{day}T{PARTS_OF_DAY[word]}")
