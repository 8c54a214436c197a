"""Find the stretches of text between quotation marks, marks included.

Handles curly (“ ”), straight ("), low (, “ or „ ”), guillemet (« » and » «), single (‘ ’ and ')
and doubled-apostrophe ('' '', and ’’ closing a “ or ") quotation marks. A quote that runs over several paragraphs opens
each paragraph with a mark and closes only at its end (the newspaper convention); such a quote
comes back as one stretch.
Single quotation marks inside a double-quoted stretch are a quote within the quote and are not
reported on their own. Apostrophes ("he’s", "’90s", "the players’ union") are not quotation marks.

Texts that mix their marks or leave one unclosed are paired so that one slip spoils one quote
only: a straight mark shaped as an opener (a space before, a word after) never closes a quotation;
a quotation whose paragraph holds its own reporting clause (", he said") does not run on into
the next paragraph; a curly opening mark a writer closed with an apostrophe (“Ready,’ she said)
closes there when no proper closing mark comes.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsgraph.pipeline.state import doc_text

# opening mark -> the marks that may close it
DOUBLE_PAIRS = {
    "“": "”\"",
    '"': '"”',
    "„": "“”",
    "«": "»",
    "»": "«",
}
SINGLE_PAIRS = {"‘": "’'", "'": "'’"}
MAX_SINGLE_QUOTE = 300
# A reporting clause after a comma inside a stretch, ending its sentence or clause (", he said.",
# ", said Jane Roe,", ", she said at the rally."): the writer forgot the closing mark before it.
# "Then, in May, Roe said that ..." is a report inside the quotation and does not end it.
REPORTING_VERB = r"(?:said|says|added|asked|wrote)"
REPORTING_NAME = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
REPORTING = re.compile(
    rf"[,?!]\s+(?:(?:he|she|they|we|I|{REPORTING_NAME})\s+{REPORTING_VERB}|{REPORTING_VERB}\s+{REPORTING_NAME})"
    r"(?:\s+(?:at|in|on|during|after|before|to|from|with|about|[A-Z]\w*)(?:\s+[\w’'-]+){0,4})?\s*[.,;]"
)
# After these an apostrophe followed by a space may end a quotation: “Ready,’ she said.
APOSTROPHE_CLOSES_AFTER = ",.?!"
DOUBLE_MARK = re.compile("[" + re.escape("".join(DOUBLE_PAIRS)) + "”]")
DOUBLED = "''"
DOUBLED_MARK = re.compile(DOUBLED)
# Two apostrophes that close a double quotation: the typewriter's, or a word processor's curly
# ones ("“It is over,’’ she said").
DOUBLED_CLOSERS = (DOUBLED, "’’")
SINGLE_MARK = re.compile("[" + re.escape("".join(SINGLE_PAIRS)) + "]")


def doc_quotations(doc: Doc) -> list[tuple[int, int]]:
    """``find_quotations`` of ``doc``'s text, found once per document: the quotes, coreference
    and speakers layers all read them. Callers must not change the list."""
    found: list[tuple[int, int]] | None = doc.user_data.get("newsgraph_quotations")
    if found is None:
        found = doc.user_data["newsgraph_quotations"] = find_quotations(doc_text(doc))
    return found


def find_quotations(text: str) -> list[tuple[int, int]]:
    """Character spans ``[start, end)`` of every quotation in ``text``, marks included, in order."""
    doubles = _double_quotations(text)
    doubles += [s for s in _doubled_quotations(text) if not any(a <= s[0] < b for a, b in doubles)]
    singles = [s for s in _single_quotations(text) if not any(a <= s[0] < b for a, b in doubles)]
    return sorted(doubles + singles)


def _doubled_quotations(text: str) -> list[tuple[int, int]]:
    """Quotations between two apostrophes doubled (\'\'...\'\'), the typewriter convention of
    some wires and archives; like the other marks they may run over paragraphs."""
    found: list[tuple[int, int]] = []
    opened: int | None = None
    checked = 0  # where the search for a paragraph break inside the open quotation goes on from
    for match in DOUBLED_MARK.finditer(text):
        pos = match.start()
        if opened is not None:
            newline = text.find("\n", checked, pos)
            if newline >= 0 and _reopens_at(text, newline) == pos:
                checked = pos + 2  # the next paragraph goes on with the same quotation
                continue
            if newline < 0 and not text[pos - 1].isspace():
                found.append((opened, pos + 2))
                opened = None
                continue
            opened = None
        if _opens_doubled(text, pos):
            opened, checked = pos, pos + 2
    return found


def _reopens_at(text: str, newline: int) -> int:
    """Where the first mark of the next paragraph stands, or -1 when it starts with a word."""
    j = newline
    while j < len(text) and text[j].isspace():
        j += 1
    return j if text.startswith(DOUBLED, j) else -1


def _opens_doubled(text: str, pos: int) -> bool:
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 2] if pos + 2 < len(text) else " "
    return not after.isspace() and (before.isspace() or before in "([{—–-:\"“")


def _double_quotations(text: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        found_mark = DOUBLE_MARK.search(text, i)  # jump to the next mark: most text has none
        if found_mark is None:
            break
        i = found_mark.start()
        mark = text[i]
        if (mark == "»" and "«" not in text[i + 1 : i + 400]) or (mark == "”" and not _opens_paragraph(text, i)):
            i += 1
            continue
        end = _closing(text, i, DOUBLE_PAIRS.get(mark, "”\""))
        if end is None:
            i += 1
            continue
        found.append((i, end))
        i = end
    return found


def _opens_paragraph(text: str, i: int) -> bool:
    """A closing mark at the start of a paragraph, before a word, opens a quotation (a typo)."""
    line_start = text.rfind("\n", 0, i) + 1
    return not text[line_start:i].strip() and i + 1 < len(text) and text[i + 1].isalnum()


def _closing(text: str, start: int, closers: str) -> int | None:
    """End (exclusive) of the quotation opened at ``start``, following it over paragraphs; for a
    curly mark left unclosed, the apostrophe that stood in for its closing mark (``_apostrophe``)."""
    opener = text[start]
    nested = False  # a straight quotation inside a curly one ("“He called it "a farce" twice.”")
    doubled = False  # one in doubled apostrophes inside a straight or curly one
    i = start + 1
    while i < len(text):
        char = text[i]
        if char == '"' and opener != '"' and (nested or _opener_shaped(text, i)):
            nested = not nested
        elif opener in '"“' and text.startswith(DOUBLED, i) and (doubled or _opens_doubled(text, i)):
            doubled = not doubled  # a quotation in doubled apostrophes inside this one
            i += 1
        elif opener in '"“' and _doubled_close(text, i):
            return i + 2  # "... is expected,'' the weather service said: a typewriter closing mark
        elif char in closers and not (char == '"' and _opener_shaped(text, i)):
            if i == start + 1:
                return None  # an empty pair is no quotation
            return i + 1
        elif (char == opener and opener in "“„«") or (char == '"' and _opener_shaped(text, i)):
            break  # a second opening mark before any closing one: this mark opened nothing
        if char == "\n":
            resume = _paragraph_continues(text, i, opener)
            if resume is None or REPORTING.search(text, start, i):
                break  # a paragraph with its own reporting clause closed its quotation unmarked
            i, nested, doubled = resume, False, False
            continue
        i += 1
    return _apostrophe(text, start, i) if opener == "“" else None


def _doubled_close(text: str, i: int) -> bool:
    """True if two apostrophes at ``i``, straight or curly, close a quotation: after a word or
    a stop, before a space or a stop (``expected,'' the service said``, ``liberation,’’ she
    said``)."""
    if not text.startswith(DOUBLED_CLOSERS, i) or text[i - 1].isspace():
        return False
    after = text[i + 2] if i + 2 < len(text) else " "
    return not after.isalnum() and after not in "'’"


def _opener_shaped(text: str, i: int) -> bool:
    """True if the straight mark at ``i`` can only open a quotation: a space or an opening
    bracket before it, a word after it (``said "no``)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{") and after.isalnum()


def _apostrophe(text: str, start: int, stop: int) -> int | None:
    """End (exclusive) of the quotation opened by “ at ``start`` and left unclosed before
    ``stop``, where its writer typed an apostrophe after a comma or stop instead of the closing
    mark (“We are ready,’ she said); None where there is no such apostrophe, or where a single
    quotation opened inside may own it."""
    stretch = text[start:stop]
    if "‘" in stretch:
        return None
    for i in range(start + 2, stop):
        after = text[i + 1] if i + 1 < len(text) else " "
        if text[i] == "’" and text[i - 1] in APOSTROPHE_CLOSES_AFTER and after.isspace():
            return i + 1
    return None


def _paragraph_continues(text: str, newline: int, opener: str) -> int | None:
    """Where scanning resumes if the next paragraph reopens the same quotation, else None."""
    j = newline
    while j < len(text) and text[j].isspace():
        j += 1
    if j < len(text) and text[j] == opener:
        return j + 1
    return None


def _single_quotations(text: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        found_mark = SINGLE_MARK.search(text, i)
        if found_mark is None:
            break
        i = found_mark.start()
        if _opens_single(text, i):
            end = _closing_single(text, i)
            if end is not None:
                found.append((i, end))
                i = end
                continue
        i += 1
    return found


def _opens_single(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if not (before.isspace() or before in "([{—–-:\"“"):
        return False
    if not after.isalpha():
        return False  # "’90s" and "' " are not openings
    return True


def _closing_single(text: str, start: int) -> int | None:
    closers = SINGLE_PAIRS[text[start]]
    limit = min(len(text), start + MAX_SINGLE_QUOTE)
    for i in range(start + 2, limit):
        char = text[i]
        if char == "\n":
            return None
        if char not in closers:
            continue
        after = text[i + 1] if i + 1 < len(text) else " "
        before = text[i - 1]
        if after.isalnum() or before.isspace():
            continue  # an apostrophe inside a word ("he’s") or an opening mark
        if before == "s" and _closes_later(text, i + 1, limit, closers):
            continue  # "the players’ union": a plural's apostrophe, the quotation closes later
        return i + 1
    return None


def _closes_later(text: str, start: int, limit: int, closers: str) -> bool:
    """True if a closing mark (not another plural's apostrophe) follows ``start`` in the same
    paragraph (before ``limit``) and before another quotation opens: ‘The players’ union will
    strike,’ closes at ``,’``, not at ``players’``."""
    for i in range(start, limit):
        if text[i] == "\n" or (text[i] in SINGLE_PAIRS and _opens_single(text, i)):
            return False  # a new paragraph or a new quotation: the first mark closed this one
        after = text[i + 1] if i + 1 < len(text) else " "
        if text[i] in closers and not after.isalnum() and not text[i - 1].isspace() and text[i - 1] != "s":
            return True
    return False
