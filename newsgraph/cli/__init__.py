"""The command line: ``newsgraph COMMAND ...``. The CLI package is the only code that prints.

Each command lives in a module of this package with two functions: ``add_parser(subparsers)``
and the handler it sets as ``func``. Errors from the library (``NewsgraphError``) become one
line on stderr and an exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from rich.console import Console

from newsgraph import __version__
from newsgraph.errors import NewsgraphError

COMMAND_MODULES = ("extract", "evaluate")

stderr = Console(stderr=True, highlight=False)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsgraph",
        description="Read news articles and turn them into a source-grounded knowledge graph.",
    )
    parser.add_argument("--version", action="version", version=f"newsgraph {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    for name in COMMAND_MODULES:
        module = __import__(f"newsgraph.cli.{name}", fromlist=["add_parser"])
        module.add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsgraph`` console script; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except NewsgraphError as e:
        stderr.print(f"[bold red]error:[/] {e}", soft_wrap=True)
        return e.exit_code
    except KeyboardInterrupt:
        stderr.print("interrupted")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
