"""Layer newsgraph_times: TIMEX3 time expressions (DATE, TIME, DURATION, SET) with values.

The grammar (``timex_grammar``) finds the expressions in the text; ``timex_values`` gives each
its TIMEX3 value and mod, anchored on ``layers(doc).published`` or on the time the text narrates.
This module reads what the spaCy model says about each expression's sentence: the tense of the
verb it hangs on (so "Friday" looks back in "on Friday he arrived" and ahead in "on Friday he
will arrive"; a past's own act, "She said in March", cannot lie after the publication; a present
that sets a date, "Early voting ends Nov. 2", looks ahead, see ``timex_schedule``), whether the
clause tells what usually happens (``timex_generic``: "Birds fly south
in the winter" names no particular winter) and, for "local time", the place the sentence is about.
Expressions are read in order, so that ``timex_ranges`` can settle what a pair reads together
("from 10 p.m. to 2 a.m.": the end is the next day).
"""

import datetime as dt
import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph.model import TimeExpr
from newsgraph.pipeline.state import doc_text, layers
from newsgraph.pipeline.timex_calendar import year_near
from newsgraph.pipeline.timex_compose import day_beside, weekday_beside
from newsgraph.pipeline.timex_generic import habitual_clause
from newsgraph.pipeline.timex_grammar import Candidate, find_candidates
from newsgraph.pipeline.timex_later_day import date_by_later_day
from newsgraph.pipeline.timex_narrative import clause_tense, in_aside, quoted_apart, sentence_index, sentences_back
from newsgraph.pipeline.timex_occasions import awaited_occasion
from newsgraph.pipeline.timex_ranges import join_range, past_midnight
from newsgraph.pipeline.timex_schedule import present_reading
from newsgraph.pipeline.timex_values import Context, Timex, normalize, safe_date, years_written
from newsgraph.pipeline.timex_words import MONTHS
from newsgraph.pipeline.timex_zones import context_zone, place_zone

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "’ll", "would"}
_FUTURE_MARKS = {"until", "till", "soon", "upcoming", "next"}  # "until Tuesday", "as soon as Monday"
_FUTURE_VERBS = {"schedule", "set", "expect", "plan", "due", "go", "intend", "aim", "prepare", "slate"}
# "agreed to buy it in February": the buying lies ahead; but "agreed in June to buy" dates the agreeing
_INTENT_VERBS = {"agree", "promise", "pledge", "vow", "propose", "threaten", "hope", "want", "seek"}
_PAST_AUX = {"had", "did", "was", "were"}
_MAYBE_AUX = {"may", "might", "should", "can", "must", "ca"}  # "ca" of "can't"; "could" also tells the past
# verbs whose past is their base form: a tagger reads "hurt" after "weakness" as a present
# ("forecast", "read", "bid" are left out: "analysts forecast a rise" is a present that looks ahead)
_SAME_IN_PAST = {"hurt", "cut", "hit", "put", "cost", "spread", "shut", "quit", "beat", "cast", "burst", "split",
                 "upset", "set", "shed"}
# a thing expected or scheduled, told in the present or with no auxiliary, lies ahead
_EXPECT_VERBS = {"expect", "schedule", "slate", "forecast", "predict", "project"}
_PRESENT_PASSIVE = {"is", "are", "'s", "’s", "being"}
_PLAN_VERBS = {"plan", "schedule", "expect", "slate"}  # their object is a thing to come
# verbs that make an occasion known or ask for one, and occasions they may date
_ARRANGE_VERBS = {"announce", "propose", "call", "unveil", "reveal", "confirm", "add", "agree", "offer", "seek"}
_OCCASIONS = {"debate", "meeting", "election", "vote", "game", "match", "summit", "hearing", "trial", "concert",
              "rally", "conference", "ceremony", "event", "session", "race", "primary", "convention", "festival",
              "tournament", "one", "show", "launch", "visit", "tour", "referendum", "talk"}
# a past of these dates a thing set for some day, which may lie either side ("was postponed to June")
_RESET_VERBS = {"schedule", "reschedule", "set", "slate", "postpone", "delay", "move", "push", "plan", "expect",
                "extend"}
