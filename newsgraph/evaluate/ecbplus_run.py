"""Cross-document coreference on ECB+, scored in two settings.

- **gold mentions**: the gold event and entity spans and the gold topic (folder) are given; the
  clustering (``ecbplus_cluster``) predicts the sub-topics and the clusters, and nothing of the gold
  coreference is used.
- **end to end**: the newsgraph pipeline reads each document's text (its tokens joined by spaces, one
  line per sentence, no publication date); its event triggers and event mentions, and its entities'
  mentions and times, mapped to ECB+ tokens, are the mentions to cluster. They are scored against the
  gold clusters as they are: a predicted span matches a gold one only when both cover the same tokens.

Only mentions that touch a listed sentence are kept, on both sides.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.evaluate.ecbplus import EcbDocument, gold_partition
from newsgraph.evaluate.ecbplus_cluster import Key, cluster_events, view
from newsgraph.evaluate.ecbplus_docs import parse_documents, subtopics
from newsgraph.evaluate.ecbplus_entities import cluster_entities
from newsgraph.evaluate.ecbplus_metrics import CorefScores, score
from newsgraph.model import Article, Record

KINDS = ("event", "entity")


@dataclass
class SettingResult:
    """Scores of one setting for events and entities, with mention counts (predicted, gold, matched)."""

    scores: dict[str, CorefScores] = field(default_factory=dict)
    predicted: dict[str, int] = field(default_factory=dict)
    gold: dict[str, int] = field(default_factory=dict)
    matched: dict[str, int] = field(default_factory=dict)
    failed: list[str] = field(default_factory=list)  # documents the pipeline failed on, with the reason

    def to_dict(self) -> dict[str, object]:
        scores: dict[str, object] = {
            kind: {**self.scores[kind].to_dict(), "predicted_mentions": self.predicted[kind],
                   "gold_mentions": self.gold[kind], "matched_mentions": self.matched[kind]}
            for kind in self.scores}
        return {**scores, "failed": self.failed} if self.failed else scores


Spans = dict[str, list[tuple[str, tuple[int, ...]]]]  # kind -> (document name, token indices)
Seeds = list[set[Key]]  # predicted mentions known to corefer within a document (the pipeline's entities)


def cluster(spans: Spans, docs: dict[str, Doc], subtopic: dict[str, str],
            seeds: Seeds | None = None) -> dict[str, list[set[Key]]]:
    """Predicted clusters of each kind for mention spans over the parsed documents: entities first,
    as the events' arguments."""
    views = {kind: [view(name, tokens, docs[name], subtopic[name]) for name, tokens in spans[kind]] for kind in KINDS}
    entities = cluster_entities(views["entity"], seeds or [])
    return {"event": cluster_events(views["event"], entity_tokens(entities)), "entity": entities}


def entity_tokens(clusters: list[set[Key]]) -> dict[tuple[str, int], int]:
    """The entity cluster (its index) of each (document, token index) inside an entity mention."""
    found: dict[tuple[str, int], int] = {}
    for number, cluster_keys in enumerate(clusters):
        for doc, first, last in cluster_keys:
            for token in range(first, last + 1):
                found.setdefault((doc, token), number)
    return found


def score_setting(documents: list[EcbDocument], predicted: dict[str, list[set[Key]]]) -> SettingResult:
    """Score predicted clusters of both kinds against the gold clusters of ``documents``."""
    result = SettingResult()
    for kind in KINDS:
        gold = gold_partition(documents, kind)
        gold_keys = set().union(*gold) if gold else set()
        predicted_keys = set().union(*predicted[kind]) if predicted[kind] else set()
        result.scores[kind] = score(gold, predicted[kind])
        result.gold[kind], result.predicted[kind] = len(gold_keys), len(predicted_keys)
        result.matched[kind] = len(gold_keys & predicted_keys)
    return result


def gold_spans(documents: list[EcbDocument]) -> Spans:
    """The gold mention spans of each kind, one per distinct span."""
    spans: Spans = {kind: [] for kind in KINDS}
    for document in documents:
        seen: set[tuple[str, tuple[int, ...]]] = set()
        for mention in document.mentions:
            if (mention.kind, mention.tokens) not in seen:
                seen.add((mention.kind, mention.tokens))
                spans[mention.kind].append((document.name, mention.tokens))
    return spans


