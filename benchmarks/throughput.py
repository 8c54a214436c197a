"""Throughput and memory: ``newsgraph extract`` against spaCy's own ``nlp.pipe``, same texts, same run.

Each side runs in its own process (one core's worth: no worker pools), so that peak memory is
measured per side. newsgraph runs twice: as it is by default, and with ``--no-news-ner`` (the
spaCy model's own NER alone, without newsgraph's news NER merged in). Prints words/s and
articles/s by wall clock and by the process's own CPU time (the fair figure on a shared machine,
where other work takes turns on the cores), peak RSS, and the ratios newsgraph / spaCy.

A virtual machine's speed drifts by tens of percent from one minute to the next, so one run of
each side can favour whichever ran in a fast minute: ``--repeat R`` runs the sides R times in
rotating order, prints the ratio of each round (sides run minutes apart, so a round pairs them
under the same conditions) and their median, and reports each side's median run.

    python benchmarks/throughput.py [FOLDER] [--limit N] [--repeat R]

FOLDER defaults to ../shared/data/bbc (read recursively, like ``newsgraph extract``).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

SIDES = ("spacy", "newsgraph", "newsgraph-light")
NAMES = {"spacy": "spaCy nlp.pipe", "newsgraph": "newsgraph", "newsgraph-light": "newsgraph --no-news-ner"}
DEFAULT_FOLDER = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "bbc"


def load_texts(folder: str, limit: int | None) -> list[str]:
    from newsgraph.ingest import read_paths
    from newsgraph.model import Article

    texts = [r.text for r in read_paths([folder]) if isinstance(r, Article)]
    return texts[:limit] if limit else texts


def run_side(side: str, folder: str, limit: int | None) -> dict:
    """Run one side in this process and return its figures."""
    texts = load_texts(folder, limit)
    words = sum(len(t.split()) for t in texts)
    if side == "spacy":
        import spacy

        from newsgraph.pipeline import default_model

        nlp = spacy.load(default_model())
        start, cpu = time.perf_counter(), time.process_time()
        for _doc in nlp.pipe(texts, batch_size=32):
            pass
    else:
        from newsgraph.model import Article
        from newsgraph.pipeline import Extractor

        extractor = Extractor(with_news_ner=side == "newsgraph")
        articles = [Article(t, {"published": "2005-01-01"}) for t in texts]
        start, cpu = time.perf_counter(), time.process_time()
        failed = sum(1 for r in extractor.extract_many(articles) if isinstance(r, Exception))
        if failed:
            print(f"warning: {failed} articles failed", file=sys.stderr)
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"side": side, "articles": len(texts), "words": words, "seconds": seconds,
            "words_per_s": words / seconds, "articles_per_s": len(texts) / seconds, "cpu_seconds": cpu_seconds,
            "words_per_cpu_s": words / cpu_seconds, "articles_per_cpu_s": len(texts) / cpu_seconds,
            "peak_mib": peak_mib}


def median_run(runs: list[dict]) -> dict:
    """The run with the median CPU time (the lower middle one for an even count)."""
    return sorted(runs, key=lambda r: r["cpu_seconds"])[(len(runs) - 1) // 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_FOLDER))
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--repeat", type=int, default=1, help="run the sides R times in rotating order; report medians")
    parser.add_argument("--side", choices=SIDES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.side:
        print(json.dumps(run_side(args.side, args.folder, args.limit)))
        return
    runs: dict[str, list[dict]] = {side: [] for side in SIDES}
    for round_ in range(args.repeat):
        for side in SIDES[round_ % len(SIDES):] + SIDES[:round_ % len(SIDES)]:
            command = [sys.executable, __file__, args.folder, "--side", side]
            if args.limit:
                command += ["--limit", str(args.limit)]
            out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            runs[side].append(json.loads(out.strip().splitlines()[-1]))
    results = {side: median_run(found) for side, found in runs.items()}
    if args.repeat > 1:
        for side in SIDES[1:]:
            ratios = [ours["words_per_cpu_s"] / base["words_per_cpu_s"]
                      for ours, base in zip(runs[side], runs["spacy"])]
            print(f"{NAMES[side]} / spaCy by CPU time, round by round: {', '.join(f'{r:.2f}' for r in ratios)}; "
                  f"median {sorted(ratios)[(len(ratios) - 1) // 2]:.2f}")
    base = results["spacy"]
    print(f"{'':22}{'articles':>9}{'words':>10}{'wall s':>8}{'words/s':>9}{'CPU s':>8}{'words/CPU s':>12}"
          f"{'articles/CPU s':>15}{'peak MiB':>10}")
    for name, r in results.items():
        print(f"{NAMES[name]:22}{r['articles']:>9}{r['words']:>10}{r['seconds']:>8.1f}{r['words_per_s']:>9.0f}"
              f"{r['cpu_seconds']:>8.1f}{r['words_per_cpu_s']:>12.0f}{r['articles_per_cpu_s']:>15.2f}{r['peak_mib']:>10.0f}")
    for side in SIDES[1:]:
        ours = results[side]
        print(f"{NAMES[side]} / spaCy: words per wall second {ours['words_per_s'] / base['words_per_s']:.2f}, "
              f"words per CPU second {ours['words_per_cpu_s'] / base['words_per_cpu_s']:.2f}")


if __name__ == "__main__":
    main()
