"""The package passes mypy's checks (configured in pyproject.toml, default strictness)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


def test_the_package_type_checks() -> None:
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed (it comes with the dev extra: pip install -e '.[dev]')")
    # this interpreter's mypy, so that it sees the packages installed beside newsgraph; the
    # incremental cache is the one `make typecheck` uses (.mypy_cache, git-ignored): about 30 s
    # cold, a few seconds warm
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
