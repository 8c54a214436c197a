"""``newsgraph evaluate timeml PATH...``: time expressions scored on TimeML files (TempEval-3 Task A)."""

from __future__ import annotations

import argparse
import json
import time

from rich.console import Console
from rich.table import Table

from newsgraph.errors import EvaluationError
from newsgraph.evaluate.timeml import GoldTimex, TimexScores, read_timeml, score, timeml_paths, timeml_value
from newsgraph.evaluate.timeml_check import KeyFinding, check_key
from newsgraph.model import Article, Record


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "timeml", help="Score time expressions on TimeML .tml files (TempEval-3 Task A).",
        description="Run the plain text of each TimeML document through the pipeline, with its creation time "
        "(DCT) as the publication date, and score the times found against the gold TIMEX3 tags: strict and "
        "relaxed extraction, type accuracy, and value F1 (a relaxed match with the exact value).")
    parser.add_argument("paths", nargs="+", metavar="PATH", help=".tml files or folders holding them")
    parser.add_argument("--model", metavar="NAME", help="spaCy pipeline to use")
    parser.add_argument("--limit", type=int, metavar="N", help="only the first N documents")
    parser.add_argument("--only-times", action="store_true",
                        help="run only the spaCy model and the time layer (faster)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--check-key", action="store_true",
                        help="also check the gold values against their own words (a year, a date, a weekday, "
                        "an amount, the value's shape) and score again without those the words contradict")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss, extra and wrong value")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from newsgraph.pipeline import Extractor, load

    paths = timeml_paths(args.paths)
    if not paths:  # scoring nothing would print zeros and exit 0
        raise EvaluationError(f"{', '.join(args.paths)}: no .tml file found. Tip: give .tml files or folders "
                              "holding them.")
    docs = [read_timeml(p) for p in (paths[: args.limit] if args.limit else paths)]
    nlp = load(args.model)
    if args.only_times:
        for name in [n for n in nlp.pipe_names if n.startswith("newsgraph_") and n != "newsgraph_times"]:
            nlp.remove_pipe(name)
    extractor = Extractor(model=args.model, nlp=nlp)
    articles = [Article(doc.text, {"published": doc.dct} if doc.dct else {}) for doc in docs]
    started = time.perf_counter()
    total, kept = TimexScores(), TimexScores()
    findings: list[KeyFinding] = []
    for doc, result in zip(docs, extractor.extract_many(articles), strict=True):
        found = _found(result) if isinstance(result, Record) else []
        total = total + score(doc.timexes, found, doc.doc_id)
        if args.check_key:
            wrong = check_key(doc.timexes, doc.doc_id)
            findings += wrong
            kept = kept + score(*_without(doc.timexes, found, wrong), doc.doc_id)
    seconds = time.perf_counter() - started
    if args.json:
        out = total.to_dict() | ({"key_findings": len(findings), "without_findings": kept.to_dict()}
                                 if args.check_key else {})
        print(json.dumps(out, indent=2))
        return 0
    console = Console()
    console.print(_table(total))
    console.print(f"{len(docs)} documents, {total.gold:,} gold expressions, {seconds:.1f} s through the pipeline",
                  highlight=False)
    for line in total.misses if args.verbose else []:
        console.print(f"  {line}", highlight=False, soft_wrap=True, markup=False)
    if args.check_key:
        _print_findings(console, findings, kept, args.verbose)
    return 0


def _without(gold: list[GoldTimex], found: list[GoldTimex],
             wrong: list[KeyFinding]) -> tuple[list[GoldTimex], list[GoldTimex]]:
    """The gold expressions less those the key's own words contradict, and the found ones less
    those overlapping them: a contradicted gold value can be neither hit nor missed."""
    bad = [g for g in gold if any((g.text, g.value) == (w.text, w.value) for w in wrong)]
    return ([g for g in gold if g not in bad],
            [f for f in found if not any(min(f.end, g.end) > max(f.start, g.start) for g in bad)])


def _print_findings(console: Console, findings: list[KeyFinding], kept: TimexScores, verbose: bool) -> None:
    console.print(f"{len(findings)} gold values are contradicted by their own words; scored without them:",
                  highlight=False)
    console.print(_table(kept))
    for finding in findings if verbose else []:
        console.print(f"  key: {finding}", highlight=False, soft_wrap=True, markup=False)


def _found(record: Record) -> list[GoldTimex]:
    return [GoldTimex(t.start, t.end, t.text, t.type, timeml_value(t.value), t.mod) for t in record.times]


def _table(scores: TimexScores) -> Table:
    table = Table(title="TempEval-3 Task A: time expressions")
    for column in ("measure", "hits", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "measure" else "right")
    for name, hits in (("strict extraction", scores.strict), ("relaxed extraction", scores.relaxed),
                       ("type", scores.type_match), ("value", scores.value_match)):
        precision, recall, f1 = scores.prf(hits)
        table.add_row(name, str(hits), f"{precision:.3f}", f"{recall:.3f}", f"{f1:.3f}")
    table.add_row("type accuracy", str(scores.type_match), "", "", f"{scores.type_accuracy:.3f}")
    return table
