"""A local process pool: each worker loads the pipeline once, articles go in bounded batches."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from newsgraph.errors import ExtractionError, NewsgraphError
from newsgraph.model import Article, Record

Result = Record | NewsgraphError

_extractor = None


def _start_worker(model: str | None, with_news_ner: bool = True) -> None:
    global _extractor
    from newsgraph.pipeline import Extractor

    _extractor = Extractor(model=model, with_news_ner=with_news_ner)


def _extract_batch(articles: list[Article], batch_size: int) -> list[Result]:
    assert _extractor is not None, "worker not started"
    out: list[Result] = []
    for result in _extractor.extract_many(articles, batch_size=batch_size):
        # an exception must survive pickling on its way back: keep its message, not its class state
        out.append(result if isinstance(result, Record) else ExtractionError(str(result)))
    return out


def extract_serial(
    extractor: object, items: Iterable[Article | NewsgraphError], batch_size: int = 32
) -> Iterator[Result]:
    """Yield one result per item, in input order, from ``extractor`` in this process."""
    for chunk in _chunks(items, batch_size):
        articles = [a for a in chunk if isinstance(a, Article)]
        yield from _merge(chunk, list(extractor.extract_many(articles, batch_size=batch_size)))  # type: ignore[attr-defined]


def extract_parallel(
    items: Iterable[Article | NewsgraphError], workers: int, model: str | None = None, batch_size: int = 32,
    with_news_ner: bool = True,
) -> Iterator[Result]:
    """Yield one result per item, in input order; reader errors pass straight through.

    At most ``4 * workers`` batches are in flight, so memory stays bounded on any corpus; that
    is enough for a worker never to wait while an earlier, longer batch holds up the output order.
    """
    context = multiprocessing.get_context("spawn")  # no fork: the parent may hold threads (progress bar)
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                             initargs=(model, with_news_ner)) as pool:
        in_flight: deque[tuple[list[Article | NewsgraphError], Future[list[Result]]]] = deque()
        for chunk in _chunks(items, batch_size):
            articles = [a for a in chunk if isinstance(a, Article)]
            in_flight.append((chunk, pool.submit(_extract_batch, articles, batch_size)))
            if len(in_flight) >= 4 * workers:
                yield from _merge(*in_flight.popleft())
        while in_flight:
            yield from _merge(*in_flight.popleft())


def _chunks(items: Iterable[Article | NewsgraphError], size: int) -> Iterator[list[Article | NewsgraphError]]:
    chunk: list[Article | NewsgraphError] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _merge(chunk: list[Article | NewsgraphError], done: Future[list[Result]] | list[Result]) -> Iterator[Result]:
    """The chunk's items in order, each article replaced by its result."""
    results = iter(done if isinstance(done, list) else done.result())
    for item in chunk:
        yield next(results) if isinstance(item, Article) else item  # type: ignore[misc]
