"""``newsgraph ingest PATH... [--db FILE]``: store articles and what they say in the database."""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import Progress, ProgressColumn, SpinnerColumn, Task, TextColumn, TimeElapsedColumn
from rich.text import Text

from newsgraph.errors import ConfigError, IngestError, NewsgraphError, StoreError
from newsgraph.model import Article, Record, parse_published
from newsgraph.store import DEFAULT_DB, Store
from newsgraph.store.ingest import ExtractMany, Summary, ingest

if TYPE_CHECKING:
    from newsgraph.pipeline import Extractor

stdout = Console(highlight=False)
stderr = Console(stderr=True, highlight=False)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ingest",
        help="Extract articles and store them in the database (skips articles already stored).",
        description="Read articles from files, folders or stdin (-), extract them and store them in an SQLite "
        "database. Articles already stored are skipped; an interrupted run resumes where it stopped.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, folders (read recursively) or - for stdin")
    parser.add_argument("--db", default=DEFAULT_DB, help=f"the database file (default: {DEFAULT_DB})")
    parser.add_argument("--published", metavar="DATE", help="publication date for articles that carry none (ISO 8601)")
    parser.add_argument("--model", help="spaCy pipeline to use (default: the pinned small English model)")
    parser.add_argument("--quiet", action="store_true", help="print no progress bar, only the summary")
    parser.add_argument("--no-news-ner", dest="news_ner", action="store_false",
                        help="use the spaCy model's own NER alone, without newsgraph's news NER "
                        "(faster, less accurate)")
    parser.add_argument("--workers", type=int, default=1, metavar="N",
                        help="processes (local) or actors (Ray) extracting in parallel (default 1)")
    parser.add_argument("--engine", choices=("local", "ray"), default="local",
                        help="local (default) or ray: extract on Ray into Parquet shards (--shards), then store them")
    parser.add_argument("--address", metavar="ADDR", help="with --engine ray: a running Ray cluster to join")
    parser.add_argument("--shards", metavar="DIR",
                        help="with --engine ray: the folder for the Parquet shards (default: DB file name + .shards)")
    parser.set_defaults(func=run)


