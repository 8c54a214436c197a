"""Bytes to article text: decoding (UTF-8, UTF-16/32 with a byte order mark, then cp1252), binary detection,
normalisation."""

from __future__ import annotations

import codecs
import unicodedata

from newsgraph.errors import IngestError

# Control characters other than tab/newline/carriage return mark a binary file.
_BINARY_CONTROL = {chr(c) for c in range(32) if c not in (9, 10, 12, 13)}
# UTF-32 first: its little-endian mark starts with UTF-16's
_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
              (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, source: str) -> str:
    """Decode ``data`` as UTF-16/32 when it starts with their byte order mark, else as UTF-8 (BOM
    allowed), falling back to cp1252; refuse binary input."""
    text = _decode_with_bom(data, source)
    if text is None:
        if b"\x00" in data[:8192]:
            raise IngestError(source, "looks like a binary file (it contains NUL bytes), not an article.",
                              "newsgraph reads .txt, .html and .jsonl files.")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError as e:
                raise IngestError(source, f"is neither UTF-8 nor cp1252 text ({e.reason} at byte {e.start}).",
                                  "re-save it as UTF-8.") from e
    sample = text[:8192]
    if sample and sum(ch in _BINARY_CONTROL for ch in sample) / len(sample) > 0.01:
        raise IngestError(source, "looks like a binary file (many control characters), not an article.")
    return text


def _decode_with_bom(data: bytes, source: str) -> str | None:
    """The text of a file that starts with a UTF-16 or UTF-32 byte order mark (Windows editors save
    "Unicode" text so), or None for any other file."""
    for bom, codec in _WIDE_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)  # the codec reads the mark and drops it
            except UnicodeDecodeError as e:
                raise IngestError(source, f"starts with a {codec.upper()} byte order mark but is not "
                                  f"{codec.upper()} text ({e.reason} at byte {e.start}).",
                                  "re-save it as UTF-8.") from e
    return None


def normalize(text: str) -> str:
    """The article text as stored: NFC, Unix newlines, no trailing spaces, at most one blank line."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def require_text(text: str, source: str) -> str:
    """Return normalised ``text``; raise IngestError if nothing readable is left."""
    text = normalize(text)
    if not text:
        raise IngestError(source, "is empty: there is no article text in it.")
    return text
