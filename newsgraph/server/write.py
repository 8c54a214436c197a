"""``POST /api/articles``: ingest one article, only on a server started with a write token.

The token comes in ``Authorization: Bearer TOKEN`` and is compared in constant time. The body is
read up to ``MAX_BODY`` bytes and refused beyond, before any JSON parsing or extraction.
"""

from __future__ import annotations

import hmac
import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from newsgraph.model import Article
from newsgraph.server.api import database
from newsgraph.server.database import Database
from newsgraph.server.errors import RESPONSES, ErrorBody
from newsgraph.store.ingest import FAILED, STORED

MAX_BODY = 1_000_000  # bytes: a long article is ~50 kB; this is far above any real one

router = APIRouter(prefix="/api", tags=["writing"], responses={
    **RESPONSES, **{s: {"model": ErrorBody, "description": d} for s, d in (
        (401, "missing or wrong token"), (403, "read-only server"), (413, "body too large"))}})


class NewArticle(BaseModel):
    """An article to ingest: its text and optional metadata (title, published, source, url ...)."""

    text: str = Field(min_length=1, description="the article text")
    metadata: dict[str, Any] = Field(default_factory=dict, description="title, published (ISO 8601), source, url")


def check_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """Refuse the request unless the server has a write token and the request carries it."""
    expected: str | None = request.app.state.write_token
    if not expected:
        raise HTTPException(403, "this server is read-only. Tip: start it with --write-token "
                                 "or NEWSGRAPH_WRITE_TOKEN to allow POST /api/articles.")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(401, "missing or wrong write token. Tip: send 'Authorization: Bearer TOKEN'.",
                            headers={"WWW-Authenticate": "Bearer"})


async def read_limited(request: Request, limit: int = MAX_BODY) -> bytes:
    """The request body, refused with 413 as soon as it is longer than ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"the body is {int(declared):,} bytes; the limit is {limit:,}.")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise HTTPException(413, f"the body is longer than the limit of {limit:,} bytes.")
    return bytes(body)


def parse_article(body: bytes) -> NewArticle:
    """The posted JSON as a NewArticle; 422 with the reason when it is not one."""
    try:
        return NewArticle.model_validate(json.loads(body))
    except (ValueError, ValidationError) as e:
        reason = "; ".join(f"{'.'.join(map(str, x['loc'])) or 'body'}: {x['msg']}" for x in e.errors()) \
            if isinstance(e, ValidationError) else f"the body is not JSON ({e})"
        raise HTTPException(422, reason) from e


BODY_SCHEMA = {"requestBody": {"required": True, "content": {"application/json": {
    "schema": NewArticle.model_json_schema()}}}}


@router.post("/articles", dependencies=[Depends(check_token)], openapi_extra=BODY_SCHEMA, status_code=201,
             summary="Ingest one article (needs the write token)",
             responses={200: {"description": "already stored"}, 201: {"description": "stored"}})
async def post_article(request: Request, db: Annotated[Database, Depends(database)]) -> JSONResponse:
    posted = parse_article(await read_limited(request))
    article = Article(posted.text, posted.metadata)
    outcome = await run_in_threadpool(db.add_article, article)  # extraction is CPU work: off the event loop
    if outcome.status == FAILED:
        raise HTTPException(422, f"article {article.id} could not be ingested: {outcome.reason}")
    body = {"ok": True, "id": article.id, "status": outcome.status, "url": f"/articles/{article.id}"}
    return JSONResponse(body, status_code=201 if outcome.status == STORED else 200)
