"""Find attributions in a parsed ``Doc`` from its dependency tree: cue, source and reported content.

The patterns, all over spaCy's English dependency labels:

- a cue verb with a clause complement: ``Trump said that ...`` (``ccomp``), ``vowed to ...``
  (``xcomp``), ``described X as Y`` (object and its "as" phrase);
- a cue verb set inside the clause it reports: ``The plan, he said, will fail`` (``parataxis``);
- ``according to X``: X is the source, the clause it modifies is the content;
- ``expressed confidence that ...``: the verb and its stance noun form the cue.

The source is the subject of the cue (``nsubj``; the ``by`` agent of a passive; the noun a
``who said`` clause hangs on; the subject of the verb a participle ``saying ...`` hangs on).
Everything is in character offsets into ``doc.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from newsgraph.pipeline import cue_model, cues
from newsgraph.pipeline.attribution_content import WH_WORDS, complement, no_content, passive_subject, phrase
from newsgraph.pipeline.attribution_labels import label_head
from newsgraph.pipeline.attribution_senses import reports_nothing
from newsgraph.pipeline.attribution_spans import (
    QUOTE_CHARS,
    CharSpan,
    inside,
    inside_quotations,
    runs,
    same_paragraph,
    source_span,
    strip_span,
    subtree_span,
    token_span,
    trim,
    whole_quotations,
)
from newsgraph.pipeline.attribution_subjects import asked_in_a_headline, name_before_aside, subject_of
from newsgraph.pipeline.cues_learned import is_learned_cue, nominal_speaker, phrase_word, right_content
from newsgraph.pipeline.lexicon import PERSON_NOUNS, TITLE_HEADS
from newsgraph.pipeline.state import doc_text

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# The learned cue finder's score from which a word is taken for a cue (chosen on PolNeAR dev,
# where 0.5 to 0.7 score alike), and the words whose content the patterns can find.
MODEL_CUE_AT = 0.7
MODEL_CUE_POS = ("VERB", "NOUN", "ADJ")
# A word no pattern knows reports what follows it in its phrase only from this score: "poured
# money into the banks" can score high too; a clause complement is the safer sign of a report.
MODEL_PHRASE_AT = 0.9
# A word of the hand-made patterns the learned cue finder scores under this is no cue: it has
# seen the context ("To find out how ...", "to use videos to “prove” ..."). Chosen on the first
# 150 PolNeAR train articles (0.015, 0.03, 0.06 tried over every pattern).
PATTERN_CUE_FLOOR = 0.03
AMOUNTS = ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")
# Who is told or asked, not who speaks: the object of a speech verb.
OBJECTS = ("dobj", "dative", "iobj", "pobj", "oprd")


@dataclass
class Attribution:
    """One cue with its source (may be None) and its content pieces (may be empty)."""

    cue: CharSpan
    cue_token: int
    source: CharSpan | None = None
    source_head: int | None = None
    content: list[CharSpan] = field(default_factory=list)
    nests: bool = True  # whether attributions inside its content are part of it (a true complement)
    speech: bool = False  # whether the cue is a verb of saying
    verbatim: bool = False  # whether the content is the speaker's own words (a transcript turn)
    score: float = 0.0  # the learned cue finder's probability that the cue word heads a cue


def cue_scores(doc: Doc, inside: list[bool]) -> np.ndarray:
    """For each token, the learned cue finder's probability that it heads a cue (all 0 without
    the model; see ``cue_model``); ``inside``: whether each token is inside a quotation."""
    model = cue_model.shipped()
    if model is None:
        return np.zeros(len(doc), dtype=np.float32)
    return model.probabilities(doc, inside)


def find_attributions(
    doc: Doc, quotations: list[CharSpan], scores: np.ndarray | None = None, inside: list[bool] | None = None
) -> list[Attribution]:
    """Every attribution whose cue lies outside the quotations (quoted words report no one)
    and which the learned cue finder does not rule out (``_ruled_out``). ``scores`` are
    the learned cue finder's (``cue_scores``) and ``inside`` the tokens inside quotations
    (``inside_quotations``), computed here when not given."""
    found: list[Attribution] = []
    inside = inside_quotations(doc, quotations) if inside is None else inside
    if scores is None:
        scores = cue_scores(doc, inside)
    modelled = bool(scores.any())  # without the cue finder every score is 0
    for token in doc:
        if inside[token.i] or reports_nothing(token):
            continue
        attribution = _according_to(token)
        if attribution is None:
            attribution = _stance(token, quotations) or _cue_verb(token, quotations) or _claim_noun(token)
            if attribution is not None and modelled and _ruled_out(token, scores):
                continue  # "To find out how ...": the cue finder saw another sense
        if attribution is None:
            attribution = _learned(token, quotations)
        if attribution is not None and _deed(token, attribution, scores):
            attribution = None  # left to _modelled, which takes it when the cue finder is sure
        if attribution is not None:
            attribution.content = _clip(doc, attribution.cue_token, attribution.content, quotations)
            if attribution.content:
                found.append(attribution)
    found += _modelled(doc, quotations, inside, found, scores)
    for attribution in found:
        attribution.score = float(scores[attribution.cue_token])
    return _outermost(found)


def _ruled_out(token: Token, scores: np.ndarray) -> bool:
    """True if the learned cue finder scores the word of a hand-made pattern under
    ``PATTERN_CUE_FLOOR`` and the word has no clause complement but a question (a "that" clause
    is the surer sign): "To find out how ...", "accused the media of not focusing on ...". The learned
    lexicon's words (``cues_learned``) were chosen on what PolNeAR marks and are not ruled out."""
    said = any(c.dep_ == "ccomp" and c.left_edge.lower_ not in WH_WORDS for c in token.children)
    return scores[token.i] < PATTERN_CUE_FLOOR and not said


