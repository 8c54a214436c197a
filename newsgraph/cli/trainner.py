"""``newsgraph train-ner TRAIN DEV``: train the news NER on CoNLL files and export it into the package."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "train-ner", help="Train newsgraph's news NER on CoNLL-2003 style files (spaCy, CPU).",
        description="Convert TRAIN and DEV (CoNLL NER files, IOB1 or IOB2) to spaCy's format, train the NER "
        "described by newsgraph/train/ner.cfg (its tok2vec and vectors start from en_core_web_md when it is "
        "installed) and, with --export, copy the best model into the package, where the pipeline loads it. "
        "Train on CoNLL-2003 eng.train with eng.testa as DEV; under an hour on one CPU core.")
    parser.add_argument("train", metavar="TRAIN", help="CoNLL training file (e.g. conll2003/eng.train)")
    parser.add_argument("dev", metavar="DEV", help="CoNLL development file (e.g. conll2003/eng.testa)")
    parser.add_argument("--output", metavar="DIR", default="training-output", help="where spaCy writes its models")
    parser.add_argument("--base", metavar="PIPELINE",
                        help="pipeline whose NER tok2vec and vectors seed the model (default: installed "
                        "en_core_web_md; '' for none)")
    parser.add_argument("--max-steps", type=int, metavar="N", help="stop after N updates (default: the config's)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    parser.add_argument("--export", action="store_true", help="copy the best model into newsgraph/models/news_ner")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from newsgraph.train.recipe import export_model, train_ner

    best = train_ner(args.train, args.dev, args.output, base=args.base, max_steps=args.max_steps, seed=args.seed)
    console = Console()
    console.print(f"trained: {best}", highlight=False)
    if args.export:
        target = export_model(best)
        size = sum(p.stat().st_size for p in Path(target).rglob("*") if p.is_file())
        console.print(f"exported to {target} ({size / 2**20:.1f} MiB)", highlight=False)
    return 0
