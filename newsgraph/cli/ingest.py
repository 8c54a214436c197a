"""``newsgraph ingest PATH... [--db FILE]``: store articles and what they say in the database."""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterable, Iterator

from rich.console import Console
from rich.progress import Progress, ProgressColumn, SpinnerColumn, Task, TextColumn, TimeElapsedColumn
from rich.text import Text

from newsgraph.errors import ConfigError, NewsgraphError
from newsgraph.model import Article, Record, parse_published
from newsgraph.store import DEFAULT_DB, Store
from newsgraph.store.ingest import ExtractMany, Summary, ingest

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
    parser.set_defaults(func=run)


class RateColumn(ProgressColumn):
    """Articles per second, over the run so far."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:.1f} articles/s", style="progress.data.speed")


class LazyExtractor:
    """Builds the pipeline on first call, so that a run with nothing new never loads spaCy.

    ``loaded_at`` (perf_counter) marks when the model was ready, so the rate leaves out loading it.
    """

    def __init__(self, model: str | None) -> None:
        self.model = model
        self.loaded_at: float | None = None

    def __call__(self) -> ExtractMany:
        from newsgraph.pipeline import Extractor  # loads spaCy: only when an article needs it

        extractor = Extractor(self.model)
        self.loaded_at = time.perf_counter()

        def extract_many(articles: Iterable[Article]) -> Iterator[Record | NewsgraphError]:
            return extractor.extract_many(articles)

        return extract_many


def run(args: argparse.Namespace) -> int:
    from newsgraph.ingest import read_paths

    try:
        parse_published(args.published)
    except ValueError as e:
        raise ConfigError(f"--published {args.published!r} is not an ISO date. Tip: write it as 2025-08-15.") from e
    defaults = {"published": args.published} if args.published else None
    summary = Summary()
    started = time.perf_counter()
    with Store(args.db) as store:
        extractor = LazyExtractor(args.model)
        outcomes = ingest(store, read_paths(args.paths, defaults), extractor)
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
        stdout.print(f"  failed {outcome.source}: {outcome.reason}", soft_wrap=True)
