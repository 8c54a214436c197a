"""Salience of the entities mentioned so far, for choosing what an anaphor refers to.

Each mention contributes a weight that depends on its grammatical role (subjects of the main
clause weigh most) and halves with every sentence it lies back, in the manner of Lappin & Leass
(1994). ``Salience`` also keeps each person's gender as the text reveals it (honorifics,
gendered titles, pronouns already resolved) and which places were the story's setting.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.model import Entity
from newsgraph.pipeline.discourse import (
    SUBJECT_DEPS,
    Discourse,
    apposed_noun,
    clause_verb,
    effective_dep,
    grammatical_weight,
    is_main_clause,
    mention_head,
    paragraph_role,
)
from newsgraph.pipeline.first_names import first_name_gender
from newsgraph.pipeline.lexicon import GENDER_HONORIFICS, GENDERED_NOUNS, GENDERED_TITLES, MOTION_VERBS

PLACE_TYPES = ("GPE", "LOC", "FAC")
PARALLEL_SUBJECT_BONUS = 35.0
FOCUS_BONUS = 100.0
PROMINENCE_BONUS = 30.0
QUOTED_FACTOR = 0.5
SETTING_PREPOSITIONS = frozenset({"in", "to", "at", "into", "inside", "near"})
VISIT_VERBS = frozenset({"visit", "reach", "enter", "tour"})


@dataclass(order=True)
class Item:
    """One mention of an entity as seen by the salience model."""

    token: int
    sentence: int
    entity: str
    weight: float
    subject: bool
    main: bool
    quoted: bool
    focus: bool


class Salience:
    """Mentions so far, in text order, with their weights; scores candidates for an anaphor."""

    def __init__(self, disc: Discourse) -> None:
        self.disc = disc
        self.entities: dict[str, Entity] = {e.id: e for e in disc.state.entities}
        self.items: list[Item] = []
        self.gender: dict[str, str] = {}
        self.stated_gender: dict[str, str] = {}  # from honorifics and titles, not from our own guesses
        for entity in disc.state.entities:
            for mention in entity.mentions:
                head = mention_head(disc.doc, mention)
                if head is not None:
                    self.add(entity, head, mention.kind)
                if mention.kind == "name" and entity.type == "PERSON":
                    self._gender_from_title(entity, mention.start)
                    if head is not None:
                        self._gender_from_apposition(entity, head)

    def add(self, entity: Entity, head: Token, kind: str) -> None:
        """Count a mention of ``entity`` headed by ``head``."""
        self.entities.setdefault(entity.id, entity)
        focus = entity.type in PLACE_TYPES and (kind == "pronoun" or is_setting(head))
        role = paragraph_role(head)
        subject = effective_dep(subject_standing(head)) in SUBJECT_DEPS if role is None else role == "opener"
        main = in_main_clause(head) if role is None else role == "opener"
        item = Item(
            head.i, self.disc.sentence_index(head), entity.id, grammatical_weight(head),
            subject, main, self.disc.quotation_at(head.idx) is not None, focus,
        )
        insort(self.items, item)

    def _gender_from_title(self, entity: Entity, start: int) -> None:
        """"Mrs. Clara Jones", "Queen X": an honorific or gendered title right before a name
        (never a word of the name itself: "Billy King" is not a king)."""
        span = self.disc.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None:
            return
        for word in self.disc.doc[max(0, span.start - 2) : span.start]:
            gender = GENDER_HONORIFICS.get(word.lower_) or GENDERED_TITLES.get(word.lower_)
            if gender:
                self.learn_gender(entity, gender)
                self.stated_gender.setdefault(entity.id, gender)

    def _gender_from_apposition(self, entity: Entity, head: Token) -> None:
        """"Raj Chohan, a 59-year-old grandmother": a gendered noun in apposition to the name."""
        nouns = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            nouns.append(head.head)
        for noun in nouns:
            gender = GENDERED_NOUNS.get(noun.lemma_.lower())
            if gender:
                self.learn_gender(entity, gender)
                self.stated_gender.setdefault(entity.id, gender)

    def learn_gender(self, entity: Entity, gender: str) -> None:
        """Remember ``entity``'s gender the first time the text shows it."""
        if gender and entity.type == "PERSON":
            self.gender.setdefault(entity.id, gender)

    def gender_fits(self, entity: Entity, gender: str) -> bool:
        """True if a pronoun of ``gender`` ("m", "f" or "" for any) may refer to ``entity``: what
        the text states (an honorific, a title) comes first, then a clearly gendered first name
        (a name is surer than the pronouns this layer resolved itself), then those pronouns."""
        known = self.known_gender(entity)
        return not gender or not known or known == gender

    def known_gender(self, entity: Entity) -> str:
        """``entity``'s gender ("m", "f") as far as the text shows it (see ``gender_fits``), else ""."""
        return self.stated_gender.get(entity.id) or first_name_gender(entity) or self.gender.get(entity.id, "")

    def first_sentence(self, entity_id: str) -> int:
        """The index of the sentence where ``entity_id`` is first mentioned (-1 if never)."""
        return next((item.sentence for item in self.items if item.entity == entity_id), -1)

    def window(self, token: Token, sentences_back: int) -> list[Item]:
        """Mentions before ``token`` in its sentence and the ``sentences_back`` sentences before."""
        sentence = self.disc.sentence_index(token)
        first = self.disc.sentence_starts[max(0, sentence - sentences_back)]
        lo = bisect_left(self.items, first, key=lambda item: item.token)
        hi = bisect_left(self.items, token.i, key=lambda item: item.token)
        return self.items[lo:hi]

    def scores(self, token: Token, types: tuple[str, ...], sentences_back: int = 3) -> dict[str, float]:
        """Salience of each entity of one of ``types`` mentioned shortly before ``token``."""
        sentence = self.disc.sentence_index(token)
        quoted = self.disc.quotation_at(token.idx) is not None
        subject = effective_dep(token) in SUBJECT_DEPS
        main = in_main_clause(token)
        scores: dict[str, float] = {}
        for item in self.window(token, sentences_back):
            if self.entities[item.entity].type not in types:
                continue
            weight = item.weight
            # parallelism: a subject pronoun prefers a subject at the same clause level
            if subject and item.subject and main == item.main:
                weight += PARALLEL_SUBJECT_BONUS
            if item.quoted and not quoted:
                weight *= QUOTED_FACTOR
            scores[item.entity] = scores.get(item.entity, 0.0) + weight * 0.5 ** (sentence - item.sentence)
        return scores

    def with_focus(self, token: Token, scores: dict[str, float], sentences_back: int = 3) -> dict[str, float]:
        """``scores`` with a bonus for places that were the setting of the story."""
        sentence = self.disc.sentence_index(token)
        boosted = dict(scores)
        for item in self.window(token, sentences_back):
            if item.focus and item.entity in boosted:
                boosted[item.entity] += FOCUS_BONUS * 0.5 ** (sentence - item.sentence)
        return boosted

    def with_prominence(self, token: Token, scores: dict[str, float], least: int = 1) -> dict[str, float]:
        """``scores`` plus a bonus for each time a candidate was mentioned before ``token`` in the
        article; candidates mentioned fewer than ``least`` times are dropped."""
        counts: dict[str, int] = {}
        for item in self.items:
            if item.token >= token.i:
                break
            if item.entity in scores:
                counts[item.entity] = counts.get(item.entity, 0) + 1
        return {e: s + PROMINENCE_BONUS * counts[e] for e, s in scores.items() if counts.get(e, 0) >= least}

    def focus_place(self, token: Token, sentences_back: int) -> Entity | None:
        """The place most recently made the setting (destination of a motion, place visited)."""
        for item in reversed(self.window(token, sentences_back)):
            if item.focus:
                return self.entities[item.entity]
        return None

    def latest_subject(self, token: Token, sentences_back: int) -> Token | None:
        """The subject nearest before ``token``, looking back ``sentences_back`` sentences; a
        relative pronoun stands for the noun it refers to ("a woman who was walking")."""
        sentence = self.disc.sentence_index(token)
        first = self.disc.sentence_starts[max(0, sentence - sentences_back)]
        for i in range(token.i - 1, first - 1, -1):
            word = self.disc.doc[i]
            if word.dep_ not in SUBJECT_DEPS:
                continue
            if word.tag_ in ("WP", "WDT"):
                return word.head.head if word.head.dep_ in ("relcl", "acl") else None
            return word
        return None


