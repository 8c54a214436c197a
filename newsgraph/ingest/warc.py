"""Web archives (WARC, as crawlers and Common Crawl write them) to articles.

Each HTML page the archive holds (a ``response`` record with HTTP status 200, or a ``resource``
record) goes through the HTML reader; its URL comes from ``WARC-Target-URI`` and the time it was
fetched, ``crawled``, from ``WARC-Date``. The crawl time is not the publication date: the page's
own date, where trafilatura finds one, is. Records of other kinds (requests, metadata, revisits,
images, scripts, redirects) hold no article and are passed over. A page with no article text, or
a record that cannot be read, is an IngestError naming the archive, the record's number and its
URL, and reading goes on with the next record. The archive is read as a stream, record by record,
gzipped or not, so a multi-gigabyte crawl file needs no more memory than one page.
"""

from __future__ import annotations

import contextlib
import io
import re
import zlib
from collections.abc import Iterator
from typing import IO, Any

from newsgraph.errors import IngestError
from newsgraph.ingest.html import read_html
from newsgraph.ingest.text import decode
from newsgraph.model import Article

HTML_TYPES = ("text/html", "application/xhtml+xml")
CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
MAGIC = (b"WARC/", b"filedesc://")  # a WARC record header, or an ARC file's first line
MAX_PAGE_BYTES = 20_000_000  # a larger "page" is a download, not an article


def read_warc(stream: IO[bytes], source: str) -> Iterator[Article | IngestError]:
    """Yield an Article for each article page in the WARC ``stream`` (from the file ``source``), or an
    IngestError naming the record that could not be read."""
    from warcio.archiveiterator import ArchiveIterator  # imported here: only archives need it
    from warcio.exceptions import ArchiveLoadFailed

    _check_magic(stream, source)
    number = 0
    records = iter(ArchiveIterator(stream))
    while True:
        try:
            with contextlib.redirect_stderr(io.StringIO()):  # warcio writes its doubts about a record there
                record = next(records)
        except StopIteration:
            return
        except (ArchiveLoadFailed, ValueError, EOFError, OSError) as e:
            if number == 0:
                raise IngestError(source, f"is not a readable WARC file ({_reason(e)}).") from e
            yield IngestError(f"{source} after record {number}", f"the archive cannot be read further ({_reason(e)}).")
            return
        number += 1
        where = f"{source} record {number}"
        url = record.rec_headers.get_header("WARC-Target-URI") or ""
        if url:
            where += f" ({url})"
        try:
            page = _html_payload(record, where)
            if page is not None:
                metadata: dict[str, Any] = {"url": url or None, "crawled": record.rec_headers.get_header("WARC-Date")}
                yield read_html(page, where, {k: v for k, v in metadata.items() if v})
        except IngestError as e:
            yield e
        except (OSError, EOFError, ValueError) as e:  # a truncated or badly encoded payload
            yield IngestError(where, f"cannot be read ({_reason(e)}).")


def _check_magic(stream: IO[bytes], source: str) -> None:
    """Refuse a stream that does not start with a WARC (or older ARC) record, gzipped or not; warcio
    itself would read any text as a run of odd records. The stream is left at its start."""
    head = stream.read(4096)
    stream.seek(0)
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head)
        except zlib.error as e:
            raise IngestError(source, f"is not a readable gzip file ({e}).") from e
    if not head.lstrip().startswith(MAGIC):
        raise IngestError(source, "is not a WARC file: it does not start with a WARC/1.x record header.",
                          "newsgraph reads .warc and .warc.gz web archives as crawlers write them.")


def _html_payload(record: Any, where: str) -> str | None:
    """The decoded HTML of a record that holds a page, or None for any other record."""
    if record.rec_type == "response":
        http = record.http_headers
        if http is None or http.get_statuscode() != "200":
            return None  # a redirect, an error page or a response that is not HTTP
        content_type = http.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    if not content_type.lower().startswith(HTML_TYPES):
        return None
    data = record.content_stream().read(MAX_PAGE_BYTES + 1)
    if len(data) > MAX_PAGE_BYTES:
        raise IngestError(where, f"is a page of more than {MAX_PAGE_BYTES // 1_000_000} MB, too large for an article.")
    missing = getattr(record.raw_stream, "limit", 0)  # what its Content-Length promised and the file lacks
    if missing:
        raise IngestError(where, f"is cut short: the archive ends {missing} bytes before the record does.",
                          "the file was truncated, perhaps by an interrupted download or copy.")
    if not data.strip():
        raise IngestError(where, "is an empty page.")
    return _decode(data, content_type, where)


def _decode(data: bytes, content_type: str, where: str) -> str:
    """The page's text in the charset its HTTP header names, else as ``decode`` guesses."""
    declared = CHARSET.search(content_type)
    if declared:
        try:
            return data.decode(declared.group(1))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown charset in the header: guess instead
    return decode(data, where)


def _reason(error: BaseException) -> str:
    return str(error) or type(error).__name__