# a date under these prepositions, or bare, dates the act itself ("said in March", "opened on Feb. 12")
_ACT_PREPS = {"in", "on", "at", "during"}
_NAMING_VERBS = {"title", "entitle", "name", "call", "dub", "label", "nickname", "brand"}
# "gave them until Friday", "allowed until Monday": a past that grants time up to a day ahead
_GRANT_VERBS = {"give", "allow", "grant", "extend", "ask", "order", "tell", "urge", "call", "warn", "say", "announce"}
_RESET_PREPS = {"for", "to", "until", "till", "into", "through", "thru"}
_NAME_WORD_RULES = {"weekday", "month_year"}  # bare calendar words that names also use
_NAME_LABELS = {"ORG", "PERSON", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "NORP"}


class TimesLayer:
    """Finds and normalizes the time expressions of a Doc into ``layers(doc).times``."""

    def __call__(self, doc: Doc) -> Doc:
        state = layers(doc)
        text = doc_text(doc)
        context = Context(
            anchor=state.anchor_date,
            direction=lambda start, end: tense_direction(doc, start, end),
            zone_at=lambda start: local_zone(doc, start),
            habitual=lambda start, end: habitual_clause(doc, start, end),
            occasion=lambda start, end: future_occasion(doc, start, end),
            awaited=lambda start, end: awaited_occasion(doc, start, end),
            sentences_back=_sentences_back_in(doc, text),
            tense=lambda start, end: clause_tense(doc, start, end),
            aside=lambda setter, start: in_aside(doc, setter, start),
        )
        cands = find_candidates(text)
        if not _told_after_publication(doc, cands, state.anchor_date):
            context.done = lambda start, end: past_act(doc, start, end)
        for cand, timex in _read_in_order(doc, cands, context):
            state.times.append(TimeExpr(
                start=cand.start, end=cand.end, text=text[cand.start:cand.end], type=timex.type,
                value=timex.value, mod=timex.mod, utc=timex.utc, timezone=timex.timezone,
                quant=timex.quant, freq=timex.freq,
            ))
        return doc


def _sentences_back_in(doc: Doc, text: str) -> Callable[[int, int], int | None]:
    """``Context.sentences_back`` for ``doc``: its sentence starts are found on the first question."""
    starts: list[int] = []

    def sentences_back_here(setter: int, start: int) -> int | None:
        if not starts:
            starts.extend(sentence_index(doc))
        return sentences_back(text, starts, setter, start)

    return sentences_back_here


_UPDATED_AFTER = 3  # days told in the past after the publication: the text was updated later


def _told_after_publication(doc: Doc, cands: list[Candidate], anchor: dt.date | None) -> bool:
    """Whether the text tells, as past acts, of several days without a year that lie just after the
    publication date ("announced Dec. 13", "entered the portal Dec. 18", published Nov. 30): a story
    updated after it was first published, whose publication date bounds nothing."""
    if anchor is None:
        return False
    after = 0
    for cand in cands:
        m = cand.match
        if cand.rule != "calendar" or m["y"] or m["rel"]:
            continue
        month = MONTHS[(m["mon"] or m["mon2"]).lower().rstrip(".")]
        day_num = int(re.sub(r"\D", "", m["day"] or m["day_from"] or m["day2"]))
        day = safe_date(year_near(anchor, month, day_num, None), month, day_num)
        if day is not None and day > anchor + dt.timedelta(days=1) and past_act(doc, cand.start, cand.end):
            after += 1
    return after >= _UPDATED_AFTER


def _read_in_order(doc: Doc, cands: list[Candidate], context: Context) -> list[tuple[Candidate, Timex]]:
    """The value of each candidate (those inside names, or with none, left out), read in text order so
    that each may settle what the one before it left open: the end of a range, a night gone past midnight."""
    context.written = years_written(cands)
    found: list[tuple[Candidate, Timex]] = []
    last_clock: tuple[Candidate, Timex] | None = None
    names: list[tuple[int, int]] = []  # the model's names, read once: spaCy builds doc.ents anew on each access
    if any(cand.rule in _NAME_WORD_RULES for cand in cands):
        names = [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in _NAME_LABELS]
    for cand in cands:
        if _inside_a_name(doc, cand, names):
            continue
        timex = normalize(cand, context)
        if timex is None:
            continue
        cand, timex = day_beside(cand, timex, context)  # "the day after tomorrow": one day on
        cand, timex = weekday_beside(found, cand, timex, context)  # "the Friday before Easter"
        if found:
            join_range(found[-1], (cand, timex), context)  # "from 10 p.m. to 2 a.m.": the end a day on
        past_midnight(last_clock, cand, timex, context)  # "at 11:10 p.m. ... By 3 a.m.": the next morning
        if cand.rule == "clock":
            last_clock = (cand, timex)
        found.append((cand, timex))
    date_by_later_day(doc, found, context)  # "a 7 p.m. departure on Monday"
    return found


