"""``newsgraph export --format jsonl|parquet|graphml [-o OUT]``: the database in other formats."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console

from newsgraph.cli._output import output_error, prepare_output
from newsgraph.cli._store import open_store
from newsgraph.errors import ConfigError
from newsgraph.store import DEFAULT_DB
from newsgraph.store.export import export_graphml, export_jsonl, export_parquet

stderr = Console(stderr=True, highlight=False)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export", help="Export the database as JSONL records, Parquet tables or a GraphML entity graph.",
        description="JSONL: one record a line with store-wide entity and event ids. Parquet: one file per table "
        "in the folder OUT. GraphML: entities as nodes; co-occurrence, role and shared-event edges.",
    )
    parser.add_argument("--format", required=True, choices=("jsonl", "parquet", "graphml"), help="the output format")
    parser.add_argument("-o", "--output", metavar="OUT",
                        help="output file (folder for parquet); default: stdout for jsonl and graphml")
    parser.add_argument("--db", default=DEFAULT_DB, help=f"the database file (default: {DEFAULT_DB})")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.format == "parquet" and not args.output:
        raise ConfigError("--format parquet writes one file per table. Tip: name a folder with -o OUT.")
    if args.output:
        prepare_output(args.output, folder=args.format == "parquet")
    try:
        _export(args)
    except OSError as e:  # the output file, opened and written by the exporters
        if not args.output or isinstance(e, BrokenPipeError):
            raise  # standard output: main ends quietly on a reader that stopped early (| head)
        raise output_error(args.output, e) from e
    return 0


def _export(args: argparse.Namespace) -> None:
    """Write the store in ``args.format`` to ``args.output`` (a file, a folder for parquet) or stdout."""
    with open_store(args.db) as store:
        if args.format == "parquet":
            files = export_parquet(store.conn, Path(args.output))
            stderr.print(f"wrote {len(files)} tables to {args.output}")
        elif args.format == "jsonl":
            if args.output:
                with open(args.output, "w", encoding="utf-8") as out:
                    count = export_jsonl(store.conn, out)
            else:
                count = export_jsonl(store.conn, sys.stdout)
            stderr.print(f"wrote {count} records")
        else:
            nodes, edges = export_graphml(store.conn, Path(args.output) if args.output else sys.stdout)
            if not args.output:
                sys.stdout.write("\n")
            stderr.print(f"wrote {nodes} entities and {edges} edges")
