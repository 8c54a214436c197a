"""``newsgraph evaluate``: score the pipeline on answer keys and benchmark data (being written)."""

from __future__ import annotations

import argparse


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("evaluate", help="Score the pipeline against gold annotations.")
    sub = parser.add_subparsers(dest="benchmark", metavar="BENCHMARK")
    sub.required = True