def _inside_a_name(doc: Doc, cand: Candidate, names: list[tuple[int, int]]) -> bool:
    """Whether a weekday or month found at ``cand`` is one word of a longer name the model tagged
    (``names``: the chars of its names; "Sheffield Wednesday", a club; "Radio Monday"), or a
    capitalised "Today" ends a name (see ``_named_today``), not a time."""
    if cand.rule == "deictic":
        return _named_today(doc_text(doc), cand)
    if cand.rule not in _NAME_WORD_RULES:
        return False
    return any(start <= cand.start and cand.end <= end and end - start > cand.end - cand.start
               for start, end in names)


def _named_today(text: str, cand: Candidate) -> bool:
    """Whether a capitalised "Today" at ``cand`` ends a name: right after a capitalised word of the
    same sentence ("USA TODAY", "Florida Today", "NBC's Today show"), in a line that is not a
    title-case headline ("Senate Votes Today" keeps its time)."""
    word = text[cand.start : cand.end]
    if word.lower() != "today" or word == "today":
        return False
    if _NAME_BEFORE.search(text[max(0, cand.start - 40) : cand.start]) is None:
        return False
    line_start = text.rfind("\n", 0, cand.start) + 1
    line_end = text.find("\n", cand.end)
    words = _WORD.findall(text[line_start : line_end if line_end >= 0 else len(text)])
    title_case = len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)
    return word.isupper() or not title_case


# a capitalised word (all capitals, a possessive) ending just before, no full stop between
_NAME_BEFORE = re.compile(r"(?:^|[^\w.])[A-Z](?:[\w&'’-]*\w)?[ /]$")
_WORD = re.compile(r"[A-Za-z][\w'’]*")


@Language.factory(
    "newsgraph_times",
    requires=["token.tag", "token.dep"],
    assigns=["doc._.newsgraph"],
)
def make_times(nlp: Language, name: str) -> TimesLayer:
    return TimesLayer()


