"""Shared fixtures: one loaded pipeline per test session, and the reference article."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from newsgraph.model import Article, Record

FIXTURES = Path(__file__).parent / "fixtures"
REFERENCE = FIXTURES / "alaska-summit"


@pytest.fixture(scope="session")
def extractor():
    from newsgraph.pipeline import Extractor  # imported here: tests without the model stay independent of it

    return Extractor()


@pytest.fixture(scope="session")
def extract(extractor) -> Callable[..., Record]:
    """extract(text, published="2025-08-15") -> Record, with grounding checked."""
    from newsgraph.pipeline.record import check_grounding

    def run(text: str, published: str | None = "2025-08-15") -> Record:
        record = extractor.extract(Article(text, {"published": published} if published else {}))
        check_grounding(record)
        return record

    return run


@pytest.fixture(scope="session")
def reference_gold() -> dict:
    return json.loads((REFERENCE / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def reference_record(extract: Callable[..., Record]) -> Record:
    return extract((REFERENCE / "article.txt").read_text(encoding="utf-8"), "2025-08-15")
