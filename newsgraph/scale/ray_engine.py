"""The same pipeline on Ray: input as a Ray Dataset, an actor pool that loads the pipeline once
per actor (``map_batches``), output as Parquet shards in the record format.

Without an address a local Ray cluster is started (and stopped after); with one, the run joins
that cluster. Ray is an optional extra: ``pip install 'newsgraph[ray]'``.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph.errors import ConfigError, IngestError, NewsgraphError
from newsgraph.ingest import iter_folder, read_bytes
from newsgraph.model import Article
from newsgraph.scale.shards import COLUMNS, done_ids, failure_row, record_row


@dataclass
class RaySummary:
    """What a Ray run did: articles extracted, records already in the output, failures; the shards' folder."""

    extracted: int
    already_done: int
    failed: int
    output: str


def input_files(paths: list[str]) -> list[str]:
    """The files a run reads: given files as they are, folders expanded recursively."""
    files: list[str] = []
    for path in map(Path, paths):
        if path.is_dir():
            files += [str(f) for f in iter_folder(path)]
        elif path.exists():
            files.append(str(path))
        else:
            raise ConfigError(f"{path}: does not exist.")
    return files


def parse_file(row: dict[str, Any], defaults: dict[str, Any]) -> list[dict[str, Any]]:
    """Ray ``flat_map``: one file's bytes to article rows (id, text, metadata JSON) or failure rows."""
    out = []
    for result in read_bytes(bytes(row["bytes"]), row["path"]):
        if isinstance(result, Article):
            for key, value in defaults.items():
                result.metadata.setdefault(key, value)
            out.append({**failure_row("", ""), "id": result.id, "text": result.text, "status": "ok",
                        "source": row["path"], "metadata": json.dumps(result.metadata, ensure_ascii=False)})
        else:
            problem = result.problem if isinstance(result, IngestError) else str(result)
            out.append(failure_row(getattr(result, "source", row["path"]), problem))
    return out


class ExtractActor:
    """One Ray actor: loads the pipeline once, then extracts batch after batch."""

    def __init__(self, model: str | None, batch_size: int, with_news_ner: bool = True) -> None:
        from newsgraph.pipeline import Extractor

        self.extractor = Extractor(model=model, with_news_ner=with_news_ner)
        self.batch_size = batch_size

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        rows = [dict(zip(batch, values)) for values in zip(*batch.values())]
        articles = [
            Article(str(r["text"]), json.loads(r["metadata"]), id=str(r["id"])) for r in rows if r["status"] == "ok"
        ]
        results = iter(self.extractor.extract_many(articles, batch_size=self.batch_size))
        out: list[dict[str, Any]] = []
        for row in rows:
            if row["status"] != "ok":
                out.append({name: row[name] for name in COLUMNS})
                continue
            result = next(results)
            if isinstance(result, NewsgraphError):
                out.append(failure_row(str(row["source"]), str(result), str(row["id"])))
            else:
                out.append(record_row(result))
        return {name: [r[name] for r in out] for name in COLUMNS}


def extract_with_ray(
    paths: list[str], output: str, workers: int = 1, address: str | None = None, model: str | None = None,
    batch_size: int = 16, defaults: dict[str, Any] | None = None, with_news_ner: bool = True,
) -> RaySummary:
    """Extract every article under ``paths`` on Ray into Parquet shards under ``output``.

    Articles whose id already has a record in ``output`` are skipped, so a rerun resumes.
    """
    try:
        import ray
    except ImportError as e:
        raise ConfigError("Ray is not installed. Tip: pip install 'newsgraph[ray]'.") from e
    files = input_files(paths)
    if not files:
        raise ConfigError(f"no readable article files in {', '.join(paths)}.")
    done = done_ids(output) if Path(output).exists() else set()
    started = not ray.is_initialized()
    if started:
        # one logical CPU more than actors: reading and parsing tasks must not wait for actors to finish
        ray.init(address=address, num_cpus=None if address else workers + 1, include_dashboard=False,
                 log_to_driver=False, logging_level=logging.WARNING)
    try:
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = False
        dataset = ray.data.read_binary_files(files, include_paths=True)
        # Ray's stub types the function as taking the row alone, though fn_args follow it
        parsed = dataset.flat_map(parse_file, fn_args=(defaults or {},))  # type: ignore[arg-type]
        todo = parsed.filter(lambda row: row["status"] != "ok" or row["id"] not in done)
        extracted = todo.map_batches(
            ExtractActor, fn_constructor_args=(model, batch_size, with_news_ner), batch_size=batch_size,
            concurrency=workers, num_cpus=1, batch_format="numpy",
        )
        counts = _write_and_count(extracted, output)
    finally:
        if started:
            ray.shutdown()
    return RaySummary(extracted=counts["ok"], already_done=len(done), failed=counts["failed"], output=output)


def _write_and_count(dataset: Any, output: str) -> dict[str, int]:
    """Write the shards, then count their rows by status (from the shards just written)."""
    Path(output).mkdir(parents=True, exist_ok=True)
    before = {p.name for p in Path(output).glob("*.parquet")}
    dataset.write_parquet(output)
    import pyarrow.parquet as pq

    counts = {"ok": 0, "failed": 0}
    for shard in Path(output).glob("*.parquet"):
        if shard.name not in before:
            for status in pq.read_table(shard, columns=["status"])["status"].to_pylist():
                counts[status] = counts.get(status, 0) + 1
    return counts