def subject_standing(head: Token) -> Token:
    """The subject noun a name is set beside ("The company's chief executive, Jane Roe, told
    analysts ..."): the name is that subject for parallelism; else ``head`` itself."""
    noun = apposed_noun(head)
    if noun is not None and noun.pos_ == "NOUN" and effective_dep(noun) in SUBJECT_DEPS:
        return noun
    return head


def in_main_clause(token: Token) -> bool:
    """Whether ``token`` belongs to its sentence's main clause."""
    verb = clause_verb(token)
    return verb is not None and is_main_clause(verb)


def is_setting(head: Token) -> bool:
    """Whether a place mention is where the action goes or happens: "arrived in X", "visited X"."""
    dep = effective_dep(head)
    anchor = head
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
        anchor = anchor.head
    if dep == "pobj" and anchor.head.lower_ in SETTING_PREPOSITIONS:
        verb = anchor.head.head
        return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in MOTION_VERBS
    if dep == "dobj":
        return anchor.head.lemma_.lower() in VISIT_VERBS
    return False


def pick(scores: dict[str, float], margin: float, floor: float) -> str | None:
    """The id of the best-scoring entity if it scores at least ``floor`` and beats the next by ``margin``."""
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < floor:
        return None
    if len(ranked) > 1 and ranked[0][1] < margin * ranked[1][1]:
        return None
    return ranked[0][0]
