"""Players named after their position in rosters, depth charts, trades and draft lists.

"RHP Zachary Cawyer", "CB Kendall Fuller", "F Dean Wade": the models take the position's
capitals for the start of an organisation's name (or tag the position alone) and the player's
name goes with it. Where an article lists players so (two such names at least), a name of two
or three capitalised words right after a position is a person's, without the position.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.pipeline.clusters import ORG_GENERIC
from newsgraph.pipeline.name_shapes import STREET_WORDS
from newsgraph.pipeline.name_teams import countries
from newsgraph.pipeline.names import Cand

# Closed class: players' positions written in capitals before their names.
POSITIONS = frozenset(
    """
    PG SG SF PF C F G QB RB FB WR TE LB ILB OLB MLB CB DB OL DL DE DT NT OT OG IOL EDGE S FS SS K P LS
    OF IF INF LF CF RF 1B 2B 3B RHP LHP SP RP DH GK MF FW
    """.split()
)
# Labels the models give a position and the name after it.
MISTAKES = frozenset(["ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "PERSON"])
MIN_LISTED = 2  # a position before one name alone is too little ("SS United States", a ship)


def fix_positions(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """``cands`` (in text order) with every player's name after a position a PERSON without the
    position, where the article lists at least ``MIN_LISTED`` players so."""
    named = {i: n for i in range(len(doc) - 2) if (n := _player_after(doc, i))}
    if len(named) < MIN_LISTED:
        return cands
    out: list[Cand] = []
    done: set[int] = set()
    for cand in cands:
        spans = [(i, n) for i, n in named.items() if cand.start <= i < cand.end or cand.start <= i + 1 < cand.end]
        if cand.label not in MISTAKES or not spans:
            out.append(cand)
            continue
        for i, n in spans:
            if i not in done:
                out.append(Cand(i + 1, i + 1 + n, "PERSON"))
                done.add(i)
        out.extend(_rest(cand, spans))
    for i, n in named.items():
        if i not in done and not any(c.start < i + 1 + n and i + 1 < c.end for c in out):
            out.append(Cand(i + 1, i + 1 + n, "PERSON"))  # an untagged player after his position
    return sorted(out, key=lambda c: c.start)


def _rest(cand: Cand, spans: list[tuple[int, int]]) -> list[Cand]:
    """What is left of ``cand`` before the players' names and positions: the team run on before
    them ("San Francisco QB Brock Purdy", "Seahawks CB Tariq Woolen"), an organisation."""
    first = min(i for i, _ in spans)
    return [Cand(cand.start, first, "ORG")] if first > cand.start else []


def _player_after(doc: Doc, i: int) -> int:
    """The length in tokens of a player's name after a position at token ``i`` (two or three
    capitalised words, a hyphenated one counted once; no word of an organisation's name, no
    country), else 0."""
    if doc[i].text not in POSITIONS or (i > 0 and doc[i - 1].like_num):
        return 0  # "905 S Governors Ave": an address's compass point
    if len(doc[i].text) == 1 and i > 0 and _name_word(doc[i - 1]):
        return 0  # a middle initial: "Harry S Truman", "John F Kennedy International"
    end, words = i + 1, list[str]()
    while end < len(doc) and len(words) < 4 and _name_word(doc[end]):
        words.append(doc[end].text)
        end += 1
        if end + 1 < len(doc) and _joins(doc[end]) and _name_word(doc[end + 1]):
            end += 1  # "Gregory-Alford": the hyphen joins one word
    if not 2 <= len(words) <= 3:
        return 0
    if any(w.lower() in ORG_GENERIC for w in words) or " ".join(words).lower() in countries():
        return 0
    if words[-1].lower().rstrip(".") in STREET_WORDS:
        return 0  # "S Main Street"
    return end - i - 1


def _joins(token: Token) -> bool:
    """A hyphen inside a word: no space before or after it."""
    return token.text in ("-", "–") and not token.whitespace_ and not token.nbor(-1).whitespace_


def _name_word(token: Token) -> bool:
    """A capitalised word of a name: "Cawyer", "O'Neil", "Jean-Luc", "Jr."; not "CB" or "SEC"."""
    text = token.text
    return text[:1].isupper() and any(c.islower() for c in text) and "\n" not in token.whitespace_