def _deed(token: Token, attribution: Attribution, scores: np.ndarray) -> bool:
    """True if ``attribution`` is a deed verb (``cues.DEED_VERBS``) reporting nothing but its
    direct object, which the learned cue finder scores under ``MODEL_CUE_AT``: "Rebels attacked
    the base", "The mayor welcomed the delegation" tell what someone did, not what they said."""
    if token.lemma_.lower() not in cues.DEED_VERBS or scores[token.i] >= MODEL_CUE_AT:
        return False
    objects = [subtree_span(c) for c in token.children if c.dep_ == "dobj" and c.i > token.i]
    return bool(objects) and attribution.content == objects[:1]


def _clip(doc: Doc, cue_token: int, content: list[CharSpan], quotations: list[CharSpan]) -> list[CharSpan]:
    """Content pieces cut to the cue's paragraph: a reported clause does not run over into
    another paragraph, whatever a confused parse (a dateline, a headline) says; nor does a
    piece cut one of the ``quotations`` in half (``whole_quotations``)."""
    cue = doc[cue_token]
    text = doc_text(doc)
    low = text.rfind("\n", 0, cue.idx) + 1
    newline = text.find("\n", cue.idx)
    high = newline if newline >= 0 else len(text)
    clipped = [(max(s, low), min(e, high)) for s, e in content]
    pieces = [strip_span(text, s, e) for s, e in clipped if e > s and any(ch.isalnum() for ch in text[s:e])]
    return [whole_quotations(doc, piece, quotations, (low, high), token_span(cue)) for piece in pieces]


def _outermost(found: list[Attribution]) -> list[Attribution]:
    """Drop beliefs and evidence reported inside another's content: "he said that critics fear ..."
    is one attribution (PolNeAR flattens nested reports), unless the learned cue finder is sure
    of its cue. A nested speech verb stays here: it may still govern a quotation; the quotes
    layer drops it at the end if its report is nested."""
    return [a for a in found if a.speech or a.score >= MODEL_CUE_AT or not any(_nested(a, o) for o in found)]


def _nested(inner: Attribution, outer: Attribution) -> bool:
    return outer is not inner and outer.nests and any(s <= inner.cue[0] and inner.cue[1] <= e for s, e in outer.content)


def speech_cue_candidates(doc: Doc, quotations: list[CharSpan]) -> list[Attribution]:
    """Speech verbs outside quotations, with their source, even without a clause complement.

    ``“...,” he told reporters`` is parsed in many ways; a speech verb next to a quotation is
    its cue whatever the tree says.
    """
    found: list[Attribution] = []
    for token in doc:
        if not cues.is_speech_verb(token) or inside(token.idx, quotations) or reports_nothing(token):
            continue
        source_head = speaker_word(token, quotations)
        if source_head is None:
            continue
        found.append(Attribution(token_span(token), token.i, source_span(source_head), source_head.i))
    return found


# Closed class: labels before a colon and a quotation that name no one (a dictionary's entry, a Q&A).
SPEAKING_NOUNS = PERSON_NOUNS | TITLE_HEADS  # "Canton mayor after ...: ..." speaks
LABEL_WORDS = frozenset(
    """
    noun nouns verb verbs adjective adverb pronoun definition meaning pronunciation example synonym
    synonyms antonym antonyms etymology question answer verdict winner winners nominee nominees
    finalist finalists
    """.split()
)


