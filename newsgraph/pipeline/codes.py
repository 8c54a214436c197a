"""Find codes that name one thing in text: aircraft registrations, flight, IMO, MMSI and ISBN numbers.

Pure functions over a spaCy ``Doc``: ``find_codes`` returns ``Identifier`` objects with character
offsets (``refers_to`` unset). The identifiers layer links them to entities; the entities layer
uses the same spans to drop codes the model mistook for names ("RA-96023" tagged as a place).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newsgraph.model import Identifier
from newsgraph.pipeline.state import doc_text

# ICAO nationality prefixes whose registrations are five digits (the former Soviet states).
DIGIT_PREFIXES = "RA|UR|EW|UP|UN|EK|EX|EY|ER|4L|UK|YL|LY|ES"
# Prefixes followed by a hyphen and letters: two-character ones take three letters, one-letter four.
LETTER_PREFIXES_2 = (
    "VH|EI|EC|HB|OE|SE|LN|OH|OY|PH|OO|CS|SP|OK|OM|HA|YR|LZ|SX|S5|9A|YU|TF|LX|9H|4X|VT|A6|A7|9V|HS|9M|PK"
    "|XA|XB|XC|CC|LV|PP|PR|PT|PS|ZS|5Y|ET|SU|TC|EP|AP|ZK|HZ|JY|OD|5A|7T|CN|TS|ST|5N|9G|4R|9N|4K|A9C|VP|VQ"
)
LETTER_PREFIXES_1 = "G|D|F|I|C|M"
REGISTRATION = re.compile(
    rf"(?<![\w-])(?:"
    rf"(?:{DIGIT_PREFIXES})-\d{{5}}"
    rf"|(?:{DIGIT_PREFIXES})-\d{{4}}[A-Z]"
    rf"|(?:{LETTER_PREFIXES_2})-[A-Z]{{3}}"
    rf"|(?:{LETTER_PREFIXES_1})-[A-Z]{{4}}"
    rf"|B-\d{{4}}[A-Z]?|B-\d{{3}}[A-Z]"
    rf"|N[1-9]\d{{0,4}}|N[1-9]\d{{0,3}}[A-Z]{{1,2}}"
    rf"|JA\d{{4}}|JA\d{{3}}[A-Z]|JA\d{{2}}[A-Z]{{2}}"
    rf"|HL\d{{4}}"
    rf")(?![\w-])"
)
# Soviet-style five-digit registrations are distinctive enough to stand without context.
STRONG_REGISTRATION = re.compile(rf"^(?:{DIGIT_PREFIXES})-\d{{5}}$")
AVIATION_WORDS = frozenset(
    """
    tail registration registered reg aircraft plane planes jet jets airliner jetliner airplane
    helicopter flight flew landed aviation airport airline airlines cessna boeing airbus
    """.split()
)

FLIGHT = re.compile(
    r"\b(?:[Ff]lights?|FLIGHT)(?:\s+(?:number|no\.?|#))?\s+((?:[A-Z]{2}|[A-Z]\d|\d[A-Z])\s?\d{1,4}[A-Z]?)(?![\w-])"
    r"|\b(Flight\s+\d{1,4})(?![\w-])"
)
IMO = re.compile(r"\b(IMO)(?:\s+(?:number|no\.?|#))?[:\s]\s*(\d{7})(?![\w-])")
MMSI = re.compile(r"\bMMSI(?:\s+(?:number|no\.?|#))?[:\s]\s*(\d{9})(?![\w-])")
ISBN = re.compile(r"\bISBN(?:-1[03])?:?\s*((?:97[89][\s-]?)?\d[\d\s-]{7,14}[\dX])(?![\w-])")


def imo_valid(number: str) -> bool:
    """True if a 7-digit IMO ship number has a correct check digit."""
    if not re.fullmatch(r"\d{7}", number):
        return False
    total = sum(int(d) * w for d, w in zip(number[:6], range(7, 1, -1), strict=True))
    return total % 10 == int(number[6])


def isbn_valid(text: str) -> bool:
    """True if ``text`` (digits with optional hyphens or spaces) is a valid ISBN-10 or ISBN-13."""
    digits = re.sub(r"[\s-]", "", text)
    if re.fullmatch(r"\d{9}[\dX]", digits):
        values = [10 if c == "X" else int(c) for c in digits]
        return sum(v * w for v, w in zip(values, range(10, 0, -1), strict=True)) % 11 == 0
    if re.fullmatch(r"97[89]\d{10}", digits):
        return sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(digits)) % 10 == 0
    return False


def find_codes(doc: Doc) -> list[Identifier]:
    """Every identifier code in ``doc``, in text order, without ``refers_to``."""
    text = doc_text(doc)  # spaCy joins every token to build doc.text: built once per document
    found = _registrations(doc, text) + _flights(text) + _vessels(text) + _isbns(text)
    return sorted(found, key=lambda i: (i.start, i.end))


def sentence_at(doc: Doc, start: int, end: int) -> Span | None:
    """The sentence holding characters ``[start, end)``, or None where the doc has no sentences."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not (doc[0].is_sent_start and _has_sentences(doc)):
        return None
    return span.sent


def _has_sentences(doc: Doc) -> bool:
    # has_annotation walks every token; ask it once per doc
    key = "newsgraph_has_sentences"
    if key not in doc.user_data:
        doc.user_data[key] = doc.has_annotation("SENT_START")
    return bool(doc.user_data[key])


def _registrations(doc: Doc, text: str) -> list[Identifier]:
    out = []
    for match in REGISTRATION.finditer(text):
        start, end = match.span()
        if STRONG_REGISTRATION.match(match.group()) or _aviation_context(doc, text, start, end):
            out.append(Identifier(start, end, match.group(), "aircraft_registration"))
    return out


def _aviation_context(doc: Doc, text: str, start: int, end: int) -> bool:
    sent = sentence_at(doc, start, end)
    if sent is None:
        words = text[max(0, start - 120) : end + 120].lower().split()
        return any(w.strip(".,;:()") in AVIATION_WORDS for w in words)
    return any(t.lower_ in AVIATION_WORDS for t in sent)


def _flights(text: str) -> list[Identifier]:
    out = []
    for match in FLIGHT.finditer(text):
        group = 1 if match.group(1) else 2
        start, end = match.span(group)
        out.append(Identifier(start, end, text[start:end], "flight_number"))
    return out


def _vessels(text: str) -> list[Identifier]:
    out = []
    for match in IMO.finditer(text):
        if imo_valid(match.group(2)):
            # "IMO 9321483" is how the number is written; keep the prefix when it stands right before
            start = match.start(1) if match.end(1) + 1 == match.start(2) else match.start(2)
            out.append(Identifier(start, match.end(2), text[start : match.end(2)], "imo_number"))
    for match in MMSI.finditer(text):
        start, end = match.span(1)
        out.append(Identifier(start, end, text[start:end], "mmsi"))
    return out


def _isbns(text: str) -> list[Identifier]:
    out = []
    for match in ISBN.finditer(text):
        start, end = match.span(1)
        if isbn_valid(match.group(1)):
            out.append(Identifier(start, end, text[start:end], "isbn"))
    return out
