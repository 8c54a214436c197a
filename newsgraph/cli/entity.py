"""``newsgraph entity NAME``: what the database knows about one entity."""

from __future__ import annotations

import argparse
from typing import Any

from rich.markup import escape

from newsgraph.cli._store import add_store_options, open_store, print_json, print_table, stdout
from newsgraph.store.queries import entity_profile, find_entities


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "entity",
        help="Show an entity: aliases, roles with dates, company, quotes, first and last seen.",
        description="Show what the database knows about the entity called NAME (any of its names).",
    )
    parser.add_argument("name", metavar="NAME", help="a name of the entity, e.g. a surname or full name")
    add_store_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        matches = find_entities(store.conn, args.name)
        profile = entity_profile(store.conn, matches[0]["id"])
    profile["other_matches"] = matches[1:]
    if args.json:
        print_json(profile)
    else:
        show(profile)
    return 0


def show(profile: dict[str, Any]) -> None:
    stdout.print(f"[bold]{escape(profile['name'])}[/] ({profile['type']}, {profile['id']})")
    stdout.print(
        f"{profile['mentions']} mentions in {profile['articles']} articles "
        f"({profile['independent_articles']} independent); first seen {profile['first_seen']}, "
        f"last seen {profile['last_seen']}",
        soft_wrap=True,
    )
    print_table("Aliases", ["alias", "mentions", "articles"],
                [(a["alias"], a["mentions"], a["articles"]) for a in profile["aliases"]])
    print_table("Roles", ["title", "of", "first", "last", "articles"],
                [(r["title"], r["of_what"], r["first"], r["last"], len(r["sources"])) for r in profile["roles"]])
    print_table("Seen with", ["entity", "type", "articles"],
                [(e["name"], e["type"], e["articles"]) for e in profile["seen_with"]])
    print_table("Quotes by", ["date", "quote", "article"],
                [(q["published"], q["text"], q["title"] or q["article"]) for q in profile["quotes_by"]])
    print_table("Quotes about", ["date", "speaker", "quote"],
                [(q["published"], q["speaker"], q["text"]) for q in profile["quotes_about"]])
    if profile["other_matches"]:
        others = ", ".join(f"{m['name']} ({m['id']})" for m in profile["other_matches"][:5])
        stdout.print(f"Also called that: {escape(others)}")
