"""Layers do not reach sideways: resolve imports only the model and the shared aliases; the store never the
pipeline, server or CLI."""

from __future__ import annotations

import ast
from pathlib import Path

import newsgraph

PACKAGE = Path(newsgraph.__file__).parent
ALLOWED = {
    "resolve": ("newsgraph.model", "newsgraph.aliases", "newsgraph.resolve"),
    "store": ("newsgraph.model", "newsgraph.aliases", "newsgraph.errors", "newsgraph.resolve", "newsgraph.store"),
}


def newsgraph_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {name for name in found if name.split(".")[0] == "newsgraph"}


def test_store_and_resolve_import_only_what_they_may():
    for layer, allowed in ALLOWED.items():
        for path in sorted((PACKAGE / layer).glob("*.py")):
            for name in newsgraph_imports(path):
                assert name.startswith(allowed), f"{path.name} imports {name}"