def colon_attribution(doc: Doc, colon: int) -> Attribution | None:
    """``Smith: “...”``: the colon is the cue, the subject or last name before it the source."""
    token = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if token is None:
        return None
    sentence = token.sent
    # the colon's own line: a sentence the parser ran over a line break starts in another paragraph
    line_start = doc_text(doc).rfind("\n", 0, colon) + 1
    before = [t for t in sentence if t.i < token.start and t.idx >= line_start and "\n" not in t.text]
    # "If you love remakes: ..." addresses the reader, who says nothing
    subjects = [t for t in before if t.dep_ in SUBJECTS and t.lower_ not in cues.NOT_SOURCES and t.lower_ != "you"]
    names = [
        e.root for e in doc.ents
        if e.label_ in ("PERSON", "ORG") and sentence.start <= e.start and e.end <= token.start
        and e.start_char >= line_start
    ]
    # "Canton mayor after Biden chat: ...": a name after a preposition of the label is not who speaks
    lead = [w for w in names if not _after_preposition(w, before)]
    if names and not lead and not subjects:
        names = [w for w in before if w.head not in before and w.lemma_.lower() in SPEAKING_NOUNS]
    else:
        names = lead
    head = subjects[-1] if subjects else names[-1] if names else label_head(before)
    if head is None or head.lower_ in LABEL_WORDS:
        return None  # "Noun: “A body of facts ...”": a dictionary's or a Q&A's label, no one speaking
    return Attribution((colon, colon + 1), token.start, source_span(head), head.i)


def _after_preposition(word: Token, label: list[Token]) -> bool:
    """True if ``word`` hangs, within the ``label``, under a preposition."""
    return any(a.pos_ == "ADP" and a in label for a in word.ancestors)


def governing_verb(doc: Doc, start: int, end: int, quotations: list[CharSpan]) -> Attribution | None:
    """The cue verb above a quoted phrase in the parse ("pronounced the plan “a failure”"), with
    the phrase's branch under it as the content; None if no cue verb governs it."""
    phrase = doc.char_span(start, end, alignment_mode="expand")
    if phrase is None:
        return None
    branch = phrase.root
    verb = branch.head
    while verb.i != branch.i:
        if not same_paragraph(phrase[0], verb):
            return None  # a sentence split missed at a paragraph break: the verb reports its own paragraph
        if cues.is_cue_verb(verb) and not inside(verb.idx, quotations) and not reports_nothing(verb):
            source_head = speaker_word(verb, quotations)
            if source_head is None:
                return None
            content = [subtree_span(branch)]
            source = source_span(source_head)
            return Attribution(token_span(verb), verb.i, source, source_head.i, content)
        if verb.dep_ in ("ROOT",) or verb.sent.start != phrase.sent.start:
            return None
        branch, verb = verb, verb.head
    return None


def _cue_verb(token: Token, quotations: list[CharSpan]) -> Attribution | None:
    if not cues.is_cue_verb(token) or token.lemma_.lower() in cues.QUOTATION_ONLY_VERBS:
        return None
    return _reported(token, quotations, complement(token))


def _reported(token: Token, quotations: list[CharSpan], content: list[CharSpan], sure: bool = False
              ) -> Attribution | None:
    """The attribution of the verb ``token`` reporting ``content``, with its subject as source;
    None without content or, unless the cue finder is ``sure`` of the verb, when the subject is
    an empty word ("it shows that ...")."""
    if not content:
        return None
    source_head = speaker_word(token, quotations)
    source = source_span(source_head) if source_head is not None else None
    holder = source_head.lower_ if source_head is not None else ""
    vague = holder in cues.NOT_SOURCES and source_head is not None and source_head.dep_ != "nsubjpass"
    # "which said that ..." speaks for the noun it hangs on; "That said, ..." is a turn of phrase
    relative = token.dep_ == "relcl" and holder in ("which", "that")
    if vague and not (sure and (relative or holder == "it")) and not (cues.is_speech_verb(token) and holder == "it"):
        return None  # "it shows that ..." is too often no attribution; "it said" is an organisation
    inserted = token.dep_ == "parataxis" or (token.dep_ == "ccomp" and token.head.i < token.i)
    # "The plan, he said, will fail" reports the clause around it; a clause of its own nests
    nests = not inserted or any(c.dep_ == "ccomp" and [subtree_span(c)] == content for c in token.children)
    speech = cues.is_speech_verb(token)
    head = source_head.i if source_head is not None else None
    return Attribution(token_span(token), token.i, source, head, content, nests, speech)


