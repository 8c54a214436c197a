"""Hostile input to the commands: one clear line naming the file and the problem, never a traceback;
a batch records the failure and goes on; nothing already stored is lost."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from newsgraph import pipeline
from newsgraph.cli import main
from newsgraph.errors import ConfigError, NewsgraphError, StoreError
from newsgraph.model import Article, Record, parse_published
from newsgraph.scale import shards
from newsgraph.store import Store

GOOD = "The mayor said on Monday that the road will reopen."


class StandIn:
    """The pipeline's contract without spaCy: an empty record per article; like the real one, an
    unreadable publication date raises for the whole batch."""

    def __init__(self, model: str | None = None, with_news_ner: bool = True) -> None:
        self.model = model

    def extract_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Record | NewsgraphError]:
        batch = list(articles)
        for article in batch:
            try:
                parse_published(article.published)
            except ValueError as e:
                raise ConfigError(f"article {article.id}: published date {article.published!r} is not ISO 8601") from e
        return iter([Record(article) for article in batch])


@pytest.fixture
def stand_in(monkeypatch) -> None:
    monkeypatch.setattr(pipeline, "Extractor", StandIn)


def no_traceback(capsys) -> tuple[str, str]:
    """The command's (stdout, stderr), checked to hold no traceback."""
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return out, err


def failures(db: Path) -> list[tuple[str, str]]:
    """The (source, reason) rows of the store's failures table."""
    with Store(db, create=False) as store:
        return [(row[0], row[1]) for row in store.conn.execute("SELECT source, reason FROM failures")]


def test_a_shard_failure_of_another_kind_is_recorded_as_the_shards(tmp_path: Path, monkeypatch, capsys) -> None:
    def read_shards(folder: str | Path) -> Iterator[StoreError]:
        yield StoreError("made-up shard failure")

    monkeypatch.setattr(shards, "is_shard_path", lambda path: True)
    monkeypatch.setattr(shards, "read_shards", read_shards)
    db = tmp_path / "kb.db"
    assert main(["ingest", "x.parquet", "--db", str(db), "--quiet"]) == 1
    assert "x.parquet" in capsys.readouterr().out
    assert failures(db) == [("x.parquet", "x.parquet: made-up shard failure")]


def test_a_jsonl_line_with_a_bad_date_fails_alone(tmp_path: Path, stand_in, capsys) -> None:
    lines = [{"text": GOOD, "published": "2024-01-10"}, {"text": GOOD + " Again.", "published": "garbage"},
             {"text": GOOD + " Once more.", "date": 12345}, {"text": GOOD + " Still."}]
    source = tmp_path / "a.jsonl"
    source.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(source), "--format", "jsonl", "-o", str(out)]) == 3
    assert len(out.read_text().splitlines()) == 2
    _, err = no_traceback(capsys)
    assert f"{source}:2: has a published date 'garbage'" in err and f"{source}:3: " in err
