"""``newsgraph timeline NAME``: an entity's events in time order, each with its sources."""

from __future__ import annotations

import argparse

from newsgraph.cli._store import add_store_options, open_store, print_json, print_table, sources_text, stdout
from newsgraph.store.queries import events, find_entities


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "timeline", help="Show the events an entity took part in, in time order, with sources.",
        description="List the events the entity called NAME took part in, oldest first, with the articles "
        "that report each.",
    )
    parser.add_argument("name", metavar="NAME", help="a name of the entity")
    add_store_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        entity = find_entities(store.conn, args.name)[0]
        found = events(store.conn, entity_ids=[entity["id"]])
    if args.json:
        print_json({"entity": entity, "events": found})
        return 0
    if not found:
        stdout.print(f"{entity['name']} ({entity['id']}) takes part in no stored event.")
        return 0
    print_table(
        f"Timeline of {entity['name']} ({entity['id']})",
        ["date", "event", "what", "with", "place", "sources"],
        [(e["date"], e["id"], f"{e['type']}: {e['trigger']}",
          ", ".join(p["name"] for p in e["participants"] if p["id"] != entity["id"]), e["place"],
          sources_text(e["sources"])) for e in found],
    )
    return 0
