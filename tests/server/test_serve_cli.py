"""``newsgraph serve``: the real command in a subprocess, on a free loopback port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from server_records import build_store

from newsgraph.cli import main


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_missing_database_is_one_line_and_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--db", str(tmp_path / "absent.db")]) == 1
    err = capsys.readouterr().err
    assert "does not exist" in err and "Traceback" not in err


def test_serves_on_loopback_read_only_unless_given_a_token(tmp_path: Path) -> None:
    db = build_store(tmp_path / "kb.db")
    port = free_port()
    env = {**os.environ, "NEWSGRAPH_WRITE_TOKEN": "t0ken"}
    server = subprocess.Popen([sys.executable, "-m", "newsgraph", "serve", "--db", str(db), "--port", str(port)],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        started = time.monotonic()
        body = None
        while time.monotonic() - started < 60 and server.poll() is None:
            try:
                body = httpx.get(f"http://127.0.0.1:{port}/api", timeout=1).json()
                break
            except httpx.TransportError:
                time.sleep(0.05)
        assert body is not None, server.stderr.read().decode() if server.poll() is not None else "no answer in 60 s"
        assert body["articles"] == 3 and body["writable"] is True
        posted = httpx.post(f"http://127.0.0.1:{port}/api/articles", json={"text": "x"})
        assert posted.status_code == 401
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert "127.0.0.1" in server.stderr.read().decode()