def tense_direction(doc: Doc, start: int, end: int) -> str | None:
    """ "past", "future", "present", "timetable", "either", "nearest" or None: which way the clause holding
    chars ``[start, end)`` looks ("either": a modal, "may", "can", leaves it open, so the nearest day is
    meant; "timetable": a date set by a present, "Early voting ends Nov. 2", lies ahead; "nearest": a
    headline's present, or a day a past sets a thing for, "was moved to June", may lie either side).

    The first verb up the dependency tree from the expression that shows a tense decides:
    "will" or "is set to" look ahead, a past form looks back.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    direction = _clause_direction(span)
    if direction == "future" and _names_a_period(span.root):
        return "nearest"  # "will publish its September report": figures of a month gone by, or near
    return direction


# nouns of figures told for a period ("the September report", "Tuesday's jobs data"), which come
# out after the period they count
_FIGURES = {"report", "data", "figure", "number", "statistic", "stat", "result", "reading", "survey", "index",
            "payroll", "sale", "earning", "revenue", "tally", "count", "estimate", "snapshot", "print", "minute",
            "datum"}  # the lemma spaCy gives "data"


def _names_a_period(time: Token) -> bool:
    """Whether the time token ``time`` modifies a noun of figures ("a September report")."""
    return time.dep_ in ("compound", "nmod", "amod", "poss") and time.head.lemma_.lower() in _FIGURES


def _clause_direction(span: Span) -> str | None:
    """The direction of the clause holding ``span``, from the first verb up the tree that shows a tense."""
    token = span.root
    until = ahead = False
    came_from = token
    for _ in range(8):
        if token.lower_ == "due" and token.pos_ == "ADJ":
            return _due_direction(token)  # "results are due in the second half": ahead
        if token.lower_ == "effective" and token.i > span.root.i - 3:
            return None  # "created an office, effective Feb. 1": the date a change takes effect, either way
        if token.lower_ == "since" and token.dep_ == "prep":
            return "past"  # "since Friday": from a day gone by until now, in any tense
        if token.dep_ == "prep" and token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].lower_ == "since":
            return "past"  # "since shortly after the Oct. 23 slaying": the parser hangs "since" beside "after"
        if token.lower_ in ("until", "till"):
            until = True  # "open until Friday" looks ahead, "until Friday they had not called" back
        elif token.lower_ in _FUTURE_MARKS:
            return "future"
        elif token.lower_ == "ahead" and any(c.lower_ == "of" for c in token.children):
            ahead = True  # "comes ahead of an October election": ahead, unless told in the past
        if _naming_participle(token):
            pass  # "a meeting, titled “…”, on March 22": a name given tells no time; the clause above does
        elif token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or token.tag_ == "MD":
            if quoted_apart(span.root, token):
                return None  # a label before a quote ("Wechsler on Thursday ``..."): the quote's verb tells nothing
            if _plans_a_thing(token, came_from, span.root) or _set_for(token):
                return "future"  # "planned a demonstration on Saturday": the demonstration lies ahead
            if _arranges_an_occasion(token, came_from):
                return "nearest"  # "announced a second debate on Sept. 10": the debate's day, either side
            found = _verb_direction(token)
            if found is None and _imperative(token):
                return "future"  # "sign up by Sunday morning": an instruction looks ahead
            if found is None and _infinitive(token) and _verb_direction(token.head) == "past":
                # "filed last week to run in the primary on May 14": the act has its own time, the
                # past of the verb above does not date it
                return "future" if until or ahead else None
            if found is not None:
                if until and not (found == "past" and (_past_perfect(token) or _done_until(token))):
                    return "future"  # "postponed until Tuesday", "has given them until Tuesday"
                if found == "present" and not ahead:
                    return present_reading(token, came_from, span.root) or found  # "Early voting ends Nov. 2"
                if found == "past" and _set_for_a_day(token, came_from):
                    return "nearest"  # "the vote was postponed to June": the day set, either side
                if found == "past" and came_from.lower_ in ("through", "thru") and _state_so_far(token):
                    return "future"  # "the road has been closed through Friday": the state lasts till then
                return "future" if ahead and found == "present" else found
        if token.head.i == token.i:  # the root (spaCy makes a new Token object on each access)
            break
        came_from, token = token, token.head
    return "future" if until or ahead else None


_OCCASION_PREPS = {"in", "at", "during", "into"}
_WILL = {"will", "'ll", "’ll", "shall", "wo"}


def future_occasion(doc: Doc, start: int, end: int) -> bool:
    """Whether the possessive time at chars ``[start, end)`` names the event a future verb's act
    takes place in ("will compete in Sunday's Super Bowl", "will face them in Saturday's semifinals"):
    that event lies ahead, however far in the week; not a thing the act answers ("will not join any
    response to Saturday's attack") nor the time of a verb below ("after passing him in Monday's game")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    event = span.root.head if span.root.dep_ == "poss" else None
    if event is None or event.dep_ != "pobj" or event.head.lower_ not in _OCCASION_PREPS:
        return False
    verb = event.head.head
    # "will", not "would": "said he would play in Sunday's game" may tell of the Sunday gone
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in _WILL for c in verb.children)


def past_act(doc: Doc, start: int, end: int) -> bool:
    """Whether the time at chars ``[start, end)`` dates the act of a past verb it hangs on directly ("She
    said in March that ...", "opened a plant on Feb. 12"), which has happened by the publication; not a
    date a past sets ("extended to Nov. 20"), nor one of a noun or adjective ("payable Dec. 15")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    time = came_from = span.root
    if time.dep_ == "pobj" and time.head.dep_ == "prep" and time.head.lower_ in _ACT_PREPS:
        came_from = time.head
    elif time.dep_ not in ("npadvmod", "tmod", "obl"):
        return False
    verb = came_from.head
    if any(c.dep_ == "dobj" and verb.i < c.i < came_from.i and any(g.dep_ == "prep" for g in c.children)
           for c in verb.children):
        return False  # "addressed a request from the defense for a day off on June 3": maybe the noun's
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ in _RESET_VERBS or verb.lemma_ in _FUTURE_VERBS:
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False  # "had been set to expire Nov. 6": an infinitive's act has its own time
    return _verb_direction(verb) == "past"


def _naming_participle(verb: Token) -> bool:
    """Whether ``verb`` is a bare participle that names its noun ("a meeting, titled ...", "a
    group called ..."): it has no tense of its own."""
    return (verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl") and verb.lemma_.lower() in _NAMING_VERBS
            and not any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children))


