"""Paragraphs that open with a speaker's name and a colon: transcript turns and headline attributions.

``WALLACE: Let's start with the debate.`` (a transcript) and ``Pence: Flowers Won't Be at
Debate`` (a headline) report what the named speaker said without any verb. The colon is the cue,
the name the source, and the rest of the paragraph the content. Labels that introduce no speech
("UPDATE:", "Photo:", "Note:") and places ("WASHINGTON:", a dateline) are left out, unless the
same label opens several paragraphs: a dateline opens one, a speaker in a transcript many (and
the entity recognizer may take a surname in capitals for a place). A poll, survey, study or
report may head a headline too ("Poll: Voters Turn to the Challenger"); it says no words of its
own, so its content is not verbatim.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

from newsgraph.pipeline import cues
from newsgraph.pipeline.attribution import LABEL_WORDS, Attribution, CharSpan, speaker_word
from newsgraph.pipeline.attribution_labels import known_name
from newsgraph.pipeline.attribution_spans import source_span, token_span
from newsgraph.pipeline.body_speakers import BODY_NOUNS
from newsgraph.pipeline.state import doc_text

# a line: spaces, an optional opening quotation mark, 1-4 capitalised words, a colon, the content
SPEAKER_LINE = re.compile(r"^[ \t]*[\"“]?([A-Z][\w.’'-]*(?:[ \t][A-Z][\w.’'-]*){0,3}):[ \t]+(\S[^\n]*)$", re.M)
# a headline's "Biden to Congress: Continue the subsidies": who speaks, "to", whom, the content
ADDRESSED_LINE = re.compile(
    r"^[ \t]*[\"“]?([A-Z][\w.’'-]*(?:[ \t][A-Z][\w.’'-]*){0,3})[ \t]to(?:[ \t][A-Z][\w.’'-]*){1,4}:[ \t]+(\S[^\n]*)$",
    re.M,
)
MIN_CONTENT_WORDS = 3
# the words of a title's part after its colon ("Ghost" of "“Power Book II: Ghost”")
MAX_SUBTITLE_WORDS = 6
# a colon ending a paragraph, and the paragraph after it when it opens with no quotation mark
LEAD_IN = re.compile(r":[ \t]*(?=\n)")
# (a sentence, not a list: no bullet before it, a full stop or a question mark at its end)
NEXT_PARAGRAPH = re.compile(r"[ \t]*\n\s*([^\s\"“‘'«„•*·–—-][^\n]*[.?!][\"”’']?)[ \t]*(?=\n|$)")
SENTENCE_BREAK = re.compile(r"[.?!][\"”’']?\s+[A-Z\"“]")
# any paragraph opened by a short label and a colon ("Price tag: ...", "Owner: ..."), for fact sheets
LABEL_LINE = re.compile(r"^[ \t]*([A-Z][\w.’'-]*(?:[ \t][\w.’'()-]+){0,4}):[ \t]+\S[^\n]*$", re.M)
# a run of this many label paragraphs in a row, each label new to the run, is a fact sheet
MIN_FACT_SHEET = 3
# closed class: labels of the page, not speakers
NOT_SPEAKERS = frozenset(
    """
    update updated note clarification editor editors watch photo photos video videos correction corrections related
    read more source sources caption credit image images listen see warning breaking exclusive live
    analysis opinion transcript summary background advertisement ad subscribe follow share contact
    email tags tag topics filed posted published by and or the a an in on at for of with from to
    answers explained explainer takeaways recap podcast podcasts leaderboard hub central overview
    updates newsletter what where when why how cost admission tickets details info information
    """.split()
)
LISTED_LABELS = ("ORG", "PRODUCT", "EVENT", "FAC", "WORK_OF_ART")
SCHEDULE_LABELS = ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY")
NOT_SPEAKER_LABELS = ("GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT")
# a name the tagger calls a common noun ("Sanders: ...") is still a name when it is in one of these
NAME_LABELS = ("PERSON", "ORG", "NORP")
# a list of offers or items has at least this many entries, each under a label of its own
MIN_LIST_ENTRIES = 2
# ... and where it has this many, two in three of the lines so shaped, it holds the others too
MIN_SPREAD_ENTRIES = 3
# closed class: a glossary's "These are ...", "It refers to ..." after its term and colon
DEFINING_PRONOUNS = frozenset("these they those this it".split())
DEFINING_VERBS = frozenset("be refer mean describe".split())
# closed class: sources of findings that head a headline without a name
EVIDENCE_LABELS = frozenset("poll polls survey surveys study studies report reports".split())


def speaker_lines(doc: Doc) -> list[Attribution]:
    """An attribution for every paragraph opened by a speaker label, even inside a quotation
    (a transcript quoted paragraph by paragraph): its content is said word for word."""
    text = doc_text(doc)
    matches = list(SPEAKER_LINE.finditer(text))
    opened = Counter(match.group(1) for match in matches)
    fields = fact_sheet_lines(text) | list_entries(doc, matches, opened)
    found: list[Attribution] = []
    for match in matches:
        if match.start() in fields:
            continue  # "Owner: Jane Roe Stables", "Dam: Blue Moon": a field of a fact sheet, no speech
        attribution = _line_attribution(doc, match, recurring=opened[match.group(1)] > 1)
        if attribution is not None:
            found.append(attribution)
    for match in ADDRESSED_LINE.finditer(text):
        if match.start() not in fields and _states_something(doc, match):
            attribution = _line_attribution(doc, match, addressed=True)
            found.extend([attribution] if attribution is not None else [])
    return found


def _line_attribution(
    doc: Doc, line: re.Match[str], recurring: bool = False, addressed: bool = False
) -> Attribution | None:
    """The attribution of one speaker ``line`` (its label in group 1, its content in group 2),
    or None when the line is a title, a heading or a list's entry, or its label names no one;
    ``recurring`` and ``addressed`` as in ``_speaker_head``."""
    text = doc_text(doc)
    label_start, label_end = line.span(1)
    if _quoted_title(text, line):
        return None  # "“Power Book II: Ghost” Season 4 will premiere ...": a title with a colon
    content = _content(text, *line.span(2))
    if content is None or _profile_heading(doc, line, content):
        return None
    if _heading_or_listing(doc, (label_start, label_end), content):
        return None
    evidence = line.group(1).lower() in EVIDENCE_LABELS
    head = _evidence_head(doc, label_start, label_end, content) if evidence else _speaker_head(
        doc, label_start, label_end, recurring=recurring, addressed=addressed
    )
    if head is None:
        return None
    colon = text.index(":", label_end)  # "Biden to Congress:": after whom he addresses
    source = (label_start, label_end)
    return Attribution((colon, colon + 1), head, source, head, [content], nests=False, verbatim=not evidence)


def _states_something(doc: Doc, line: re.Match[str]) -> bool:
    """True if the content of a ``line`` is a quotation or has a verb ("Biden to Congress:
    Continue the subsidies"); "Mahomes to Kelce: 25-yard touchdown" tells of a pass."""
    if line.group(2)[:1] in "\"“‘'":
        return True
    said = doc.char_span(*line.span(2), alignment_mode="expand")
    return said is not None and any(t.pos_ in ("VERB", "AUX") for t in said)


def _quoted_title(text: str, line: re.Match[str]) -> bool:
    """True if a quotation mark opens the speaker ``line`` and closes a few words after the
    colon, before the line ends: a quoted title holding a colon ("“Harbor Lights: Return”
    Season 2 ..."), not a transcript turn quoted whole (whose first mark after the colon, if
    any, opens a quotation within it)."""
    label_start, _ = line.span(1)
    if not text[line.start() : label_start].strip():
        return False
    content_start, content_end = line.span(2)
    said = text[content_start:content_end].rstrip()
    first = next((i for i, ch in enumerate(said) if ch in "\"“”"), None)
    if first is None or said[first] == "“":
        return False
    title_words = len(said[:first].split())
    return title_words <= MAX_SUBTITLE_WORDS and said[first + 1 :].strip(" .,;:!?") != ""


def _profile_heading(doc: Doc, line: re.Match[str], content: CharSpan) -> bool:
    """True for "Devin Ball: The Queen, general manager" heading a profile: after the colon a
    phrase with no verb, and the next paragraph opens with the label's last word ("Devin Ball
    began his new job ..."). A headline quoting someone has a verb ("Roe: I won't back down"),
    or a verbless one is not followed by the label ("Mayor: No 'authority' to stop troops")."""
    said = doc.char_span(*content, alignment_mode="expand")
    if said is None or any(t.pos_ in ("VERB", "AUX") for t in said):
        return False
    following = doc_text(doc)[line.end() :].lstrip()
    if SPEAKER_LINE.match(following):
        return False  # a transcript's next turn
    return line.group(1).split()[-1] in following.split(" ", 2)[:2]


def _heading_or_listing(doc: Doc, label_span: CharSpan, content: CharSpan) -> bool:
    """True for a line of a list, a schedule or a glossary, not a speaker's words (see the five below)."""
    label = doc.char_span(*label_span, alignment_mode="expand")
    said = doc.char_span(*content, alignment_mode="expand")
    if label is None or said is None:
        return False
    listed = _listing(label, said) or _roster(label, said)
    return _place_heading(label, said) or _only_times(said) or listed or _definition(label, said)


def _place_heading(label: Span, said: Span) -> bool:
    """True for "Michigan: U.S. Senate seat" heading a section of a list: a place's name, and
    after the colon a phrase with no verb; a place says nothing ("Ohio: Voters back the
    measure" may be a headline's summary, and keeps its verb)."""
    if any(t.pos_ in ("VERB", "AUX") for t in said):
        return False
    return any(t.ent_type_ in ("GPE", "LOC") for t in label)


def _listing(label: Span, said: Span) -> bool:
    """True for a list's entry headed by a brand, a body or an event, not a person: "Krispy
    Kreme: Get a free donut with your costume", "Consumer Financial Protection Bureau: Layoffs
    and a court challenge". After the colon a phrase with no verb, or an order to the reader; a
    body's statement in a headline keeps its verb ("Pentagon: Troops will stay")."""
    if label.text.isupper():
        return False
    body = any(t.ent_type_ in LISTED_LABELS for t in label) or label[-1].lower_ in BODY_NOUNS
    if not body or any(t.ent_type_ == "PERSON" for t in label):
        return False
    return _item_or_offer(said)


def _item_or_offer(said: Span) -> bool:
    """True if ``said`` (what follows a label's colon) states nothing: a phrase with no verb
    ("Free churros on 4/20") or an order to the reader ("Get $5 off any order")."""
    verbs = [t for t in said if t.pos_ in ("VERB", "AUX")]
    # (a subject on another line is the parser running over the line break)
    subject = any(c.dep_.startswith("nsubj") and said.start <= c.i < said.end for c in said[0].children)
    return not verbs or (said[0].tag_ == "VB" and not subject)


def list_entries(doc: Doc, lines: list[re.Match[str]], opened: Counter[str]) -> set[int]:
    """Starts of the speaker ``lines`` that are entries of a list of offers or items, each
    label opening one paragraph (``opened`` counts them): "Krispy Kreme: Get a free donut with
    your costume", then "Carvel: Get $5 off any order of $25 or more". An entry's label is in
    mixed case and its content states nothing (see ``_item_or_offer``), without a quotation
    mark; a list has at least ``MIN_LIST_ENTRIES`` entries, and where they are ``MIN_SPREAD_ENTRIES``
    or more and two in three of the lines so shaped, the others are its entries too, unless a
    person or a poll heads them.
    A transcript repeats its speakers, and a headline quoting someone stands alone."""
    candidates: list[int] = []  # lines shaped as entries whose label names no person nor poll
    entries: list[int] = []
    for line in lines:
        label = line.group(1)
        if label.isupper() or opened[label] > 1 or line.group(2)[:1] in "\"“‘'":
            continue
        said = doc.char_span(*line.span(2), alignment_mode="expand")
        if said is not None and len(said) > 0 and _item_or_offer(said):
            entries.append(line.start())
        elif not _person_or_poll(doc, line):
            candidates.append(line.start())
    if len(entries) >= MIN_SPREAD_ENTRIES and len(entries) >= len(candidates) * 2:
        return set(entries + candidates)  # most lines list offers: "Nordstrom: Nordstrom has deals" too
    return set(entries) if len(entries) >= MIN_LIST_ENTRIES else set()


def _person_or_poll(doc: Doc, line: re.Match[str]) -> bool:
    """True if the label of ``line`` names a person or a poll ("Biden:", "Iowa Poll:")."""
    label = doc.char_span(*line.span(1), alignment_mode="expand")
    if label is None or len(label) == 0:
        return True
    return label[-1].lower_ in EVIDENCE_LABELS or any(t.ent_type_ == "PERSON" for t in label)


def _roster(label: Span, said: Span) -> bool:
    """True for a lineup or a bill, "Headliners: Foo Fighters, Turnstile (Friday)", "WR: Jameson
    Williams, Antoine Green", "Game: Week 6, Packers vs. Chicago Bears": a label that names no
    person, then names set apart by commas, no verb and no pronoun, which no one says. A
    transcript's turn may call someone ("LINSEY DAVIS: President Trump, your response.")."""
    if any(t.ent_type_ == "PERSON" for t in label) or any(t.pos_ in ("VERB", "AUX", "PRON") for t in said):
        return False
    if not any(t.text == "," for t in said):
        return False
    words = [t for t in said if t.is_alpha]
    names = [t for t in words if t.pos_ == "PROPN" or t.ent_type_ in NAME_LABELS]
    return bool(words) and len(names) * 2 >= len(words)


def _definition(label: Span, said: Span) -> bool:
    """True for a glossary's entry, "Shadow Bands: These are rapidly moving dark bands ...": a
    term that names no one (no name the recognizer found, not in capitals as a transcript's
    speaker), and after its colon a pronoun standing for the term and a verb that defines it."""
    if label.text.isupper() or any(t.ent_type_ in NAME_LABELS for t in label) or len(said) < 2:
        return False
    return said[0].lower_ in DEFINING_PRONOUNS and said[1].lemma_ in DEFINING_VERBS


def _only_times(said: Span) -> bool:
    """True for "Hanover: 6 to 8 p.m. Oct. 31", a schedule's line: after the colon only times,
    dates and numbers, which no one says."""
    return all(
        t.ent_type_ in SCHEDULE_LABELS or t.like_num or t.is_punct or t.pos_ in ("ADP", "CCONJ", "DET") for t in said
    )


def fact_sheet_lines(text: str) -> set[int]:
    """Starts of the paragraphs that are fields of a fact sheet: a run of at least
    ``MIN_FACT_SHEET`` paragraphs in a row, each opened by a label and a colon, no label (by its
    last word) twice ("Trainer: ...", "Owner: ...", "Jockey: ..."). A transcript's run repeats
    its speakers."""
    runs: list[list[re.Match[str]]] = []
    for match in LABEL_LINE.finditer(text):
        previous = runs[-1][-1] if runs else None
        if previous is not None and not text[previous.end() : match.start()].strip():
            runs[-1].append(match)
        else:
            runs.append([match])
    fields: set[int] = set()
    for run in runs:
        labels = [m.group(1).lower().split()[-1] for m in run]  # "KATE ROE:", then "ROE:": one speaker
        if len(run) >= MIN_FACT_SHEET and len(set(labels)) == len(labels):
            fields.update(m.start() for m in run)
    return fields


def lead_ins(doc: Doc, quotations: list[CharSpan]) -> list[Attribution]:
    """``The governor added:`` ending a paragraph, and the next paragraph, with no quotation
    marks, is what was said: a block quotation, the way a long statement is set in an article.
    The speech verb before the colon is the cue, its subject the source."""
    text = doc_text(doc)
    found: list[Attribution] = []
    for colon in (m.start() for m in LEAD_IN.finditer(text)):
        verb = doc.char_span(colon, colon + 1, alignment_mode="expand")
        if verb is None or verb.start == 0:
            continue
        token = doc[verb.start - 1]
        if not cues.is_speech_verb(token):
            continue
        source_head = speaker_word(token, quotations)
        nxt = NEXT_PARAGRAPH.match(text, colon + 1)
        if source_head is None or source_head.lower_ in cues.NOT_SOURCES or nxt is None:
            continue
        content = _content(text, *nxt.span(1))
        if content is None:
            continue
        source = source_span(source_head)
        said = Attribution(token_span(token), token.i, source, source_head.i, [content], nests=False, verbatim=True)
        found.append(said)
    return found


def _content(text: str, start: int, end: int) -> CharSpan | None:
    """The content after the colon, without trailing spaces nor the mark closing a quoted
    transcript; None when it is too short to be said."""
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] in "\"”" and not any(ch in "\"“" for ch in text[start : end - 1]):
        end -= 1
    words = [w for w in text[start:end].split() if any(ch.isalpha() for ch in w)]
    return (start, end) if len(words) >= MIN_CONTENT_WORDS else None


