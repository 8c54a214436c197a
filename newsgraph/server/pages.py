"""The web pages: server-rendered HTML, readable without JavaScript.

Templates are Jinja2 with autoescaping on, so every piece of article text is escaped; the
article itself is drawn by the shared renderer ``newsgraph.render.render_article`` (which
escapes too), the same one ``newsgraph extract --format html`` uses.
"""

from __future__ import annotations

import math
import sqlite3
from importlib.resources import files
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from newsgraph.model import Record
from newsgraph.render import render_article, stylesheet
from newsgraph.server import queries
from newsgraph.server.api import cached_neighbourhood, connection, database
from newsgraph.server.database import Database
from newsgraph.server.errors import not_found
from newsgraph.store import queries as store_queries

PER_PAGE = 50

templates = Jinja2Templates(directory=str(files("newsgraph.server").joinpath("templates")))


def source_label(source: str | None) -> str:
    """A short name for an article's source: the host of a URL, else the source as it is."""
    if not source:
        return ""
    return urlsplit(source).netloc or source


templates.env.filters["source"] = source_label
router = APIRouter(include_in_schema=False)

Conn = Annotated[sqlite3.Connection, Depends(connection)]
PageNumber = Annotated[int, Query(ge=1, le=100_000)]


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    """The template ``name`` filled with ``context``, as an HTML response."""
    return templates.TemplateResponse(request, name, context, status_code=status)


def pager(page: int, total: int) -> dict[str, int]:
    """Page numbers for a list of ``total`` items shown PER_PAGE at a time."""
    return {"page": page, "pages": max(1, math.ceil(total / PER_PAGE)), "total": total}


@router.get("/", response_class=HTMLResponse)
def home(request: Request, conn: Conn, db: Annotated[Database, Depends(database)]) -> Response:
    stamp = queries.store_stamp(conn)
    top = db.cached("top_entities", stamp, lambda: queries.top_entities(conn, 30))
    latest, total = queries.list_articles(conn, 20, 0)
    return render(request, "home.html", {"latest": latest, "total": total, "top": top})


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, conn: Conn, q: Annotated[str, Query(max_length=500)] = "",
           page: PageNumber = 1) -> Response:
    found, total = queries.search_articles(conn, q, PER_PAGE, (page - 1) * PER_PAGE) if q.strip() else ([], 0)
    matching, _ = queries.list_entities(conn, 20, 0, q.strip()) if q.strip() else ([], 0)
    return render(request, "search.html", {"q": q, "articles": found, "entities": matching,
                                           "pager": pager(page, total)})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str, conn: Conn) -> Response:
    summary = queries.article_summary(conn, article_id)
    stored = queries.record_of(conn, article_id)
    if summary is None or stored is None:
        raise not_found("article", article_id)
    record = Record.from_dict(stored)
    body = render_article(record, entity_href=lambda e: f"/entities/{e}", event_href=lambda v: f"/events/{v}")
    # Markup: the renderer has escaped every piece of article text itself
    return render(request, "article.html", {"article": summary, "body": Markup(body)})  # noqa: S704


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: str, conn: Conn, db: Annotated[Database, Depends(database)]) -> Response:
    found = queries.entity(conn, entity_id)
    if found is None:
        raise not_found("entity", entity_id)
    stamp = queries.store_stamp(conn)
    context = {
        "entity": found,
        "roles": store_queries.roles(conn, entity_id),
        "timeline": queries.timeline(conn, 100, 0, entity_id)[0],
        "quotes_by": queries.list_quotes(conn, 30, 0, speaker_id=entity_id),
        # the two costly parts for entities named in thousands of articles: kept until the store grows
        "quotes_about": db.cached(
            f"about:{entity_id}", stamp, lambda: queries.list_quotes(conn, 30, 0, about=entity_id)
        ),
        "seen_with": db.cached(f"seen:{entity_id}", stamp, lambda: store_queries.seen_with(conn, entity_id, 20)),
    }
    return render(request, "entity.html", context)


@router.get("/entities/{entity_id}/graph", response_class=HTMLResponse)
def graph(request: Request, entity_id: str, conn: Conn, db: Annotated[Database, Depends(database)]) -> Response:
    found = cached_neighbourhood(db, conn, entity_id, 25)
    if found is None:
        raise not_found("entity", entity_id)
    return render(request, "graph.html", {"entity": found["nodes"][0], "companions": found["nodes"][1:]})


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, event_id: str, conn: Conn) -> Response:
    found = queries.event(conn, event_id)
    if found is None:
        raise not_found("event", event_id)
    return render(request, "event.html", {"event": found})


@router.get("/quotes", response_class=HTMLResponse)
def quotes(request: Request, conn: Conn, speaker: Annotated[str, Query(max_length=200)] = "",
           contains: Annotated[str, Query(max_length=500)] = "", page: PageNumber = 1) -> Response:
    found, total = queries.list_quotes(conn, PER_PAGE, (page - 1) * PER_PAGE, speaker=speaker.strip() or None,
                                       contains=contains.strip() or None)
    return render(request, "quotes.html", {"quotes": found, "speaker": speaker, "contains": contains,
                                           "pager": pager(page, total)})


@router.get("/static/render.css")
def render_css() -> Response:
    """The shared renderer's stylesheet, the same one ``extract --format html`` inlines."""
    return Response(stylesheet(), media_type="text/css", headers={"Cache-Control": "max-age=3600"})
