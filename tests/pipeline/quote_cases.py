"""Helpers for the tests of who speaks: run the pipeline on a hand-made text, find a quote's speaker."""

from __future__ import annotations

from newsgraph.model import Article, Quote
from newsgraph.pipeline import Extractor


def run(extractor: Extractor, text: str) -> list[Quote]:
    return extractor.extract(Article(text, {"published": "2025-03-14"})).quotes


def speaker_of(quotes: list[Quote], source: str, content: str) -> str | None:
    """The speaker name of the quote whose source is ``source`` and whose text holds ``content``."""
    found = [q for q in quotes if q.source is not None and q.source.text == source and content in q.text]
    assert found, [(q.source.text if q.source else None, q.text) for q in quotes]
    return found[0].speaker_name


def colon_quotes(quotes: list[Quote]) -> list[Quote]:
    """The quotes whose cue is a colon: the speaker lines ("NAME: ...")."""
    return [q for q in quotes if q.cue and q.cue.text == ":"]


def colon_sources(quotes: list[Quote]) -> list[str]:
    """The sources of the speaker lines among ``quotes``, in text order."""
    return [q.source.text for q in colon_quotes(quotes) if q.source]