def _told_in_past(verb: Token) -> bool:
    """Whether ``verb`` is a simple past or carries "was", "were", "did" ("planned", "was set")."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PAST_AUX for c in verb.children)


def _done_until(verb: Token) -> bool:
    """Whether ``verb`` is a simple past of the subject's own doing that lasted until a time ("waited
    until Saturday", "stayed until Sunday"): done by then, not a day set ahead ("postponed until
    Tuesday", "gave them until Friday", "was closed until Monday")."""
    return (verb.tag_ == "VBD" and verb.lemma_ not in _RESET_VERBS | _GRANT_VERBS
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


def _state_so_far(verb: Token) -> bool:
    """Whether ``verb`` is a present perfect passive ("has been closed"): a state that holds now."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(auxes & {"has", "have", "'s", "’s"}) and "been" in auxes


def _set_for_a_day(verb: Token, came_from: Token) -> bool:
    """Whether the time below ``came_from`` is the day ``verb`` sets a thing for ("was scheduled for
    March 4", "was moved to Friday"), which a past tense does not put before the publication."""
    if verb.dep_ == "acl":
        return False  # "a service planned for Saturday was canceled": the clause above tells its side
    return verb.lemma_ in _RESET_VERBS and came_from.dep_ == "prep" and came_from.lower_ in _RESET_PREPS


def _set_for(verb: Token) -> bool:
    """ "Summit set for April" (a headline's participle, no auxiliary): a thing scheduled, ahead."""
    return (verb.lemma_ == "set" and verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children))


def _imperative(verb: Token) -> bool:
    """Whether ``verb`` is an instruction to the reader: a bare verb heading its sentence, no subject
    ("Just sign up by Sunday", "Order online on April 8")."""
    if verb.tag_ != "VB" or verb.dep_ != "ROOT":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children):
        return False
    return all(t.pos_ in ("ADV", "INTJ", "PUNCT", "CCONJ", "SPACE") for t in verb.doc[verb.sent.start:verb.i])


def _infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a "to" infinitive under another verb ("filed to run", "flew in to meet")."""
    return verb.tag_ == "VB" and verb.dep_ in ("xcomp", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _due_direction(due: Token) -> str:
    """ "is due" looks ahead; "was due", "had been due" tell of a day gone by."""
    copula = due.head if due.dep_ in ("acomp", "attr", "amod") else due
    words = {copula.lower_} | {c.lower_ for c in copula.children if c.dep_ in ("aux", "auxpass")}
    return "past" if copula.tag_ == "VBD" or words & {"was", "were", "had"} else "future"


def _arranges_an_occasion(verb: Token, came_from: Token) -> bool:
    """Whether the time dates an occasion that ``verb`` announces, proposes or calls for (its
    object, or the object of its "for"): "announced a second debate on Sept. 10", "proposed a
    debate in September", "called for debates in July": the occasion's day, not the verb's."""
    if verb.lemma_ not in _ARRANGE_VERBS:
        return False
    if came_from.dep_ == "prep" and came_from.lower_ == "for":
        came_from = next((c for c in came_from.children if c.dep_ == "pobj"), came_from)
    if came_from.dep_ in ("dobj", "pobj") and came_from.lemma_.lower() in _OCCASIONS:
        return True
    # the parser hangs the time on the verb ("proposed a debate in September", "called for debates
    # in July"): the verb's occasion is what it dates
    if came_from.dep_ != "prep" or came_from.lower_ not in ("in", "on", "for"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
                if p.dep_ == "pobj"]
    return any(o.lemma_.lower() in _OCCASIONS for o in objects)


