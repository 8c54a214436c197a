"""PolNeAR (political news attribution relations, brat standoff): reader and scorer.

A PolNeAR folder holds ``text/<article>.txt`` and ``attributions/<article>_<annotator>.ann``.
Each ``E`` line ties one attribution: its ``Content`` (the reported words, several pieces when
discontinuous), its ``Cue`` and, unless ``Attribution-no-source``, its ``Source``.

Predicted attributions come from a Record's quotes: quotes sharing one cue are one attribution
(a quotation split by "he said", or a partial quote inside an indirect one), and its content is
the union of their spans. Scores, over all attributions and over those whose content holds a
double quotation mark:

- ``content``: an attribution is found when its content overlaps a gold content (one-to-one;
  where several could pair, pairs whose cues also overlap come first, then the largest overlap);
- ``cue``: the same for cues alone; ``source``: the same for sources alone;
- ``source_on_found``: of the found pairs, those whose sources overlap (or both have none);
- ``end_to_end``: found pairs whose sources also overlap;
- ``*_exact``: the same with the spans equal instead of overlapping.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.errors import EvaluationError
from newsgraph.model import Record

CharSpan = tuple[int, int]
QUOTE_MARKS = "\"“”«»„"
CUE_AGREES = 1_000_000  # outweighs any content overlap
T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t")


@dataclass
class Attribution:
    """One attribution; each part is a list of character spans (empty when absent)."""

    content: list[CharSpan]
    cue: list[CharSpan] = field(default_factory=list)
    source: list[CharSpan] = field(default_factory=list)


@dataclass
class PolnearArticle:
    name: str
    text: str
    attributions: list[Attribution]


@dataclass
class Counts:
    """True positives, predictions and gold items; precision, recall and F1 from them."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.predicted += other.predicted
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "predicted": self.predicted, "gold": self.gold,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


METRICS = ("content", "cue", "source", "source_on_found", "end_to_end", "content_exact", "cue_exact",
           "source_exact", "end_to_end_exact")
SUBSETS = ("all", "quoted")

Scores = dict[str, dict[str, Counts]]


def empty_scores() -> Scores:
    return {subset: {metric: Counts() for metric in METRICS} for subset in SUBSETS}


# ---------------------------------------------------------------- reading


def read_polnear(folder: str | Path, limit: int | None = None) -> list[PolnearArticle]:
    """Read the articles of one PolNeAR split (``folder`` holds ``text/`` and ``attributions/``).

    Where several annotators annotated an article, the first annotation file by name is used.
    Raises EvaluationError when the folder is not a PolNeAR split.
    """
    root = Path(folder)
    texts, anns = root / "text", root / "attributions"
    if not texts.is_dir() or not anns.is_dir():
        raise EvaluationError(
            f"{root}: no text/ and attributions/ folders. Tip: pass a PolNeAR split such as data/dev."
        )
    chosen: dict[str, Path] = {}
    for ann in sorted(anns.glob("*.ann")):
        chosen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    articles = []
    for name, ann in sorted(chosen.items())[:limit]:
        text_path = texts / f"{name}.txt"
        if not text_path.exists():
            raise EvaluationError(f"{ann}: no text file {text_path.name}. Tip: keep text/ and attributions/ together.")
        text = _read(text_path)
        articles.append(PolnearArticle(name, text, parse_ann(_read(ann), str(ann))))
    return articles


