"""``newsgraph evaluate ecbplus DIR``: cross-document event and entity coreference on ECB+."""

from __future__ import annotations

import argparse
import json
import time

from rich.console import Console
from rich.table import Table

from newsgraph.errors import EvaluationError
from newsgraph.evaluate.ecbplus import SPLITS, default_split, read_ecbplus
from newsgraph.evaluate.ecbplus_run import KINDS, SettingResult, articles, evaluate_end_to_end, evaluate_gold, prepare

SETTINGS = {"gold": "gold mentions", "end_to_end": "end to end"}


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ecbplus", help="Score cross-document event and entity coreference on ECB+.",
        description="Read ECB+ (DIR holds ECBplus/<topic>/*.xml and ECBplus_coreference_sentences.csv, "
        "or is ECBplus/ itself; splits.json names the split's topics when present) and score the mentions "
        "in the listed sentences with MUC, B-cubed, CEAF-e and their mean (CoNLL F1), singletons included. "
        "Gold mentions: the gold event and entity spans and the gold topic (folder) are given; sub-topics are "
        "predicted from the documents' text (never from file names) and the clusters from head lemmas and their "
        "derivations, names, the descriptions the text gives names, and pronouns; no gold coreference is "
        "used. End to end: the pipeline reads each document (tokens joined by spaces, a line per sentence, no "
        "publication date), and its event triggers and mentions, entity mentions and times are clustered the "
        "same way (its own entities join first) and matched to gold by exact token span.")
    parser.add_argument("folder", metavar="DIR", help="the ECB+ folder, e.g. data/ecbplus")
    parser.add_argument("--split", choices=SPLITS,
                        help="topics to score: dev (2,5,12,18,21,23,34,35; the default), test (36-45), train "
                        "(the other topics 1-35) or all; splits.json in DIR overrides these lists. Without "
                        "--split, a folder that holds no dev topic is scored whole")
    parser.add_argument("--topics", metavar="LIST", help="comma-separated topic numbers (instead of --split)")
    parser.add_argument("--limit", type=int, metavar="N", help="only the first N documents")
    parser.add_argument("--model", metavar="NAME", help="spaCy pipeline to use")
    parser.add_argument("--gold-only", action="store_true",
                        help="score the gold-mention setting only (skips the pipeline, much faster)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import spacy

    from newsgraph.pipeline import Extractor, default_model

    if args.split is None:
        args.split = default_split(args.folder)
    documents = read_ecbplus(args.folder, args.split, _topics(args.topics), args.limit)
    started = time.process_time()
    nlp = spacy.load(args.model or default_model())
    docs, subtopic = prepare(documents, nlp)
    results = {"gold": evaluate_gold(documents, docs, subtopic)}
    if not args.gold_only:
        extractor = Extractor(model=args.model)
        records = extractor.extract_many(articles(documents))
        results["end_to_end"] = evaluate_end_to_end(documents, docs, subtopic, records)
    seconds = time.process_time() - started
    summary = {"documents": len(documents), "topics": len({d.topic for d in documents}),
               "predicted_subtopics": len(set(subtopic.values())), "cpu_seconds": round(seconds, 1)}
    if args.json:
        print(json.dumps({**summary, **{name: result.to_dict() for name, result in results.items()}}, indent=2))
    else:
        _print(results, summary, args)
    # as `evaluate polnear`: exit 3 when the pipeline failed on a document (scored as finding nothing)
    return 3 if "end_to_end" in results and results["end_to_end"].failed else 0


def _topics(value: str | None) -> list[int] | None:
    if not value:
        return None
    try:
        return [int(t) for t in value.split(",") if t.strip()]
    except ValueError as e:
        raise EvaluationError(f"--topics {value!r}: expected comma-separated topic numbers, e.g. 2,5.") from e


def _print(results: dict[str, SettingResult], summary: dict[str, float], args: argparse.Namespace) -> None:
    title = f"ECB+ {args.topics and 'topics ' + args.topics or args.split}: cross-document coreference"
    table = Table(title=title, caption="mentions: predicted / gold / matched by exact span")
    for column in ("setting", "mentions", "count", "MUC F1", "B³ P", "B³ R", "B³ F1", "CEAF-e F1", "CoNLL F1"):
        table.add_column(column, justify="left" if column in ("setting", "mentions") else "right")
    for name, result in results.items():
        for kind in KINDS:
            s = result.scores[kind]
            count = f"{result.predicted[kind]:,} / {result.gold[kind]:,} / {result.matched[kind]:,}"
            label = "events" if kind == "event" else "entities"
            table.add_row(SETTINGS[name], label, count, f"{s.muc.f1:.3f}", f"{s.b_cubed.precision:.3f}",
                          f"{s.b_cubed.recall:.3f}", f"{s.b_cubed.f1:.3f}", f"{s.ceaf_e.f1:.3f}", f"{s.conll_f1:.3f}")
    console = Console(width=max(Console().width, 110))
    console.print(table)
    console.print(f"{summary['documents']} documents in {summary['topics']} topics, "
                  f"{summary['predicted_subtopics']} predicted sub-topics, {summary['cpu_seconds']} s CPU",
                  highlight=False)
    for line in results["end_to_end"].failed if "end_to_end" in results else []:
        console.print(f"[yellow]failed:[/] {line}", soft_wrap=True, highlight=False)
