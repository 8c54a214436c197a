"""docs/cli.md is the real --help output of every command (regenerate with docs/make_cli_reference.py)."""

from __future__ import annotations

import runpy
from pathlib import Path

DOCS = Path(__file__).parents[2] / "docs"


def test_cli_reference_is_up_to_date(monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    reference = runpy.run_path(str(DOCS / "make_cli_reference.py"))["reference"]
    assert (DOCS / "cli.md").read_text(encoding="utf-8") == reference(), \
        "docs/cli.md is out of date: run python docs/make_cli_reference.py"
