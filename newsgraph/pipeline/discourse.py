"""What the coreference and roles layers need to know about a document's discourse.

``Discourse`` maps tokens to the entity mentions that cover them, finds the quotations and who
they are attributed to, and weighs how prominent a mention is where it stands (its grammatical
role, whether it is embedded in another noun phrase): the ingredients of a salience score in the
manner of Lappin & Leass (1994).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsgraph.model import Entity, Mention
from newsgraph.pipeline.binding import understood_subject
from newsgraph.pipeline.lexicon import PERSON_NOUNS, SPEECH_VERBS
from newsgraph.pipeline.quotemarks import doc_quotations
from newsgraph.pipeline.state import Layers, doc_text

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass
class Quotation:
    """A stretch of text in quotation marks and the entity it is attributed to, if known."""

    start: int
    end: int
    speaker: Entity | None = None
    # the subject word of the speech verb ("he" of "“...,” he said"), where one was found
    speaker_word: int | None = None
    # whom the speaker spoke to ("Roe told Doe"): "you" in the quotation, seldom "he" or "she"
    addressee: Entity | None = None


@dataclass
class Discourse:
    """Sentence index, token-to-entity map and quotations of one document.

    ``sentence_starts`` are the token indices where sentences (or paragraphs) begin."""

    doc: Doc
    state: Layers
    sentence_starts: list[int] = field(default_factory=list)
    sents: list[Span] = field(default_factory=list)
    sent_starts: list[int] = field(default_factory=list)
    text: str = ""
    token_entity: dict[int, Entity] = field(default_factory=dict)
    quotations: list[Quotation] = field(default_factory=list)
    quotation_starts: list[int] = field(default_factory=list)

    @classmethod
    def build(cls, doc: Doc, state: Layers) -> Discourse:
        """Index ``doc`` and the entities already in ``state``."""
        sents = list(doc.sents)
        # doc.text and token.sent are rebuilt on every access: take them once
        disc = cls(doc, state, discourse_units(doc, sents), sents, [s.start for s in sents], doc_text(doc))
        for entity in state.entities:
            for mention in entity.mentions:
                disc.index_mention(entity, mention)
        disc.quotations = [Quotation(start, end) for start, end in doc_quotations(doc)]
        disc.quotation_starts = [q.start for q in disc.quotations]
        for quotation in disc.quotations:
            disc.set_speaker(quotation)
        disc.carry_speakers()
        return disc

    def index_mention(self, entity: Entity, mention: Mention) -> None:
        """Record that the tokens of ``mention`` refer to ``entity``."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return
        for token in span:
            self.token_entity.setdefault(token.i, entity)

    def add_mention(self, entity: Entity, start: int, end: int, kind: str) -> Mention:
        """Add a mention ``doc.text[start:end]`` of kind ``kind`` to ``entity`` and index it."""
        mention = Mention(start, end, self.text[start:end], kind)
        entity.mentions.append(mention)
        self.index_mention(entity, mention)
        return mention

    def entity_of(self, token: Token) -> Entity | None:
        """The entity a token's mention refers to; a proper noun right after a name cut short
        ("O'Brien" after a mention "Ed") counts as part of it."""
        entity = self.token_entity.get(token.i)
        if entity is None and token.pos_ == "PROPN" and token.i > 0:
            before = self.doc[token.i - 1]
            if before.dep_ == "compound" and before.head.i == token.i:
                entity = self.token_entity.get(before.i)
        return entity

    def sent_of(self, token: Token) -> Span:
        """The parser's sentence holding ``token`` (like ``token.sent``, without its cost)."""
        return self.sents[bisect_right(self.sent_starts, token.i) - 1]

    def sentence_index(self, token: Token) -> int:
        return bisect_right(self.sentence_starts, token.i) - 1

    def quotation_at(self, char: int) -> Quotation | None:
        """The quotation whose marks enclose character offset ``char``, if any."""
        n = bisect_right(self.quotation_starts, char - 1) - 1
        return self.quotations[n] if n >= 0 and char < self.quotations[n].end else None

    def set_speaker(self, quotation: Quotation) -> None:
        """Fill in ``quotation``'s speaker entity and speaker word."""
        subject = self.speaker_subject(quotation) or self.speaker_nearby(quotation)
        verb = subject.head if subject is not None else None
        if verb is not None and verb.lemma_.lower() in SPEECH_VERBS:
            spoken_to = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
            quotation.addressee = self.token_entity.get(spoken_to.i) if spoken_to is not None else None
        if subject is not None and subject.tag_ in ("WP", "WDT") and subject.head.dep_ == "relcl":
            subject = subject.head.head  # "Roe, who declared that the bill “...”": Roe
        if subject is not None:
            quotation.speaker = self.token_entity.get(subject.i)
            quotation.speaker_word = subject.i

    def speaker_subject(self, quotation: Quotation) -> Token | None:
        """The subject word of a speech verb next to ``quotation`` in its sentence and paragraph,
        outside every quotation, or None. The parser may run a sentence over a paragraph break:
        a speech verb there belongs to the next paragraph's quotation, not to this one."""
        doc = self.doc
        close = doc.char_span(quotation.end - 1, quotation.end, alignment_mode="expand")
        open_ = doc.char_span(quotation.start, quotation.start + 1, alignment_mode="expand")
        if close is None or open_ is None:
            return None
        end = self.sent_of(close[0]).end
        end = next((i for i in range(close.end, end) if "\n" in doc[i].text), end)
        start = self.sent_of(open_[0]).start
        start = next((i + 1 for i in range(open_.start - 1, start - 1, -1) if "\n" in doc[i].text), start)
        for i in [*range(close.end, end), *reversed(range(start, open_.start))]:
            subject = self.speech_subject(doc[i])
            if subject is not None:
                return subject
        return None

    def speech_subject(self, token: Token) -> Token | None:
        """If ``token`` is a speech verb, its subject; if it is the "according" of "according to
        Roe", Roe; None if there is none or it stands inside quoted words ("“The bag is out,"
        Roe said": not "bag")."""
        if token.lower_ == "according":
            to = next((c for c in token.children if c.lower_ == "to"), None)
            subject = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        elif token.pos_ == "VERB" and token.lemma_.lower() in SPEECH_VERBS:
            subject = understood_subject(token)
            if subject is None and token.dep_ == "advcl" and token.tag_ == "VBG":
                # "Roe echoed the sentiments, saying it is “...”": the participle shares Roe
                subject = next((c for c in token.head.children if c.dep_ in SUBJECT_DEPS), None)
        else:
            return None
        return subject if subject is not None and self.quotation_at(subject.idx) is None else None

    def speaker_nearby(self, quotation: Quotation) -> Token | None:
        """For a quotation that ends or opens a sentence, the subject of a speech verb heading
        the sentence right after it ("“... to others?” Roe wrote."; the verb says nothing else:
        no object, no clause of its own) or right before it ("Roe, who is not on the committee,
        added. “What I’d say ...”"), in the same paragraph and quoting nothing itself; else None.
        Sentences are the discourse units: the parser may run several paragraphs into one."""
        doc, starts = self.doc, self.sentence_starts
        close = doc.char_span(quotation.end - 1, quotation.end, alignment_mode="expand")
        after = bisect_right(starts, close[-1].i) if close is not None else len(starts)
        if after < len(starts):
            unit = doc[starts[after] : starts[after + 1] if after + 1 < len(starts) else len(doc)]
            verb = self.heading_speech_verb(unit) if self.next_to(quotation, unit) else None
            if verb is not None and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
                return self.speech_subject(verb)
        open_ = doc.char_span(quotation.start, quotation.start + 1, alignment_mode="expand")
        before = bisect_right(starts, open_[0].i) - 1 if open_ is not None else 0
        if before > 0 and open_ is not None and starts[before] == open_[0].i:
            unit = doc[starts[before - 1] : starts[before]]
            verb = self.heading_speech_verb(unit) if self.next_to(quotation, unit) else None
            return self.speech_subject(verb) if verb is not None else None
        return None

    def next_to(self, quotation: Quotation, unit: Span) -> bool:
        """True if ``unit`` follows or precedes ``quotation`` with only spaces between, in the
        same paragraph, and lies in no quotation and holds none."""
        text = self.text
        start, end = unit.start_char, unit.end_char
        gap = text[quotation.end : start] if start >= quotation.end else text[end : quotation.start]
        if gap.strip() or "\n" in gap or "\n" in text[start:end].strip():
            return False
        quoted = self.quotation_at(start) or self.quotation_at(end - 1)
        return quoted is None and not any(start <= q < end for q in self.quotation_starts)

    @staticmethod
    def heading_speech_verb(unit: Span) -> Token | None:
        """The speech verb heading ``unit`` (its own root, or hung on a word outside it where the
        parser ran sentences together) or hanging on that head ("Roe will be under oath, Doe
        added"), else None."""
        heads = [w for w in unit if w.head.i == w.i or not unit.start <= w.head.i < unit.end]
        for word in (*heads, *(c for h in heads for c in h.children)):
            if word.pos_ == "VERB" and word.lemma_.lower() in SPEECH_VERBS:
                return word
        return None

    def carry_speakers(self) -> None:
        """A quotation with no speech verb of its own that goes on in the paragraph of the one
        before (“A,” Jane Roe wrote. “B.”) has that one's speaker."""
        for before, quotation in zip(self.quotations, self.quotations[1:]):
            if quotation.speaker_word is not None or before.speaker_word is None:
                continue
            if "\n" not in self.text[before.end : quotation.start]:
                quotation.speaker, quotation.speaker_word = before.speaker, before.speaker_word
                quotation.addressee = before.addressee


