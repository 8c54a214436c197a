"""The command line: ``newsgraph COMMAND ...``. The CLI package is the only code that prints.

Each command lives in a module of this package with ``add_parser(subparsers)``, which sets the
handler as ``func``; ``evaluate_*`` modules add the benchmarks of ``newsgraph evaluate``. Errors
from the library (``NewsgraphError``) become one line on stderr and an exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from rich.console import Console

from newsgraph import __version__
from newsgraph.errors import NewsgraphError

stderr = Console(stderr=True, highlight=False)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsgraph",
        description="Read news articles and turn them into a source-grounded knowledge graph.",
    )
    parser.add_argument("--version", action="version", version=f"newsgraph {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    for name in command_modules():
        importlib.import_module(f"newsgraph.cli.{name}").add_parser(subparsers)
    return parser


def command_modules(prefix: str = "") -> list[str]:
    """Names of this package's command modules (those starting with ``prefix``, if given)."""
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))
    if prefix:
        return [n for n in names if n.startswith(prefix)]
    return [n for n in names if "_" not in n]


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
