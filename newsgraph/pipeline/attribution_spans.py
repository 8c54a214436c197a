"""Character spans for attribution: trimming token spans, clause and source extents, quotation tests.

All offsets are character offsets into ``doc.text``, end exclusive.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.pipeline.state import doc_text

CharSpan = tuple[int, int]
QUOTE_CHARS = "\"“”‘’'«»„"
SOURCE_PREPS = frozenset("of for at with from in".split())
CONTRAST_MARKS = frozenset("while whereas though although as".split())
MIN_LEFT_WORDS = 2  # a content cut before a quotation keeps at least this many words, else stays cut inside it


def strip_span(text: str, start: int, end: int) -> CharSpan:
    """``[start, end)`` less spaces and clause punctuation at both ends."""
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return start, end


def inside(char: int, spans: list[CharSpan]) -> bool:
    """True if character ``char`` lies strictly inside one of ``spans`` (between its marks)."""
    return any(start < char < end - 1 for start, end in spans)


def inside_quotations(doc: Doc, quotations: list[CharSpan]) -> list[bool]:
    """For each token of ``doc``, whether it starts inside a quotation (``inside`` of its
    ``idx``), in one sweep over tokens and quotations rather than a scan per token."""
    ordered = sorted(quotations)
    flags: list[bool] = []
    last = -1  # the furthest ``end - 1`` of the quotations opened before the token
    j = 0
    for token in doc:
        while j < len(ordered) and ordered[j][0] < token.idx:
            last = max(last, ordered[j][1] - 1)
            j += 1
        flags.append(token.idx < last)
    return flags


def token_span(token: Token) -> CharSpan:
    """The character span of one token."""
    return token.idx, token.idx + len(token.text)


def same_paragraph(a: Token, b: Token) -> bool:
    """True if no line break separates the two tokens: a sentence split missed at a paragraph
    break hangs the next paragraph's clause on this one's verb."""
    low, high = sorted((a.idx, b.idx))
    return "\n" not in doc_text(a.doc)[low:high]


def source_span(head: Token) -> CharSpan:
    """The words naming the source: ``head`` with its modifiers, without trailing clauses."""
    doc = head.doc
    left = head.left_edge.i
    right = head.i
    for child in head.rights:
        if child.dep_ in ("relcl", "acl", "advcl") or (child.dep_ == "prep" and child.lower_ not in SOURCE_PREPS):
            break
        if child.dep_ not in ("punct", "cc"):
            right = child.right_edge.i
    for i in range(head.i - 1, left - 1, -1):
        if "\n" in doc[i].text:  # a source never runs over from the paragraph before
            left = i + 1
            break
    for i in range(head.i + 1, right + 1):
        if "\n" in doc[i].text:
            right = i - 1
            break
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    return trim(doc[left : right + 1])


def clause_span(head: Token) -> CharSpan:
    """A reported clause's span, up to a contrasting clause the parser hung on it ("... are set on
    voting for him, while 22 percent said ..."): that one is another report."""
    last = head.right_edge.i
    for child in head.rights:
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in child.children):
            last = child.left_edge.i - 1
            break
    if last < head.i:
        return subtree_span(head)
    return trim(head.doc[head.left_edge.i : last + 1])


def subtree_span(token: Token) -> CharSpan:
    """The trimmed character span of ``token``'s subtree."""
    return trim(token.doc[token.left_edge.i : token.right_edge.i + 1])


BRACKETS = (("(", ")"), ("[", "]"))


