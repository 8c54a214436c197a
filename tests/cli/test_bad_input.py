"""Hostile input to the commands: one clear line naming the file and the problem, never a traceback;
a batch records the failure and goes on; nothing already stored is lost."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from newsgraph import pipeline
from newsgraph.cli import main
from newsgraph.errors import ExtractionError, NewsgraphError, StoreError
from newsgraph.model import Article, Record, parse_published
from newsgraph.scale import shards
from newsgraph.store import Store

GOOD = "The mayor said on Monday that the road will reopen."


class StandIn:
    """The pipeline's contract without spaCy: an empty record per article; like the real one, an
    unreadable publication date fails that article alone."""

    def __init__(self, model: str | None = None, with_news_ner: bool = True) -> None:
        self.model = model

    def extract_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Record | NewsgraphError]:
        for article in articles:
            try:
                parse_published(article.published)
            except ValueError:
                yield ExtractionError(f"article {article.id}: published date {article.published!r} is not ISO 8601")
                continue
            yield Record(article)

    def extract(self, article: Article) -> Record:
        return next(self.extract_many([article]))


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


def stored_articles(db: Path) -> int:
    with Store(db, create=False) as store:
        return int(store.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A store holding one article."""
    path = tmp_path / "kb.db"
    with Store(path) as store:
        store.add(Record(Article(GOOD, {"published": "2024-01-10"})), "a.txt")
    return path


@pytest.mark.parametrize("argv", [["export", "--format", "jsonl"], ["export", "--format", "graphml"],
                                  ["extract", "a.txt"]])
def test_an_output_never_overwrites_a_database(db: Path, stand_in, capsys, argv: list[str]) -> None:
    before = db.read_bytes()
    assert main([*argv, "-o", str(db), "--db", str(db)] if argv[0] == "export" else [*argv, "-o", str(db)]) == 2
    _, err = no_traceback(capsys)
    assert f"{db} is an SQLite database: writing the output over it would destroy it" in err
    assert db.read_bytes() == before and stored_articles(db) == 1


@pytest.mark.parametrize(("fmt", "output", "problem"), [
    ("jsonl", "loop.jsonl", "cannot be written (Too many levels of symbolic links)"),
    ("jsonl", "folder", "is a folder"),
    ("graphml", "loop.jsonl", "cannot be written (Too many levels of symbolic links)"),
    ("parquet", "file.txt", "is a file, not a folder"),
])
def test_an_output_that_cannot_be_written_is_one_line(db: Path, tmp_path: Path, capsys, fmt, output, problem) -> None:
    (tmp_path / "loop.jsonl").symlink_to("loop.jsonl")
    (tmp_path / "folder").mkdir()
    (tmp_path / "file.txt").write_text("kept", encoding="utf-8")
    assert main(["export", "--format", fmt, "-o", str(tmp_path / output), "--db", str(db)]) == 2
    _, err = no_traceback(capsys)
    assert f"{tmp_path / output}" in err and problem in err
    assert (tmp_path / "file.txt").read_text() == "kept"


@pytest.mark.parametrize("fmt", ["jsonl", "graphml", "parquet"])
def test_an_output_in_a_missing_folder_is_made(db: Path, tmp_path: Path, fmt: str) -> None:
    assert main(["export", "--format", fmt, "-o", str(tmp_path / "new" / "deeper" / f"kb.{fmt}"), "--db", str(db)]) == 0
    assert (tmp_path / "new" / "deeper" / f"kb.{fmt}").exists()


def test_extract_to_a_file_with_a_link_loop_as_input(tmp_path: Path, stand_in, capsys) -> None:
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    assert main(["extract", str(tmp_path / "loop.txt"), "-o", str(tmp_path / "out.json")]) == 1
    _, err = no_traceback(capsys)
    assert f"{tmp_path / 'loop.txt'}: is a symbolic link to nothing" in err


def test_a_shard_that_cannot_be_read_fails_alone(db: Path, tmp_path: Path, stand_in, capsys) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    (tmp_path / "shards").mkdir()
    (tmp_path / "shards" / "a.parquet").write_bytes(b"\x89PNG\r\n\x1a\n not parquet")
    pq.write_table(pa.table({"x": [1, 2]}), tmp_path / "shards" / "b.parquet")  # Parquet, not a shard
    (tmp_path / "new.txt").write_text(GOOD + " Again.", encoding="utf-8")
    assert main(["ingest", str(tmp_path / "shards"), str(tmp_path / "new.txt"), "--db", str(db), "--quiet"]) == 0
    no_traceback(capsys)
    assert sorted(source for source, _ in failures(db)) == [str(tmp_path / "shards" / n) for n in ("a.parquet",
                                                                                                   "b.parquet")]
    assert stored_articles(db) == 2


