"""``newsgraph serve [--db FILE] [--host 127.0.0.1] [--port 8000]``: web pages and JSON API over a store."""

from __future__ import annotations

import argparse
import ipaddress
import os

from rich.console import Console

from newsgraph.store import DEFAULT_DB

stderr = Console(stderr=True, highlight=False)

TOKEN_ENV = "NEWSGRAPH_WRITE_TOKEN"


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="Serve the knowledge base as web pages and a JSON API (read-only unless given a write token).",
        description="Serve a newsgraph database: web pages (home, articles, entities, events, quotes, graph) and "
        "a JSON API under /api/ with its documentation at /docs. Binds to 127.0.0.1 unless told otherwise. "
        "The server is read-only unless started with a write token, which then allows POST /api/articles.",
    )
    parser.add_argument("--db", default=DEFAULT_DB, help=f"the database file (default: {DEFAULT_DB})")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    parser.add_argument("--write-token", metavar="TOKEN", default=None,
                        help=f"allow POST /api/articles with 'Authorization: Bearer TOKEN' (or set {TOKEN_ENV})")
    parser.add_argument("--log-level", default="warning", choices=("critical", "error", "warning", "info", "debug"),
                        help="uvicorn's log level (default: warning)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from newsgraph.server import create_app

    token = args.write_token or os.environ.get(TOKEN_ENV) or None
    app = create_app(args.db, write_token=token)
    if not _is_loopback(args.host):
        stderr.print(f"[yellow]warning:[/] serving on {args.host}: other machines can reach it.")
    mode = "accepting POST /api/articles with the write token" if token else "read-only"
    stderr.print(f"newsgraph: serving {args.db} on http://{args.host}:{args.port}/ ({mode}); Ctrl-C stops it")
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)
    return 0


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