def trim(span: Span) -> CharSpan:
    """Strip spaces and punctuation (but not quotation marks, nor a bracket that closes one
    opened inside) from both ends of ``span``."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_space or (doc[start].is_punct and doc[start].text not in QUOTE_CHARS)):
        start += 1
    while end > start and (doc[end - 1].is_space or (doc[end - 1].is_punct and doc[end - 1].text not in QUOTE_CHARS)):
        end -= 1
    words = [t.text for t in doc[start:end]]
    for opening, closing in BRACKETS:  # "Rep. Jane Roe (D-Calif.)": the bracket closes inside the span
        if end < len(doc) and doc[end].text == closing and words.count(opening) > words.count(closing):
            end += 1
    if start >= end:
        return span.start_char, span.start_char
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def runs(doc: Doc, indices: list[int]) -> list[CharSpan]:
    """The runs of consecutive token ``indices`` (ascending) as trimmed character spans, leaving
    out runs with no letter or digit."""
    pieces: list[list[int]] = []
    for i in indices:
        if pieces and pieces[-1][-1] == i - 1:
            pieces[-1].append(i)
        else:
            pieces.append([i])
    text = doc_text(doc)
    spans = [trim(doc[p[0] : p[-1] + 1]) for p in pieces]
    return [(s, e) for s, e in spans if e > s and any(ch.isalnum() for ch in text[s:e])]


def on_one_line(text: str, span: CharSpan, anchor: int) -> CharSpan:
    """``span`` cut to the line holding character ``anchor`` (its head word), so that no source
    runs from a headline into the body below it; spaces and clause punctuation at the cut are
    stripped. A span not crossing a line break is returned as it is."""
    start, end = span
    if "\n" not in text[start:end]:
        return span
    anchor = min(max(anchor, start), end - 1)
    low = max(start, text.rfind("\n", 0, anchor) + 1)
    newline = text.find("\n", anchor)
    high = min(end, newline if newline >= 0 else len(text))
    return strip_span(text, low, high)


def whole_quotations(
    doc: Doc, span: CharSpan, quotations: list[CharSpan], paragraph: CharSpan, cue: CharSpan
) -> CharSpan:
    """``span`` widened or narrowed so that it cuts no quotation of ``quotations`` in half.

    A token-built span often stops at the last word of a quoted phrase and leaves its closing
    mark out (``called the bill a "disaster" and``). A quotation opened inside ``span`` that
    closes after it: the span runs on over the closing mark when the mark is in ``paragraph``
    and the ``cue`` is not on the way (a quotation may hold several sentences: PolNeAR's
    content runs to its end), else it stops before the opening mark, unless that leaves fewer
    than ``MIN_LEFT_WORDS`` words (``a "person of interest''`` with its marks mismatched). The
    span's start is treated the same way, mirrored. Offsets are into doc.text.
    """
    text = doc_text(doc)
    start, end = span
    for q_start, q_end in quotations:
        if start <= q_start < end < q_end:
            if _reachable(end, q_end, paragraph, cue):
                end = q_end
            elif _words(text, start, q_start) >= MIN_LEFT_WORDS:
                end = q_start
        elif q_start < start < q_end <= end:
            if _reachable(q_start, start, paragraph, cue):
                start = q_start
            elif _words(text, q_end, end) >= MIN_LEFT_WORDS:
                start = q_end
    return strip_span(text, start, end) if (start, end) != span else span


def _words(text: str, start: int, end: int) -> int:
    """How many words of letters or digits ``text[start:end]`` holds."""
    return sum(1 for word in text[start:end].split() if any(ch.isalnum() for ch in word))


def _reachable(low: int, high: int, paragraph: CharSpan, cue: CharSpan) -> bool:
    """True if characters ``[low, high)`` lie in ``paragraph`` and hold no part of ``cue``."""
    return paragraph[0] <= low and high <= paragraph[1] and not (low < cue[1] and cue[0] < high)


def paragraphs_back(text: str, position: int, paragraphs: int) -> int:
    """Where the paragraph ``paragraphs`` before the one holding character ``position`` starts
    (over blank lines; 0 where the text has fewer)."""
    start = text.rfind("\n", 0, position) + 1
    for _ in range(paragraphs):
        end = len(text[:start].rstrip())  # the end of the paragraph before, over blank lines
        if end == 0:
            return 0
        start = text.rfind("\n", 0, end) + 1
    return start
