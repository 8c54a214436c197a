"""``newsgraph evaluate BENCHMARK``: score the pipeline on answer keys and benchmark data.

Each benchmark is a module ``newsgraph/cli/evaluate_<name>.py`` with ``add_parser(subparsers)``.
"""

from __future__ import annotations

import argparse
import importlib

from newsgraph.cli import command_modules


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("evaluate", help="Score the pipeline against gold annotations.")
    sub = parser.add_subparsers(dest="benchmark", metavar="BENCHMARK")
    sub.required = True
    for name in command_modules("evaluate_"):
        importlib.import_module(f"newsgraph.cli.{name}").add_parser(sub)