def prepare(documents: list[EcbDocument], nlp: Language) -> tuple[dict[str, Doc], dict[str, str]]:
    """The parsed documents by name, and each document's predicted sub-topic."""
    docs = parse_documents(documents, nlp)
    return docs, subtopics(documents, docs)


def evaluate_gold(documents: list[EcbDocument], docs: dict[str, Doc], subtopic: dict[str, str]) -> SettingResult:
    """Cluster the gold mentions of ``documents`` and score them."""
    return score_setting(documents, cluster(gold_spans(documents), docs, subtopic))


def document_text(document: EcbDocument) -> tuple[str, list[int]]:
    """A document's text (tokens joined by spaces, one line per sentence) and each token's start offset."""
    pieces, starts, offset = [], [], 0
    previous = None
    for token, sentence in zip(document.tokens, document.sentences):
        if previous is not None:
            pieces.append("\n" if sentence != previous else " ")
            offset += 1
        starts.append(offset)
        pieces.append(token)
        offset += len(token)
        previous = sentence
    return "".join(pieces), starts


def token_span(starts: list[int], tokens: list[str], start: int, end: int) -> tuple[int, ...]:
    """The indices of the tokens a character span ``[start, end)`` overlaps (none for a span in spaces)."""
    first = max(bisect.bisect_right(starts, start) - 1, 0)
    if starts[first] + len(tokens[first]) <= start:  # the span starts in the space after this token
        first += 1
    last = bisect.bisect_left(starts, end) - 1
    return tuple(range(first, last + 1))


def predicted_spans(document: EcbDocument, record: Record) -> tuple[Spans, Seeds]:
    """The pipeline's event and entity mentions of one document as token spans in listed sentences,
    and the groups of entity mentions the pipeline already put in one entity."""
    _, starts = document_text(document)
    spans: Spans = {kind: [] for kind in KINDS}
    seeds: Seeds = []

    def add(kind: str, start: int, end: int) -> Key | None:
        tokens = token_span(starts, document.tokens, start, end)
        if not tokens or not any(document.sentences[t] in document.listed for t in tokens):
            return None
        if (document.name, tokens) not in spans[kind]:
            spans[kind].append((document.name, tokens))
        return (document.name, tokens[0], tokens[-1])

    for event in record.events:
        for mention in [event.trigger, *event.mentions]:
            add("event", mention.start, mention.end)
    for entity in record.entities:
        keys = {k for m in entity.mentions if (k := add("entity", m.start, m.end)) is not None}
        if len(keys) > 1:
            seeds.append(keys)
    for time in record.times:
        add("entity", time.start, time.end)
    return spans, seeds


def run_pipeline(documents: list[EcbDocument], records: Iterable[Record | Exception],
                 failed: list[str]) -> Iterator[tuple[Spans, Seeds]]:
    """The predicted spans and seeds of each document from the pipeline's records; a failed one gives
    none and is added to ``failed`` with its reason."""
    for document, record in zip(documents, records):
        if isinstance(record, Record):
            yield predicted_spans(document, record)
        else:
            failed.append(f"{document.name}: {record}")
            yield {kind: [] for kind in KINDS}, []


def articles(documents: list[EcbDocument]) -> list[Article]:
    """One article per document: its text, no publication date (the corpus gives none)."""
    return [Article(document_text(d)[0], {"ecbplus": d.name}) for d in documents]


def evaluate_end_to_end(documents: list[EcbDocument], docs: dict[str, Doc], subtopic: dict[str, str],
                        records: Iterable[Record | Exception]) -> SettingResult:
    """Cluster the pipeline's mentions (``records``, one per document, in order) and score them."""
    spans: Spans = {kind: [] for kind in KINDS}
    seeds: Seeds = []
    failed: list[str] = []
    for found, groups in run_pipeline(documents, records, failed):
        for kind in KINDS:
            spans[kind] += found[kind]
        seeds += groups
    result = score_setting(documents, cluster(spans, docs, subtopic, seeds))
    result.failed = failed
    return result
