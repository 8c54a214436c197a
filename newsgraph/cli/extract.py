"""``newsgraph extract``: articles in, records out (being written)."""

from __future__ import annotations

import argparse


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("extract", help="Extract a source-grounded record from articles.")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    return 0