def _speaker_head(doc: Doc, start: int, end: int, recurring: bool = False, addressed: bool = False) -> int | None:
    """The last token of the label when it names someone: proper nouns or names the entity
    recognizer found (or capitals, as in a transcript), not a page label, and not a place or a
    date unless the label is ``recurring`` (it opens several paragraphs). The speaker of an
    ``addressed`` line ("Trump to Pence:") may be a word of a name found elsewhere, which the
    tagger took for a verb."""
    label = doc.char_span(start, end, alignment_mode="expand")
    if label is None or len(label) == 0:
        return None
    words = [t for t in label if not t.is_punct]
    if not words or any(t.lower_ in NOT_SPEAKERS or t.lower_ in LABEL_WORDS for t in words):
        return None
    shouting = all(t.text.isupper() for t in words)
    named = [t.pos_ == "PROPN" or t.ent_type_ in NAME_LABELS or addressed and known_name(t) for t in words]
    if not shouting and not all(named):
        return None
    if not recurring and any(t.ent_type_ in NOT_SPEAKER_LABELS for t in words):
        return None
    return words[-1].i


def _evidence_head(doc: Doc, start: int, end: int, content: CharSpan) -> int | None:
    """The token of a one-word label that names a finding ("Poll:") when it heads a headline:
    one sentence after the colon, not a paragraph of body text."""
    label = doc.char_span(start, end, alignment_mode="expand")
    if label is None or len(label) != 1:
        return None
    said = doc_text(doc)[content[0] : content[1]].rstrip(".?!\"” ")
    return None if SENTENCE_BREAK.search(said) else label[0].i