def test_ingest_makes_the_database_folder(tmp_path: Path, stand_in) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    assert main(["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "new" / "kb.db"), "--quiet"]) == 0
    assert stored_articles(tmp_path / "new" / "kb.db") == 1


def test_ingest_into_a_read_only_database_is_one_line(db: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    real_access = os.access  # faked for the database alone: chmod does not bind root
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != db and real_access(path, mode))
    assert main(["ingest", str(tmp_path), "--db", str(db), "--quiet"]) == 1
    _, err = no_traceback(capsys)
    assert f"cannot write to the database {db}: {db} is read-only." in err


@pytest.mark.parametrize("command", [["events"], ["quotes"], ["search", "mayor"]])
def test_a_limit_out_of_range(db: Path, capsys, command: list[str]) -> None:
    assert main([*command, "--limit", "99999999999999999999999", "--db", str(db), "--json"]) == 0  # all of them
    no_traceback(capsys)
    for bad in ("-5", "0", "many"):  # -5 was no limit at all to SQLite
        with pytest.raises(SystemExit) as exit:
            main([*command, "--limit", bad, "--db", str(db)])
        assert exit.value.code == 2 and "argument --limit: " in no_traceback(capsys)[1]


def test_evaluate_seed_with_a_bad_answer_key(tmp_path: Path, stand_in, capsys) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "latin1.json").write_bytes('{"entities": [], "note": "café"}'.encode("latin-1"))
    (tmp_path / "odd.json").write_text('{"entities": 5, "document": 5}', encoding="utf-8")
    for key, problem in (("latin1.json", "cannot read the answer key (not UTF-8"),
                         ("odd.json", "not an answer key in gold.json's format")):
        assert main(["evaluate", "seed", str(tmp_path / key), str(tmp_path / "a.txt")]) == 1
        assert f"{tmp_path / key}: {problem}" in no_traceback(capsys)[1]


@pytest.mark.parametrize("agreement", [[], ["--agreement"]])
def test_evaluate_polnear_with_a_file_that_is_not_utf8(tmp_path: Path, stand_in, capsys, agreement) -> None:
    for folder in ("text", "attributions"):
        (tmp_path / folder).mkdir()
    (tmp_path / "text" / "a.txt").write_bytes("Le maire a déclaré.".encode("latin-1"))
    for annotator in ("x", "y"):
        (tmp_path / "attributions" / f"a_{annotator}.ann").write_text("", encoding="utf-8")
    assert main(["evaluate", "polnear", str(tmp_path), *agreement]) == 1
    assert f"{tmp_path / 'text' / 'a.txt'}: not UTF-8 text" in no_traceback(capsys)[1]


@pytest.mark.parametrize("content", [b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, b"not a database\n"])
def test_serve_a_file_that_is_no_database(tmp_path: Path, monkeypatch, capsys, content: bytes) -> None:
    import uvicorn

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the server started")

    monkeypatch.setattr(uvicorn, "run", never)
    (tmp_path / "kb.db").write_bytes(content)
    assert main(["serve", "--db", str(tmp_path / "kb.db"), "--port", "1"]) == 1
    assert f"cannot open database {tmp_path / 'kb.db'}: file is not a database." in no_traceback(capsys)[1]


def test_an_unknown_entity_names_the_list_to_look_in(db: Path) -> None:
    from fastapi.testclient import TestClient

    from newsgraph.server import create_app

    answer = TestClient(create_app(db)).get("/api/entities/E999")
    assert answer.status_code == 404 and answer.json()["error"].endswith("e.g. /api/entities")


def test_evaluate_timeml_on_a_folder_without_tml_files(tmp_path: Path, capsys) -> None:
    (tmp_path / "notes.txt").write_text("not TimeML", encoding="utf-8")
    assert main(["evaluate", "timeml", str(tmp_path), "--json"]) == 1
    assert f"{tmp_path}: no .tml file found." in no_traceback(capsys)[1]
