"""TimeML (.tml) reader and the TempEval-3 Task A scorer for time expressions.

``read_timeml(path)`` gives a document's plain text (the content of ``<TEXT>``), its creation
time (the DCT) and its gold TIMEX3 tags with character offsets into that text; the DCT's own
TIMEX3 (``functionInDocument="CREATION_TIME"``) is not one of them. ``score(gold, found)``
compares a system's expressions to the gold ones as TempEval-3 does: strict extraction (same
span), relaxed extraction (overlapping spans), and, over the relaxed matches, type accuracy and
value F1 (a hit needs a relaxed match and the exact value).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.errors import EvaluationError


@dataclass
class GoldTimex:
    """One TIMEX3 annotation (gold or found): span, type, value and mod."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass
class TimemlDoc:
    """A TimeML document: id, the plain text, its creation time and its gold TIMEX3 tags."""

    doc_id: str
    path: str
    text: str
    dct: str | None
    timexes: list[GoldTimex] = field(default_factory=list)


def timeml_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Every .tml file named by ``paths`` (files, or directories searched recursively), sorted."""
    found: list[Path] = []
    for item in map(Path, paths):
        if item.is_dir():
            found += sorted(p for p in item.rglob("*.tml") if not p.name.startswith("."))
        elif item.exists():
            found.append(item)
        else:
            raise EvaluationError(f"{item}: no such file or directory. Tip: give .tml files or folders holding them.")
    return found


def read_timeml(path: str | Path) -> TimemlDoc:
    """Read one TimeML file; raise EvaluationError naming it if it is not TimeML with a TEXT."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as e:
        raise EvaluationError(f"{path}: cannot read as TimeML XML: {e}") from e
    text_el = root.find(".//TEXT")
    if text_el is None:
        raise EvaluationError(f"{path}: has no <TEXT> element. Tip: is this a TimeML .tml file?")
    pieces: list[str] = []
    timexes: list[GoldTimex] = []
    _walk(text_el, pieces, timexes)
    doc_id = (root.findtext(".//DOCID") or Path(path).stem).strip()
    return TimemlDoc(doc_id, str(path), "".join(pieces), _dct(root), timexes)


def _walk(element: ET.Element, pieces: list[str], timexes: list[GoldTimex]) -> None:
    """Append the text under ``element`` to ``pieces``, recording each TIMEX3's offsets."""
    offset = sum(map(len, pieces))
    pieces.append(element.text or "")
    for child in element:
        _walk(child, pieces, timexes)
        pieces.append(child.tail or "")
    if element.tag == "TIMEX3" and element.get("functionInDocument") != "CREATION_TIME":
        end = sum(map(len, pieces))
        text = "".join(pieces)[offset:end]
        timexes.append(GoldTimex(offset, end, text, element.get("type", ""), element.get("value", ""),
                                 element.get("mod")))
        timexes.sort(key=lambda t: t.start)


def _dct(root: ET.Element) -> str | None:
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            return timex.get("value")
    return None


@dataclass
class TimexScores:
    """Counts for TempEval-3 Task A; add documents' scores with ``+``."""

    gold: int = 0
    found: int = 0
    strict: int = 0
    relaxed: int = 0
    type_match: int = 0
    value_match: int = 0
    misses: list[str] = field(default_factory=list)

    def __add__(self, other: TimexScores) -> TimexScores:
        return TimexScores(
            self.gold + other.gold, self.found + other.found, self.strict + other.strict,
            self.relaxed + other.relaxed, self.type_match + other.type_match,
            self.value_match + other.value_match, self.misses + other.misses,
        )

    def prf(self, hits: int) -> tuple[float, float, float]:
        """Precision, recall and F1 for ``hits`` matched pairs."""
        precision = hits / self.found if self.found else 0.0
        recall = hits / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    @property
    def type_accuracy(self) -> float:
        return self.type_match / self.relaxed if self.relaxed else 0.0

    def to_dict(self) -> dict[str, float | int]:
        out: dict[str, float | int] = {"gold": self.gold, "found": self.found}
        for name, hits in (("strict", self.strict), ("relaxed", self.relaxed), ("type", self.type_match),
                           ("value", self.value_match)):
            precision, recall, f1 = self.prf(hits)
            out |= {f"{name}_precision": precision, f"{name}_recall": recall, f"{name}_f1": f1}
        out["type_accuracy"] = self.type_accuracy
        return out


def score(gold: Sequence[GoldTimex], found: Sequence[GoldTimex], doc_id: str = "") -> TimexScores:
    """Score one document's ``found`` expressions against its ``gold`` ones.

    Each gold expression is paired with at most one found expression, the one overlapping it
    most (an exact span first), so one long found span over two gold ones counts once.
    """
    scores = TimexScores(gold=len(gold), found=len(found))
    used: set[int] = set()
    for g in gold:
        best = _best_overlap(g, found, used)
        if best is None:
            scores.misses.append(f"{doc_id}: missed {g.text!r} {g.type} {g.value}")
            continue
        used.add(best)
        f = found[best]
        scores.relaxed += 1
        scores.strict += (f.start, f.end) == (g.start, g.end)
        scores.type_match += f.type == g.type
        scores.value_match += f.value == g.value
        if f.value != g.value or (f.start, f.end) != (g.start, g.end):
            scores.misses.append(f"{doc_id}: {g.text!r} {g.type} {g.value} <- {f.text!r} {f.type} {f.value}")
    for i, f in enumerate(found):
        if i not in used:
            scores.misses.append(f"{doc_id}: extra {f.text!r} {f.type} {f.value}")
    return scores


ZONE_OFFSET = re.compile(r"(?<=T\d\d)((?::\d\d){0,2})([+-]\d\d(?::?\d\d)?|Z)$")


def timeml_value(value: str) -> str:
    """A record's time value as TimeML writes it: the clock time the text states, without the
    zone offset ("5 p.m. EST" is ``T17:00`` in TimeBank; newsgraph keeps ``T17:00-05:00`` and
    the instant in ``utc``)."""
    return ZONE_OFFSET.sub(lambda m: m.group(1) or "", value)


def _best_overlap(g: GoldTimex, found: Sequence[GoldTimex], used: set[int]) -> int | None:
    best: tuple[int, int] | None = None
    for i, f in enumerate(found):
        overlap = min(g.end, f.end) - max(g.start, f.start)
        if i in used or overlap <= 0:
            continue
        rank = overlap + (10_000 if (f.start, f.end) == (g.start, g.end) else 0)
        if best is None or rank > best[0]:
            best = (rank, i)
    return best[1] if best else None
