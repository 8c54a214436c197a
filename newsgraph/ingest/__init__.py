"""Readers: files, folders and stdin in, ``Article`` objects out.

``read_paths`` is the one entry point: it yields an Article or, for an input that cannot be
read, the IngestError naming it, so that a batch records the failure and goes on.
Formats by extension: ``.txt``/``.text``/``.md`` plain text, ``.html``/``.htm`` pages,
``.jsonl``/``.ndjson`` one article a line, ``.rss``/``.atom`` feeds (one article an entry),
``.warc`` web archives (one article a page, read as a stream); any of them may be gzipped
(``.gz``). A file with another name is read by its content: a feed, a page or plain text.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsgraph.errors import IngestError
from newsgraph.ingest.feed import looks_like_feed, read_feed
from newsgraph.ingest.html import read_html
from newsgraph.ingest.jsonl import read_jsonl
from newsgraph.ingest.text import decode, require_text
from newsgraph.ingest.warc import read_warc
from newsgraph.model import Article

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom"}
WARC_SUFFIXES = {".warc"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES | WARC_SUFFIXES
FORMATS = {
    **dict.fromkeys(TEXT_SUFFIXES, "text"), **dict.fromkeys(HTML_SUFFIXES, "html"),
    **dict.fromkeys(JSONL_SUFFIXES, "jsonl"), **dict.fromkeys(FEED_SUFFIXES, "feed"),
    **dict.fromkeys(WARC_SUFFIXES, "warc"),
}

Result = Article | IngestError


def read_paths(
    paths: Iterable[str | Path], defaults: dict[str, Any] | None = None, skip: Iterable[Path] = ()
) -> Iterator[Result]:
    """Yield the articles in ``paths`` (files, folders read recursively, or "-" for stdin).

    ``defaults`` fill metadata an article does not carry itself (e.g. ``published`` for plain text).
    Files in ``skip`` are left out of the folders read (the output being written into one of them).
    """
    for result in _read_paths(paths, {Path(os.path.realpath(p)) for p in skip}):
        if isinstance(result, Article) and defaults:
            for key, value in defaults.items():
                if value and not result.metadata.get(key):
                    result.metadata[key] = value
        yield result


def _read_paths(paths: Iterable[str | Path], skip: set[Path]) -> Iterator[Result]:
    for path in paths:
        if str(path) == "-":
            yield from _guarded("<stdin>", _read_stdin)
            continue
        path = Path(path)
        if path.is_dir():
            yield from _read_folder(path, skip)
        elif path.exists():
            yield from read_file(path)
        elif path.is_symlink():
            yield IngestError(str(path), "is a symbolic link to nothing (its target is missing, or it is a loop).")
        else:
            yield IngestError(str(path), "does not exist.")


def _read_stdin() -> Iterator[Result]:
    """Standard input read as bytes, so that it is decoded like a file (cp1252 and UTF-16 included)."""
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode("utf-8")
    if not data.strip():
        raise IngestError("<stdin>", "is empty: there is no article text in it.")
    text = decode(data, "<stdin>")
    if looks_like_feed(text):
        yield from read_feed(text, "<stdin>")
    else:
        yield read_text(text, "<stdin>")


def _read_folder(folder: Path, skip: set[Path]) -> Iterator[Result]:
    """The articles of the files under ``folder``; a sub-folder that cannot be listed, or a folder
    holding no article file at all, is an IngestError naming it."""
    unreadable: list[IngestError] = []
    files = [f for f in iter_folder(folder, unreadable) if Path(os.path.realpath(f)) not in skip]
    yield from unreadable
    if not files and not unreadable:
        yield IngestError(str(folder), "holds no article file.",
                          f"newsgraph reads files named {', '.join(sorted(SUFFIXES))} (optionally .gz).")
    for file in files:
        yield from read_file(file)


def iter_folder(folder: Path, unreadable: list[IngestError] | None = None) -> Iterator[Path]:
    """The article files under ``folder``, recursively, in a stable (sorted) order.

    A link to a missing target (or a loop) is listed, so that reading it reports it. Sub-folders
    that cannot be listed are added to ``unreadable``, when given, as IngestErrors naming them.
    """
    def note(error: OSError) -> None:
        if unreadable is not None:
            unreadable.append(IngestError(str(error.filename or folder), f"cannot be read ({error.strerror})."))

    found = []
    for root, _, names in os.walk(folder, onerror=note):  # links to folders are not followed: no loops
        for name in names:
            file = Path(root, name)
            if not name.startswith(".") and _format(file) is not None and (file.is_file() or not file.exists()):
                found.append(file)
    yield from sorted(found)


def read_file(path: Path) -> Iterator[Result]:
    """Yield the article(s) of one file, or the IngestError that names it."""
    return _guarded(str(path), lambda: _read_file(path))


def _read_file(path: Path) -> Iterator[Result]:
    if _format(path) == "warc":  # an archive may be gigabytes: read it as a stream
        try:
            with path.open("rb") as stream:
                yield from read_warc(stream, str(path))
        except OSError as e:
            raise IngestError(str(path), f"cannot be read ({e.strerror or e}).") from e
        return
    try:
        data = path.read_bytes()
    except OSError as e:
        raise IngestError(str(path), f"cannot be read ({e.strerror}).") from e
    yield from read_bytes(data, str(path))


def read_bytes(data: bytes, source: str) -> Iterator[Result]:
    """Yield the article(s) in the bytes of a file named ``source`` (its name tells the format)."""
    return _guarded(source, lambda: _read_bytes(data, source))


def _read_bytes(data: bytes, source: str) -> Iterator[Result]:
    path = Path(source)
    kind = _format(path)
    if kind == "warc":  # gzipped or not: the WARC reader opens each record's gzip member itself
        yield from read_warc(io.BytesIO(data), source)
        return
    if path.suffix == ".gz":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as e:
            raise IngestError(source, f"is not a readable gzip file ({e}).") from e
    if not data.strip():
        raise IngestError(source, "is empty: there is no article text in it.")
    text = decode(data, source)
    if kind == "jsonl":
        yield from read_jsonl(text, source)
    elif kind == "html":
        yield read_html(text, source, {"path": source})
    elif kind == "feed":
        yield from read_feed(text, source)
    elif kind == "text":
        yield Article(require_text(text, source), {"path": source})
    elif looks_like_feed(text):  # a feed saved as .xml, or with no extension at all
        yield from read_feed(text, source)
    else:  # a file named on the command line with no known extension: look at its content
        yield read_text(text, source, {"path": source})


def read_text(text: str, source: str = "<text>", metadata: dict[str, Any] | None = None) -> Article:
    """An Article from text already in memory; HTML is recognised by its first tag."""
    if text.lstrip()[:1] == "<" and "</" in text[:100_000]:
        return read_html(text, source, metadata)
    return Article(require_text(text, source), dict(metadata or {}))


def _format(path: Path) -> str | None:
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return FORMATS.get(suffixes[-1] if suffixes else "")


def _guarded(source: str, produce: Any) -> Iterator[Result]:
    """Run a reader, turning any failure into an IngestError result instead of ending the batch."""
    try:
        yield from produce()
    except IngestError as e:
        yield e
    except UnicodeError as e:
        yield IngestError(source, f"cannot be decoded ({e}).")
    except OSError as e:
        yield IngestError(source, f"cannot be read ({e}).")
