"""``newsgraph evaluate conll FILE``: entity recognition scored on a CoNLL NER file (IOB1 or IOB2)."""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsgraph.evaluate.conll import CONLL_TYPES, ConllScores, read_conll, score_records
from newsgraph.model import Article, Record


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "conll", help="Score entity recognition on a CoNLL NER file (IOB1 or IOB2), e.g. CoNLL-2003.",
        description="Run each document of FILE (split at -DOCSTART-; tokens joined by spaces, sentences by "
        "newlines) through the whole pipeline and score the record's named mentions against the gold "
        "entities, exact spans. OntoNotes types are mapped: PERSON->PER; GPE, LOC, FAC->LOC; ORG->ORG; "
        "NORP, EVENT, WORK_OF_ART, LAW, LANGUAGE, PRODUCT->MISC.")
    parser.add_argument("file", metavar="FILE", help="CoNLL file: one token a line, the IOB tag in the last column")
    parser.add_argument("--model", metavar="NAME", help="spaCy pipeline to use")
    parser.add_argument("--limit", type=int, metavar="N", help="only the first N documents")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and extra")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from newsgraph.pipeline import Extractor

    docs = read_conll(args.file)[: args.limit] if args.limit else read_conll(args.file)
    extractor = Extractor(model=args.model)
    articles = [Article(doc.text) for doc in docs]
    started = time.perf_counter()
    records = [_record_or_raise(r) for r in extractor.extract_many(articles)]
    seconds = time.perf_counter() - started
    scores = score_records(docs, records)
    if args.json:
        print(json.dumps(_as_dict(scores), indent=2))
        return 0
    console = Console()
    console.print(_table(scores, Path(args.file).name))
    words = sum(len(tokens) for doc in docs for tokens in doc.sentences)
    console.print(f"{len(docs)} documents, {words:,} tokens, {seconds:.1f} s through the pipeline", highlight=False)
    for label, score in scores.by_type.items():
        for failure in score.failures if args.verbose else score.failures[:3]:
            console.print(f"  [dim]{label}:[/] {failure}", highlight=False, soft_wrap=True)
    return 0


def _record_or_raise(result: Record | Exception) -> Record:
    if isinstance(result, Exception):
        raise result
    return result


def _table(scores: ConllScores, title: str) -> Table:
    table = Table(title=f"entities in {title}")
    for column in ("type", "tp", "fp", "fn", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "type" else "right")
    rows = [(t, scores.by_type[t]) for t in CONLL_TYPES] + [("overall", scores.overall)]
    for name, s in rows:
        table.add_row(name, str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}")
    return table


def _as_dict(scores: ConllScores) -> dict[str, dict]:
    result = {label: s.to_dict() for label, s in scores.by_type.items()}
    result["overall"] = scores.overall.to_dict()
    return result