def _learned(token: Token, quotations: list[CharSpan]) -> Attribution | None:
    """A word of the learned cue lexicon with what follows it as content (see ``cues_learned``)."""
    word = None if is_learned_cue(token) else phrase_word(token)
    if word is None and not is_learned_cue(token):
        return None
    bounds = right_content(token, word)
    if bounds is not None and no_content(token.doc[bounds[0] : bounds[1] + 1]):
        return None
    return _open_class(token, quotations, bounds, word)


def _modelled(
    doc: Doc, quotations: list[CharSpan], inside: list[bool], found: list[Attribution], scores: np.ndarray
) -> list[Attribution]:
    """Attributions whose cue only the learned cue finder sees (``cue_model``): a verb, noun or
    adjective it scores at least ``MODEL_CUE_AT``, outside quotations and the cues already found,
    reporting its clause complement (for a passive with an agent, its subject) or, scored at
    least ``MODEL_PHRASE_AT``, what follows it in its phrase. A relative pronoun or "it" may be
    its subject ("which contended that ...", "it showed that ..."): the model has seen the
    context."""
    starts = doc.to_array([IDX]).astype(np.int64)
    taken = {i for a in found for i in range(np.searchsorted(starts, a.cue[0], "right") - 1,
                                             np.searchsorted(starts, a.cue[1], "left"))}
    out: list[Attribution] = []
    for i in np.flatnonzero(scores >= MODEL_CUE_AT):
        token = doc[int(i)]
        if token.i in taken or inside[token.i] or token.pos_ not in MODEL_CUE_POS or reports_nothing(token):
            continue
        if cues.is_naming_participle(token) or cues.is_when_asked(token):
            continue
        in_phrase = scores[token.i] >= MODEL_PHRASE_AT
        if token.pos_ == "VERB":
            amount = counts_something(token)
            content = complement(token) or passive_subject(token) or (phrase(token) if in_phrase and not amount else [])
            attribution = _reported(token, quotations, content, sure=True)
        else:
            attribution = _open_class(token, quotations, right_content(token) if in_phrase else None)
        if attribution is not None:
            attribution.content = _clip(doc, token.i, attribution.content, quotations)
            if attribution.content:
                out.append(attribution)
    return out


def _open_class(
    token: Token, quotations: list[CharSpan], bounds: tuple[int, int] | None, word: Token | None = None
) -> Attribution | None:
    """The attribution of an open-class cue ``token`` (with the ``word`` of its phrase, if any)
    whose content is the token range ``bounds``; None without content or without a holder."""
    passive = passive_subject(token) if token.pos_ == "VERB" and word is None else []
    if word is None and counts_something(token):
        return None  # "the economy added 250,000 jobs", "pumped $45bn into banks": an amount, no report
    if bounds is None:
        if not passive:
            return None
        content = passive
    else:
        content = passive or [trim(token.doc[bounds[0] : bounds[1] + 1])]
    if token.pos_ == "VERB":
        source_head = speaker_word(token, quotations)
        if source_head is not None and source_head.lower_ in cues.NOT_SOURCES and source_head.dep_ != "nsubjpass":
            return None
    else:
        source_head = nominal_speaker(token)
        if source_head is None or source_head.lower_ in cues.NOT_SOURCES:
            return None  # a stance no one holds is rather a topic ("doubt about the plan grew")
    text = doc_text(token.doc)
    if source_head is None and any(ch in QUOTE_CHARS for ch in text[content[0][0] : content[0][1]]):
        return None  # quoted words no one is said to say are a title or a scare quote
    source = source_span(source_head) if source_head is not None else None
    head = source_head.i if source_head is not None else None
    # its content is a phrase, not a reported clause: reports inside it stand on their own
    cue = (token.idx, word.idx + len(word.text)) if word is not None else token_span(token)
    return Attribution(cue, token.i, source, head, content, False, cues.is_speech_verb(token))


def counts_something(verb: Token) -> bool:
    """True if the direct object of ``verb`` is an amount: a number, a sum of money, a share, or
    a noun counted by one ("added 250,000 jobs", "pumped $45bn into banks")."""
    for child in verb.children:
        if child.dep_ != "dobj" or any(c.dep_ == "prep" and c.lower_ == "of" for c in child.children):
            continue  # "told one of his aides that ...": a number of people is who is told
        if child.like_num or child.ent_type_ in AMOUNTS or any(c.dep_ == "nummod" for c in child.children):
            return True
    return False


