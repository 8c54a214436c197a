"""The day a narrative has just set, for clock times and day anaphors that name no day of their own.

TimeML anchors "at 6 a.m.", "that day", "that night", "the next morning" on the reference time,
the day the story is telling of: "On Oct. 13, troops crossed the border. At 6 a.m., they attacked"
is 6 a.m. on Oct. 13. The day counts as just set where it lies in the same sentence or in one of
the two sentences before it, in the same paragraph; a coarser point named since ("troops sent there
in 2022") does not end it.

A clock time in a clause told in the present or the future that looks ahead ("The next meeting
is at 10 a.m.", "Polls close at 8 p.m.") keeps to its own day, the publication's, unless the day
the text has set lies ahead ("The summit will be held on Oct. 24. It will start at 10 a.m.") or
is the clause's own ("are holding a meeting on March 22 at 1 p.m."), or a timeline's entry tells
of it in the present ("Dec. 4" on a line of its own, then "A guard is shot at 6:45 a.m.").
"""

import bisect
import datetime as dt

from spacy.tokens import Doc, Token

from newsgraph.pipeline.timex_grammar import Candidate
from newsgraph.pipeline.timex_values import Context

RECENT_SENTENCES = 2  # sentences before the expression's own that still set its day

_PAST_AUX = {"was", "were", "had", "did", "would", "could", "'d", "’d"}
# present perfect tells what has happened ("has been arrested at 6 a.m."): a past for its day
_PERFECT_AUX = {"has", "have", "'ve", "’ve"}
_NOW_AUX = {"is", "are", "am", "'s", "’s", "'re", "’re", "will", "'ll", "’ll", "shall", "wo", "can", "ca", "may",
            "must", "do", "does"}


def day_just_set(ctx: Context, cand: Candidate, within: int = RECENT_SENTENCES) -> dt.date | None:
    """The day the text told last, where it was told in the sentence of ``cand`` or one of the
    ``within`` sentences before it, in the same paragraph."""
    if ctx.told_day is None:
        return None
    back = ctx.sentences_back(ctx.told_day[0], cand.start)
    return ctx.told_day[1] if back is not None and back <= within else None


def told_aside(ctx: Context, cand: Candidate) -> bool:
    """Whether the day the text told last was told, in the sentence of ``cand``, in a relative
    clause that does not hold ``cand`` ("Noem, who was confirmed Saturday, will speak at 3 p.m."):
    that day dates the aside, not the clock time."""
    if ctx.told_day is None or ctx.sentences_back(ctx.told_day[0], cand.start) != 0:
        return False
    return ctx.aside(ctx.told_day[0], cand.start)


def day_reference(ctx: Context, cand: Candidate) -> tuple[dt.date, str] | None:
    """The point a day anaphor at ``cand`` ("that day", "the next morning") counts from: the last
    point the text named, or, where that is coarser than a day, a day set just before it."""
    if ctx.reference is not None and ctx.reference[1] != "day":
        just_set = day_just_set(ctx, cand)
        if just_set is not None:
            return (just_set, "day")
    return ctx.reference


def told_day(ctx: Context, cand: Candidate) -> dt.date | None:
    """The day of ``day_reference``, None where the text has told no day."""
    reference = day_reference(ctx, cand)
    return reference[0] if reference is not None and reference[1] == "day" else None


def bare_clock_day(ctx: Context, cand: Candidate) -> dt.date | None:
    """The day of a clock time at ``cand`` that names none: in a clause told in the present or the
    future, the publication day unless the text's day lies ahead; else the day just set; else the
    last day the text told, unless it is more than a week gone and the clause looks ahead
    ("Biden is set to address the unions at 12:30 p.m." after "Jan. 6, 2021"); else the publication day."""
    reference = ctx.reference[0] if ctx.reference is not None and ctx.reference[1] == "day" else None
    if reference is not None and told_aside(ctx, cand) and ctx.told_day is not None and ctx.told_day[1] == reference:
        return ctx.anchor  # the day an aside names is no day of the sentence's own clauses
    if ctx.anchor is not None and _looks_ahead(ctx, cand):
        if reference is not None and (reference >= ctx.anchor or day_just_set(ctx, cand, within=0) == reference
                                      or reference == ctx.heading):
            # a day ahead, the clause's own ("are holding a meeting on March 22 at 1 p.m.") or the
            # day a timeline's entry tells of ("Dec. 4\n\nA guard is shot at 6:45 a.m.")
            return reference
        return ctx.anchor
    just_set = day_just_set(ctx, cand)
    if just_set is not None and reference is None:
        return just_set
    if reference is None or ctx.anchor is None:
        return reference or ctx.anchor
    long_gone = (ctx.anchor - reference).days > 7
    ahead = long_gone and ctx.direction(cand.start, cand.end) in ("future", "timetable")
    return ctx.anchor if ahead else reference