def discourse_units(doc: Doc, sents: list[Span]) -> list[int]:
    """Token indices where a sentence or a paragraph begins (the parser may run paragraphs together)."""
    starts = {s.start for s in sents}
    starts |= {t.i + 1 for t in doc if t.is_space and "\n" in t.text and t.i + 1 < len(doc)}
    return sorted(starts | {0})


def clause_verb(token: Token) -> Token | None:
    """The nearest verb (or the root) above ``token``."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX") or ancestor.dep_ == "ROOT":
            return ancestor
    return None


def is_main_clause(verb: Token) -> bool:
    """Whether ``verb`` heads the sentence's main clause (the root, or a verb conjoined to it);
    a verb the parser hung on a word of an earlier paragraph heads its own paragraph's."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT" or across_paragraphs(verb)


def apposed_noun(name: Token) -> Token | None:
    """The noun a name is set beside by commas, or None when ``name`` is no apposition. The
    parser hangs the name on the last noun before it ("A spokeswoman for the firm, Jane Roe,
    said"): from a noun that names no person (``PERSON_NOUNS``) it climbs the "for"/"of"
    phrases to the noun they hang on."""
    if name.dep_ != "appos":
        return None
    noun = name.head
    while (
        noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN"
        and noun.lemma_.lower() not in PERSON_NOUNS
    ):
        noun = noun.head.head
    return noun


