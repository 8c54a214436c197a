"""Layer ``newsgraph_quotes``: direct, partial and indirect quotes with their speaker and cue.

Reads the parse, the entities and their coreference mentions; appends ``model.Quote`` objects to
``layers(doc).quotes``. A quotation mark pair is speech when a cue governs it or stands next to
it, or when it continues an earlier speaker's quotes; titles, nicknames and scare quotes are not.
Every attribution with a reported clause (``said that ...``, ``according to ...``) also becomes an
indirect quote whose content is the whole clause (PolNeAR's convention).
"""

from collections.abc import Set as AbstractSet

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.model import Quote, span
from newsgraph.pipeline.attribution import (
    MODEL_CUE_AT,
    Attribution,
    CharSpan,
    colon_attribution,
    cue_scores,
    find_attributions,
    governing_verb,
    inside_quotations,
    speech_cue_candidates,
)
from newsgraph.pipeline.attribution_possessives import mend_possessives
from newsgraph.pipeline.attribution_spans import on_one_line, token_span
from newsgraph.pipeline.promos import in_promo
from newsgraph.pipeline.quotemarks import doc_quotations
from newsgraph.pipeline.quoteshape import (
    MAX_TITLE_WORDS,
    TITLE_SMALL_WORDS,
    continues_speaker,
    is_direct,
    is_not_speech,
    is_title_or_name,
    text_before,
)
from newsgraph.pipeline.speakerlines import NAME_LABELS, lead_ins, speaker_lines
from newsgraph.pipeline.speakers import resolve_speaker
from newsgraph.pipeline.state import doc_text, layers

SIGNATURE_DASHES = ("―", "—", "–", "--")
MAX_SIGNATURE_WORDS = 5
MAX_CUE_GAP = 40  # characters between a quotation and the speech verb right after it ("the senator from Ohio")
QUOTE_OPENERS = "“\"«„‘"
QUOTE_CLOSERS = "”\"»“’' "


class QuoteFinder:
    """The quotes component: call it on a parsed ``Doc``."""

    def __call__(self, doc: Doc) -> Doc:
        state = layers(doc)
        quotations = doc_quotations(doc)
        turns = speaker_lines(doc) + lead_ins(doc, quotations)
        inside = inside_quotations(doc, quotations)
        scores = cue_scores(doc, inside)
        attributions = mend_possessives(doc, find_attributions(doc, quotations, scores, inside)) + turns
        candidates = speech_cue_candidates(doc, quotations)
        # a quoted transcript is reported turn by turn, each by its speaker label
        speech = [(s, e) for s, e in quotations if not any(s < t.cue[0] < e for t in turns)]
        quoted = _quoted_speech(doc, speech, attributions, candidates)
        phrases = {a.cue for a in attributions if not a.nests}
        sure = {token_span(doc[int(i)]) for i in np.flatnonzero(scores >= MODEL_CUE_AT)}
        found = _outermost(quoted + _indirect(doc, attributions, quoted), phrases, sure)
        # a link to another story reports what was said there, not here
        state.quotes.extend(q for q in found if not in_promo(doc, q.cue.start if q.cue else q.start))
        return doc


def _quoted_speech(
    doc: Doc, quotations: list[CharSpan], attributions: list[Attribution], candidates: list[Attribution]
) -> list[Quote]:
    """A Quote for every quotation that is speech, direct or partial."""
    found: list[Quote] = []
    for start, end in quotations:
        direct = is_direct(doc, start, end)
        if not direct and is_title_or_name(doc, start, end):
            continue
        attribution = _governing(doc, start, end, attributions, candidates, direct, quotations)
        if attribution is None and (is_not_speech(doc, start, end, direct) or _titled(doc, start, end)):
            continue
        quote = Quote(start, end, doc_text(doc)[start:end], "direct" if direct else "partial")
        if attribution is not None:
            _attach(doc, quote, attribution)
        elif not direct:
            continue  # a phrase in quotation marks with no one saying it: a scare quote
        else:
            _continue_speaker(doc, quote, found)
        found.append(quote)
    return found


