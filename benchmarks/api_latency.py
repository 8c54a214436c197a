"""API latency: start ``newsgraph serve`` on loopback, time its start, then entity, article and search requests.

One Python client (httpx, keep-alive) sends requests one after another, so each figure is the
server's own time plus loopback; the request count is bounded. The ids and words asked for are
drawn from the store itself: the most mentioned entities (the costliest pages, their graph pages
and the quotes about them), random articles, and words from article titles. Prints p50, p95 and
max per kind, the server's CPU time per request, the machine's load and the start-up time, as JSON.

    python benchmarks/api_latency.py --db FILE [--requests 200] [--port 8765] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

TARGET_P95_MS = 50.0
TARGET_START_S = 2.0


def start_server(db: str, port: int) -> tuple[subprocess.Popen[bytes], float]:
    """Start ``newsgraph serve`` and return it with the seconds until it first answered /api."""
    started = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-m", "newsgraph", "serve", "--db", db, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/api"
    while time.perf_counter() - started < 30:
        if server.poll() is not None:
            raise SystemExit(f"the server exited: {server.stderr.read().decode() if server.stderr else ''}")
        try:
            if httpx.get(url, timeout=0.5).status_code == 200:
                return server, time.perf_counter() - started
        except httpx.TransportError:
            time.sleep(0.01)
    server.kill()
    raise SystemExit("the server did not answer within 30 s")


def request_paths(db: str, count: int, seed: int) -> dict[str, list[str]]:
    """``count`` paths for each kind of request, drawn from what the store holds."""
    rng = random.Random(seed)
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    top = [r[0] for r in conn.execute(
        "SELECT entity_id FROM article_entities GROUP BY entity_id ORDER BY COUNT(*) DESC LIMIT 50")]
    articles = [r[0] for r in conn.execute("SELECT id FROM articles")]
    titles = " ".join(r[0] for r in conn.execute("SELECT title FROM articles WHERE title IS NOT NULL LIMIT 2000"))
    words = sorted({w.lower() for w in re.findall(r"[A-Za-z]{5,}", titles)}) or ["news"]
    conn.close()
    return {
        "entity": [f"/api/entities/{rng.choice(top)}" for _ in range(count)],
        "article": [f"/api/articles/{rng.choice(articles)}" for _ in range(count)],
        "search": [f"/api/search?q={rng.choice(words)}" for _ in range(count)],
        "entity page": [f"/entities/{rng.choice(top)}" for _ in range(max(1, count // 4))],
        "article page": [f"/articles/{rng.choice(articles)}" for _ in range(max(1, count // 4))],
        # drawn after the others so that their draws, and so their figures, stay those of earlier reports
        "graph page": [f"/entities/{rng.choice(top)}/graph" for _ in range(max(1, count // 4))],
        # the quotes naming a frequent entity: the API does not cache them, as the entity page does
        "quotes about": [f"/api/quotes?about={rng.choice(top)}" for _ in range(max(1, count // 4))],
    }


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of process ``pid`` so far (Linux /proc); None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(client: httpx.Client, paths: list[str], server_pid: int) -> dict[str, float | None]:
    """Send each path once (after two warm-up requests); latencies in milliseconds.

    Also the server's CPU time per request: on a shared, loaded machine wall-clock percentiles
    include time spent waiting for a core, which CPU time does not.
    """
    for path in paths[:2]:
        client.get(path)
    cpu_before = cpu_seconds(server_pid)
    times = []
    for path in paths:
        started = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{path}: HTTP {response.status_code}: {response.text[:200]}")
    cpu_after = cpu_seconds(server_pid)
    cpu_ms = None if cpu_before is None or cpu_after is None else round((cpu_after - cpu_before) * 1000 / len(times), 2)
    return {"requests": len(times), "p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(percentile(times, 0.95), 2), "max_ms": round(max(times), 2),
            "server_cpu_ms_per_request": cpu_ms}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a store built by `newsgraph ingest`")
    parser.add_argument("--requests", type=int, default=200, help="requests per API kind (default 200)")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if not Path(args.db).is_file():
        raise SystemExit(f"{args.db} does not exist")
    paths = request_paths(args.db, args.requests, args.seed)
    server, start_s = start_server(args.db, args.port)
    start_cpu_s = cpu_seconds(server.pid)  # start-up CPU: what the start costs on an idle machine
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{args.port}", timeout=30) as client:
            articles = client.get("/api").json()["articles"]
            results = {kind: measure(client, kind_paths, server.pid) for kind, kind_paths in paths.items()}
    finally:
        server.terminate()
        server.wait(timeout=10)
    api_ok = all(results[k]["p95_ms"] < TARGET_P95_MS for k in ("entity", "article", "search"))
    report = {"db": args.db, "articles": articles, "load_average": os.getloadavg()[0], "cpus": os.cpu_count(),
              "start_s": round(start_s, 3), "start_cpu_s": start_cpu_s, "start_ok": start_s < TARGET_START_S,
              "p95_target_ms": TARGET_P95_MS, "api_p95_ok": api_ok, "latency": results}
    print(json.dumps(report, indent=2))
    return 0 if api_ok and start_s < TARGET_START_S else 1


if __name__ == "__main__":
    sys.exit(main())