def _looks_ahead(ctx: Context, cand: Candidate) -> bool:
    """Whether the clause of ``cand`` is told in the present or the future ("will speak at 3 p.m.",
    "Polls close at 8 p.m."): not a past that looks ahead ("was set to end at midnight")."""
    return ctx.tense(cand.start, cand.end) == "now" and ctx.direction(cand.start, cand.end) in (
        "future", "timetable", "present")


def clause_tense(doc: Doc, start: int, end: int) -> str | None:
    """ "past", "now" (present or future) or None: the tense of the first finite verb up the tree
    from chars ``[start, end)`` ("is", "close", "will start": now; "landed", "was set to", "would
    start", "has arrived": past). An infinitive or participle passes the question up."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span.root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or token.tag_ == "MD":
            tense = _finite_tense(token)
            if tense is not None:
                return tense
        if token.head.i == token.i:
            break
        token = token.head
    return None


def _finite_tense(verb: Token) -> str | None:
    """The tense ``verb`` shows by its first auxiliary or its own form; None for a non-finite form."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if auxes and auxes[0] != "to":
        first = auxes[0]
        if first in _PAST_AUX or first in _PERFECT_AUX:
            return "past"
        return "now" if first in _NOW_AUX else None
    if auxes:
        return None  # "to start": the clause above tells
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ in ("VBZ", "VBP"):
        return "now"
    return None


def in_aside(doc: Doc, setter: int, start: int) -> bool:
    """Whether the token at char ``setter`` lies in a relative clause ("who was confirmed
    Saturday") that does not also hold the token at char ``start``."""
    span = doc.char_span(setter, setter + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    for token in (span[0], *span[0].ancestors):
        if token.dep_ == "relcl":
            return not (token.left_edge.idx <= start < token.right_edge.idx + len(token.right_edge.text))
    return False


def sentence_index(doc: Doc) -> list[int]:
    """Where each sentence of ``doc`` starts, in chars (one sentence where the doc has none)."""
    if not doc.has_annotation("SENT_START"):
        return [0]
    return [sent.start_char for sent in doc.sents]


def sentences_back(text: str, starts: list[int], setter: int, start: int) -> int | None:
    """How many sentences before the one holding ``start`` the chars at ``setter`` lie (0: the same;
    ``starts``: where each sentence starts); None where ``setter`` lies after ``start`` or a line
    break (a new paragraph) lies between."""
    if setter > start or "\n" in text[setter:start]:
        return None
    return bisect.bisect_right(starts, start) - bisect.bisect_right(starts, setter)


def quoted_apart(time: Token, verb: Token) -> bool:
    """Whether ``verb`` lies in a quotation of its own sentence, opened after ``time`` and still
    open at ``verb`` ("Wechsler on Thursday ``Without commenting ..., that implication is
    inaccurate''", where the parser hangs the label on the quote's verb): the quote's tense is its
    speaker's, not the time's."""
    if verb.i <= time.i:
        return False
    opened = False
    for token in verb.doc[time.i + 1:verb.i]:
        if token.tag_ == "``" and token.i + 1 < len(verb.doc):
            following = verb.doc[token.i + 1]
            # a quote of its own sentence opens with a capital; not the rest of the sentence quoted
            # ("ensuring compliance after Sunday \"will be a process\"": the time is the quote's subject's)
            opened = opened or following.text[:1].isupper() or following.tag_ == "``"
        elif token.tag_ == "''":
            opened = False
    return opened