def _governing(
    doc: Doc,
    start: int,
    end: int,
    attributions: list[Attribution],
    candidates: list[Attribution],
    direct: bool,
    quotations: list[CharSpan],
) -> Attribution | None:
    """The attribution that reports the quotation ``[start, end)``, or None.

    A whole-sentence quotation takes the nearest speech verb of its own sentences ("“...,” she
    said"), then a colon introducing it ("She said: “...”"); a phrase takes the innermost report
    whose content holds it ("called the plan “a disaster”").
    """
    holding = [a for a in attributions if any(s < end and start < e for s, e in a.content)]
    if direct:
        signed = _signed_with_dash(doc, end)
        if signed is not None and not _reported_in_paragraph(doc, start, candidates):
            return signed
        window = _sentence_window(doc, start, end, quotations)
        near = [c for c in candidates if window[0] <= c.cue[0] < window[1]]
        if near:
            return min(near, key=lambda c: min(abs(c.cue[0] - end), abs(start - c.cue[1])))
        following = _cue_right_after(doc, end, candidates)
        if following is not None:
            return following
        colon = None if _titled(doc, start, end) else _introduced_by_colon(doc, start, candidates + attributions)
        if colon is not None:
            return colon
        # a whole sentence reported by a cue outside its paragraph is rather an earlier
        # speaker going on than the content of that cue
        holding = [a for a in holding if window[0] <= a.cue[0] < window[1]]
    if holding:
        # the innermost report: the one with the smallest content around the quotation
        return min(holding, key=lambda a: sum(e - s for s, e in a.content))
    return governing_verb(doc, start, end, quotations)


def _sentence_window(doc: Doc, start: int, end: int, quotations: list[CharSpan]) -> CharSpan:
    """The characters of the sentences the quotation starts and ends in, within its paragraph,
    and not reaching past the neighbouring quotations (their cue is theirs)."""
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    last = doc.char_span(end - 1, end, alignment_mode="expand")
    if first is None or last is None:
        return start, end
    low, high = first.sent.start_char, last.sent.end_char
    text = doc_text(doc)
    low = max(low, text.rfind("\n", 0, start) + 1)
    newline = text.find("\n", end)
    high = min(high, newline if newline >= 0 else len(text))
    for s, e in quotations:
        if e <= start:
            low = max(low, e)
        elif s >= end:
            high = min(high, s)
    return low, high


def _cue_right_after(doc: Doc, end: int, candidates: list[Attribution]) -> Attribution | None:
    """``“...?” Trump said.`` when the parser ends the sentence at the quotation: a speech verb a
    few words after it, with no sentence end, paragraph break or other quotation between."""
    text = doc_text(doc)
    last = text[max(0, end - 12) : end].rstrip(QUOTE_CLOSERS)[-1:]
    if last not in ",?!":
        return None  # a quotation ending in a full stop ends its sentence: the next one is new
    for candidate in sorted(candidates, key=lambda c: c.cue[0]):
        gap = text[end : candidate.cue[0]]
        if candidate.cue[0] < end or len(gap) > MAX_CUE_GAP:
            continue
        if any(ch in ".?!\n" or ch in QUOTE_OPENERS for ch in gap):
            return None
        return candidate
    return None


def _reported_in_paragraph(doc: Doc, start: int, candidates: list[Attribution]) -> bool:
    """True if a speech verb stands in the paragraph of the quotation starting at ``start``
    ("“...,” Coach Jane Roe said. “...” — Sam Hill"): the dash and name closing such a
    paragraph sign the writer's entry in a live blog, not the quotation."""
    text = doc_text(doc)
    low = text.rfind("\n", 0, start) + 1
    newline = text.find("\n", start)
    high = newline if newline >= 0 else len(text)
    return any(low <= c.cue[0] < high for c in candidates)


def _signed_with_dash(doc: Doc, end: int) -> Attribution | None:
    """``“...” ― Jane Smith``: a dash after the quotation and a short name ending the line, the
    way an epigraph or a collected reader's comment is signed. The dash is the cue."""
    text = doc_text(doc)
    i = end
    while i < len(text) and text[i].isspace() and text[i] != "\n":  # no-break spaces too
        i += 1
    dash = next((d for d in SIGNATURE_DASHES if text.startswith(d, i)), None)
    if dash is None:
        return None
    newline = text.find("\n", i)
    line_end = newline if newline >= 0 else len(text)
    name = doc.char_span(i + len(dash), line_end, alignment_mode="expand")
    if name is None:
        return None
    words = [t for t in name if not (t.is_punct or t.is_space or t.text.isspace())]
    # a name, though the tagger may call an initial ("A.") or a surname a common noun
    named = all(t.pos_ == "PROPN" or t.ent_type_ in NAME_LABELS for t in words)
    if not 1 <= len(words) <= MAX_SIGNATURE_WORDS or not named:
        return None
    head = max(words, key=lambda t: t.i)  # the surname
    source = (words[0].idx, head.idx + len(head.text))
    cue_token = doc.char_span(i, i + len(dash), alignment_mode="expand")
    return Attribution((i, i + len(dash)), cue_token.start if cue_token else words[0].i, source, head.i)


