"""Cross-document clustering of ECB+ event and entity mentions, within predicted sub-topics.

Input: mention spans (document name, token indices), the parsed documents, and the predicted
sub-topic of each document (``ecbplus_docs.subtopics``); nothing of the gold coreference. Output:
clusters of mention keys ``(document, first token, last token)``.

Events join when their head lemmas are one word or derivations of one ("arrest"/"arrested",
"acquire"/"acquisition", "die"/"death") with the same particle, statements only when one speaker
makes them, and events with other head words when they share two arguments (the same entities as
doer, thing done to, or place), or one argument and their coarse event type (``event_type``: "kill" and
"murder" are both a death). Entities are clustered in ``ecbplus_entities``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.evaluate.ecbplus_derive import IRREGULAR, related, stem
from newsgraph.pipeline.event_words import NOUN_EVENTS, VERB_EVENTS
from newsgraph.resolve.names import person_tokens

Key = tuple[str, int, int]
CONTENT_HEADS = frozenset({"VERB", "NOUN", "PROPN", "ADJ", "PRON", "NUM"})


@dataclass
class MentionView:
    """A mention as clustering sees it: its key, head token, head lemma and lexical stem."""

    key: Key
    subtopic: str
    head: Token
    lemma: str
    stem: str
    tokens: tuple[int, ...]
    name: tuple[str, ...] = ()  # comparable name words when the head is a proper noun
    particle: str = ""  # a verb's particle: "check in" is not "check out"

    @property
    def doc(self) -> str:
        return self.key[0]

    @property
    def topic(self) -> str:
        """The topic of the predicted sub-topic ("12.3" -> "12")."""
        return self.subtopic.rsplit(".", 1)[0]


def head_token(doc: Doc, tokens: tuple[int, ...]) -> Token:
    """The syntactic head of a mention: its last token whose parent lies outside the mention."""
    inside = set(tokens)
    heads = [doc[i] for i in tokens if doc[i].head.i not in inside or doc[i].head.i == i]
    content = [t for t in heads if t.pos_ in CONTENT_HEADS]
    # "in 2008", "between the two": a preposition heads the span, its object names the thing
    anywhere = [doc[i] for i in tokens if doc[i].pos_ in CONTENT_HEADS]
    return (content or anywhere or heads or [doc[tokens[-1]]])[-1]


def view(doc_name: str, tokens: tuple[int, ...], doc: Doc, subtopic: str) -> MentionView:
    """Describe one mention of ``doc`` for clustering."""
    head = head_token(doc, tokens)
    lemma = head.lemma_.lower()
    proper = [doc[i].text for i in tokens if doc[i].pos_ == "PROPN"]
    name = person_tokens(" ".join(proper)) if head.pos_ == "PROPN" and proper else ()
    return MentionView((doc_name, tokens[0], tokens[-1]), subtopic, head, lemma, stem(lemma), tokens, name,
                       particle(head))


def particle(head: Token) -> str:
    """A verb's particles ("check out"), lower case, or ""."""
    return " ".join(sorted({c.lower_ for c in head.children if c.dep_ == "prt"}))


class UnionFind:
    """Disjoint sets of mention keys."""

    def __init__(self, keys: Iterable[Key]) -> None:
        self.parent = {k: k for k in keys}

    def find(self, key: Key) -> Key:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: Key, b: Key) -> None:
        self.parent[self.find(a)] = self.find(b)

    def clusters(self) -> list[set[Key]]:
        grouped: dict[Key, set[Key]] = {}
        for key in self.parent:
            grouped.setdefault(self.find(key), set()).add(key)
        return list(grouped.values())


def by_subtopic(mentions: list[MentionView]) -> dict[str, list[MentionView]]:
    """Mentions grouped by predicted sub-topic, in order."""
    grouped: dict[str, list[MentionView]] = {}
    for mention in mentions:
        grouped.setdefault(mention.subtopic, []).append(mention)
    return grouped


# Speech verbs and nouns (closed class): every statement is an event of its own, so two join only
# when the same speaker makes them.
SPEECH = frozenset(
    """say tell report announce accord confirm statement claim cite testimony talk ask add state describe
    explain comment note insist deny admit reveal disclose declare respond reply""".split()
)


