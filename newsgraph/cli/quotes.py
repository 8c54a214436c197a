"""``newsgraph quotes [--speaker NAME] [--contains TEXT]``: stored quotes, newest first."""

from __future__ import annotations

import argparse

from newsgraph.cli._store import add_store_options, limit, open_store, print_json, print_table, stdout
from newsgraph.store.queries import find_entities, quotes


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("quotes", help="List quotes, by speaker and/or containing words.",
                                   description="List stored quotes, newest first.")
    parser.add_argument("--speaker", metavar="NAME", help="only quotes by the entity called NAME")
    parser.add_argument("--contains", metavar="TEXT", help="only quotes containing every word of TEXT")
    parser.add_argument("--limit", type=limit, default=50, help="at most this many quotes (default: 50)")
    add_store_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        speakers = [e["id"] for e in find_entities(store.conn, args.speaker)] if args.speaker else None
        found = quotes(store.conn, speaker_ids=speakers, contains=args.contains, limit=args.limit)
    if args.json:
        print_json(found)
        return 0
    if not found:
        stdout.print("No quotes match.")
        return 1
    print_table("Quotes", ["date", "speaker", "quote", "article"],
                [(q["published"], q["speaker"], q["text"], q["title"] or q["article"]) for q in found])
    return 0
