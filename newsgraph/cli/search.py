"""``newsgraph search TEXT``: full-text search over stored articles and quotes."""

from __future__ import annotations

import argparse

from newsgraph.cli._store import add_store_options, limit, open_store, print_json, print_table, stdout
from newsgraph.store.queries import search


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("search", help="Find articles and quotes containing every word of TEXT.",
                                   description="Full-text search (SQLite FTS5) over articles and quotes.")
    parser.add_argument("text", metavar="TEXT", help="the words to look for")
    parser.add_argument("--limit", type=limit, default=20, help="at most this many hits of each kind (default: 20)")
    add_store_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        found = search(store.conn, args.text, limit=args.limit)
    if args.json:
        print_json(found)
        return 0
    if not found["articles"] and not found["quotes"]:
        stdout.print(f"Nothing contains {args.text!r}.")
        return 1
    print_table("Articles", ["date", "article", "snippet"],
                [(a["published"], a["title"] or a["article"], a["snippet"]) for a in found["articles"]])
    print_table("Quotes", ["date", "speaker", "quote"],
                [(q["published"], q["speaker"], q["text"]) for q in found["quotes"]])
    return 0
