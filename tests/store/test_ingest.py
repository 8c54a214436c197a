"""Ingest stores each article once: a second run skips everything without building the extractor."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from store_records import article

from newsgraph.errors import ExtractionError, IngestError, NewsgraphError
from newsgraph.model import Article, Entity, Mention, Record
from newsgraph.store import Store
from newsgraph.store.ingest import FAILED, SKIPPED, STORED, ingest


def fake_extract(articles: Iterable[Article]) -> Iterator[Record | NewsgraphError]:
    """One PERSON entity per capitalised word pair; an article containing "BOOM" fails."""
    for art in articles:
        if "BOOM" in art.text:
            yield ExtractionError(f"article {art.id}: boom")
            continue
        entities = [
            Entity(f"e{i + 1}", m.group(), "PERSON", [Mention(m.start(), m.end(), m.group())])
            for i, m in enumerate(re.finditer(r"[A-Z][a-z]+ [A-Z][a-z]+", art.text))
        ]
        yield Record(art, entities)


class Factory:
    """Counts how often the extractor is built."""

    def __init__(self) -> None:
        self.built = 0

    def __call__(self):
        self.built += 1
        return fake_extract


TEXTS = ["Anna Berg met Carl Dorn in town.", "Carl Dorn spoke to Eva Falk.", "Nobody was named here."]


def dump(store: Store) -> list[tuple]:
    rows = []
    for table in ("articles", "entities", "aliases", "article_entities", "mentions", "entity_keys", "failures"):
        rows += [(table, *tuple(r)) for r in store.conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2")]
    return rows


def test_second_ingest_skips_everything_and_changes_nothing(tmp_path):
    articles = [article(t) for t in TEXTS]
    with Store(tmp_path / "i.db") as store:
        first = Factory()
        outcomes = list(ingest(store, articles, first))
        assert [o.status for o in outcomes] == [STORED] * 3 and first.built == 1
        before = dump(store)
        again = Factory()
        outcomes = list(ingest(store, [article(t) for t in TEXTS], again))
        assert [o.status for o in outcomes] == [SKIPPED] * 3
        assert again.built == 0  # nothing new: no NLP at all
        assert dump(store) == before


def test_same_article_twice_in_one_run_is_stored_once(tmp_path):
    with Store(tmp_path / "i.db") as store:
        outcomes = list(ingest(store, [article(TEXTS[0]), article(TEXTS[0])], Factory()))
        assert sorted(o.status for o in outcomes) == [SKIPPED, STORED]
        assert store.counts()["articles"] == 1


def test_failures_are_recorded_and_the_run_goes_on(tmp_path):
    inputs = [IngestError("bad.txt", "is empty."), article("BOOM went the Anna Berg story."), article(TEXTS[0])]
    with Store(tmp_path / "i.db") as store:
        outcomes = list(ingest(store, inputs, Factory()))
        assert sorted(o.status for o in outcomes) == [FAILED, FAILED, STORED]
        failures = {r["source"]: r["reason"] for r in store.conn.execute("SELECT * FROM failures")}
        assert "bad.txt" in failures and any("boom" in reason for reason in failures.values())
        # the failed article was not stored, so a rerun tries it again and counts the attempt
        list(ingest(store, inputs[1:2], Factory()))
        attempts = store.conn.execute("SELECT attempts FROM failures WHERE article_id IS NOT NULL").fetchone()[0]
        assert attempts == 2


def test_a_bad_publication_date_fails_that_article_only(tmp_path):
    bad = Article("Anna Berg spoke.", {"published": "last Tuesday"})
    with Store(tmp_path / "i.db") as store:
        outcomes = list(ingest(store, [bad, article(TEXTS[0])], Factory()))
        assert sorted(o.status for o in outcomes) == [FAILED, STORED]
        assert "not ISO 8601" in next(o.reason for o in outcomes if o.status == FAILED)


def test_an_entity_seen_in_two_articles_gets_one_store_id(tmp_path):
    with Store(tmp_path / "i.db") as store:
        list(ingest(store, [article(t) for t in TEXTS[:2]], Factory()))
        ids = store.conn.execute(
            "SELECT DISTINCT entity_id FROM article_entities WHERE name = 'Carl Dorn'").fetchall()
        assert len(ids) == 1
        assert store.counts()["entities"] == 3
