"""Write docs/cli.md from the real ``--help`` output of every command (run after changing one).

    python docs/make_cli_reference.py          # writes docs/cli.md
    python docs/make_cli_reference.py --check  # exits 1 if docs/cli.md is out of date
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

TARGET = Path(__file__).with_name("cli.md")


def reference() -> str:
    """The CLI reference as Markdown: each command's help, in the order ``newsgraph --help`` lists them."""
    os.environ["COLUMNS"] = "100"  # argparse wraps to the terminal: fix the width so the file is stable
    from newsgraph.cli import build_parser

    parser = build_parser()
    parts = ["# Command-line reference\n", "Generated from `--help` by `docs/make_cli_reference.py`; do not edit.\n",
             "## newsgraph\n", "```\n" + parser.format_help() + "```\n"]
    for name, sub in _commands(parser).items():
        parts += [f"## newsgraph {name}\n", "```\n" + sub.format_help() + "```\n"]
        for inner_name, inner_sub in _commands(sub).items():
            parts += [f"### newsgraph {name} {inner_name}\n", "```\n" + inner_sub.format_help() + "```\n"]
    return "\n".join(parts)


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The subcommands of ``parser`` by name (none if it has no subcommands)."""
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.update(action.choices)
    return found


def main() -> int:
    cli = argparse.ArgumentParser(description=__doc__)
    cli.add_argument("--check", action="store_true", help="only check that docs/cli.md is up to date")
    args = cli.parse_args()
    text = reference()
    if args.check:
        if TARGET.read_text(encoding="utf-8") != text:
            print("docs/cli.md is out of date: run python docs/make_cli_reference.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
