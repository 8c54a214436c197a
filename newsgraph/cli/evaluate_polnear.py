"""``newsgraph evaluate polnear DIR``: attribution (quotes, cues, sources) scores on a PolNeAR split."""

from __future__ import annotations

import argparse
import json

from rich.console import Console
from rich.table import Table

from newsgraph.errors import EvaluationError, NewsgraphError
from newsgraph.evaluate.polnear import (
    METRICS,
    SUBSETS,
    Scores,
    add_scores,
    annotator_agreement,
    empty_scores,
    predicted_attributions,
    read_polnear,
    score_article,
)
from newsgraph.model import Article


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "polnear", help="Score quotes and attribution on a PolNeAR split (brat standoff).",
        description="Read DIR/text/*.txt and DIR/attributions/*.ann (one annotation file per article), run the "
        "pipeline on each text and print precision, recall and F1 of the attributions' content, cue and source, "
        "by overlap and by exact span, over all attributions and over those whose content holds a quotation mark.")
    parser.add_argument("folder", metavar="DIR", help="a PolNeAR split, e.g. data/polnear/dev")
    parser.add_argument("--limit", type=int, metavar="N", help="score the first N articles only")
    parser.add_argument("--model", metavar="NAME", help="spaCy pipeline to use")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--agreement", action="store_true",
        help="instead of running the pipeline, score the annotators against each other on the articles that "
        "several of them annotated: the ceiling to read the pipeline's scores against")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.agreement:
        try:
            shared, pairs, agreement = annotator_agreement(args.folder)
        except OSError as e:
            raise _unreadable(args.folder, e) from e
        if not shared:
            raise EvaluationError(f"{args.folder}: no article has more than one annotation file")
        _show(agreement, f"{args.folder}: annotators against each other, {shared} articles, {pairs} pairs", args.json)
        return 0
    from newsgraph.pipeline import Extractor  # loading spaCy is slow: only when scoring

    try:
        articles = read_polnear(args.folder, args.limit)
    except OSError as e:
        raise _unreadable(args.folder, e) from e
    extractor = Extractor(model=args.model)
    total = empty_scores()
    failed = 0
    console = Console(stderr=True, highlight=False)
    records = extractor.extract_many(Article(a.text, {"polnear": a.name}) for a in articles)
    for article, record in zip(articles, records):
        if isinstance(record, NewsgraphError):
            failed += 1
            console.print(f"[yellow]failed:[/] {article.name}: {record}", soft_wrap=True)
            continue
        add_scores(total, score_article(article.text, article.attributions, predicted_attributions(record)))
    _show(total, f"{args.folder}: {len(articles) - failed} articles", args.json)
    return 3 if failed else 0


def _unreadable(folder: str, error: OSError) -> EvaluationError:
    """The error for a folder of the split that cannot be listed (files are named by the reader)."""
    return EvaluationError(f"{error.filename or folder}: cannot be read ({error.strerror or error}).")


def _show(total: Scores, title: str, as_json: bool) -> None:
    if as_json:
        print(json.dumps({s: {m: c.to_dict() for m, c in total[s].items()} for s in SUBSETS}, indent=2))
    else:
        _print_table(total, title)


def _print_table(total: Scores, title: str) -> None:
    table = Table(title=title, caption="quoted: attributions whose content holds a quotation mark")
    for column in ("attributions", "metric", "tp", "predicted", "gold", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column in ("attributions", "metric") else "right")
    for subset in SUBSETS:
        label = "all" if subset == "all" else "quoted"
        for metric in METRICS:
            c = total[subset][metric]
            table.add_row(label, metric, str(c.tp), str(c.predicted), str(c.gold),
                          f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}")
    Console(width=max(Console().width, 100)).print(table)