def _titled(doc: Doc, start: int, end: int) -> bool:
    """True for a title set after a colon: a short run of capitalised words and no stop ("If
    you love remakes: ‘The Little Mermaid’", "‘About My Father’"), which no one says."""
    text = doc_text(doc)
    if not text_before(text, start, 1) == ":":
        return False
    inner = text[start:end].strip(QUOTE_CLOSERS + QUOTE_OPENERS + " ")
    words = [w for w in inner.split() if any(ch.isalpha() for ch in w)]
    capitalised = all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words)
    return 2 <= len(words) <= MAX_TITLE_WORDS and capitalised and not inner.endswith((".", "?", "!", ","))


def _introduced_by_colon(doc: Doc, start: int, candidates: list[Attribution]) -> Attribution | None:
    """``He said: “...”`` or ``Smith: “...”``, the colon just before the quotation."""
    text = doc_text(doc)
    colon = start - 1
    while colon >= 0 and text[colon].isspace():
        colon -= 1
    if colon < 0 or text[colon] != ":":
        return None
    line_start = text.rfind("\n", 0, colon) + 1
    earlier = [c for c in candidates if max(line_start, colon - 300) <= c.cue[0] < colon]
    if earlier:
        return max(earlier, key=lambda c: c.cue[0])
    return colon_attribution(doc, colon)


def _attach(doc: Doc, quote: Quote, attribution: Attribution) -> None:
    text = doc_text(doc)
    quote.cue = span(text, *attribution.cue)
    if attribution.source is not None and attribution.source[1] > attribution.source[0]:
        anchor = doc[attribution.source_head].idx if attribution.source_head is not None else attribution.source[1] - 1
        source = on_one_line(text, attribution.source, anchor)
        if source[1] > source[0]:
            quote.source = span(text, *source)
    quote.speaker, quote.speaker_name = resolve_speaker(doc, attribution)


def _continue_speaker(doc: Doc, quote: Quote, earlier: list[Quote]) -> bool:
    """Give ``quote`` the speaker of the quote just before it, when it is close enough."""
    if not earlier:
        return False
    last = earlier[-1]
    if last.source is None and last.speaker is None:
        return False
    if not continues_speaker(doc_text(doc), last.end, quote.start):
        return False
    quote.speaker, quote.speaker_name, quote.source = last.speaker, last.speaker_name, last.source
    quote.cue = last.cue  # one attribution going on: PolNeAR joins its pieces under one cue
    return True


def _indirect(doc: Doc, attributions: list[Attribution], quoted: list[Quote]) -> list[Quote]:
    """An indirect Quote for each attribution whose content is more than a direct quotation."""
    text = doc_text(doc)
    direct = [(q.start, q.end) for q in quoted if q.kind == "direct"]
    found: list[Quote] = []
    for attribution in attributions:
        pieces = [p for p in attribution.content if not _covered(text, p, direct)]
        if not pieces:
            continue
        if any(q.kind == "direct" and q.cue and (q.cue.start, q.cue.end) == attribution.cue for q in quoted):
            continue
        start, end = max(pieces, key=lambda p: p[1] - p[0])
        quote = Quote(start, end, text[start:end], "direct" if attribution.verbatim else "indirect")
        _attach(doc, quote, attribution)
        found.append(quote)
    return found


def _outermost(quotes: list[Quote], phrases: set[CharSpan], sure: AbstractSet[CharSpan] = frozenset()) -> list[Quote]:
    """The quotes less those whose cue lies inside another attribution's content: a report within
    a report ("he said she told reporters that ...") is part of the outer one, as PolNeAR's
    annotators mostly flatten it (on its train split, dropping them raises end-to-end F1).
    Attributions whose cue is in ``phrases`` report a phrase, not a clause, and hold no report;
    a cue in ``sure`` (one the learned cue finder is sure of) stays wherever it is."""
    contents = [(q.start, q.end, (q.cue.start, q.cue.end)) for q in quotes
                if q.cue is not None and (q.cue.start, q.cue.end) not in phrases]
    kept = []
    for quote in quotes:
        cue = quote.cue
        inside = cue is not None and (cue.start, cue.end) not in sure and any(
            s <= cue.start and cue.end <= e and key != (cue.start, cue.end) for s, e, key in contents
        )
        if not inside:
            kept.append(quote)
    return kept


def _covered(text: str, piece: CharSpan, quotations: list[CharSpan]) -> bool:
    """True if ``piece`` has no word outside the given quotations."""
    chars = [i for i in range(*piece) if text[i].isalnum()]
    return all(any(s <= i < e for s, e in quotations) for i in chars)


@Language.factory(
    "newsgraph_quotes",
    requires=["token.dep", "doc.ents"],
    assigns=["doc._.newsgraph"],
)
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    """Build the quotes layer (no settings)."""
    return QuoteFinder()
