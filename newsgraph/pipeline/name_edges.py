"""Words a person's span took in at its edges that are no part of the name.

A headline or question opens with an auxiliary the model reads as a given name ("Will Taylor
Swift attend ...?", "Did Hal Orrin know?"), and a span can run on over "at"/"in" into the name of
a place or building ("Donald Trump at Trump Tower"). Closed word lists only.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# auxiliaries and modals that open a question; "Will" and "Can" are given names too, so they go
# only before a full name or in a question
AUXILIARIES = frozenset("will did can is does could should would has was are do have were had".split())
# prepositions that never stand inside a person's name (particles are "de", "van", "bin" ...)
RUN_ON = frozenset(["at", "in"])
QUESTION_REACH = 40  # tokens: a headline's question is short
NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


def _question(token: Token) -> bool:
    """Whether the sentence of ``token`` is a question: a "?" before the next full stop or line end."""
    for other in token.doc[token.i + 1 : token.i + QUESTION_REACH]:
        if other.text == "?":
            return True
        if other.text in (".", "!") or "\n" in other.text or "\n" in other.whitespace_:
            return False
    return False


def opening_auxiliary(token: Token, end: int, opens: bool) -> bool:
    """Whether ``token``, opening a person's span that ends at ``end``, is a question's auxiliary.

    ``opens`` says the token opens a sentence, line or quotation. It goes before a full name of
    two words or more ("Will Taylor Swift"), or before one in a question ("Will Rodgers play?");
    "Will Ferrell said" keeps its given name.
    """
    if not opens or token.lower_ not in AUXILIARIES or not token.text[:1].isupper():
        return False
    names = [t for t in token.doc[token.i + 1 : end] if t.lower_ not in NAME_SUFFIXES and t.text[:1].isupper()]
    return len(names) >= 2 or (len(names) == 1 and _question(token))


def run_on_end(doc: Doc, start: int, end: int) -> int:
    """Where a person's span from ``start`` to ``end`` ends before a lower-case "at" or "in" that
    runs it on into another name ("Hal Orrin at Orrin Tower" -> "Hal Orrin"); ``end`` if none."""
    for i in range(start + 1, end - 1):
        if doc[i].text in RUN_ON:
            return i
    return end
