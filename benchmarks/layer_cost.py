"""What each newsgraph layer costs: its share of the whole pipeline's CPU time, same run.

Prints each layer's share of the whole and how much slower the pipeline is with the layer than
without it (``share / (1 - share)``; layers that read a skipped layer's output would do less
work, so this is an upper bound).

Runs ``Extractor.extract_many`` (the default pipeline: spaCy model, news NER, every layer, record
building) over the texts, with each layer's call timed by the process's CPU clock. The spaCy
model pass and the record building are the rest. Because the shares come from one run, they
do not drift with the machine's speed the way two separate runs (with and without a layer) do;
``--repeat R`` runs R times and reports each layer's median share.

    python benchmarks/layer_cost.py [FOLDER] [--limit N] [--repeat R] [--json]

FOLDER defaults to ../shared/data/bbc (read recursively, like ``newsgraph extract``).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from spacy.tokens import Doc

DEFAULT_FOLDER = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "bbc"


def load_texts(folder: str, limit: int | None) -> list[str]:
    from newsgraph.ingest import read_paths
    from newsgraph.model import Article

    texts = [r.text for r in read_paths([folder]) if isinstance(r, Article)]
    return texts[:limit] if limit else texts


def timed(layer: Callable[[Doc], Doc], spent: dict[str, float], name: str) -> Callable[[Doc], Doc]:
    """``layer`` with its CPU time added to ``spent[name]`` on every call."""

    def call(doc: Doc) -> Doc:
        start = time.process_time()
        try:
            return layer(doc)
        finally:
            spent[name] += time.process_time() - start

    return call


def one_run(texts: list[str]) -> dict[str, float]:
    """CPU seconds of each layer and of the whole run (key ``total``)."""
    from newsgraph.model import Article
    from newsgraph.pipeline import Extractor

    extractor = Extractor()
    spent = {name: 0.0 for name, _ in extractor._layers}
    extractor._layers = [(name, timed(layer, spent, name)) for name, layer in extractor._layers]
    articles = [Article(t, {"published": "2005-01-01"}) for t in texts]
    start = time.process_time()
    for _record in extractor.extract_many(articles):
        pass
    spent["total"] = time.process_time() - start
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_FOLDER))
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--repeat", type=int, default=1, help="run R times; report each layer's median share")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    texts = load_texts(args.folder, args.limit)
    one_run(texts[:5])  # warm up: model loading and first-call costs are not the layers'
    runs = [one_run(texts) for _ in range(args.repeat)]
    names = [n for n in runs[0] if n != "total"]
    shares = {n: statistics.median(r[n] / r["total"] for r in runs) for n in names}
    words = sum(len(t.split()) for t in texts)
    result = {"articles": len(texts), "words": words, "runs": args.repeat,
              "total_cpu_s": statistics.median(r["total"] for r in runs), "share": shares}
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{len(texts)} articles, {words:,} words, {args.repeat} run(s); "
          f"whole pipeline {result['total_cpu_s']:.1f} CPU s (median)")
    print(f"  {'layer':28} {'share':>6}  {'with / without':>14}")
    for name in names:
        # the pipeline without the layer takes (1 - share) of the time: with / without - 1
        print(f"  {name:28} {shares[name]:6.1%}  {shares[name] / (1 - shares[name]):+14.1%}")
    rest = 1 - sum(shares.values())
    print(f"  {'spaCy model + records':28} {rest:6.1%}")


if __name__ == "__main__":
    main()
