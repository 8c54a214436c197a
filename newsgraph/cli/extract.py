"""``newsgraph extract PATH...``: articles in, source-grounded records out."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from rich.console import Console
from rich.progress import Progress, ProgressColumn, SpinnerColumn, Task, TextColumn, TimeElapsedColumn
from rich.text import Text

from newsgraph.cli._output import output_error, prepare_output
from newsgraph.errors import ConfigError, NewsgraphError
from newsgraph.ingest import read_paths
from newsgraph.model import Article, Record, parse_published

FORMATS = ("json", "jsonl", "html")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="Extract a source-grounded record from articles.",
        description="Read articles (.txt, .html, .jsonl, .rss/.atom feeds, .warc web archives, folders, or - for "
        "stdin) and write one record "
        "per article: entities, roles, times, quotes, quantities, identifiers and events, each with "
        "the character offsets it came from. A failed article is reported and the run goes on; the "
        "exit code is 0 when all succeeded, 3 when some failed, 1 when none succeeded.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, folders (read recursively) or - for stdin")
    parser.add_argument("--published", metavar="DATE",
                        help="publication date (ISO, e.g. 2025-08-15) for articles that carry none; "
                        "relative times are resolved against it")
    parser.add_argument("--format", choices=FORMATS, default="json",
                        help="json (one object, or an array for several articles), jsonl (one record a line) "
                        "or html (a self-contained page with every extraction highlighted); default json")
    parser.add_argument("-o", "--output", metavar="OUT", help="output file (default: standard output)")
    parser.add_argument("--model", metavar="NAME", help="spaCy pipeline to use (default: the pinned en_core_web_sm)")
    parser.add_argument("--no-news-ner", dest="news_ner", action="store_false",
                        help="use the spaCy model's own NER alone, without newsgraph's news NER merged in "
                        "(faster, less accurate names)")
    parser.add_argument("--batch-size", type=int, default=32, metavar="N", help="articles per spaCy batch (default 32)")
    parser.add_argument("--workers", type=int, default=1, metavar="N",
                        help="processes (local) or actors (Ray) extracting in parallel (default 1)")
    parser.add_argument("--engine", choices=("local", "ray"), default="local",
                        help="local (this machine, default) or ray: read the input as a Ray Dataset, extract with an "
                        "actor pool and write Parquet shards in the record format to the folder -o names")
    parser.add_argument("--address", metavar="ADDR",
                        help="with --engine ray: the address of a running Ray cluster to join "
                        "(default: start a local one)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    _check_published(args.published)
    if args.engine == "ray":
        return _run_ray(args)
    written = _output_path(args)
    defaults = {"published": args.published} if args.published else None
    articles = read_paths(args.paths, defaults, skip=[written] if written else [])
    done = failed = 0
    with _output(args.output) as out, _writer(args.format, out) as write, _progress() as progress:
        task = progress.add_task("extracting", total=None)
        for result in _results(articles, args):
            if isinstance(result, NewsgraphError):
                failed += 1
                progress.console.print(f"[yellow]failed:[/] {result}", soft_wrap=True, highlight=False)
            else:
                done += 1
                write(result)
            progress.advance(task)
    if failed:
        print(f"{done} extracted, {failed} failed", file=sys.stderr)
    return 0 if not failed else (3 if done else 1)


def _run_ray(args: argparse.Namespace) -> int:
    from newsgraph.scale.ray_engine import extract_with_ray

    if not args.output or args.output == "-":
        raise ConfigError("--engine ray writes Parquet shards: name their folder with -o. Tip: -o out/shards.")
    if args.workers < 1:
        raise ConfigError(f"--workers {args.workers}: give at least 1.")
    summary = extract_with_ray(args.paths, args.output, workers=args.workers, address=args.address, model=args.model,
                               batch_size=args.batch_size,
                               defaults={"published": args.published} if args.published else None,
                               with_news_ner=args.news_ner)
    print(f"{summary.extracted} extracted, {summary.failed} failed, {summary.already_done} already in {summary.output}",
          file=sys.stderr)
    return 0 if not summary.failed else (3 if summary.extracted else 1)


def _output_path(args: argparse.Namespace) -> Path | None:
    """The file the records go to (None for standard output); refused when it is also an input
    (it would be emptied before it is read). Inside an input folder it is skipped when read."""
    if not args.output or args.output == "-":
        return None
    written = Path(os.path.realpath(args.output))  # not resolve(): it raises on a link loop
    if any(path != "-" and Path(os.path.realpath(path)) == written for path in args.paths):
        raise ConfigError(f"{args.output} is both an input and the output. Tip: write the output to another file.")
    return written


def _check_published(value: str | None) -> None:
    try:
        parse_published(value)
    except ValueError as e:
        raise ConfigError(f"--published {value!r} is not an ISO date. Tip: write it as 2025-08-15.") from e


def _results(
    articles: Iterator[Article | NewsgraphError], args: argparse.Namespace
) -> Iterator[Record | NewsgraphError]:
    """Extract in this process, or in ``--workers`` processes; reader errors pass through in order."""
    if args.workers < 1:
        raise ConfigError(f"--workers {args.workers}: give at least 1.")
    if args.workers > 1:
        from newsgraph.scale.local import extract_parallel

        return extract_parallel(articles, args.workers, args.model, args.batch_size, with_news_ner=args.news_ner)
    from newsgraph.pipeline import Extractor  # loading spaCy is slow: only when extracting
    from newsgraph.scale.local import extract_serial

    return extract_serial(Extractor(model=args.model, with_news_ner=args.news_ner), articles, args.batch_size)


@contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    if not path or path == "-":
        yield sys.stdout
        return
    target = prepare_output(path)
    try:
        handle = target.open("w", encoding="utf-8")
    except OSError as e:
        raise output_error(path, e) from e
    with handle:
        yield handle


@contextmanager
def _writer(fmt: str, out: IO[str]) -> Iterator:
    """A function writing one record in ``fmt``; opening and closing text around the records."""
    if fmt == "jsonl":
        yield lambda record: out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
        return
    if fmt == "html":
        from newsgraph.render import page_end, page_start, render_article

        out.write(page_start("newsgraph extract"))
        yield lambda record: out.write(render_article(record))
        out.write(page_end())
        return
    records: list[dict] = []
    yield lambda record: records.append(record.to_dict())
    body = records[0] if len(records) == 1 else records
    out.write(json.dumps(body, ensure_ascii=False, indent=2) + "\n")


class RateColumn(ProgressColumn):
    """Articles done and articles per second."""

    def render(self, task: Task) -> Text:
        rate = f"{task.speed:.1f} articles/s" if task.speed else "… articles/s"
        return Text(f"{int(task.completed)} articles · {rate}")


@contextmanager
def _progress() -> Iterator[Progress]:
    """A progress line on stderr when it is a terminal (nothing in pipes and logs)."""
    progress = Progress(
        SpinnerColumn(), TextColumn("{task.description}"), RateColumn(), TimeElapsedColumn(),
        console=Console(stderr=True), transient=True, disable=not sys.stderr.isatty(),
    )
    with progress:
        yield progress