def speaker(mention: MentionView) -> str | None:
    """The lemma of the subject of a mention's head word, or None."""
    subject = next((c for c in mention.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject.lemma_.lower() if subject is not None else None


def joinable(a: MentionView, b: MentionView) -> bool:
    """True when two event mentions may be one event: related head words with the same particle, and
    for speech the same speaker."""
    if a.particle != b.particle or not related(a.stem, b.stem):
        return False
    if a.lemma in SPEECH or b.lemma in SPEECH:
        return speaker(a) is not None and speaker(a) == speaker(b)
    return True


def cluster_events(mentions: list[MentionView], entity_of: dict[tuple[str, int], int] | None = None) -> list[set[Key]]:
    """Event clusters: within a sub-topic, mentions whose head words are the same or related join,
    and so do two with other head words whose doer, thing done to or place are the same two
    entities or more, or one and the same event type ("X killed Y" and "Y was murdered").
    ``entity_of`` maps (document, token index) to the entity cluster of the entity mention there.

    Other context rules were tried on the train topics and left out: a conflict of named doers or
    patients (or any doer lemmas), or of the names after a preposition, cost 0.1 to 3 points of
    CoNLL F1; shared names in the sentence and word-vector synonyms joined far more wrong pairs
    than right ones; one shared argument joined three wrong pairs for each right one, and the same
    type alone, or the main predicates of the documents' first sentences, lost precision. Gains of
    0.1 to 0.4 on train that did not hold on dev were left out too: one type and head-word vectors
    at cosine 0.5, the sub-topic's most common type, a logistic pairwise model over lemma, type,
    vector, argument, sentence and document features (out-of-fold on train 0.787, dev -0.1).
    """
    sets = UnionFind(m.key for m in mentions)
    roles = {m.key: arguments(m, entity_of or {}) for m in mentions}
    types = {m.key: event_type(m) for m in mentions}
    for group in by_subtopic(mentions).values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                shared = shared_arguments(roles[a.key], roles[b.key])
                same_type = types[a.key] is not None and types[a.key] == types[b.key]
                if joinable(a, b) or shared >= SHARED_ARGUMENTS or (same_type and shared >= 1):
                    sets.union(a.key, b.key)
    return sets.clusters()


def event_type(mention: MentionView) -> str | None:
    """The coarse event type of a mention's head word ("murder", "kill", "dead" -> "death") from the
    pipeline's trigger lexicon, or None; speech has none, as every statement is its own event."""
    if mention.lemma in SPEECH:
        return None
    own, other = (VERB_EVENTS, NOUN_EVENTS) if mention.head.pos_ == "VERB" else (NOUN_EVENTS, VERB_EVENTS)
    for lemma in (mention.lemma, IRREGULAR.get(mention.lemma, "")):
        found = own.get(lemma) or other.get(lemma)
        if found:
            return found
    return None


SHARED_ARGUMENTS = 2
# dependency label of an event's child -> its role: doer (A0), thing done to (A1)
_ROLES = {"nsubj": "A0", "poss": "A0", "agent": "A0", "dobj": "A1", "nsubjpass": "A1"}
# prepositions whose object is a role: "the arrest of X", "the killing by X", "the blast in X"
_PREPOSITION_ROLES = {"of": "A1", "by": "A0", "in": "AM", "at": "AM", "on": "AM"}


def arguments(mention: MentionView, entity_of: dict[tuple[str, int], int]) -> dict[str, set[int]]:
    """The entity clusters an event's head word takes as doer, thing done to and place or time."""
    found: dict[str, set[int]] = {}
    for child in mention.head.children:
        role = _ROLES.get(child.dep_)
        if child.dep_ in ("agent", "prep"):
            role = "A0" if child.dep_ == "agent" else _PREPOSITION_ROLES.get(child.lower_)
            child = next((c for c in child.children if c.dep_ == "pobj"), child)
        entity = entity_of.get((mention.doc, child.i))
        if role and entity is not None:
            found.setdefault(role, set()).add(entity)
    return found


def shared_arguments(a: dict[str, set[int]], b: dict[str, set[int]]) -> int:
    """How many roles two events fill with the same entity."""
    return sum(1 for role, entities in a.items() if entities & b.get(role, set()))