def _read(path: Path) -> str:
    """A split's file as UTF-8 text; EvaluationError naming it when it cannot be read so."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise EvaluationError(
            f"{path}: not UTF-8 text ({e.reason} at byte {e.start}). Tip: PolNeAR's files are UTF-8; re-save any other."
        ) from e
    except OSError as e:
        raise EvaluationError(f"{path}: cannot be read ({e.strerror or e})") from e


def annotator_agreement(folder: str | Path) -> tuple[int, int, Scores]:
    """How well PolNeAR's annotators agree with each other, by the same scores as the pipeline.

    For every article of the split that several annotators annotated, each annotation file is
    scored as a prediction against each other one (both directions, so precision equals recall).
    Returns (articles, ordered annotator pairs, total counts). This is the ceiling a system can
    be expected to reach on the split's annotations.
    """
    root = Path(folder)
    anns = root / "attributions"
    if not anns.is_dir():
        raise EvaluationError(f"{root}: no attributions/ folder. Tip: pass a PolNeAR split such as data/dev.")
    files: dict[str, list[Path]] = {}
    for ann in sorted(anns.glob("*.ann")):
        files.setdefault(ann.stem.rsplit("_", 1)[0], []).append(ann)
    total = empty_scores()
    articles = pairs = 0
    for name, group in sorted(files.items()):
        if len(group) < 2:
            continue
        text_path = root / "text" / f"{name}.txt"
        if not text_path.exists():
            raise EvaluationError(f"{group[0]}: no text file {text_path.name}. "
                                  "Tip: keep text/ and attributions/ together.")
        text = _read(text_path)
        annotations = [parse_ann(_read(ann), str(ann)) for ann in group]
        articles += 1
        for i, gold in enumerate(annotations):
            for j, other in enumerate(annotations):
                if i != j:
                    add_scores(total, score_article(text, gold, other))
                    pairs += 1
    return articles, pairs, total


def parse_ann(ann: str, where: str = "annotation") -> list[Attribution]:
    """The attributions of one brat standoff file (``T`` spans tied together by ``E`` lines)."""
    spans: dict[str, list[CharSpan]] = {}
    events: list[list[tuple[str, str]]] = []
    for line in ann.splitlines():
        match = T_LINE.match(line)
        if match:
            spans[match.group(1)] = _offsets(match.group(3), where)
        elif line.startswith("E"):
            fields = line.split("\t")[1].split() if "\t" in line else []
            events.append([(role, tid) for role, colon, tid in (f.partition(":") for f in fields) if colon])
    found = []
    for roles in events:
        parts: dict[str, list[CharSpan]] = {"Content": [], "Cue": [], "Source": []}
        for role, tid in roles:
            base = role.rstrip("0123456789")
            if base in parts and tid in spans:
                parts[base] += spans[tid]
        if parts["Content"]:
            found.append(Attribution(sorted(parts["Content"]), sorted(parts["Cue"]), sorted(parts["Source"])))
    return found


def _offsets(field_text: str, where: str) -> list[CharSpan]:
    try:
        pieces = [piece.split() for piece in field_text.split(";")]
        return [(int(a), int(b)) for a, b in pieces]
    except ValueError as e:
        raise EvaluationError(f"{where}: bad brat offsets {field_text!r}") from e


def predicted_attributions(record: Record) -> list[Attribution]:
    """The record's quotes grouped into attributions: quotes sharing a cue are one attribution."""
    groups: dict[tuple[int, int] | tuple[str, int], Attribution] = {}
    for quote in record.quotes:
        key: tuple[int, int] | tuple[str, int] = (quote.cue.start, quote.cue.end) if quote.cue else ("q", quote.start)
        if key not in groups:
            groups[key] = Attribution([], [(quote.cue.start, quote.cue.end)] if quote.cue else [],
                                      [(quote.source.start, quote.source.end)] if quote.source else [])
        groups[key].content.append((quote.start, quote.end))
    return [a for a in groups.values()]


# ---------------------------------------------------------------- scoring


def holds_quote(text: str, attribution: Attribution) -> bool:
    """True if the attribution's content holds a double quotation mark (direct or mixed)."""
    return any(ch in QUOTE_MARKS for s, e in attribution.content for ch in text[s:e])


def score_article(text: str, gold: list[Attribution], predicted: list[Attribution]) -> Scores:
    """Counts of every metric over all attributions and over the quoted ones."""
    scores = empty_scores()
    for subset in SUBSETS:
        g = gold if subset == "all" else [a for a in gold if holds_quote(text, a)]
        p = predicted if subset == "all" else [a for a in predicted if holds_quote(text, a)]
        _score_subset(scores[subset], g, p)
    return scores


