"""HTTP API and web pages over a newsgraph store: ``create_app(db_path)`` builds the FastAPI app.

``newsgraph serve`` runs it with uvicorn. The server reads the store through read-only
connections; only a server started with a write token accepts ``POST /api/articles``.
"""

from newsgraph.server.app import create_app

__all__ = ["create_app"]