def across_paragraphs(token: Token) -> bool:
    """True if ``token``'s head lies before it in an earlier paragraph (the parser ran the
    paragraph break over)."""
    head = token.head
    return head.i < token.i and any(t.is_space and "\n" in t.text for t in token.doc[head.i + 1 : token.i])


def effective_dep(token: Token) -> str:
    """The dependency label of ``token``, taking a conjunct's label from its first conjunct."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_


def is_embedded(token: Token) -> bool:
    """Whether ``token`` sits inside another noun phrase (e.g. the object of a preposition on a noun)."""
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    for ancestor in head.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
        if ancestor.pos_ in ("NOUN", "PROPN", "PRON") and ancestor.dep_ != "conj":
            return True
    return False


def paragraph_role(token: Token) -> str | None:
    """How a mention headed by ``token`` stands when the parser hung it on a word of another
    paragraph ("Contributing: Jane Roe, USA TODAY" run into "John Doe covers crime. Reach him
    at ...": "Roe" made subject of "covers", "Doe" set beside "Roe"). "opener" when it opens its
    paragraph and hangs on a word before (its paragraph is about it, as about a subject); "cut"
    when it hangs on a word of a later paragraph and something else opens its own (no role it
    can be trusted with); None otherwise: a name alone on a heading line keeps the role the
    parser gave it in the paragraph below. A conjunct stands as its first conjunct does."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    head = token.head
    low, high = sorted((token.i, head.i))
    if not any(t.is_space and "\n" in t.text for t in token.doc[low + 1 : high]):
        return None
    opens = opens_paragraph(token)
    if head.i < token.i:
        return "opener" if opens else None
    return None if opens else "cut"


def opens_paragraph(token: Token) -> bool:
    """True if nothing but punctuation and numbers ("22.", "–") stands between the start of
    ``token``'s paragraph and the phrase ``token`` heads."""
    for i in range(token.left_edge.i - 1, -1, -1):
        word = token.doc[i]
        if word.is_space and "\n" in word.text:
            return True
        if not (word.is_punct or word.is_space or word.like_num):
            return False
    return True


def grammatical_weight(token: Token) -> float:
    """Salience weight of a mention headed by ``token``: subjects weigh most, then objects."""
    role = paragraph_role(token)
    if role is not None:
        return 250.0 if role == "opener" else 140.0  # a main-clause subject, or a bare mention
    dep = effective_dep(token)
    weight = 100.0
    if dep in SUBJECT_DEPS:
        weight += 80
        verb = clause_verb(token)
        if verb is not None and is_main_clause(verb):
            weight += 30
    elif dep in ("dobj", "attr"):
        weight += 50
    elif dep in ("dative", "pobj", "agent"):
        weight += 30
    elif dep == "poss":
        weight += 20
    if not is_embedded(token):
        weight += 40
    return weight


def mention_head(doc: Doc, mention: Mention) -> Token | None:
    """The syntactic head token of a mention's span, or None if it does not align with tokens."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    # a name cut short ("Ed" of "Ed O'Brien") takes its role from the proper noun right after it
    if head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i == span.end:
        head = head.head
    return head


def dominating_subject(token: Token) -> Token | None:
    """The subject of the nearest clause above ``token`` ("X said he ...", "X wore a shirt as he
    waited", "where X played for most of his career"); conjoined verbs share their first one's subject."""
    own_subject = token.dep_ in SUBJECT_DEPS
    for ancestor in token.ancestors:
        if ancestor.pos_ not in ("VERB", "AUX"):
            continue
        if own_subject and ancestor.i == token.head.i:
            continue
        verb = ancestor
        while True:
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
                break
            verb = verb.head
        if subject is not None and subject.tag_ in ("WP", "WDT") and verb.dep_ in ("relcl", "acl"):
            subject = verb.head  # "O'Brien, who still has the contract he signed": who is O'Brien
        if subject is not None and subject.i != token.i and not misparsed_infinitive_subject(subject):
            return subject
    return None


def misparsed_infinitive_subject(subject: Token) -> bool:
    """True if ``subject`` hangs as subject on a "to" infinitive with no "for" ("Roe will appear
    before Judge Jane Doe to enter his plea": the parser made the judge subject of "to enter").
    Such an infinitive's subject is the clause's above, not a name the parser took for it."""
    verb = subject.head
    to = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    return to and not any(c.lower_ == "for" and c.dep_ in ("mark", "prep") for c in verb.children)
