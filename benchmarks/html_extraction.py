"""HTML to article text: newsgraph's reader against the article-extraction benchmark's answer key.

The benchmark (``../shared/data/htmlbench``: 181 saved article pages with their article body)
scores an extractor by 4-gram shingles of ``\\w+`` tokens: per page the share of the extracted
shingles that are in the body (precision) and of the body's that were extracted (recall), averaged
over pages, F1 of the two averages. This script runs, in the same process on the same pages:

- ``newsgraph``: ``newsgraph.ingest.html.read_html``, the reader every HTML input goes through;
- ``trafilatura default``: ``trafilatura.extract`` with its default settings (comments included),
  the same library version, as the baseline the reader's settings are measured against;

and prints P, R and F1 for each, the ratio of the two F1s, the pages each fails on, and the time
each took. ``--published`` figures of other systems are in the benchmark's README.

    python benchmarks/html_extraction.py [FOLDER] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections.abc import Callable
from pathlib import Path

DEFAULT_FOLDER = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "htmlbench"
TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    """The set of ``n``-grams of the ``\\w+`` tokens of ``text`` (the whole text when shorter)."""
    tokens = TOKEN.findall(text)
    if len(tokens) < n:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def page_scores(found: str, truth: str) -> tuple[float, float]:
    """Precision and recall of one page's extracted shingles against its answer's."""
    got, want = shingles(found), shingles(truth)
    shared = len(got & want)
    precision = shared / len(got) if got else (1.0 if not want else 0.0)
    recall = shared / len(want) if want else 1.0
    return precision, recall


def newsgraph_text(html: str, url: str) -> str:
    from newsgraph.errors import IngestError
    from newsgraph.ingest.html import read_html

    try:
        return read_html(html, "page", {"url": url}).text
    except IngestError:
        return ""


def trafilatura_default_text(html: str, url: str) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


SIDES: dict[str, Callable[[str, str], str]] = {
    "newsgraph": newsgraph_text,
    "trafilatura default": trafilatura_default_text,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_FOLDER))
    parser.add_argument("--limit", type=int, help="only the first N pages")
    args = parser.parse_args()
    folder = Path(args.folder)
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[: args.limit] if args.limit else sorted(truth)
    pages = {i: gzip.decompress((folder / "html" / f"{i}.html.gz").read_bytes()).decode("utf-8") for i in ids}
    for extract in SIDES.values():  # import and warm up outside the timing
        extract(pages[ids[0]], truth[ids[0]]["url"])
    results = {}
    for name, extract in SIDES.items():
        start = time.process_time()
        scores = [page_scores(extract(pages[i], truth[i]["url"]), truth[i]["articleBody"]) for i in ids]
        seconds = time.process_time() - start
        precision = sum(p for p, _ in scores) / len(scores)
        recall = sum(r for _, r in scores) / len(scores)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        empty = sum(1 for p, r in scores if r == 0)
        results[name] = (precision, recall, f1, empty, seconds)
    print(f"{len(ids)} pages from {folder}")
    print(f"{'':22}{'precision':>10}{'recall':>8}{'F1':>7}{'pages with nothing right':>26}{'CPU s':>8}")
    for name, (precision, recall, f1, empty, seconds) in results.items():
        print(f"{name:22}{precision:>10.3f}{recall:>8.3f}{f1:>7.3f}{empty:>26}{seconds:>8.1f}")
    ours, base = results["newsgraph"][2], results["trafilatura default"][2]
    print(f"newsgraph / trafilatura default, F1: {ours / base:.3f}")


if __name__ == "__main__":
    main()
