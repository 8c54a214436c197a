"""Ingest: articles in, each checked, extracted and stored in its own transaction.

An article already stored (same content id) is skipped before extraction, so a second run over
the same inputs costs no NLP, and the extractor is not even built when every article is known.
The extractor is passed in, so the store depends on the model only, never on the pipeline.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from newsgraph.errors import IngestError, NewsgraphError
from newsgraph.model import Article, Record, parse_published
from newsgraph.store.db import Store

ExtractMany = Callable[[Iterable[Article]], Iterator[Record | NewsgraphError]]

STORED, SKIPPED, FAILED = "stored", "skipped", "failed"


@dataclass
class Outcome:
    """What happened to one input: stored, skipped (already present) or failed (with the reason)."""

    status: str
    source: str
    article_id: str | None = None
    reason: str | None = None


@dataclass
class Summary:
    """Counts of a run, and the failures with their reasons."""

    stored: int = 0
    skipped: int = 0
    failed: list[Outcome] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        if outcome.status == STORED:
            self.stored += 1
        elif outcome.status == SKIPPED:
            self.skipped += 1
        else:
            self.failed.append(outcome)


def source_of(article: Article) -> str:
    """Where an article came from, for messages: its path or URL, else its id."""
    meta = article.metadata
    return str(meta.get("path") or meta.get("url") or meta.get("source") or article.id)


def ingest(
    store: Store, inputs: Iterable[Article | IngestError], make_extractor: Callable[[], ExtractMany]
) -> Iterator[Outcome]:
    """Store every new article of ``inputs``; yield one Outcome per input as it is settled.

    ``make_extractor`` is called once, when the first article that needs extraction is met.
    """
    waiting: deque[Outcome] = deque()  # outcomes settled without extraction, yielded in between
    queued: deque[Article] = deque()  # articles handed to the extractor, in order
    new_articles = _new_articles(store, inputs, waiting, queued)
    first = next(new_articles, None)
    yield from _drain(waiting)
    if first is None:
        return
    extract_many = make_extractor()

    def feed() -> Iterator[Article]:
        yield first
        yield from new_articles

    for result in extract_many(feed()):
        yield from _drain(waiting)
        article = queued.popleft()
        yield _settle(store, article, result)
    yield from _drain(waiting)


def _new_articles(
    store: Store, inputs: Iterable[Article | IngestError], waiting: deque[Outcome], queued: deque[Article]
) -> Iterator[Article]:
    """The articles of ``inputs`` that are not stored yet; the others become outcomes in ``waiting``."""
    in_flight: set[str] = set()  # the same article twice in one run: the second copy is a skip
    for item in inputs:
        if isinstance(item, IngestError):
            store.add_failure(item.source, str(item))
            waiting.append(Outcome(FAILED, item.source, None, str(item)))
        elif item.id in in_flight or store.has_article(item.id):
            waiting.append(Outcome(SKIPPED, source_of(item), item.id))
        elif (problem := _bad_published(item)) is not None:
            store.add_failure(source_of(item), problem, item.id)
            waiting.append(Outcome(FAILED, source_of(item), item.id, problem))
        else:
            in_flight.add(item.id)
            queued.append(item)
            yield item


def _bad_published(article: Article) -> str | None:
    """Why the article's publication date cannot be read, or None; checked here so one bad date never
    stops the extractor's batch."""
    try:
        parse_published(article.published)
    except ValueError:
        return f"article {article.id}: published date {article.published!r} is not ISO 8601. Tip: write 2025-08-15."
    return None


def _settle(store: Store, article: Article, result: Record | NewsgraphError) -> Outcome:
    """Store one extraction result, or record its failure; a failure never ends the run."""
    source = source_of(article)
    if isinstance(result, NewsgraphError):
        store.add_failure(source, str(result), article.id)
        return Outcome(FAILED, source, article.id, str(result))
    try:
        stored = store.add(result, source)
    except NewsgraphError as e:
        store.add_failure(source, str(e), article.id)
        return Outcome(FAILED, source, article.id, str(e))
    return Outcome(STORED if stored is not None else SKIPPED, source, article.id)


def _drain(waiting: deque[Outcome]) -> Iterator[Outcome]:
    while waiting:
        yield waiting.popleft()
