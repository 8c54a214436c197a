"""Which way a present tense points: a timetable looks ahead, a headline reports the nearest day.

News tells a timetable in the present ("The trial begins March 4", "Early voting ends Nov. 2",
"The museum reopens in June", "The deadline is Sept. 30"): a date that hangs on such a verb as its
adverbial lies ahead, a "timetable". Not so

- a date inside a noun phrase ("The October jobs report shows ..."), which names a thing;
- a date after a preposition that compares or counts from ("up from October", "since March");
- a date on a verb of saying or showing ("data show", "she says in March"), or of a level that
  changes ("Inflation rises to 3% in December"), which reports;
- a comparison told with "be" ("Prices are higher in October");
- a headline, which tells in the present what has just happened ("Senate passes bill on
  Tuesday"): there the nearest day is meant ("nearest").

A clause that tells what usually happens ("The festival runs every June") is left to
``timex_generic`` and the SET rules; a present with an auxiliary other than a progressive or
passive "is" is not a simple present and is left to the tense reading of ``times``.
"""

from spacy.tokens import Token

from newsgraph.pipeline.state import doc_text

# prepositions under which a date is the time of the act itself ("reopens in June", "ends on Nov. 2")
_AHEAD_PREPS = {"on", "in", "at", "by", "before", "after", "during", "through", "thru", "until", "till"}
# verbs whose present reports or shows rather than schedules ("the data show", "officials say")
_REPORT_VERBS = {"say", "tell", "report", "show", "find", "indicate", "note", "reveal", "add", "write", "claim",
                 "suggest", "recall", "remember", "mark", "compare", "follow", "mean", "cite", "estimate", "see",
                 "look", "remain", "continue", "stand", "rank", "account", "represent", "reflect",
                 "include", "cover",
                 # a level that changes ("Inflation rises to 3% in December") is reported, not set
                 "rise", "fall", "climb", "drop", "increase", "decrease", "grow", "gain", "slip", "jump", "surge",
                 "slide", "dip", "ease", "soar", "plunge", "tumble", "rebound", "decline", "edge", "sink"}
# verbs of a state that holds, not of a thing set for a day ("But on Thursday, she feels betrayed"):
# their present tells of the day nearest, either side
_STATE_VERBS = {"feel", "seem", "know", "believe", "think", "want", "like", "love", "hate", "hope", "wish",
                "understand", "prefer", "fear", "worry"}
_PRESENT_AUX = {"is", "are", "am", "'s", "’s", "'re", "’re"}
# the dependency labels of a date that is itself an adverbial of the verb ("ends Nov. 2", "is Sept. 30")
_ADVERBIAL_DEPS = {"npadvmod", "tmod", "obl", "attr", "dobj"}
_SENTENCE_END = (".", "!", "?", ":", ";", '"', "”", "'", "’", ")", "…")
_HEADLINE_WORDS = 20


def present_reading(verb: Token, came_from: Token, time: Token) -> str | None:
    """ "timetable" (the date ``time`` hangs on the present ``verb`` as its adverbial: it lies ahead),
    "nearest" (the present of a headline: the nearest day) or None (the present says nothing more).

    ``came_from`` is the token below ``verb`` on the way up from ``time``."""
    if in_headline(verb) or verb.lemma_ in _STATE_VERBS and _simple_present(verb):
        return "nearest"
    if verb.lemma_ in _REPORT_VERBS or not _simple_present(verb):
        return None
    if verb.lemma_ == "be" and _compares(verb):
        return None  # "Prices are higher in October": a figure, not a date set
    if came_from.i == time.i:
        return "timetable" if time.dep_ in _ADVERBIAL_DEPS else None
    if came_from.dep_ == "prep" and came_from.lower_ in _AHEAD_PREPS and time.head.i == came_from.i:
        return "timetable"
    return None


def _simple_present(verb: Token) -> bool:
    """Whether ``verb`` is a present with no auxiliary but a progressive or passive "is" ("begins",
    "is holding", "is held")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not any(a.dep_ != "neg" for a in auxes)
    if verb.tag_ in ("VBG", "VBN"):
        words = {a.lower_ for a in auxes if a.dep_ != "neg"}
        return bool(words) and words <= _PRESENT_AUX
    return False


def _compares(verb: Token) -> bool:
    """Whether the copula ``verb`` tells a level or a change ("is higher", "are up", "is at 3.7%")."""
    for child in verb.children:
        if child.tag_ in ("JJR", "RBR", "JJS", "RBS") or child.lower_ in ("up", "down", "unchanged", "flat"):
            return True
        if child.dep_ == "prep" and child.lower_ in ("at", "from", "since", "than", "over"):
            return True
    return False


def in_headline(token: Token) -> bool:
    """Whether ``token`` lies in a line of its own with no sentence-ending mark: a headline or title
    ("Senate passes bill on Tuesday")."""
    text = doc_text(token.doc)  # built once per document, not joined again on each call
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    line = text[start: end if end >= 0 else len(text)].strip()
    return bool(line) and not line.endswith(_SENTENCE_END) and len(line.split()) <= _HEADLINE_WORDS
