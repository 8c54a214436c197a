"""News feeds (RSS 0.9x/1.0/2.0 and Atom) to articles, one per entry.

An entry's text is its full content (``content:encoded`` in RSS, ``<content>`` in Atom) where the
feed carries it, else its description or summary; the HTML is turned into paragraphs. Its
title, link (``url``), author and date (``published``, else ``updated``, in UTC) become the
article's metadata, and the feed's own title its ``source``. Nothing is fetched: an entry with no
text of its own (a feed of headlines and links) is an IngestError naming the feed, the entry's
number and its link, and the other entries are read. feedparser reads the XML, so the feeds found
in the wild, with their many dialects and mistakes, are read as far as they can be.
"""

from __future__ import annotations

import calendar
import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from newsgraph.errors import IngestError
from newsgraph.ingest.text import require_text
from newsgraph.model import Article

# The first element of a feed, after any XML declaration, comments and processing instructions.
FEED_START = re.compile(
    r"^\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(rss|feed|rdf:RDF)[\s>]", re.S | re.I
)
BLOCK_TAGS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "figcaption", "section",
              "article")


def looks_like_feed(text: str) -> bool:
    """True if ``text`` is an RSS, RDF or Atom document (by its first element)."""
    return FEED_START.match(text[:4096]) is not None


def read_feed(text: str, source: str) -> Iterator[Article | IngestError]:
    """Yield one Article per entry of the feed ``text`` (from the file ``source``), or an IngestError
    naming the entry that holds no text."""
    import feedparser  # imported here: only feeds need it

    # a stream, never the string itself: feedparser would fetch a string that looks like a URL
    parsed = feedparser.parse(io.BytesIO(text.encode("utf-8")))
    if not parsed.entries:
        if parsed.get("bozo") and not parsed.get("feed"):
            raise IngestError(source, f"is not a readable RSS or Atom feed ({parsed.get('bozo_exception')}).")
        raise IngestError(source, "is a feed with no entries.")
    feed_title = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        where = f"{source} entry {number}" + (f" ({link})" if link else "")
        try:
            yield _entry_article(entry, where, feed_title)
        except IngestError as e:
            yield e


def _entry_article(entry: Any, where: str, feed_title: str | None) -> Article:
    body = _entry_body(entry)
    if body is None:
        raise IngestError(where, "has no text, only a title and a link.",
                          "newsgraph fetches nothing; read the pages themselves (HTML or WARC files).")
    metadata = {
        "title": entry.get("title"),
        "published": _utc(entry.get("published_parsed") or entry.get("updated_parsed")),
        "author": entry.get("author"),
        "url": entry.get("link"),
        "source": feed_title,
    }
    metadata = {k: v for k, v in metadata.items() if v}
    metadata["path"] = where
    return Article(require_text(body, where), metadata)


def _entry_body(entry: Any) -> str | None:
    """The entry's text: its longest full content, else its summary; None when it has neither."""
    pieces = [(c.get("value") or "", c.get("type") or "") for c in entry.get("content") or []]
    if not any(value.strip() for value, _ in pieces) and entry.get("summary"):
        detail = entry.get("summary_detail") or {}
        pieces = [(entry["summary"], detail.get("type") or "text/html")]
    pieces = [(value, kind) for value, kind in pieces if value.strip()]
    if not pieces:
        return None
    value, kind = max(pieces, key=lambda piece: len(piece[0]))
    return html_text(value) if "html" in kind else value


def html_text(fragment: str) -> str:
    """The text of an HTML fragment, a paragraph per block element, a line per ``<br>``."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, etree.ParserError):
        return fragment
    for element in list(root.iter("script", "style")):
        element.drop_tree()
    for element in root.iter(*BLOCK_TAGS):
        element.tail = "\n\n" + (element.tail or "")
    for element in root.iter("br"):
        element.tail = "\n" + (element.tail or "")
    text = re.sub(r"[ \t\r\f\v]+", " ", root.text_content())
    return "\n".join(line.strip() for line in text.split("\n"))


def _utc(moment: Any) -> str | None:
    """A feedparser time (a struct_time in UTC) as ISO 8601, or None."""
    if not moment:
        return None
    return datetime.fromtimestamp(calendar.timegm(moment), UTC).isoformat()
