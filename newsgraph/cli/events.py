"""``newsgraph events [--between DATE DATE] [--with NAME]``: stored events in time order."""

from __future__ import annotations

import argparse
import datetime as dt

from newsgraph.cli._store import add_store_options, limit, open_store, print_json, print_table, sources_text, stdout
from newsgraph.errors import ConfigError
from newsgraph.store.queries import events, find_entities


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("events", help="List events in time order, by dates and/or participant.",
                                   description="List store-wide events in time order, each with its sources.")
    parser.add_argument("--between", nargs=2, metavar=("FROM", "TO"), help="only events dated FROM..TO (ISO dates)")
    parser.add_argument("--with", dest="with_name", metavar="NAME", help="only events the entity NAME took part in")
    parser.add_argument("--limit", type=limit, default=200, help="at most this many events (default: 200)")
    add_store_options(parser)
    parser.set_defaults(func=run)


def _dates(values: list[str] | None) -> tuple[str, str] | None:
    if not values:
        return None
    try:
        first, last = (dt.date.fromisoformat(v) for v in values)
    except ValueError as e:
        raise ConfigError(f"--between {values[0]} {values[1]}: {e}. Tip: use dates like 2025-08-15.") from e
    return first.isoformat(), last.isoformat()


def run(args: argparse.Namespace) -> int:
    between = _dates(args.between)
    with open_store(args.db) as store:
        people = [e["id"] for e in find_entities(store.conn, args.with_name)] if args.with_name else None
        found = events(store.conn, between=between, entity_ids=people, limit=args.limit)
    if args.json:
        print_json(found)
        return 0
    if not found:
        stdout.print("No events match.")
        return 1
    print_table("Events", ["date", "event", "what", "who", "place", "sources"],
                [(e["date"], e["id"], f"{e['type']}: {e['trigger']}", ", ".join(p["name"] for p in e["participants"]),
                  e["place"], sources_text(e["sources"])) for e in found])
    return 0
