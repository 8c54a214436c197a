"""The FastAPI application: JSON API, web pages, static assets and the offline API docs.

``create_app(db_path)`` builds it over one store file. Nothing heavy is imported here: spaCy
loads only when an article is posted to a server that accepts writes, so the server starts fast.
"""

from __future__ import annotations

import sqlite3
from importlib.resources import files
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from newsgraph import __version__
from newsgraph.errors import StoreError
from newsgraph.server import api, errors, pages, write
from newsgraph.server.database import Database
from newsgraph.server.headers import SecurityHeaders
from newsgraph.store.ingest import ExtractMany

DESCRIPTION = (
    "Read-only JSON API over a newsgraph knowledge base: articles with every extraction, entities, "
    "events, quotes, full-text search, timelines and an entity's neighbourhood. Lists take `limit` and "
    "`offset`; every error is `{\"ok\": false, \"error\": ..., \"status\": ...}`. `POST /api/articles` "
    "works only on a server started with a write token."
)


def create_app(db_path: str | Path, write_token: str | None = None, extract_many: ExtractMany | None = None) -> FastAPI:
    """The application over the store at ``db_path``.

    ``write_token`` enables ``POST /api/articles``; ``extract_many`` replaces the spaCy pipeline
    for ingesting posted articles (tests pass a stub). Raises StoreError if the file is missing or
    is not a database.
    """
    app = FastAPI(title="newsgraph", version=__version__, description=DESCRIPTION,
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    try:
        app.state.db = Database(db_path, extract_many)
    except sqlite3.DatabaseError as e:  # its first query reads the schema version of a file that is no database
        raise StoreError(f"cannot open database {db_path}: {e}. Tip: is it a newsgraph database?") from e
    app.state.write_token = write_token or None
    errors.install(app)
    app.include_router(write.router)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_api_route("/api", health, methods=["GET"], summary="Server and store status", tags=["knowledge base"])
    app.add_api_route("/docs", docs, methods=["GET"], include_in_schema=False, response_class=HTMLResponse)
    static = files("newsgraph.server").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.add_middleware(SecurityHeaders)
    return app


def health(request: Request) -> dict[str, Any]:
    """Whether the server is up, how many articles it serves, and whether it accepts writes."""
    db: Database = request.app.state.db
    articles = db.read().execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    return {"ok": True, "version": __version__, "articles": articles, "writable": bool(request.app.state.write_token)}


def docs() -> HTMLResponse:
    """Swagger UI over /api/openapi.json, with its script and style served by this app (no CDN)."""
    return get_swagger_ui_html(
        openapi_url="/api/openapi.json",
        title="newsgraph API",
        swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
        swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
        swagger_favicon_url="/static/favicon.svg",
    )
