"""Scale-out benchmark, all in one run on the same texts:

  spaCy ``nlp.pipe`` alone · newsgraph local with 1 and 2 workers · newsgraph on a local Ray
  cluster with 1 and 2 actors.

Each configuration runs in its own process and its time includes loading the pipeline (in each
worker or actor) and, for Ray, starting the cluster. Those costs are paid once per run, whatever
the corpus size, so each configuration also runs on a shorter prefix of the same texts (a quarter,
``--short``) and the two timings give a straight line, seconds = start-up + words / rate: the
*steady* rate is what a long run on a big corpus gets, the *end-to-end* rate what this corpus got.
Ratios are printed for both. Also printed: peak memory per process (the worker or actor with the
highest peak) and a projection of the cluster size for 1 million articles a day and for 100
million articles in a week.

    python benchmarks/scale.py [FOLDER_OR_FILE...] [--limit N] [--short F] [--only CONFIG...]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
CONFIGS = ("spacy", "local-1", "local-2", "ray-1", "ray-2")


def _texts(folders: list[str], limit: int | None) -> list[str]:
    from newsgraph.ingest import read_paths
    from newsgraph.model import Article

    texts = [r.text for r in read_paths(folders) if isinstance(r, Article)]
    return texts[:limit] if limit else texts


def _peak_of(pattern: str) -> float:
    """Highest VmHWM (peak RSS, MiB) of live processes whose command line contains ``pattern``."""
    peak = 0.0
    for proc in Path("/proc").iterdir():
        try:
            if pattern in (proc / "cmdline").read_bytes().decode(errors="replace"):
                for line in (proc / "status").read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        peak = max(peak, int(line.split()[1]) / 1024)
        except OSError:
            continue
    return peak


def run_config(config: str, folders: list[str], limit: int | None) -> dict:
    texts = _texts(folders, limit)
    words = sum(len(t.split()) for t in texts)
    workers = int(config.split("-")[1]) if "-" in config else 1
    if config == "spacy":
        import spacy

        from newsgraph.pipeline import default_model

        start = time.perf_counter()
        nlp = spacy.load(default_model())
        for _ in nlp.pipe(texts, batch_size=32):
            pass
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    elif config.startswith("local"):
        from newsgraph.model import Article
        from newsgraph.scale.local import extract_parallel, extract_serial

        articles = [Article(t, {"published": "2024-01-01"}) for t in texts]
        if workers == 1:
            from newsgraph.pipeline import Extractor

            start = time.perf_counter()
            extractor = Extractor()
            for _ in extract_serial(extractor, articles):
                pass
            seconds = time.perf_counter() - start
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        else:
            start = time.perf_counter()
            for _ in extract_parallel(iter(articles), workers):
                pass
            seconds = time.perf_counter() - start
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    else:
        import ray

        from newsgraph.scale.ray_engine import extract_with_ray

        folder = Path(tempfile.mkdtemp(prefix="ng-bench-"))
        for i, text in enumerate(texts):
            (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        ray.init(num_cpus=workers + 1, include_dashboard=False, log_to_driver=False, logging_level="WARNING")
        start = time.perf_counter()
        extract_with_ray([str(folder)], str(folder / "out"), workers=workers, defaults={"published": "2024-01-01"})
        seconds = time.perf_counter() - start
        peak = _peak_of("ExtractActor")
        ray.shutdown()
        shutil.rmtree(folder)
    return {"config": config, "workers": workers, "articles": len(texts), "words": words, "seconds": seconds,
            "words_per_s": words / seconds, "articles_per_s": len(texts) / seconds, "peak_mib": peak}


def projection(articles_per_s_per_worker: float, cores_per_node: int = 16) -> str:
    """Workers (one core each) and nodes needed for 1M articles/day and 100M articles/week."""
    lines = []
    for label, articles, seconds in (
        ("1 million articles a day", 1e6, 86400),
        ("100 million articles in a week", 1e8, 7 * 86400),
    ):
        workers = math.ceil(articles / seconds / articles_per_s_per_worker)
        lines.append(f"  {label}: {workers} workers ≈ {math.ceil(workers / cores_per_node)} nodes "
                     f"of {cores_per_node} cores")
    return "\n".join(lines)


def _run(config: str, folders: list[str], limit: int | None) -> dict:
    """Run one configuration in a fresh process, so that no two share a loaded pipeline."""
    command = [sys.executable, __file__, *folders, "--config", config]
    if limit:
        command += ["--limit", str(limit)]
    out = subprocess.run(command, check=True, capture_output=True, text=True,
                         env={**os.environ, "PYTHONWARNINGS": "ignore"})
    return json.loads(out.stdout.strip().splitlines()[-1])


def steady(full: dict, short: dict) -> dict:
    """Fit seconds = start-up + words / rate through a short and a full run of one configuration.

    Returns the steady words/s, articles/s (at the full run's words per article) and the start-up
    seconds; ``None`` rates when the two runs do not give a rising line (too noisy to tell).
    """
    words = full["words"] - short["words"]
    seconds = full["seconds"] - short["seconds"]
    if words <= 0 or seconds <= 0:
        return {"words_per_s": None, "articles_per_s": None, "startup_s": None}
    rate = words / seconds
    return {"words_per_s": rate, "articles_per_s": rate * full["articles"] / full["words"],
            "startup_s": full["seconds"] - full["words"] / rate}


def _ratios(label: str, rate: dict[str, float]) -> None:
    if "local-1" in rate and "spacy" in rate:
        print(f"{label}: newsgraph 1 worker / spaCy nlp.pipe: {rate['local-1'] / rate['spacy']:.2f}")
    for engine in ("local", "ray"):
        if f"{engine}-1" in rate and f"{engine}-2" in rate:
            print(f"{label}: {engine} 2 workers / 1 worker: {rate[f'{engine}-2'] / rate[f'{engine}-1']:.2f}")
    for n in (1, 2):
        if f"local-{n}" in rate and f"ray-{n}" in rate:
            print(f"{label}: Ray overhead with {n} worker(s): {1 - rate[f'ray-{n}'] / rate[f'local-{n}']:+.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", default=[str(SHARED / "bbc")])
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--short", type=float, default=0.25,
                        help="also run on this fraction of the articles to separate start-up from the steady rate "
                             "(0: one run per configuration, end-to-end rates only)")
    parser.add_argument("--config", choices=CONFIGS, help=argparse.SUPPRESS)
    parser.add_argument("--only", nargs="+", choices=CONFIGS, default=list(CONFIGS), help="configurations to run")
    args = parser.parse_args()
    if args.config:
        print(json.dumps(run_config(args.config, args.folders, args.limit)))
        return
    total = len(_texts(args.folders, args.limit))
    short_n = max(1, round(total * args.short)) if 0 < args.short < 1 else 0
    results, fits = {}, {}
    for config in args.only:
        r = results[config] = _run(config, args.folders, args.limit or total)
        print(f"{config:9} {r['articles']:6} articles {r['words']:9} words {r['seconds']:8.1f} s "
              f"{r['words_per_s']:8.0f} words/s {r['articles_per_s']:7.2f} articles/s "
              f"peak {r['peak_mib']:6.0f} MiB", flush=True)
        if short_n:
            s = _run(config, args.folders, short_n)
            fit = fits[config] = steady(r, s)
            rate = (f"{fit['words_per_s']:8.0f} words/s {fit['articles_per_s']:7.2f} articles/s "
                    f"start-up {fit['startup_s']:5.1f} s") \
                if fit["words_per_s"] else "not a rising line (noisy machine?)"
            print(f"{'':9} {s['articles']:6} articles {s['words']:9} words {s['seconds']:8.1f} s  -> steady {rate}",
                  flush=True)
    _ratios("end to end", {k: v["articles_per_s"] for k, v in results.items()})
    steady_rates = {k: v["articles_per_s"] for k, v in fits.items() if v["articles_per_s"]}
    _ratios("steady", steady_rates)
    base = steady_rates.get("local-1") or results.get("local-1", {}).get("articles_per_s")
    if base:
        print(f"projection from one local worker's {'steady ' if 'local-1' in steady_rates else ''}rate "
              "(one core each):")
        print(projection(base))


if __name__ == "__main__":
    main()
