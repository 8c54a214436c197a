"""HTML pages to articles: main text and metadata with trafilatura."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from newsgraph.errors import IngestError
from newsgraph.ingest.text import require_text
from newsgraph.model import Article

if TYPE_CHECKING:
    from trafilatura.settings import Document


def read_html(html: str, source: str, metadata: dict[str, Any] | None = None) -> Article:
    """Extract the main text and metadata (title, published date, author, URL, site) of a page.

    ``metadata`` given by the caller (a JSONL line, the command line) wins over the page's own.
    """
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    try:
        # as_dict is left False, so the result is a Document (or None), never the dict of its union type
        document = cast("Document | None", trafilatura.bare_extraction(
            html, url=(metadata or {}).get("url"), include_comments=False, with_metadata=True
        ))
    except Exception as e:  # trafilatura raises many kinds of parser errors
        raise IngestError(source, f"could not be parsed as HTML ({e}).") from e
    text = document.text if document is not None else None
    if document is None or not (text or "").strip():
        raise IngestError(source, "has no article text that could be extracted from the HTML.",
                          "check that the page holds the article itself, not only a script that loads it.")
    found = {
        "title": document.title,
        "published": document.date,
        "author": document.author,
        "url": document.url,
        "source": document.sitename or document.hostname,
    }
    merged = {k: v for k, v in found.items() if v}
    merged.update({k: v for k, v in (metadata or {}).items() if v})
    merged.setdefault("path", source)
    return Article(require_text(text or "", source), merged)
