"""The recipe of the learned cue finder (``newsgraph.pipeline.cue_model``), from PolNeAR train.

Parses the split with newsgraph's spaCy model, marks the head word of every gold cue, and trains
the one-hidden-layer scorer on the features ``cue_model.features`` computes, with Adam, in numpy.
Each article's lemma statistics are counted without that article (so that the network does not
learn to trust statistics that include its own answer). Writes ``weights.npz`` and
``model.json`` (weights, and lemma statistics: never article text).

    python -m newsgraph.train.cue_model ../shared/data/polnear/train
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import numpy as np
from spacy.tokens import Doc

from newsgraph.evaluate.polnear import Attribution
from newsgraph.pipeline.attribution_spans import inside_quotations
from newsgraph.pipeline.cue_model import MODEL_DIR, CueModel, Prior, candidates, features
from newsgraph.pipeline.quotemarks import find_quotations
from newsgraph.train.cue_lexicon import parse_split

MIN_SEEN = 3  # lemmas seen fewer times in train have no statistics


def cue_heads(doc: Doc, attributions: list[Attribution]) -> set[int]:
    """The head token of each gold cue: its token whose syntactic head lies outside the cue."""
    heads: set[int] = set()
    for attribution in attributions:
        tokens = {t.i for s, e in attribution.cue for t in doc.char_span(s, e, alignment_mode="expand") or []}
        top = sorted(i for i in tokens if doc[i].head.i not in tokens or doc[i].head.i == i)
        if top:
            heads.add(top[0])
    return heads


def count_lemmas(doc: Doc, heads: set[int]) -> tuple[Counter[str], Counter[str]]:
    """How often each lemma occurs in ``doc`` and how often it heads a cue."""
    seen: Counter[str] = Counter(t.lemma_.lower() for t in doc)
    cued: Counter[str] = Counter(doc[i].lemma_.lower() for i in heads)
    return seen, cued


def prior(seen: Counter[str], cued: Counter[str], keep: set[str]) -> Prior:
    """Smoothed share of a lemma's occurrences that head a cue, for the lemmas in ``keep``."""
    return {lemma: ((cued[lemma] + 0.1) / (seen[lemma] + 2), seen[lemma]) for lemma in keep if seen[lemma] > 0}


def training_rows(parsed: list[tuple[Doc, set[int]]]) -> tuple[np.ndarray, np.ndarray, Prior]:
    """Features and labels for every candidate token, and the statistics to ship."""
    counts = [count_lemmas(doc, heads) for doc, heads in parsed]
    seen: Counter[str] = sum((c[0] for c in counts), Counter())
    cued: Counter[str] = sum((c[1] for c in counts), Counter())
    keep = {lemma for lemma, n in seen.items() if n >= MIN_SEEN and cued[lemma] > 0}
    rows, labels = [], []
    for (doc, heads), (own_seen, own_cued) in zip(parsed, counts):
        without = prior(seen - own_seen, cued - own_cued, keep)
        tokens = candidates(doc)
        inside = inside_quotations(doc, find_quotations(doc.text))
        rows.append(features(doc, tokens, without, inside))
        labels.append(np.array([i in heads for i in tokens], dtype=np.float32))
    return np.concatenate(rows), np.concatenate(labels), prior(seen, cued, keep)


def fit(x: np.ndarray, y: np.ndarray, hidden: int = 64, epochs: int = 6, seed: int = 0) -> dict[str, np.ndarray]:
    """Train the scorer (cross-entropy, Adam, mini-batches of 256) on standardised features and
    fold the standardisation into the first layer's weights."""
    mean, scale = x.mean(0), x.std(0) + 1e-6
    x = (x - mean) / scale
    rng = np.random.default_rng(seed)
    params = {
        "w1": rng.normal(0, np.sqrt(2 / x.shape[1]), (x.shape[1], hidden)).astype(np.float32),
        "b1": np.zeros(hidden, np.float32),
        "w2": rng.normal(0, np.sqrt(1 / hidden), (hidden, 1)).astype(np.float32),
        "b2": np.zeros(1, np.float32),
    }
    moments = {k: (np.zeros_like(v), np.zeros_like(v)) for k, v in params.items()}
    step = 0
    for _ in range(epochs):
        order = rng.permutation(len(y))
        for begin in range(0, len(y), 256):
            batch = order[begin : begin + 256]
            step += 1
            _adam(params, moments, _gradients(params, x[batch], y[batch]), step)
    w1 = params["w1"] / scale[:, None].astype(np.float32)
    b1 = params["b1"] - (mean / scale).astype(np.float32) @ params["w1"]
    return {"w1": w1.astype(np.float32), "b1": b1.astype(np.float32), "w2": params["w2"], "b2": params["b2"]}


def _gradients(params: dict[str, np.ndarray], x: np.ndarray, y: np.ndarray, l2: float = 1e-5) -> dict[str, np.ndarray]:
    hidden = np.maximum(x @ params["w1"] + params["b1"], 0)
    logits = np.clip((hidden @ params["w2"] + params["b2"])[:, 0], -30, 30)
    d_logits = (1 / (1 + np.exp(-logits)) - y) / len(y)
    d_hidden = (d_logits[:, None] @ params["w2"].T) * (hidden > 0)
    return {
        "w1": x.T @ d_hidden + l2 * params["w1"],
        "b1": d_hidden.sum(0),
        "w2": hidden.T @ d_logits[:, None] + l2 * params["w2"],
        "b2": d_logits.sum(keepdims=True),
    }


def _adam(params: dict[str, np.ndarray], moments: dict, grads: dict[str, np.ndarray], step: int,
          rate: float = 1e-3) -> None:
    for key, grad in grads.items():
        first, second = moments[key]
        first *= 0.9
        first += 0.1 * grad
        second *= 0.999
        second += 0.001 * grad * grad
        params[key] -= rate * (first / (1 - 0.9**step)) / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)


def main(argv: list[str] | None = None) -> int:
    """Parse the split with newsgraph's spaCy model, train, and write the model files."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", help="a PolNeAR train split (text/ and attributions/)")
    parser.add_argument("--out", default=str(MODEL_DIR), help="the folder to write")
    parser.add_argument("--epochs", type=int, default=6)
    args = parser.parse_args(argv)
    parsed = [(doc, cue_heads(doc, gold)) for doc, gold in parse_split(args.folder)]
    x, y, shipped_prior = training_rows(parsed)
    model = CueModel(fit(x, y, epochs=args.epochs), shipped_prior)
    model.save(Path(args.out), f"PolNeAR {Path(args.folder).name}, {len(parsed)} articles, {int(y.sum())} cues")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
