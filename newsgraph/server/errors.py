"""Every error the server answers, in one shape: JSON under /api/, an HTML page elsewhere.

The JSON shape is datasette's: ``{"ok": false, "error": "what went wrong", "status": 404}``.
No traceback ever reaches a client; an unexpected error is a 500 with a fixed message.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from newsgraph.errors import NewsgraphError

log = logging.getLogger("newsgraph.server")


class ErrorBody(BaseModel):
    """The body of every error answer of the API."""

    ok: bool = False
    error: str
    status: int


# documented on every API route; it also replaces FastAPI's own 422 schema, which this app never sends
RESPONSES: dict[int | str, dict[str, object]] = {
    status: {"model": ErrorBody, "description": what}
    for status, what in ((404, "unknown id"), (422, "invalid parameter"), (500, "unexpected error"))
}


def error_json(status: int, message: str) -> JSONResponse:
    return JSONResponse({"ok": False, "error": message, "status": status}, status_code=status)


def is_api(request: Request) -> bool:
    return request.url.path == "/api" or request.url.path.startswith("/api/")


def error_response(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    """The error as JSON for the API, as a page for a browser."""
    if is_api(request):
        response: Response = error_json(status, message)
    else:
        from newsgraph.server.pages import render  # pages import this module: import here to avoid a cycle

        response = render(request, "error.html", {"status": status, "message": message}, status=status)
    if headers:
        response.headers.update(headers)
    return response


def validation_message(error: RequestValidationError) -> str:
    """One line naming each bad parameter: ``query parameter limit: Input should be ...``."""
    parts = []
    for item in error.errors():
        where = " ".join(str(x) for x in item.get("loc", ()))
        parts.append(f"{where.replace('query', 'query parameter', 1)}: {item.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def install(app: FastAPI) -> None:
    """Register the handlers that turn every exception into the one shape."""

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return error_response(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return error_response(request, 422, validation_message(exc))

    async def newsgraph_error(request: Request, exc: Exception) -> Response:
        return error_response(request, 400, str(exc))

    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path, exc_info=exc)
        return error_response(request, 500, "internal error; the server log has the details")

    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(NewsgraphError, newsgraph_error)
    app.add_exception_handler(Exception, unexpected)


def not_found(what: str, ident: str) -> HTTPException:
    """The 404 for an unknown id, with a tip."""
    listing = "entities" if what == "entity" else f"{what}s"
    return HTTPException(404, f"no {what} with id {ident!r}. Tip: ids come from the lists, e.g. /api/{listing}")
