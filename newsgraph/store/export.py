"""Exports: JSONL records with store-wide ids, Parquet (one file per table), GraphML of entities.

In JSONL the same entity or event id in two lines means the same entity or event. GraphML has
entities as nodes and three kinds of edges, each with a weight (independent articles, or shared
events) and its sources: ``cooccurrence`` (named in the same article), ``role`` (holds a title of
the other, e.g. spokesperson of an organisation) and ``event`` (took part in the same event).
"""

from __future__ import annotations

import json
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, TextIO

from newsgraph.errors import StoreError
from newsgraph.store.reader import article_ids, record_dict, with_store_ids

# derived tables rebuilt from the others; not worth exporting
SKIPPED_TABLES = ("signatures", "lsh_buckets", "entity_keys", "meta", "quote_entities")


def export_jsonl(conn: sqlite3.Connection, out: TextIO) -> int:
    """Write one record a line, with store-wide ids; return how many were written."""
    written = 0
    for article_id in article_ids(conn):
        data = with_store_ids(conn, record_dict(conn, article_id))
        duplicate_of = conn.execute("SELECT duplicate_of FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
        if duplicate_of:
            data["duplicate_of"] = duplicate_of
        out.write(json.dumps(data, ensure_ascii=False) + "\n")
        written += 1
    return written


def table_names(conn: sqlite3.Connection) -> list[str]:
    """The data tables of the store (no FTS index, no SQLite or LSH internals)."""
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' "
        "ORDER BY name"
    ).fetchall()
    return [r[0] for r in rows if r[0] not in SKIPPED_TABLES]


def export_parquet(conn: sqlite3.Connection, folder: Path) -> list[Path]:
    """Write each table to ``folder/TABLE.parquet``; return the files. Needs pyarrow."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        raise StoreError("Parquet export needs pyarrow, which is not installed. Tip: pip install pyarrow.") from e
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in table_names(conn):
        cursor = conn.execute(f'SELECT * FROM "{table}"')  # table names come from sqlite_master, not the user
        columns = [c[0] for c in cursor.description]
        rows = cursor.fetchall()
        data = {name: [row[i] for row in rows] for i, name in enumerate(columns)}
        if table == "quantities":  # the value column holds ints and floats
            data["value"] = [None if v is None else float(v) for v in data["value"]]
        path = folder / f"{table}.parquet"
        pq.write_table(pa.table(data), path)
        written.append(path)
    return written


GRAPHML_KEYS = (
    ("node", "name", "string"), ("node", "type", "string"), ("node", "mentions", "int"), ("node", "articles", "int"),
    ("edge", "kind", "string"), ("edge", "label", "string"), ("edge", "weight", "double"),
    ("edge", "sources", "string"), ("edge", "events", "string"),
)


def graph_edges(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every edge of the entity graph, as dicts with source, target, kind, label, weight, sources, events."""
    edges = [dict(r) for r in conn.execute(
        """SELECT x.entity_id AS source, y.entity_id AS target, 'cooccurrence' AS kind, '' AS label,
                  COUNT(DISTINCT COALESCE(a.duplicate_of, a.id)) AS weight, group_concat(DISTINCT a.id) AS sources,
                  '' AS events
           FROM article_entities x JOIN article_entities y ON x.article_id = y.article_id AND x.entity_id < y.entity_id
           JOIN articles a ON a.id = x.article_id GROUP BY x.entity_id, y.entity_id"""
    )]
    edges += [dict(r) for r in conn.execute(
        """SELECT r.entity_id AS source, r.of_entity_id AS target, 'role' AS kind, lower(r.title) AS label,
                  COUNT(DISTINCT COALESCE(a.duplicate_of, a.id)) AS weight, group_concat(DISTINCT a.id) AS sources,
                  '' AS events
           FROM roles r JOIN articles a ON a.id = r.article_id
           WHERE r.of_entity_id IS NOT NULL AND r.of_entity_id != r.entity_id
           GROUP BY r.entity_id, r.of_entity_id, lower(r.title)"""
    )]
    edges += [dict(r) for r in conn.execute(
        """SELECT x.entity_id AS source, y.entity_id AS target, 'event' AS kind, '' AS label,
                  COUNT(DISTINCT x.event_id) AS weight, group_concat(DISTINCT x.article_id) AS sources,
                  group_concat(DISTINCT x.event_id) AS events
           FROM participants x JOIN participants y ON x.event_id = y.event_id AND x.entity_id < y.entity_id
           GROUP BY x.entity_id, y.entity_id"""
    )]
    return edges


def export_graphml(conn: sqlite3.Connection, out: Path | TextIO) -> tuple[int, int]:
    """Write the entity graph as GraphML; return (nodes, edges)."""
    root = ET.Element("graphml", xmlns="http://graphml.graphdrawing.org/xmlns")
    for domain, name, kind in GRAPHML_KEYS:
        ET.SubElement(root, "key", {"id": f"{domain[0]}_{name}", "for": domain, "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, "graph", id="newsgraph", edgedefault="undirected")
    nodes = conn.execute(
        """SELECT e.id, e.name, e.type, (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions,
                  (SELECT COUNT(DISTINCT article_id) FROM article_entities ae WHERE ae.entity_id = e.id) AS articles
           FROM entities e ORDER BY e.rowid"""
    ).fetchall()
    for row in nodes:
        node = ET.SubElement(graph, "node", id=row["id"])
        for name in ("name", "type", "mentions", "articles"):
            ET.SubElement(node, "data", key=f"n_{name}").text = str(row[name])
    edges = graph_edges(conn)
    for number, edge in enumerate(edges):
        element = ET.SubElement(graph, "edge", id=f"x{number}", source=edge["source"], target=edge["target"])
        for name in ("kind", "label", "weight", "sources", "events"):
            if edge[name] not in ("", None):
                ET.SubElement(element, "data", key=f"e_{name}").text = str(edge[name])
    tree = ET.ElementTree(root)
    ET.indent(tree)
    tree.write(out, encoding="unicode" if not isinstance(out, Path) else "utf-8", xml_declaration=True)
    return len(nodes), len(edges)