def _plans_a_thing(verb: Token, came_from: Token, time: Token) -> bool:
    """Whether ``verb`` plans or expects a thing (its object) that the ``time``, on the object or the verb, dates."""
    if verb.lemma_ not in _PLAN_VERBS or _past_perfect(verb):
        return False
    if came_from.dep_ == "prep" and came_from.lower_ == "for" and time.head.i != came_from.i:
        return True  # "planning for the summit in April": the summit lies ahead; not "planned for Saturday"
    return came_from.dep_ == "dobj" or any(c.dep_ == "dobj" for c in verb.children)


def _verb_direction(verb: Token) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX or verb.lower_ in _FUTURE_AUX:
        return "future"
    if any(a.lower_ in ("going", "gon") for a in auxes):
        return "future"
    if verb.lemma_ in _FUTURE_VERBS and any(c.dep_ == "xcomp" for c in verb.children):
        # "plans to", "is set to": the act lies ahead of the plan, unless the plan was overtaken:
        # "had been scheduled to expire Friday" tells of a day gone by; a plan told in the past ("was
        # set to have dinner on Monday night", "planned to fly Friday") may be either side: the nearest
        if _past_perfect(verb):
            return "past"
        return "nearest" if _told_in_past(verb) else "future"
    if verb.tag_ == "VBN" and verb.lemma_ in _EXPECT_VERBS and not words - _PRESENT_PASSIVE:
        return _expected_direction(verb)
    if "to" in words and verb.dep_ == "xcomp" and verb.head.lemma_ in _FUTURE_VERBS | _INTENT_VERBS | {"be"}:
        if _past_perfect(verb.head):
            return "past"
        if verb.head.lemma_ in _FUTURE_VERBS and _told_in_past(verb.head):
            return "nearest"  # "the trial was set to begin Monday": a plan told in the past, either side
        return "future"  # "is to resume", "agreed to buy it in February"
    if "to" in words and verb.dep_ == "acl" and verb.tag_ == "VB":
        return "future"  # "an agreement to acquire it in January": the act lies ahead of the agreement
    if verb.tag_ == "VBD" or words & _PAST_AUX or verb.tag_ == "VBN" and (not words or words & {"has", "have"}):
        return "past"
    if words & _MAYBE_AUX and verb.tag_ == "VB":
        # "the storm may reach the coast Thursday", "you can catch up on Monday's hearing": a modal
        # does not say which side; the nearest day, and the clause above it does not decide
        return "either"
    if verb.tag_ == "VBP" and not words and verb.lower_ in _SAME_IN_PAST:
        return "past"  # "weakness hurt the index on Friday": news tells these forms in the past
    if verb.tag_ in ("VBZ", "VBP") or words & {"is", "are", "am"}:
        return "present"
    return None


def _expected_direction(verb: Token) -> str | None:
    """Which way a thing "expected" or "scheduled" (a participle ``verb`` with no past auxiliary)
    looks: ahead ("temperatures expected in late December", "it's scheduled for July 15"), unless
    the clause it hangs on tells the past ("a hearing scheduled for June 26 was vacated") or it
    only compares ("winds were weaker than predicted Tuesday")."""
    if verb.i > 0 and verb.doc[verb.i - 1].lower_ == "than":
        return None
    if verb.dep_ == "acl":
        governor = next((t for t in verb.head.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if governor is not None and _verb_direction(governor) == "past":
            return "past"
    return "future"


def _past_perfect(verb: Token) -> bool:
    """Whether ``verb`` (or the copula of "had been due") carries "had"."""
    tokens = [verb, verb.head] if verb.dep_ in ("acomp", "attr") else [verb]
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for t in tokens for c in t.children)



def local_zone(doc: Doc, start: int) -> str | None:
    """The zone of the place a "local time" at ``start`` refers to: the nearest its sentence names,
    else the one zone of the places the lines just before name."""
    sent_start = 0
    if doc.has_annotation("SENT_START"):
        token = doc.char_span(start, start + 1, alignment_mode="expand")
        if token is not None and len(token):
            sent_start = token[0].sent.start_char
    text = doc_text(doc)
    sent_end = text.find("\n", start)
    sentence = text[sent_start: sent_end if sent_end > 0 else len(text)]
    zone = place_zone(sentence, start - sent_start)
    return zone or context_zone(text, sent_start)
