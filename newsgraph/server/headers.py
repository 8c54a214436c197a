"""Security headers on every answer; pages also get a Content-Security-Policy.

The policy lets pages run only the app's own scripts (no inline script, nothing from elsewhere),
so even markup that escaped escaping could not run. The API docs page is left without it: the
Swagger UI page that FastAPI writes starts the UI with an inline script.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
ALWAYS = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]
NO_POLICY = ("/docs",)


class SecurityHeaders:
    """ASGI middleware adding the headers above (pure ASGI: no per-request task as BaseHTTPMiddleware adds)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        with_policy = scope["path"] not in NO_POLICY

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", [])) + ALWAYS
                if with_policy:
                    headers.append((b"content-security-policy", POLICY.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)
