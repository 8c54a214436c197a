"""The JSON API under /api/: articles, entities, events, quotes, search, timeline, graph.

Lists answer ``{"ok": true, "total", "limit", "offset", "items": [...]}``; single items
``{"ok": true, "<kind>": {...}}``. Errors have the one shape of ``newsgraph.server.errors``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse

from newsgraph.server import queries
from newsgraph.server.database import Database
from newsgraph.server.errors import RESPONSES, not_found
from newsgraph.store import queries as store_queries

router = APIRouter(prefix="/api", tags=["knowledge base"], responses=RESPONSES)

ISO_DATE = r"^\d{4}(-\d{2}(-\d{2}.*)?)?$"


@dataclass
class Page:
    """Pagination parameters shared by every list."""

    limit: int
    offset: int


def page(
    limit: Annotated[int, Query(ge=1, le=200, description="items per page")] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000, description="items to skip")] = 0,
) -> Page:
    return Page(limit, offset)


def database(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def connection(db: Annotated[Database, Depends(database)]) -> sqlite3.Connection:
    return db.read()


Conn = Annotated[sqlite3.Connection, Depends(connection)]
Paging = Annotated[Page, Depends(page)]
Since = Annotated[str | None, Query(pattern=ISO_DATE, description="from this date (ISO 8601)")]
Until = Annotated[str | None, Query(pattern=ISO_DATE, description="up to this date (ISO 8601), inclusive")]


def answer(body: dict[str, Any]) -> JSONResponse:
    """``body`` as JSON as it is: the queries return JSON-ready dicts, so FastAPI's re-encoding is skipped."""
    return JSONResponse(body)


def cached_neighbourhood(db: Database, conn: sqlite3.Connection, entity_id: str, limit: int) -> Any:
    """``queries.neighbourhood``, kept until the store grows: the graph page and its data share it."""
    stamp = queries.store_stamp(conn)
    return db.cached(f"graph:{entity_id}:{limit}", stamp, lambda: queries.neighbourhood(conn, entity_id, limit))


def listing(items: list[dict[str, Any]], total: int, paging: Page, **extra: Any) -> JSONResponse:
    return answer({"ok": True, "total": total, "limit": paging.limit, "offset": paging.offset, "items": items, **extra})


@router.get("/articles", summary="Articles, newest first")
def articles(conn: Conn, paging: Paging, source: str | None = None, since: Since = None,
             until: Until = None) -> JSONResponse:
    items, total = queries.list_articles(conn, paging.limit, paging.offset, source, since, until)
    return listing(items, total, paging)


@router.get("/articles/{article_id}", summary="One article's record, with store-wide entity and event ids")
def article(article_id: str, conn: Conn) -> JSONResponse:
    summary = queries.article_summary(conn, article_id)
    record = queries.record_of(conn, article_id)
    if summary is None or record is None:
        raise not_found("article", article_id)
    return answer({"ok": True, "article": summary, "record": record})


@router.get("/entities", summary="Entities, most mentioned first")
def entities(conn: Conn, paging: Paging, name: str | None = None,
             type: Annotated[str | None, Query(description="PERSON, ORG, GPE ...")] = None) -> JSONResponse:
    items, total = queries.list_entities(conn, paging.limit, paging.offset, name, type)
    return listing(items, total, paging)


@router.get("/entities/{entity_id}", summary="One entity: aliases, counts and roles over time")
def entity(entity_id: str, conn: Conn) -> JSONResponse:
    found = queries.entity(conn, entity_id)
    if found is None:
        raise not_found("entity", entity_id)
    found["roles"] = store_queries.roles(conn, entity_id)
    return answer({"ok": True, "entity": found})


@router.get("/entities/{entity_id}/graph", summary="An entity's neighbourhood: who appears in the same articles")
def graph(entity_id: str, conn: Conn, db: Annotated[Database, Depends(database)],
          limit: Annotated[int, Query(ge=1, le=100)] = 25) -> JSONResponse:
    found = cached_neighbourhood(db, conn, entity_id, limit)
    if found is None:
        raise not_found("entity", entity_id)
    return answer({"ok": True, **found})


@router.get("/events", summary="Events, newest first")
def events(conn: Conn, paging: Paging, type: str | None = None, entity: str | None = None,
           since: Since = None, until: Until = None) -> JSONResponse:
    items, total = queries.list_events(conn, paging.limit, paging.offset, type, entity, since, until)
    return listing(items, total, paging)


@router.get("/events/{event_id}", summary="One event: reporting articles, participants, place and time")
def event(event_id: str, conn: Conn) -> JSONResponse:
    found = queries.event(conn, event_id)
    if found is None:
        raise not_found("event", event_id)
    return answer({"ok": True, "event": found})


@router.get("/quotes", summary="Quotes, by speaker, words and the entity they are about")
def quotes(conn: Conn, paging: Paging,
           speaker: Annotated[str | None, Query(description="part of the speaker's name")] = None,
           speaker_id: Annotated[str | None, Query(description="the speaker's entity id")] = None,
           contains: Annotated[str | None, Query(description="words the quote contains")] = None,
           about: Annotated[str | None, Query(description="an entity id named inside the quote")] = None,
           ) -> JSONResponse:
    items, total = queries.list_quotes(conn, paging.limit, paging.offset, speaker, speaker_id, contains, about)
    return listing(items, total, paging)


@router.get("/search", summary="Articles holding every word, and entities with a matching name")
def search(q: Annotated[str, Query(min_length=1, max_length=500)], conn: Conn,
           limit: Annotated[int, Query(ge=1, le=200, description="results per page")] = 20,
           offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0) -> JSONResponse:
    # 20 by default, not 50: each result carries a snippet, which reads the article's whole text
    paging = Page(limit, offset)
    items, total = queries.search_articles(conn, q, paging.limit, paging.offset)
    found_entities, _ = queries.list_entities(conn, 10, 0, q.strip())
    return listing(items, total, paging, entities=found_entities)


@router.get("/timeline", summary="Dated events (and, for an entity, the articles naming it), oldest first")
def timeline(conn: Conn, paging: Paging, entity: str | None = None, since: Since = None,
             until: Until = None) -> JSONResponse:
    if entity is not None and not queries.entity_names(conn, [entity]):
        raise not_found("entity", entity)
    items, total = queries.timeline(conn, paging.limit, paging.offset, entity, since, until)
    return listing(items, total, paging)
