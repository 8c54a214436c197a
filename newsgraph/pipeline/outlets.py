"""Names of newspapers and news outlets that the model cut or took for a place.

A newspaper is mostly named after its town or country and a head word: "USA TODAY", "Florida
Today", "The Washington Post", "Chicago Tribune". The small model often tags only the place
("USA" a GPE, and "TODAY" nothing or a date), so the paper would join the country, or tags the
whole name a nationality or a place (NORP "USA TODAY"). Here:

- a place followed by a capitalised head word of a paper's name, inside a sentence, is one
  organisation ("USA" + "TODAY", "Florida" + "Today");
- a name of a place or group whose second or later word is such a head is an organisation
  ("USA TODAY Sports" NORP, "Washington Post" GPE);
- a capitalised "The" right before an organisation's name that ends in such a head belongs to
  the name ("The New York Times", "The Times"; CoNLL-2003 tags "The Times" whole); a lower-case
  "the" does not ("the Washington Post").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.pipeline.clusters import OUTLET_HEADS
from newsgraph.pipeline.names import Cand, starts_sentence

# Labels the model puts on a paper's place or on the whole paper by mistake.
PLACE_LABELS = frozenset(["GPE", "LOC", "NORP"])
# Labels a place before a head word may carry (a lone "USA" is sometimes an ORG).
JOINABLE = PLACE_LABELS | {"ORG"}


def fix_outlets(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Join, relabel and complete newspapers' names in ``cands`` (text order, not overlapping);
    candidates come back in text order."""
    cands = _join_heads(doc, cands)
    ends = {c.end for c in cands}
    return [_with_article(doc, _relabel(doc, c), ends) for c in cands]


def is_head(token: Token) -> bool:
    """Whether ``token`` is a capitalised head word of a paper's name ("TODAY", "Times")."""
    return token.lower_ in OUTLET_HEADS and token.text[:1].isupper()


def _join_heads(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Each place candidate followed by a head word that no other name holds (or only a date:
    "TODAY") becomes one ORG with it, and with a name that starts at the head ("TODAY Network")."""
    by_start = {c.start: c for c in cands}
    out: list[Cand] = []
    skip: set[int] = set()
    for cand in cands:
        if cand.start in skip:
            continue
        end = cand.end
        if cand.label in JOINABLE and _place_shaped(doc, cand) and end < len(doc) and is_head(doc[end]):
            after = by_start.get(end)
            if not starts_sentence(doc[end]) and (after is None or _joins(doc, after)):
                new_end = after.end if after is not None else end + 1
                if after is not None:
                    skip.add(after.start)
                out.append(Cand(cand.start, new_end, "ORG"))
                continue
        out.append(cand)
    return out


def _place_shaped(doc: Doc, cand: Cand) -> bool:
    """A name of one to three capitalised words, the last no head itself ("New York", "USA")."""
    tokens = doc[cand.start : cand.end]
    return len(tokens) <= 3 and all(t.text[:1].isupper() for t in tokens) and not is_head(tokens[-1])


def _joins(doc: Doc, after: Cand) -> bool:
    """Whether the name starting at a head word may join the place before it: a date that is the
    head alone ("TODAY") or a name in capitalised words ("TODAY Network")."""
    if after.label == "DATE":
        return after.end - after.start == 1
    return all(t.text[:1].isupper() for t in doc[after.start : after.end])


def _relabel(doc: Doc, cand: Cand) -> Cand:
    """A place or group name whose second or later word is a head word is an organisation."""
    if cand.label not in PLACE_LABELS or cand.end - cand.start < 2:
        return cand
    if any(is_head(t) for t in doc[cand.start + 1 : cand.end]):
        return Cand(cand.start, cand.end, "ORG")
    return cand


def _with_article(doc: Doc, cand: Cand, ends: set[int]) -> Cand:
    """An organisation ending in a head word takes a capitalised "The" right before it, unless
    another name (``ends``: where the candidates end) holds that "The"."""
    if cand.label != "ORG" or cand.start == 0 or not is_head(doc[cand.end - 1]) or cand.start in ends:
        return cand
    before = doc[cand.start - 1]
    return Cand(cand.start - 1, cand.end, cand.label) if before.text == "The" else cand