def _score_subset(out: dict[str, Counts], gold: list[Attribution], predicted: list[Attribution]) -> None:
    n_pred, n_gold = len(predicted), len(gold)
    pairs = match(gold, predicted, _content_weight)
    exact_pairs = match(gold, predicted, lambda g, p: int(_merged(g.content) == _merged(p.content)))
    out["content"].add(Counts(len(pairs), n_pred, n_gold))
    out["content_exact"].add(Counts(len(exact_pairs), n_pred, n_gold))
    for part in ("cue", "source"):
        g_part = [a for a in gold if getattr(a, part)]
        p_part = [a for a in predicted if getattr(a, part)]
        found = match(g_part, p_part, _by_part(part, overlap))
        exact = match(g_part, p_part, _by_part(part, lambda a, b: int(_same_spans(a, b))))
        out[part].add(Counts(len(found), len(p_part), len(g_part)))
        out[f"{part}_exact"].add(Counts(len(exact), len(p_part), len(g_part)))
    agreeing = sum(1 for g, p in pairs if _same_source(g, p))
    out["source_on_found"].add(Counts(agreeing, len(pairs), len(pairs)))
    out["end_to_end"].add(Counts(agreeing, n_pred, n_gold))
    exact_e2e = sum(1 for g, p in exact_pairs if _merged(g.source) == _merged(p.source))
    out["end_to_end_exact"].add(Counts(exact_e2e, n_pred, n_gold))


def _by_part(
    part: str, weigh: Callable[[list[CharSpan], list[CharSpan]], int]
) -> Callable[[Attribution, Attribution], int]:
    """A pair weight: ``weigh`` of the two attributions' ``part`` spans ("cue" or "source")."""
    return lambda gold, predicted: weigh(getattr(gold, part), getattr(predicted, part))


def _content_weight(gold: Attribution, predicted: Attribution) -> int:
    """How well two attributions pair: content overlap, with pairs whose cues agree first."""
    shared = overlap(gold.content, predicted.content)
    if not shared:
        return 0
    return shared + (CUE_AGREES if overlap(gold.cue, predicted.cue) else 0)


def _same_spans(a: list[CharSpan], b: list[CharSpan]) -> bool:
    return _merged(a) == _merged(b)


def _same_source(gold: Attribution, predicted: Attribution) -> bool:
    if not gold.source and not predicted.source:
        return True
    return overlap(gold.source, predicted.source) > 0


def overlap(a: list[CharSpan], b: list[CharSpan]) -> int:
    """Characters shared by two span lists."""
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _merged(spans: list[CharSpan]) -> list[CharSpan]:
    """Spans sorted and joined where they touch, for exact comparison."""
    out: list[CharSpan] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def match(
    gold: list[Attribution], predicted: list[Attribution], weight: Callable[[Attribution, Attribution], int]
) -> list[tuple[Attribution, Attribution]]:
    """One-to-one pairs with positive ``weight(gold, predicted)``, greedily, heaviest first."""
    candidates = sorted(
        ((w, i, j) for i, g in enumerate(gold) for j, p in enumerate(predicted) if (w := weight(g, p)) > 0),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _w, i, j in candidates:
        if i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        pairs.append((gold[i], predicted[j]))
    return pairs


def add_scores(total: Scores, scores: Scores) -> None:
    for subset in SUBSETS:
        for metric in METRICS:
            total[subset][metric].add(scores[subset][metric])


def evaluate_records(pairs: Iterable[tuple[PolnearArticle, Record]]) -> Scores:
    """Total counts over (gold article, predicted record) pairs."""
    total = empty_scores()
    for article, record in pairs:
        add_scores(total, score_article(article.text, article.attributions, predicted_attributions(record)))
    return total
