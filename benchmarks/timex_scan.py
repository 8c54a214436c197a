"""What the time grammar's trigger windows save: ``find_candidates`` around trigger words against
every rule over the whole text, on the same texts in the same run, with a check that both find
the same expressions.

    python benchmarks/timex_scan.py [FOLDER] [--limit N] [--repeat R]

FOLDER defaults to ../shared/data/bbc (read recursively, like ``newsgraph extract``). Prints the
CPU seconds of each way (the median of R runs), their ratio, and the texts whose expressions differ
(there should be none).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from newsgraph.pipeline.timex_grammar import find_candidates

DEFAULT_FOLDER = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "bbc"


def load_texts(folder: str, limit: int | None) -> list[str]:
    from newsgraph.ingest import read_paths
    from newsgraph.model import Article

    texts = [r.text for r in read_paths([folder]) if isinstance(r, Article)]
    return texts[:limit] if limit else texts


def cpu_seconds(texts: list[str], whole_text: bool) -> float:
    """CPU seconds that finding the candidates of all ``texts`` takes."""
    start = time.process_time()
    for text in texts:
        find_candidates(text, whole_text=whole_text)
    return time.process_time() - start


def differing(texts: list[str]) -> list[int]:
    """Indices of the texts whose candidates (span and rule) differ between the two ways."""
    def spans(text: str, whole_text: bool) -> list[tuple[int, int, str]]:
        return [(c.start, c.end, c.rule) for c in find_candidates(text, whole_text=whole_text)]

    return [i for i, text in enumerate(texts) if spans(text, False) != spans(text, True)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_FOLDER))
    parser.add_argument("--limit", type=int, help="only the first N texts")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each way; the median is reported")
    args = parser.parse_args()
    texts = load_texts(args.folder, args.limit)
    windowed = statistics.median(cpu_seconds(texts, False) for _ in range(args.repeat))
    whole = statistics.median(cpu_seconds(texts, True) for _ in range(args.repeat))
    print(f"{len(texts)} texts: windows {windowed:.2f} CPU s, whole text {whole:.2f} CPU s, "
          f"ratio {windowed / whole:.2f}")
    bad = differing(texts)
    print(f"texts whose expressions differ: {len(bad)}" + (f" (first: {bad[:10]})" if bad else ""))


if __name__ == "__main__":
    main()
