"""``newsgraph evaluate seed GOLD ARTICLE``: score one article against its hand-made answer key."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsgraph.errors import ConfigError, EvaluationError
from newsgraph.evaluate.seed import evaluate, load_gold
from newsgraph.ingest import read_paths
from newsgraph.model import Article


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "seed", help="Score one article against an answer key in the reference article's gold.json format.",
        description="Extract ARTICLE (published on the date the answer key gives, unless --published) and print "
        "precision, recall and F1 per layer, and what was missed.")
    parser.add_argument("gold", metavar="GOLD", help="answer key (gold.json)")
    parser.add_argument("article", metavar="ARTICLE", help="the article file the answer key describes")
    parser.add_argument("--published", metavar="DATE", help="publication date (default: the answer key's)")
    parser.add_argument("--model", metavar="NAME", help="spaCy pipeline to use")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and extra")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from newsgraph.pipeline import Extractor

    try:
        gold = load_gold(args.gold)
    except UnicodeDecodeError as e:
        raise EvaluationError(f"{args.gold}: cannot read the answer key (not UTF-8: {e.reason} at byte "
                              f"{e.start}).") from e
    document = gold.get("document")
    published = args.published or (document.get("published") if isinstance(document, dict) else None)
    article = _read_one(args.article, published)
    record = Extractor(model=args.model).extract(article)
    try:
        scores = evaluate(gold, record)
    except (AttributeError, KeyError, TypeError, ValueError) as e:  # a field of the key that is not as gold.json's
        raise EvaluationError(f"{args.gold}: not an answer key in gold.json's format ({type(e).__name__}: {e}). "
                              "Tip: see tests/fixtures/alaska-summit/gold.json.") from e
    if args.json:
        print(json.dumps({k: v.to_dict() for k, v in scores.items()}, indent=2))
        return 0
    table = Table(title=f"{Path(args.article).name} against {Path(args.gold).name}")
    for column in ("layer", "tp", "fp", "fn", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "layer" else "right")
    for name, s in scores.items():
        table.add_row(name, str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}")
    console = Console()
    console.print(table)
    for name, s in scores.items():
        shown = s.failures if args.verbose else s.failures[:5]
        for failure in shown:
            console.print(f"  [dim]{name}:[/] {failure}", highlight=False, soft_wrap=True)
    return 0


def _read_one(path: str, published: str | None) -> Article:
    results = list(read_paths([path], {"published": published} if published else None))
    if len(results) != 1:
        raise ConfigError(f"{path}: expected one article, found {len(results)}.")
    if not isinstance(results[0], Article):
        raise results[0]
    return results[0]
