"""An ingest killed with SIGKILL loses nothing it committed; the next run resumes without duplicates."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

FIRST = ["Anna", "Carl", "Eva", "Ivan", "Lena", "Omar", "Rosa", "Tomas"]
LAST = ["Berg", "Dorn", "Falk", "Hale", "Kern", "Lund", "Moss", "Wolf"]
CITIES = ["Oslo", "Lisbon", "Warsaw", "Dublin", "Vienna"]
ARTICLES = 120


def write_articles(folder: Path) -> None:
    """Small distinct articles, each naming two people and a city."""
    folder.mkdir()
    for i in range(ARTICLES):
        a = f"{FIRST[i % 8]} {LAST[(i // 8) % 8]}"
        b = f"{FIRST[(i + 3) % 8]} {LAST[(i + 5) % 8]}"
        city = CITIES[i % 5]
        text = (f"{a} met {b} in {city} on Monday, article number {i}. "
                f'"We agreed on {i + 2} points," {a} said after the talks.\n')
        (folder / f"{i:03d}.txt").write_text(text, encoding="utf-8")


def count(db: Path, sql: str) -> int:
    if not db.exists():  # connecting would create it
        return 0
    conn = sqlite3.connect(db, timeout=5)
    try:
        return conn.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0
    finally:
        conn.close()


def ingest_command(folder: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "newsgraph", "ingest", str(folder), "--db", str(db), "--quiet"]


@pytest.mark.slow
def test_sigkill_mid_ingest_loses_nothing_and_resumes_without_duplicates(tmp_path):
    folder, db = tmp_path / "articles", tmp_path / "kb.db"
    write_articles(folder)
    process = subprocess.Popen(ingest_command(folder, db), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while count(db, "SELECT COUNT(*) FROM articles") < 5 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert process.poll() is None, process.communicate()[1].decode(errors="replace")[-2000:]
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        committed = {r[0] for r in conn.execute("SELECT id FROM articles")}
    assert 5 <= len(committed) < ARTICLES

    rerun = subprocess.run(ingest_command(folder, db), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"skipped {len(committed)}" in rerun.stdout

    with sqlite3.connect(db) as conn:
        ids = {r[0] for r in conn.execute("SELECT id FROM articles")}
        assert committed <= ids and len(ids) == ARTICLES
        # every article has its facts exactly once: no half-written or doubled article
        per_article = conn.execute(
            "SELECT a.id, (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id), "
            "(SELECT COUNT(*) FROM signatures s WHERE s.article_id = a.id) FROM articles a"
        ).fetchall()
        assert {(q, s) for _, q, s in per_article} <= {(0, 1), (1, 1)}
        assert conn.execute("SELECT COUNT(*) FROM lsh_buckets").fetchone()[0] == 32 * ARTICLES
        dup_mentions = conn.execute(
            'SELECT COUNT(*) FROM (SELECT article_id, start, "end", COUNT(*) c FROM mentions '
            "GROUP BY article_id, local_id, start, \"end\" HAVING c > 1)"
        ).fetchone()[0]
        assert dup_mentions == 0
        assert conn.execute("SELECT COUNT(*) FROM failures").fetchone()[0] == 0
