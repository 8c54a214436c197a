"""WARC archives and RSS/Atom feeds: one article per page or entry, each failure named, the rest read."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.errors import IngestError
from newsgraph.ingest import read_bytes, read_paths
from newsgraph.ingest.feed import html_text, looks_like_feed
from newsgraph.model import Article

BODY = (
    "<p>The city council voted on Tuesday to close the old bridge for repairs that will last two years.</p>"
    "<p>Engineers said cracks in the main span had grown faster than expected since the spring floods.</p>"
    "<p>Commuters will be sent over the northern crossing, which adds about twenty minutes to a trip.</p>"
)
PAGE = (
    "<!doctype html><html><head><title>Council shuts bridge</title>"
    '<meta property="article:published_time" content="2024-05-07T09:00:00Z"></head>'
    f"<body><nav>Home | Local</nav><article><h1>Council shuts bridge</h1>{BODY}</article></body></html>"
)


def warc_bytes(records: list[tuple[str, str, str, int, bytes]], gzipped: bool = True) -> bytes:
    """A WARC file holding (type, url, content type, HTTP status, payload) records, written by warcio."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzipped)
    for rec_type, url, content_type, status, payload in records:
        if rec_type == "response":
            http = StatusAndHeaders(f"{status} OK" if status == 200 else f"{status} Moved",
                                    [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=http)
        else:
            record = writer.create_warc_record(url, rec_type, payload=io.BytesIO(payload),
                                               warc_content_type=content_type)
        writer.write_record(record)
    return out.getvalue()


CRAWL = [
    ("response", "https://news.example.org/bridge", "text/html; charset=utf-8", 200, PAGE.encode("utf-8")),
    ("response", "https://news.example.org/logo.png", "image/png", 200, b"\x89PNG\r\n\x1a\n...."),
    ("response", "https://news.example.org/old", "text/html", 301, b"<html>moved</html>"),
    ("response", "https://news.example.org/empty", "text/html", 200,
     b"<html><body><script>load()</script></body></html>"),
    ("resource", "https://news.example.org/latin", "text/html; charset=iso-8859-1",
     200, PAGE.replace("Engineers", "Ingénieurs").encode("latin-1")),
]


def test_warc_pages_become_articles_and_other_records_are_passed_over(tmp_path: Path):
    (tmp_path / "crawl.warc.gz").write_bytes(warc_bytes(CRAWL))
    results = list(read_paths([tmp_path]))  # a folder: .warc.gz files are found
    articles = [r for r in results if isinstance(r, Article)]
    errors = [r for r in results if isinstance(r, IngestError)]
    assert [a.metadata["url"] for a in articles] == ["https://news.example.org/bridge", "https://news.example.org/latin"]
    first = articles[0]
    assert "voted on Tuesday to close the old bridge" in first.text and "Home | Local" not in first.text
    assert first.metadata["title"] == "Council shuts bridge"
    assert first.metadata["published"] == "2024-05-07"
    assert first.metadata["crawled"].startswith("20")  # the WARC-Date, kept apart from the publication date
    assert "Ingénieurs said cracks" in articles[1].text  # decoded in the charset its header names
    # the page with no article text is named by archive, record number and URL; the image and redirect are silent
    assert len(errors) == 1
    assert "crawl.warc.gz record 4 (https://news.example.org/empty)" in str(errors[0])


def test_an_uncompressed_warc_from_bytes_as_the_ray_engine_reads_it():
    results = list(read_bytes(warc_bytes(CRAWL[:1], gzipped=False), "shard/part-1.warc"))
    assert len(results) == 1 and isinstance(results[0], Article)
    assert results[0].metadata["url"] == "https://news.example.org/bridge"


def test_a_file_named_warc_that_is_not_one_is_named(tmp_path: Path):
    (tmp_path / "bad.warc").write_bytes(b"this is not an archive\n" * 20)
    [error] = list(read_paths([tmp_path / "bad.warc"]))
    assert isinstance(error, IngestError)
    assert "bad.warc" in str(error) and "WARC" in str(error)


def test_a_truncated_archive_keeps_the_records_before_the_break(tmp_path: Path):
    whole = warc_bytes([CRAWL[0], CRAWL[0]], gzipped=False)
    (tmp_path / "cut.warc").write_bytes(whole[: len(whole) - 200])
    first, second = read_paths([tmp_path / "cut.warc"])
    assert isinstance(first, Article)
    assert isinstance(second, IngestError)  # not half a page passed off as the article
    assert "cut.warc record 2 (https://news.example.org/bridge): is cut short" in str(second)


RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Local News</title><link>https://news.example.org/</link>
<item><title>Council shuts bridge</title><link>https://news.example.org/bridge</link>
<pubDate>Tue, 07 May 2024 11:00:00 +0200</pubDate><author>desk@example.org (Ann Lee)</author>
<description>Short teaser.</description>
<content:encoded><![CDATA[{BODY}<script>track()</script>]]></content:encoded></item>
<item><title>Storm warning</title><link>https://news.example.org/storm</link>
<description>Forecasters warned of &lt;b&gt;heavy rain&lt;/b&gt; on Friday.</description></item>
<item><title>Headline only</title><link>https://news.example.org/bare</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<!-- a comment before the root -->
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title>
<entry><title>Port reopens</title><link href="https://wire.example.org/port"/>
<updated>2025-02-03T04:05:06Z</updated>
<content type="html">&lt;p&gt;The port reopened on Monday.&lt;/p&gt;&lt;p&gt;Ships queued overnight.&lt;/p&gt;</content>
</entry></feed>"""


def test_rss_entries_become_articles_with_their_metadata(tmp_path: Path):
    (tmp_path / "local.rss").write_text(RSS, encoding="utf-8")
    results = list(read_paths([tmp_path]))
    first, second, bare = results
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.text.startswith("The city council voted on Tuesday")
    assert "\n\nEngineers said cracks" in first.text  # a paragraph per <p>
    assert "track()" not in first.text and "Short teaser" not in first.text  # full content wins over the teaser
    assert first.metadata["title"] == "Council shuts bridge"
    assert first.metadata["published"] == "2024-05-07T09:00:00+00:00"  # in UTC
    assert first.metadata["url"] == "https://news.example.org/bridge"
    assert first.metadata["source"] == "Example Local News"
    assert second.text == "Forecasters warned of heavy rain on Friday."  # the description when there is no content
    assert isinstance(bare, IngestError)
    assert "local.rss entry 3 (https://news.example.org/bare)" in str(bare) and "no text" in str(bare)


def test_an_atom_feed_saved_as_xml_is_recognised_by_its_content(tmp_path: Path):
    (tmp_path / "wire.xml.gz").write_bytes(gzip.compress(ATOM.encode("utf-8")))
    [article] = list(read_paths([tmp_path / "wire.xml.gz"]))  # named on the command line: read by content
    assert isinstance(article, Article), article
    assert article.text == "The port reopened on Monday.\n\nShips queued overnight."
    assert article.metadata["published"] == "2025-02-03T04:05:06+00:00"
    assert article.metadata["source"] == "Example Wire"


def test_a_feed_on_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ATOM.encode("utf-8"))))
    [article] = list(read_paths(["-"]))
    assert isinstance(article, Article) and article.metadata["url"] == "https://wire.example.org/port"


def test_an_empty_or_broken_feed_is_named(tmp_path: Path):
    (tmp_path / "empty.rss").write_text('<rss version="2.0"><channel><title>x</title></channel></rss>')
    (tmp_path / "broken.atom").write_text("<feed><entry><title>unclosed")
    results = list(read_paths([tmp_path]))
    assert all(isinstance(r, IngestError) for r in results) and len(results) == 2
    assert "empty.rss: is a feed with no entries" in str(results[1])
    assert "broken.atom entry 1" in str(results[0])  # feedparser reads what it can: a title and no text


def test_feed_sniffing_and_fragment_text():
    assert looks_like_feed(RSS) and looks_like_feed(ATOM)
    assert not looks_like_feed("<html><body><p>rss</p></body></html>")
    assert html_text("<p>One <b>bold</b> line.</p><p>Two<br>three</p>").strip().split("\n") == [
        "One bold line.", "", "Two", "three",
    ]
