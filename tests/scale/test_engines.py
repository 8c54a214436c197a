"""Local pool and Ray give the same records as one process, and failures travel as rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.ingest import read_paths
from newsgraph.model import Article, Record
from newsgraph.scale.shards import failure_row, read_shards, record_row, row_record

REFERENCE = Path(__file__).parents[1] / "fixtures" / "alaska-summit" / "article.txt"
TEXTS = [
    "Jane Roe, the chief executive of Acme Corp, said on Monday that profits rose 12%.",
    "“We will rebuild,” Mayor John Smith told reporters in Springfield on Tuesday.",
    "Flight BA 283 landed in Los Angeles after about 11 hours with 300 passengers.",
]


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for i, text in enumerate(TEXTS):
        (folder / f"a{i}.txt").write_text(text, encoding="utf-8")
    (folder / "ref.txt").write_text(REFERENCE.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def _one_process(folder: Path, extractor) -> dict[str, dict]:
    articles = [a for a in read_paths([folder], {"published": "2025-08-15"}) if isinstance(a, Article)]
    return {r.article.id: r.to_dict() for r in extractor.extract_many(articles)}


def test_shard_rows_round_trip():
    record = Record.from_dict({"id": "x", "text": "Ann met Bob.", "metadata": {"path": "a.txt"},
                               "entities": [{"id": "e1", "name": "Ann", "type": "PERSON", "roles": [],
                                             "mentions": [{"start": 0, "end": 3, "text": "Ann", "kind": "name"}]}]})
    row = record_row(record)
    assert row["status"] == "ok" and json.loads(row["entities"])[0]["name"] == "Ann"
    assert row_record(row) == record
    assert failure_row("b.txt", "is empty")["status"] == "failed"


@pytest.mark.slow
def test_local_workers_match_one_process(tmp_path: Path, extractor):
    from newsgraph.scale.local import extract_parallel

    folder = _corpus(tmp_path / "in")
    expected = _one_process(folder, extractor)
    results = list(extract_parallel(read_paths([folder], {"published": "2025-08-15"}), workers=2, batch_size=2))
    assert sum(isinstance(r, Exception) for r in results) == 1  # the empty file, in its place
    assert {r.article.id: r.to_dict() for r in results if isinstance(r, Record)} == expected


@pytest.mark.slow
def test_local_pool_reads_its_input_lazily():
    """A corpus of any size: the pool pulls only a bounded number of articles ahead of its output."""
    from newsgraph.scale.local import extract_parallel

    pulled = 0

    def endless():
        nonlocal pulled
        while True:
            pulled += 1
            yield Article(TEXTS[pulled % len(TEXTS)], {"published": "2025-08-15"})

    results = extract_parallel(endless(), workers=1, batch_size=2)
    first = next(results)
    assert isinstance(first, Record)
    assert pulled <= 4 * 1 * 2 + 2  # the batches in flight and the one being filled
    results.close()


@pytest.mark.slow
def test_ray_matches_one_process_and_resumes(tmp_path: Path, extractor):
    pytest.importorskip("ray", reason="Ray is an optional extra: pip install 'newsgraph[ray]'")
    from newsgraph.scale.ray_engine import extract_with_ray

    folder = _corpus(tmp_path / "in")
    expected = _one_process(folder, extractor)
    out = tmp_path / "shards"
    first = extract_with_ray([str(folder)], str(out), workers=1, batch_size=2, defaults={"published": "2025-08-15"})
    assert (first.extracted, first.failed) == (len(expected), 1)
    rows = list(read_shards(out))
    assert {r.article.id: r.to_dict() for r in rows if isinstance(r, Record)} == expected
    assert any("empty.txt" in str(r) for r in rows if isinstance(r, Exception))
    again = extract_with_ray([str(folder)], str(out), workers=1, batch_size=2, defaults={"published": "2025-08-15"})
    assert again.extracted == 0 and again.already_done == len(expected)


def test_ingest_stores_parquet_shards_and_their_failures(tmp_path: Path, capsys):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from newsgraph.cli import main
    from newsgraph.store import Store

    record = Record.from_dict({"id": "", "text": "Ann Lee met Bob Ray in Oslo.", "metadata": {"path": "a.txt"},
                               "entities": [{"id": "e1", "name": "Ann Lee", "type": "PERSON", "roles": [],
                                             "mentions": [{"start": 0, "end": 7, "text": "Ann Lee", "kind": "name"}]}]})
    shards = tmp_path / "shards"
    shards.mkdir()
    pq.write_table(pa.Table.from_pylist([record_row(record), failure_row("b.txt", "is empty")]),
                   shards / "part-0.parquet")
    db = str(tmp_path / "kb.db")
    assert main(["ingest", str(shards), "--db", db, "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "stored 1" in out and "failed 1" in out and "b.txt: is empty" in out
    with Store(db) as store:
        assert store.has_article(record.article.id)
    assert main(["ingest", str(shards), "--db", db, "--quiet"]) == 0
    assert "stored 0, skipped 1" in capsys.readouterr().out