def _according_to(token: Token) -> Attribution | None:
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
        to = token.nbor()
    if to is None:
        return None
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    source = source_span(pobj)
    phrase = {t.i for t in token.subtree} | {t.i for t in to.subtree} | {token.i, to.i}
    spans = _rest_of_sentence(token, phrase)
    doc = token.doc
    comma = next((t for t in doc[pobj.i + 1 : pobj.right_edge.i + 1] if t.text == ","), None)
    if not spans and comma is not None and token.i < pobj.i:
        # "According to Smith, the plan fails" parsed with the clause hung on the name: the
        # source ends at the comma
        spans = _rest_of_sentence(token, set(range(token.i, comma.i + 1)))
        source = trim(doc[pobj.left_edge.i : comma.i])
    if not spans:
        return None
    cue = (token.idx, to.idx + len(to.text))
    return Attribution(cue, token.i, source, pobj.i, [_main_piece(token, spans)], nests=False)


def _main_piece(token: Token, spans: list[CharSpan]) -> CharSpan:
    """Of the pieces of a sentence around "according to X", the one holding the sentence's main
    verb ("The top 1 percent would see gains, according to the group, more than twice ..."),
    else the longest."""
    root = token.sent.root
    holding = [(s, e) for s, e in spans if s <= root.idx < e]
    return holding[0] if holding else max(spans, key=lambda s: s[1] - s[0])


def _rest_of_sentence(token: Token, phrase: set[int]) -> list[CharSpan]:
    """The pieces of ``token``'s sentence and paragraph outside the token indices ``phrase``."""
    return runs(token.doc, [t.i for t in token.sent if t.i not in phrase and same_paragraph(token, t)])


def _stance(token: Token, quotations: list[CharSpan]) -> Attribution | None:
    """``expressed confidence that ...``: cue is the verb and its stance noun."""
    if token.lemma_.lower() not in cues.EXPRESSING_VERBS:
        return None
    noun = next((c for c in token.children if c.dep_ == "dobj" and c.lower_ in cues.STANCE_NOUNS), None)
    if noun is None:
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i), None)
    if clause is None:
        about = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("about", "over", "in")), None)
        clause = about
    if clause is None:
        return None
    source_head = speaker_word(token, quotations)
    source = source_span(source_head) if source_head is not None else None
    cue = (token.idx, noun.idx + len(noun.text))
    return Attribution(cue, token.i, source, source_head.i if source_head is not None else None, [subtree_span(clause)])


def speaker_word(verb: Token, quotations: list[CharSpan]) -> Token | None:
    """The subject of a cue verb, outside the quotations: when the parser takes a word of the
    quotation for the subject ("“My apologies,” Quick said"), the name next to the verb; None
    for a headline's "X asked about Y", where X was asked."""
    if asked_in_a_headline(verb):
        return None
    subject = subject_of(verb)
    doc = verb.doc
    if subject is None:
        return _name_before(verb, quotations)
    low, high = sorted((subject.idx, verb.idx))
    if not inside(subject.idx, quotations) and "\n" not in doc_text(doc)[low:high]:
        return subject
    # the parser took a word of the quotation, or of another paragraph (a headline), as subject
    before = doc[verb.i - 1] if verb.i > 0 else None
    named = name_before_aside(before) if before is not None and before.text == "," else None
    if named is not None and not inside(named.idx, quotations):
        return named  # "Sen. Jane Roe, D-Delaware, told CNN"
    for i in (verb.i - 1, verb.i + 1):
        if 0 <= i < len(doc) and doc[i].pos_ in ("PROPN", "PRON", "NOUN") and not inside(doc[i].idx, quotations):
            word = doc[i]
            while word.dep_ == "compound" and word.head.i != word.i:
                word = word.head
            if word.head.i == verb.i and word.dep_ in OBJECTS and word.lower_ not in cues.NOT_SOURCES:
                return None  # "telling USA TODAY that ...": who is told does not speak
            return word
    return None


def _name_before(verb: Token, quotations: list[CharSpan]) -> Token | None:
    """``In an interview Trump declared ...``: a finite verb the parser left without a subject,
    right after a proper name that it hung elsewhere; the name is the subject. So is a
    person's name before a short aside set off by commas ("House Leader Jane Roe, D-New York,
    told reporters"), which the parser often takes apart."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    word = name_before_aside(before) if before.text == "," else before
    if word is None or word.pos_ != "PROPN" or word.dep_ == "poss" or inside(word.idx, quotations):
        return None
    return word


def _claim_noun(token: Token) -> Attribution | None:
    """``Trump's claim that ...``: the noun is the cue, its possessor the source (if any)."""
    if token.pos_ != "NOUN" or token.lower_ not in cues.CLAIM_NOUNS:
        return None
    clause = next((c for c in token.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > token.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    source = source_span(owner) if owner is not None else None
    owner_i = owner.i if owner is not None else None
    return Attribution(token_span(token), token.i, source, owner_i, [subtree_span(clause)], nests=True)


