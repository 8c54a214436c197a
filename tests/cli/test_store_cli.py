"""The store commands on a database built from hand-made records: tables, --json, errors, exports."""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "store"))

from store_records import article, entity, event, quote  # noqa: E402

from newsgraph.cli import main  # noqa: E402
from newsgraph.model import Record  # noqa: E402
from newsgraph.store import Store  # noqa: E402

T1 = 'Finance minister Anna Berg met Carl Dorn in Oslo. "The budget is safe," Berg said.'
T2 = 'Carl Dorn and Anna Berg signed the deal on Monday. "We agreed on taxes," Dorn said about Anna Berg.'
T3 = "Eva Falk visited Lisbon."


def records() -> list[Record]:
    r1 = Record(article(T1, "2025-03-01", title="Berg meets Dorn"), [
        entity(T1, "e1", "Anna Berg", "PERSON", ["Anna Berg", "Berg"], roles=["Finance minister"]),
        entity(T1, "e2", "Carl Dorn", "PERSON", ["Carl Dorn"]),
        entity(T1, "e3", "Oslo", "GPE", ["Oslo"]),
    ], quotes=[quote(T1, "The budget is safe,", "e1", "said")],
        events=[event(T1, "v1", "meeting", "met", ["e1", "e2"], "2025-03-01")])
    r2 = Record(article(T2, "2025-03-03"), [
        entity(T2, "e1", "Carl Dorn", "PERSON", ["Carl Dorn", "Dorn"]),
        entity(T2, "e2", "Anna Berg", "PERSON", ["Anna Berg", "Anna Berg"]),
    ], quotes=[quote(T2, "We agreed on taxes,", "e1", "said")],
        events=[event(T2, "v1", "agreement", "signed", ["e1", "e2"], "2025-03-03")])
    r3 = Record(article(T3, "2025-04-01"), [entity(T3, "e1", "Eva Falk", "PERSON", ["Eva Falk"])],
                events=[event(T3, "v1", "travel", "visited", ["e1"], "2025-04-01")])
    return [r1, r2, r3]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("cli") / "kb.db"
    with Store(path) as store:
        for record in records():
            store.add(record)
    return str(path)


def run_json(capsys, *argv: str):
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_entity_profile(db, capsys):
    profile = run_json(capsys, "entity", "Berg", "--db", db)
    assert profile["name"] == "Anna Berg" and profile["type"] == "PERSON"
    assert {a["alias"] for a in profile["aliases"]} == {"Anna Berg", "Berg"}
    assert profile["mentions"] == 4 and profile["articles"] == 2
    assert profile["first_seen"] == "2025-03-01" and profile["last_seen"] == "2025-03-03"
    assert [r["title"] for r in profile["roles"]] == ["Finance minister"]
    assert [e["name"] for e in profile["seen_with"]][0] == "Carl Dorn"
    assert [q["text"] for q in profile["quotes_by"]] == ["The budget is safe,"]
    assert main(["entity", "Anna Berg", "--db", db]) == 0  # the rich tables print without error
    assert "Finance minister" in capsys.readouterr().out


def test_unknown_name_and_missing_database_are_clear_errors(db, tmp_path, capsys):
    assert main(["entity", "Nobody Known", "--db", db]) == 1
    err = capsys.readouterr().err
    assert "no entity named 'Nobody Known'" in err and "Traceback" not in err
    assert main(["quotes", "--db", str(tmp_path / "missing.db")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "missing.db").exists()


def test_timeline_events_quotes_search(db, capsys):
    timeline = run_json(capsys, "timeline", "Carl Dorn", "--db", db)
    assert [(e["date"], e["type"]) for e in timeline["events"]] == [("2025-03-01", "meeting"),
                                                                      ("2025-03-03", "agreement")]
    assert timeline["events"][0]["sources"][0]["title"] == "Berg meets Dorn"
    between = run_json(capsys, "events", "--between", "2025-03-02", "2025-04-30", "--db", db)
    assert [e["type"] for e in between] == ["agreement", "travel"]
    assert [e["type"] for e in run_json(capsys, "events", "--with", "Eva Falk", "--db", db)] == ["travel"]
    by_dorn = run_json(capsys, "quotes", "--speaker", "Dorn", "--db", db)
    assert [q["text"] for q in by_dorn] == ["We agreed on taxes,"]
    by_budget = run_json(capsys, "quotes", "--contains", "budget", "--db", db)
    assert [q["text"] for q in by_budget] == ["The budget is safe,"]
    found = run_json(capsys, "search", "Lisbon", "--db", db)
    assert [a["article"] for a in found["articles"]] == [article(T3).id]
    assert run_json(capsys, "search", '"taxes* (', "--db", db)["quotes"]  # FTS syntax is not interpreted
    assert main(["events", "--between", "2025-13-01", "2025-01-01", "--db", db]) == 2


def test_jsonl_export_uses_store_wide_ids(db, tmp_path, capsys):
    out = tmp_path / "kb.jsonl"
    assert main(["export", "--format", "jsonl", "-o", str(out), "--db", db]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 3
    ids = [{e["name"]: e["id"] for e in line["entities"]} for line in lines]
    assert ids[0]["Anna Berg"] == ids[1]["Anna Berg"] and ids[0]["Carl Dorn"] == ids[1]["Carl Dorn"]
    assert lines[0]["quotes"][0]["speaker"] == ids[0]["Anna Berg"]
    assert {p["entity"] for p in lines[1]["events"][0]["participants"]} == {ids[1]["Anna Berg"], ids[1]["Carl Dorn"]}
    assert Record.from_dict(lines[0]).article.text == T1


def test_graphml_export_parses(db, tmp_path):
    out = tmp_path / "kb.graphml"
    assert main(["export", "--format", "graphml", "-o", str(out), "--db", db]) == 0
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    graph = ET.parse(out).getroot().find("g:graph", ns)
    assert len(graph.findall("g:node", ns)) == 4
    kinds = {}
    for edge in graph.findall("g:edge", ns):
        data = {d.get("key"): d.text for d in edge.findall("g:data", ns)}
        kinds.setdefault(data["e_kind"], []).append((edge.get("source"), edge.get("target"), float(data["e_weight"])))
    assert ("E1", "E2", 2.0) in kinds["cooccurrence"]  # Berg and Dorn share two articles
    assert ("E1", "E2", 2.0) in kinds["event"]  # and two events


def test_parquet_export_reads_back(db, tmp_path, capsys):
    pq = pytest.importorskip("pyarrow.parquet")
    assert main(["export", "--format", "parquet", "-o", str(tmp_path / "pq"), "--db", db]) == 0
    assert pq.read_table(tmp_path / "pq" / "articles.parquet").num_rows == 3
    assert pq.read_table(tmp_path / "pq" / "entities.parquet").num_rows == 4
