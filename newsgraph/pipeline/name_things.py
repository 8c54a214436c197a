"""Names of things the model leaves out or cuts: type designators of aircraft and weapons ("an
Il-96", "F-16 jets", "Boeing 737") and names of routes and ways ("Alaska-Siberia air route",
"Kerch Strait"). Both run on the entities layer's candidates (see ``entities.repaired_spans``)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsgraph.pipeline.names import Cand

# Vehicles and weapons a type designator stands before ("F-16 jets", "Su-57 fighter").
VEHICLE_NOUNS = frozenset(
    """
    jet jets fighter fighters aircraft airplane airplanes plane planes airliner airliners bomber
    bombers helicopter helicopters chopper choppers drone drones missile missiles rocket rockets
    tank tanks rifle rifles launcher launchers howitzer howitzers warship warships submarine
    submarines interceptor interceptors transport transports freighter freighters airframe
    airframes gunship gunships variant variants model models
    """.split()
)

# Heads of names of routes, waterways and built ways; the type the whole name gets.
WAY_HEADS = {
    "route": "LOC", "strait": "LOC", "straits": "LOC", "corridor": "LOC", "passage": "LOC",
    "channel": "LOC", "sea": "LOC", "gulf": "LOC", "bay": "LOC", "river": "LOC",
    "road": "FAC", "highway": "FAC", "motorway": "FAC", "expressway": "FAC", "bridge": "FAC",
    "tunnel": "FAC", "railway": "FAC", "railroad": "FAC", "pipeline": "FAC", "canal": "FAC",
}

# Words between a hyphenated place pair and the head of a way name ("air" in "air route").
WAY_MODIFIERS = frozenset("air sea rail land trade shipping supply gas oil transit road maritime".split())

DESIGNATOR = re.compile(r"^(?:[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Z]{0,3}|[A-Z]{1,2}\d{2,4}[A-Z]{0,3})s?$")


def add_designators(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Tag type designators of aircraft and weapons as PRODUCT ("an Il-96", "F-16 jets").

    A maker's name right before a designator joins it ("Boeing 737", "Airbus A320"). A
    letter-digit code on its own counts only where it names a thing: a vehicle noun follows it
    or it heads a noun phrase after "a"/"an"/a number, so "the G-7 summit" is left alone.
    """
    by_start = {c.start: c for c in cands}
    by_end = {c.end: c for c in cands}
    out = list(cands)
    for token in doc:
        if not DESIGNATOR.match(token.text) and not (token.like_num and token.i in by_start):
            continue
        own = by_start.get(token.i)
        maker = by_end.get(token.i)
        if maker is not None and maker.label in ("ORG", "PRODUCT") and _maker_model(doc, maker, own, token):
            _replace(out, [maker, own], Cand(maker.start, token.i + 1, "PRODUCT"))
        elif DESIGNATOR.match(token.text) and _names_a_thing(token):
            if own is None:
                if not any(c.start <= token.i < c.end for c in out):
                    out.append(Cand(token.i, token.i + 1, "PRODUCT"))
            elif own.end == token.i + 1 and own.label != "PRODUCT":
                _replace(out, [own], Cand(own.start, own.end, "PRODUCT"))
    return sorted(out, key=lambda c: c.start)


def _maker_model(doc: Doc, maker: Cand, own: Cand | None, token: Token) -> bool:
    if len(doc[maker.start : maker.end]) > 2 or not doc[maker.end - 1].text[:1].isupper():
        return False
    if own is not None and own.label == "PRODUCT":
        return True
    return bool(DESIGNATOR.match(token.text)) and any(ch.isdigit() for ch in token.text)


def _names_a_thing(token: Token) -> bool:
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in VEHICLE_NOUNS:
        return True
    prev = doc[token.i - 1] if token.i > 0 else None
    heads_phrase = nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "NUM")
    return prev is not None and (prev.lower_ in ("a", "an") or prev.like_num) and heads_phrase


def _replace(cands: list[Cand], old: list[Cand | None], new: Cand) -> None:
    for cand in old:
        if cand is not None and cand in cands:
            cands.remove(cand)
    cands.append(new)


def extend_ways(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Grow a place into the name of a route or way the model cut ("Alaska-Siberia air route").

    A place joined by a hyphen to another proper noun, then an optional modifier ("air") and a
    way head ("route"), becomes one LOC (or FAC for built ways); so does a place followed by a
    capitalised head ("Kerch Strait").
    """
    out: list[Cand] = []
    for cand in cands:
        if cand.label in ("GPE", "LOC"):
            grown = _way_end(doc, cand.end)
            if grown is not None:
                end, label = grown
                out = [c for c in out if c.end <= cand.start]
                cand = Cand(cand.start, end, label)
        if out and out[-1].end > cand.start:
            continue
        out.append(cand)
    return out


def _way_end(doc: Doc, i: int) -> tuple[int, str] | None:
    n = len(doc)
    if i < n and doc[i].text.lower() in WAY_HEADS and doc[i].text[:1].isupper():
        return i + 1, WAY_HEADS[doc[i].text.lower()]
    if not (i + 1 < n and doc[i].text in ("-", "–") and doc[i + 1].tag_ == "NNP" and doc[i + 1].text[:1].isupper()):
        return None
    j = i + 2
    if j < n and doc[j].lower_ in WAY_MODIFIERS:
        j += 1
    if j < n and doc[j].lower_ in WAY_HEADS:
        return j + 1, WAY_HEADS[doc[j].lower_]
    return None
