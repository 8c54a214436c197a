"""Readers: every format, every failure named, a batch that goes on."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from pathlib import Path

from newsgraph.errors import IngestError
from newsgraph.ingest import read_paths, read_text
from newsgraph.ingest.text import decode, normalize
from newsgraph.model import Article

PAGE = """<!doctype html><html><head><title>Storm hits coast | Example News</title>
<meta property="og:title" content="Storm hits coast">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-02T08:00:00Z">
<meta property="og:url" content="https://news.example.org/storm">
<meta property="og:site_name" content="Example News"></head>
<body><nav>Home | World | Sport</nav><article><h1>Storm hits coast</h1>
<p>A powerful storm struck the northern coast on Saturday, cutting power to thousands of homes.</p>
<p>Officials said crews were working through the night to restore electricity across the region.</p>
<p>The weather service expects calmer conditions by Monday afternoon, though rivers remain high.</p>
</article><footer>Copyright Example News</footer></body></html>"""


def test_plain_text_file(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Line one.\r\n\r\n\r\nLine two.  \n", encoding="utf-8")
    [article] = list(read_paths([tmp_path / "a.txt"], {"published": "2025-01-02"}))
    assert isinstance(article, Article)
    assert article.text == "Line one.\n\nLine two."
    assert article.metadata["published"] == "2025-01-02"
    assert article.metadata["path"].endswith("a.txt")


def test_cp1252_fallback():
    assert decode("Café – “quoted”".encode("cp1252"), "x.txt") == "Café – “quoted”"


def test_html_main_text_and_metadata(tmp_path: Path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    [article] = list(read_paths([tmp_path]))
    assert isinstance(article, Article), article
    assert "powerful storm struck" in article.text
    assert "Home | World" not in article.text and "Copyright" not in article.text
    assert article.metadata["title"] == "Storm hits coast"
    assert article.metadata["published"] == "2024-03-02"
    assert article.metadata["author"] == "Jane Doe"
    assert article.metadata["source"] == "Example News"


def test_jsonl_lines_and_bad_lines(tmp_path: Path):
    lines = [
        json.dumps({"text": "First article text.", "title": "One", "publish_date": "2023-01-01", "url": "u1"}),
        "{not json",
        json.dumps({"title": "no text"}),
        "",
        json.dumps({"html": PAGE, "published": "2024-05-05"}),
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines), encoding="utf-8")
    results = list(read_paths([tmp_path / "batch.jsonl"]))
    assert [type(r).__name__ for r in results] == ["Article", "IngestError", "IngestError", "Article"]
    assert results[0].metadata == {
        "title": "One", "published": "2023-01-01", "url": "u1", "path": f"{tmp_path / 'batch.jsonl'}:1"
    }
    assert "batch.jsonl:2" in str(results[1]) and "not valid JSON" in str(results[1])
    assert "batch.jsonl:3" in str(results[2])
    assert results[3].metadata["published"] == "2024-05-05"  # the line's own date wins over the page's


def test_folder_recursive_with_failures(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Second.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "c.txt.gz").write_bytes(gzip.compress(b"Zipped."))
    (tmp_path / "image.png").write_bytes(b"\x89PNG")  # not an article format: not read at all
    results = list(read_paths([tmp_path, tmp_path / "missing.txt"]))
    texts = [r.text for r in results if isinstance(r, Article)]
    errors = [str(r) for r in results if isinstance(r, IngestError)]
    assert texts == ["First.", "Zipped.", "Second."]
    assert any("blob.txt" in e and "binary" in e for e in errors)
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("missing.txt" in e and "does not exist" in e for e in errors)


def test_read_text_recognises_html():
    assert "powerful storm" in read_text(PAGE).text
    assert read_text("Just words.").text == "Just words."


def test_normalize_keeps_paragraphs():
    assert normalize("a\n\n\n\nb\r\nc") == "a\n\nb\nc"


def test_utf16_and_utf32_with_a_byte_order_mark(tmp_path: Path):
    text = "Le maire a déclaré lundi que la route rouvrira."
    for codec, mark in (("utf-16", b""), ("utf-16-be", b"\xfe\xff"), ("utf-32", b"")):  # -be writes no mark
        (tmp_path / f"{codec}.txt").write_bytes(mark + text.encode(codec))
        (tmp_path / f"{codec}.jsonl").write_bytes(mark + json.dumps({"text": text}).encode(codec))
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\xd8A\x00")  # a lone surrogate after the mark
    results = list(read_paths([tmp_path]))
    assert [r.text for r in results if isinstance(r, Article)] == [text] * 6
    [error] = [str(r) for r in results if isinstance(r, IngestError)]
    assert error.startswith(f"{tmp_path / 'bad.txt'}: starts with a UTF-16 byte order mark")


def test_stdin_is_decoded_like_a_file(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Café au Montréal.".encode("cp1252"))))
    [article] = list(read_paths(["-"]))
    assert isinstance(article, Article) and article.text == "Café au Montréal."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\x89PNG\r\n\x1a\n\x00\x00")))
    [error] = list(read_paths(["-"]))
    assert isinstance(error, IngestError) and str(error).startswith("<stdin>: looks like a binary file")


def test_a_folder_without_articles_is_named(tmp_path: Path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    [error] = list(read_paths([tmp_path]))
    assert isinstance(error, IngestError) and str(error).startswith(f"{tmp_path}: holds no article file.")


def test_links_to_nothing_are_named(tmp_path: Path):
    (tmp_path / "a.txt").write_text("First.", encoding="utf-8")
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    (tmp_path / "gone.txt").symlink_to("missing.txt")
    (tmp_path / "up").symlink_to(tmp_path)  # a link to a folder above is not followed
    results = list(read_paths([tmp_path]))
    assert [r.text for r in results if isinstance(r, Article)] == ["First."]
    errors = sorted(str(r) for r in results if isinstance(r, IngestError))
    assert errors[0].startswith(f"{tmp_path / 'gone.txt'}: cannot be read")
    assert errors[1].startswith(f"{tmp_path / 'loop.txt'}: cannot be read")
    [error] = list(read_paths([tmp_path / "loop.txt"]))
    assert "is a symbolic link to nothing" in str(error)


def test_an_unreadable_sub_folder_is_named(tmp_path: Path, monkeypatch):
    (tmp_path / "a.txt").write_text("First.", encoding="utf-8")
    real_walk = os.walk

    def walk(top, onerror=None):  # as os.walk does for a folder it may not list (chmod 000 binds no root)
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        yield from real_walk(top, onerror=onerror)

    monkeypatch.setattr(os, "walk", walk)
    results = list(read_paths([tmp_path]))
    assert str(results[0]) == f"{tmp_path / 'locked'}: cannot be read (Permission denied)."
    assert isinstance(results[1], Article) and results[1].text == "First."