class RateColumn(ProgressColumn):
    """Articles per second, over the run so far."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:.1f} articles/s", style="progress.data.speed")


class LazyExtractor:
    """Builds the pipeline on first call, so that a run with nothing new never loads spaCy.

    Articles read from Parquet shards come with their record already extracted (``precomputed``,
    by id): those are stored as they are. ``loaded_at`` (perf_counter) marks when extraction could
    start, so the rate leaves out loading the model.
    """

    def __init__(self, model: str | None, workers: int = 1, with_news_ner: bool = True) -> None:
        self.model = model
        self.workers = workers
        self.with_news_ner = with_news_ner
        self.precomputed: dict[str, Record] = {}
        self.loaded_at: float | None = None

    def __call__(self) -> ExtractMany:
        from newsgraph.scale.local import extract_parallel, extract_serial

        on_demand = _OnDemand(self.model, self.with_news_ner)

        def extract_many(articles: Iterable[Article]) -> Iterator[Record | NewsgraphError]:
            todo = (self.precomputed.pop(a.id) if a.id in self.precomputed else a for a in articles)
            self.loaded_at = time.perf_counter()
            if self.workers > 1:
                return extract_parallel(todo, self.workers, self.model,  # type: ignore[arg-type]
                                        with_news_ner=self.with_news_ner)
            return extract_serial(on_demand, todo)  # type: ignore[arg-type]

        return extract_many


class _OnDemand:
    """An Extractor loaded at the first article that needs it (none when all come from shards)."""

    def __init__(self, model: str | None, with_news_ner: bool = True) -> None:
        self.model = model
        self.with_news_ner = with_news_ner
        self.extractor: Extractor | None = None

    def extract_many(self, articles: list[Article], batch_size: int = 32) -> Iterator[Record | NewsgraphError]:
        if not articles:
            return iter(())
        if self.extractor is None:
            from newsgraph.pipeline import Extractor  # loads spaCy

            self.extractor = Extractor(self.model, with_news_ner=self.with_news_ner)
        return self.extractor.extract_many(articles, batch_size=batch_size)


def _inputs(args: argparse.Namespace, extractor: LazyExtractor, store: Store) -> Iterator[Article | IngestError]:
    """Articles from files and folders, and from Parquet shards (their records kept in ``extractor``
    until stored; none kept for an article the store already has, which ingest skips)."""
    from newsgraph.ingest import read_paths
    from newsgraph.scale.shards import is_shard_path

    defaults = {"published": args.published} if args.published else None
    for path in args.paths:
        if path != "-" and is_shard_path(path):
            for item in _read_shards(path):
                if isinstance(item, Record):
                    if not store.has_article(item.article.id):
                        extractor.precomputed[item.article.id] = item
                    yield item.article
                else:
                    yield item
        else:
            yield from read_paths([path], defaults)


def _read_shards(path: str) -> Iterator[Record | IngestError]:
    """The records and failures of the Parquet shards at ``path`` (a file or a folder); a shard that
    cannot be read is an IngestError naming it, and the next shard is read."""
    from newsgraph.scale.shards import read_shards

    location = Path(path)
    for shard in sorted(location.rglob("*.parquet")) if location.is_dir() else [location]:
        try:
            for item in read_shards(shard):
                # any failure but an IngestError is still this shard's: ingest records IngestErrors only
                yield item if isinstance(item, Record | IngestError) else IngestError(str(shard), str(item))
        except (OSError, ValueError, KeyError, TypeError) as e:  # what pyarrow raises for a file that is no shard
            yield IngestError(str(shard), f"is not a readable newsgraph shard ({type(e).__name__}: {e}).")


def _extract_on_ray(args: argparse.Namespace) -> None:
    """``--engine ray``: extract into Parquet shards, then read the paths back as those shards."""
    from newsgraph.scale.ray_engine import extract_with_ray

    shards = args.shards or f"{args.db}.shards"
    summary = extract_with_ray(args.paths, shards, workers=args.workers, address=args.address, model=args.model,
                               defaults={"published": args.published} if args.published else None,
                               with_news_ner=args.news_ner)
    stderr.print(f"ray: {summary.extracted} extracted, {summary.failed} failed into {shards}")
    args.paths = [shards]


def run(args: argparse.Namespace) -> int:
    try:
        parse_published(args.published)
    except ValueError as e:
        raise ConfigError(f"--published {args.published!r} is not an ISO date. Tip: write it as 2025-08-15.") from e
    if args.workers < 1:
        raise ConfigError(f"--workers {args.workers}: give at least 1.")
    summary = Summary()
    started = time.perf_counter()
    _check_db_folder(args.db)
    if args.engine == "ray":
        _extract_on_ray(args)
    with Store(args.db) as store:
        extractor = LazyExtractor(args.model, args.workers, args.news_ner)
        outcomes = ingest(store, _inputs(args, extractor, store), extractor)
        columns = (SpinnerColumn(), TextColumn("{task.completed} articles"), TextColumn("{task.fields[counts]}"),
                   RateColumn(), TimeElapsedColumn())
        with Progress(*columns, console=stderr, disable=args.quiet or not stderr.is_terminal, transient=True) as bar:
            task = bar.add_task("ingest", total=None, counts="")
            for outcome in outcomes:
                summary.add(outcome)
                bar.update(task, advance=1, counts=_counts(summary))
    now = time.perf_counter()
    _print_summary(summary, now - started, now - (extractor.loaded_at or now), args.db)
    return 1 if summary.failed and not (summary.stored or summary.skipped) else 0


def _check_db_folder(db: str) -> None:
    """Make the database's folder (as extract and export make their output's); StoreError, naming the
    database, when that cannot be done or the database cannot be written."""
    path = Path(db)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"cannot create the folder {path.parent} for the database {db} ({e.strerror}).") from e
    # SQLite writes the database and, beside it, its -wal and -shm files
    for where in (path, path.parent) if path.exists() else (path.parent,):
        if not os.access(where, os.W_OK):
            raise StoreError(f"cannot write to the database {db}: {where} is read-only. "
                             "Tip: name a database in a folder you can write to with --db.")


def _counts(summary: Summary) -> str:
    return f"stored {summary.stored}, skipped {summary.skipped}, failed {len(summary.failed)}"


def _print_summary(summary: Summary, elapsed: float, working: float, db: str) -> None:
    """One line of counts and speed (articles stored per second once the model was loaded), then the failures."""
    rate = summary.stored / working if working > 0 else 0.0
    stdout.print(
        f"{db}: stored {summary.stored}, skipped {summary.skipped} (already present), "
        f"failed {len(summary.failed)} in {elapsed:.1f} s ({rate:.1f} articles/s)",
        soft_wrap=True,
    )
    for outcome in summary.failed:
        reason = outcome.reason or ""
        where = "" if reason.startswith(outcome.source) else f"{outcome.source}: "  # most reasons name it already
        stdout.print(f"  failed {where}{reason}", soft_wrap=True)
