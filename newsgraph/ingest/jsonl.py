"""JSONL: one article a line, ``text`` or ``html`` plus optional metadata."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from newsgraph.errors import IngestError
from newsgraph.ingest.html import read_html
from newsgraph.ingest.text import require_text
from newsgraph.model import Article, parse_published

# Accepted spellings of each metadata field, first one wins.
FIELD_ALIASES = {
    "title": ("title", "headline"),
    "published": ("published", "publish_date", "date", "published_at", "pubdate"),
    "url": ("url", "link"),
    "source": ("source", "source_domain", "site", "sitename"),
    "author": ("author", "authors", "byline"),
}


def read_jsonl(text: str, source: str) -> Iterator[Article | IngestError]:
    """Yield one Article per non-empty line, or an IngestError naming the file and line."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            yield article_from_json(json.loads(line), where)
        except json.JSONDecodeError as e:
            yield IngestError(where, f"is not valid JSON ({e.msg} at column {e.colno}).")
        except IngestError as e:
            yield e


def article_from_json(data: Any, where: str) -> Article:
    """Build an Article from one decoded JSON object."""
    if not isinstance(data, dict):
        raise IngestError(where, "is not a JSON object with a 'text' or 'html' field.")
    metadata = _metadata(data)
    _check_published(metadata.get("published"), where)
    if isinstance(data.get("text"), str) and data["text"].strip():
        metadata.setdefault("path", where)
        return Article(require_text(data["text"], where), metadata)
    if isinstance(data.get("html"), str) and data["html"].strip():
        return read_html(data["html"], where, metadata)
    raise IngestError(where, "has no 'text' or 'html' field with content.",
                      "each line needs a non-empty \"text\" (plain text) or \"html\" (a page).")


def _check_published(published: str | None, where: str) -> None:
    """Refuse a line whose publication date cannot be read: the pipeline resolves times against it,
    and a bad one would otherwise fail the whole batch the article is extracted in."""
    try:
        parse_published(published)
    except ValueError as e:
        raise IngestError(where, f"has a published date {published!r} that is not ISO 8601.",
                          "write it as 2025-08-15 or 2025-08-15T10:00:00+00:00.") from e


def _metadata(data: dict[str, Any]) -> dict[str, Any]:
    metadata: dict[str, Any] = {}
    for field, aliases in FIELD_ALIASES.items():
        value = next((data[a] for a in aliases if data.get(a)), None)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value) or None
        if value:
            metadata[field] = str(value)
    if data.get("id") is not None:
        metadata["source_id"] = str(data["id"])
    return metadata
