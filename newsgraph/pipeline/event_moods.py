"""Clauses that do not tell that an event happened: yes/no questions and infinitives.

- A yes/no question asks whether something happens ("Is this the year the Mavericks win it
  all?", "Has the senator conceded?"): its events are conditional. A wh-question takes its event
  for granted ("Why did he resign?") and keeps the status of its clause.
- An infinitive names an event the clause aims at, tries, needs or might see ("used boats to
  rescue people", "efforts to overturn", "the chance to win", "refused to sign"), not one it
  reports, unless the verb above it says it came about ("managed to escape", "went on to win",
  "the first woman to win").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.pipeline.state import doc_text

# Closed class: the auxiliaries a yes/no question opens with ("Will ...?", "Has ...?").
QUESTION_OPENERS = frozenset(
    "is are was were am will would can could should shall do does did has have had may might must "
    "isn't aren't wasn't weren't won't wouldn't can't couldn't shouldn't don't doesn't didn't hasn't "
    "haven't hadn't".split()
)
SENTENCE_ENDS = ".!?\n"
OPENING_MARKS = "\"'“‘([ \t—–-"
# Verbs whose infinitive came about: "managed to escape", "began to fall", "was forced to flee",
# "led the department to launch an inquiry".
IMPLICATIVE_VERBS = frozenset(
    "manage begin start continue proceed go happen help use force compel oblige dare bother remember "
    "rush hasten resume cause lead prompt spur".split()
)
# Verbs and adjectives whose infinitive did not come about: "failed to win", "refused to sign".
NEGATIVE_VERBS = frozenset("fail refuse decline neglect forget unable".split())
# Nouns of trying or aiming: "efforts to overturn", "a bid to win", "the campaign to win control".
ATTEMPT_NOUNS = frozenset(
    "effort attempt bid campaign push drive move fight quest mission race plan plot scheme "
    "strategy goal aim intention promise pledge vow threat call order request deal".split()
)
# Modifiers of a noun that make its infinitive a fact: "the first American to win", "the only team to".
# Not every superlative: "the best places to visit" names none.
RANKING_WORDS = frozenset("first second third fourth fifth last latest only youngest oldest".split())


def in_yes_no_question(token: Token) -> bool:
    """Whether ``token`` stands in a sentence that asks yes or no: the stretch of text from the
    last sentence end (or line break) before it to the first after it ends with "?" and opens
    with an auxiliary ("Will the Fed cut rates?", "“Has Harris conceded?” she asked")."""
    text = doc_text(token.doc)
    begin = max(text.rfind(mark, 0, token.idx) for mark in SENTENCE_ENDS) + 1
    ends = [i for mark in SENTENCE_ENDS if (i := text.find(mark, token.idx)) >= 0]
    if not ends or text[min(ends)] != "?":
        return False
    opening = text[begin:].lstrip(OPENING_MARKS).split(maxsplit=1)  # the token may open it: "Are ...?"
    return bool(opening) and opening[0].lower().replace("’", "'") in QUESTION_OPENERS


def infinitive_status(chain: list[Token]) -> str | None:
    """The status of an event whose verb, or a verb above it in ``chain`` (nearest first), is a
    "to" infinitive: "occurred" where the verb above says it came about, "negated" where it says
    it did not, "planned" for a purpose or an attempt, "conditional" for a need or a chance;
    None where no verb of the chain is an infinitive."""
    infinitive = next((v for v in chain if _is_infinitive(v)), None)
    if infinitive is None:
        return None
    while infinitive.dep_ == "conj" and infinitive.head.i != infinitive.i:
        infinitive = infinitive.head  # "to go and to visit": the status of the first infinitive
    head = infinitive.head
    if infinitive.dep_ in ("xcomp", "ccomp"):
        return _verb_head_status(head)
    if infinitive.dep_ in ("acl", "relcl"):
        return _noun_head_status(_noun_before(infinitive) or head)
    if infinitive.dep_ == "advcl":
        # "used canoes to rescue people", "travels home to visit": a purpose; "went on to sue" came about
        return "occurred" if _came_about(head) else "planned"
    return None


def _noun_before(infinitive: Token) -> Token | None:
    """The noun right before an infinitive's "to" ("two senators to vote"), which the parser may
    not have made its head ("Merkley, ... one of two senators to vote": hung on the name)."""
    to = min((c.i for c in infinitive.children if c.dep_ == "aux" and c.tag_ == "TO"), default=None)
    if to is None:  # the first of conjoined verbs may have no "to" of its own ("plans and to build")
        return None
    before = infinitive.doc[to - 1] if to > 0 else None
    return before if before is not None and before.pos_ in ("NOUN", "PROPN") else None


def _is_infinitive(verb: Token) -> bool:
    """A "to" infinitive that is not perfect ("to have won" tells what happened)."""
    marked = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return marked and not perfect


def _verb_head_status(head: Token) -> str:
    """The status an infinitive takes from the verb or adjective it complements."""
    lemma = head.lemma_.lower()
    if lemma == "use" and any(c.dep_ in ("dobj", "obj") for c in head.children):
        return "planned"  # "used canoes to rescue people": a purpose, not "used to live"
    if lemma in IMPLICATIVE_VERBS or _came_about(head) \
            or any(_ranked(c) for c in head.children if c.dep_ in ("attr", "oprd", "dobj")):
        return "occurred"  # "managed to escape", "became the first American to win"
    if lemma in NEGATIVE_VERBS:
        return "negated"
    if lemma == "have" and head.tag_ == "VBD":
        return "occurred"  # "they had to evacuate": what one had to do, one did
    if head.pos_ == "NOUN":
        return _noun_head_status(head)
    return "conditional" if lemma in ("need", "have", "able", "ought") else "planned"


def _noun_head_status(noun: Token) -> str:
    """The status an infinitive takes from the noun it modifies: "the first American to win"
    occurred, "efforts to overturn" planned, "the chance to win", "places to visit" conditional."""
    if _ranked(noun):
        return "occurred"
    return "planned" if noun.lemma_.lower() in ATTEMPT_NOUNS else "conditional"


def _ranked(noun: Token) -> bool:
    """Whether ``noun`` is ranked first, last or only, or counted among a number ("the first
    American", "the latest leader", "was the first", "one of two senators")."""
    if noun.lower_ in RANKING_WORDS or any(c.dep_ == "amod" and c.lower_ in RANKING_WORDS for c in noun.children):
        return True
    # "one of 14 senators to vote against it": a count of those who did
    if noun.lower_ == "one":
        return any(_counted(o) for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)
    return _counted(noun) and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one"


def _counted(noun: Token) -> bool:
    return noun.dep_ == "pobj" and any(c.dep_ == "nummod" for c in noun.children)


def _came_about(head: Token) -> bool:
    """Whether ``head`` says its infinitive came about: "went on to win", "it took seven rounds
    of voting to nominate him"."""
    lemma = head.lemma_.lower()
    if lemma == "go":
        return any(c.dep_ == "prt" and c.lower_ == "on" for c in head.children)
    return lemma == "take" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children)
