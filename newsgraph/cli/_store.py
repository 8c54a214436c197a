"""Helpers shared by the store commands: the --db and --json options, tables and JSON output."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from newsgraph.store import DEFAULT_DB, Store

stdout = Console(highlight=False)


def add_store_options(parser: argparse.ArgumentParser) -> None:
    """Add --db and --json to a query command."""
    parser.add_argument("--db", default=DEFAULT_DB, help=f"the database file (default: {DEFAULT_DB})")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts instead of tables")


SQLITE_MAX_INT = 2**63 - 1


def limit(text: str) -> int:
    """The argparse type of --limit: a whole number of at least 1 (a negative one meant no limit to
    SQLite); a larger one than SQLite can hold means all, as it is."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} is less than 1")
    return min(value, SQLITE_MAX_INT)


def open_store(db: str) -> Store:
    """Open an existing database for reading; a missing file is a StoreError with a tip."""
    return Store(db, create=False)


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(title: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A rich table; empty cells for None."""
    if not rows:
        return
    table = Table(title=title, title_justify="left", show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else escape(str(v)) for v in row))
    stdout.print(table)


def sources_text(sources: Sequence[dict[str, Any]], limit: int = 3) -> str:
    """A short list of source articles: title or id, with date; duplicates marked."""
    parts = []
    for source in sources[:limit]:
        label = source.get("title") or source["article"]
        mark = " (dup)" if source.get("duplicate_of") else ""
        parts.append(f"{label} {source.get('published') or ''}{mark}".strip())
    if len(sources) > limit:
        parts.append(f"+{len(sources) - limit} more")
    return "; ".join(parts)
