"""Score a record against a hand-made answer key in the format of the reference article's gold.json.

Per layer: precision, recall and F1, plus the checks a reader cares about (people under their
full names with the right titles, quote speakers, the events' participants, place and time).
Gold entity ids are mapped to predicted entities by their named mentions.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.errors import EvaluationError
from newsgraph.model import Entity, Record

NAMED_TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT"}


@dataclass
class Score:
    """Counts of one layer; ``failures`` lists what was missed or wrong, for a reader."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4), "failures": self.failures}


def load_gold(path: str | Path) -> dict[str, Any]:
    """Read an answer key; raise EvaluationError naming the file if it is not one."""
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise EvaluationError(f"{path}: cannot read the answer key ({e}).") from e
    if not isinstance(gold, dict) or "entities" not in gold:
        raise EvaluationError(f"{path}: not an answer key (no 'entities').")
    return gold


def evaluate(gold: dict[str, Any], record: Record) -> dict[str, Score]:
    """Score ``record`` against ``gold``, layer by layer."""
    links = link_entities(gold, record)
    return {
        "entities": score_named_mentions(gold, record),
        "people": score_people(gold, record, links),
        "coref": score_coref(gold, record, links),
        "times": score_times(gold, record),
        "quotes": score_quotes(gold, record, links),
        "quantities": score_quantities(gold, record),
        "identifiers": score_identifiers(gold, record, links),
        "events": score_events(gold, record, links),
    }


def link_entities(gold: dict[str, Any], record: Record) -> dict[str, Entity]:
    """Gold entity id -> the predicted entity sharing most of its named mention spans."""
    owner = {(m.start, m.end): e for e in record.entities for m in e.mentions if m.kind == "name"}
    links: dict[str, Entity] = {}
    for g in gold["entities"]:
        votes: dict[str, int] = {}
        by_id: dict[str, Entity] = {}
        for m in g["mentions"]:
            entity = owner.get((m["start"], m["end"]))
            if entity is not None:
                votes[entity.id] = votes.get(entity.id, 0) + 1
                by_id[entity.id] = entity
        if votes:
            links[g["id"]] = by_id[max(votes, key=lambda k: votes[k])]
    return links


def score_named_mentions(gold: dict[str, Any], record: Record) -> Score:
    """Exact-span F1 of named mentions of the counted types; NORP and optional entities not counted."""
    counted = {(m["start"], m["end"]) for g in gold["entities"] if g["type"] in NAMED_TYPES and not g.get("optional")
               for m in g["mentions"]}
    ignored = {(m["start"], m["end"]) for g in gold["entities"] if g.get("optional") for m in g["mentions"]}
    ignored |= {(n["start"], n["end"]) for n in gold.get("norp", [])}
    predicted = {(m.start, m.end): m.text for e in record.entities if e.type in NAMED_TYPES
                 for m in e.mentions if m.kind == "name"}
    score = Score()
    for key, text in sorted(predicted.items()):
        if key in counted:
            score.tp += 1
        elif key not in ignored:
            score.fp += 1
            score.failures.append(f"extra mention {text!r} at {key[0]}")
    for key in sorted(counted - predicted.keys()):
        score.fn += 1
        score.failures.append(f"missed mention at {key[0]}:{key[1]}")
    return score


def score_people(gold: dict[str, Any], record: Record, links: dict[str, Entity]) -> Score:
    """Each gold person found under the gold full name, with the gold title and its 'of'."""
    score = Score()
    for g in (g for g in gold["entities"] if g["type"] == "PERSON"):
        entity = links.get(g["id"])
        problems = []
        if entity is None:
            problems.append("not found")
        else:
            if entity.name != g["name"]:
                problems.append(f"named {entity.name!r}")
            for role in g.get("roles", []):
                found = [r for r in entity.roles if r.title.lower() == role["title"].lower()]
                if not found:
                    problems.append(f"no title {role['title']!r} (has {[r.title for r in entity.roles]})")
                elif role.get("of"):
                    target = links.get(role["of"])
                    if target is None or not any(r.of == target.id for r in found):
                        problems.append(f"title {role['title']!r} not held at {role['of']}")
        if problems:
            score.fn += 1
            score.failures.append(f"{g['name']}: " + "; ".join(problems))
        else:
            score.tp += 1
    return score


def score_coref(gold: dict[str, Any], record: Record, links: dict[str, Entity]) -> Score:
    """Pronoun and description mentions attached to the right entity (exact span)."""
    expected = {(m["start"], m["end"]): g["id"] for g in gold["entities"] for m in g.get("coref_mentions", [])}
    predicted = {(m.start, m.end): e for e in record.entities for m in e.mentions if m.kind != "name"}
    score = Score()
    for key, entity in sorted(predicted.items(), key=lambda kv: kv[0]):
        gold_id = expected.get(key)
        if gold_id is not None and links.get(gold_id) is entity:
            score.tp += 1
        else:
            score.fp += 1
            score.failures.append(f"{record.article.text[key[0]:key[1]]!r} at {key[0]} -> {entity.name}"
                                  + (f" (gold {gold_id})" if gold_id else ""))
    score.fn = len(expected) - score.tp
    return score


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_times(gold: dict[str, Any], record: Record) -> Score:
    """Required times found with the exact value (or the same UTC instant); optional ones free."""
    score = Score()
    optional = [(t["start"], t["end"]) for t in gold.get("times_optional", [])]
    matched: set[int] = set()
    for g in gold.get("times", []):
        hit = next((i for i, t in enumerate(record.times) if _overlaps((t.start, t.end), (g["start"], g["end"]))), None)
        t = record.times[hit] if hit is not None else None
        if t is not None and (t.value == g["value"] or (g.get("utc") and t.utc == g["utc"])) \
                and (g.get("mod") in (None, t.mod)):
            score.tp += 1
            matched.add(hit)  # type: ignore[arg-type]
        else:
            score.fn += 1
            got = f"{t.text!r} {t.value} {t.mod or ''}" if t else "nothing"
            score.failures.append(f"{g['text']!r}: want {g['value']} {g.get('mod') or ''}, got {got}")
            if hit is not None:
                matched.add(hit)
    for i, t in enumerate(record.times):
        if i not in matched and not any(_overlaps((t.start, t.end), o) for o in optional):
            score.fp += 1
            score.failures.append(f"extra time {t.text!r} ({t.value})")
    return score


def score_quotes(gold: dict[str, Any], record: Record, links: dict[str, Entity]) -> Score:
    """Direct and partial quotes: exact span and the right speaker; quoted titles must not appear."""
    score = Score()
    predicted = [q for q in record.quotes if q.kind in ("direct", "partial")]
    used: set[int] = set()
    for g in gold.get("quotes", []):
        hit = next((i for i, q in enumerate(predicted) if (q.start, q.end) == (g["start"], g["end"])), None)
        speaker = links.get(g["speaker"])
        if hit is None:
            score.fn += 1
            score.failures.append(f"missed quote {g['text'][:40]!r}")
            continue
        used.add(hit)
        if speaker is not None and predicted[hit].speaker == speaker.id:
            score.tp += 1
        else:
            score.fn += 1
            score.fp += 1
            score.failures.append(f"quote {g['text'][:40]!r}: speaker {predicted[hit].speaker} not {g['speaker']}")
    for i, q in enumerate(predicted):
        if i not in used:
            score.fp += 1
            score.failures.append(f"extra quote {q.text[:40]!r}")
    return score


def _score_matched(
    what: str, golds: list[dict[str, Any]], predicted: list[Any],
    matches: Callable[[Any, dict[str, Any]], bool], problem: Callable[[Any, dict[str, Any]], str | None],
) -> Score:
    """Pair each gold item with the first prediction ``matches`` accepts; a pair counts when
    ``problem`` finds none. Unpaired predictions are false positives."""
    score = Score()
    used: set[int] = set()
    for g in golds:
        hit = next((i for i, p in enumerate(predicted) if i not in used and matches(p, g)), None)
        if hit is None:
            score.fn += 1
            score.failures.append(f"missed {what} {g['text']!r}")
            continue
        used.add(hit)
        wrong = problem(predicted[hit], g)
        if wrong is None:
            score.tp += 1
        else:
            score.fn += 1
            score.failures.append(f"{g['text']!r}: {wrong}")
    extra = [p for i, p in enumerate(predicted) if i not in used]
    score.fp = len(extra)
    score.failures += [f"extra {what} {p.text!r}" for p in extra]
    return score


def score_quantities(gold: dict[str, Any], record: Record) -> Score:
    """Quantities: overlapping span with the gold value and unit."""
    return _score_matched(
        "quantity", gold.get("quantities", []), record.quantities,
        lambda q, g: _overlaps((q.start, q.end), (g["start"], g["end"])),
        lambda q, g: None if q.value == g["value"] and q.unit == g.get("unit")
        else f"got value {q.value} unit {q.unit}",
    )


def score_identifiers(gold: dict[str, Any], record: Record, links: dict[str, Entity]) -> Score:
    """Identifiers: exact span, kind, and the entity they refer to."""

    def problem(x: Any, g: dict[str, Any]) -> str | None:
        target = links.get(g.get("refers_to") or "")
        if x.kind == g["kind"] and (target is None or x.refers_to == target.id):
            return None
        return f"kind {x.kind}, refers to {x.refers_to}"

    return _score_matched(
        "identifier", gold.get("identifiers", []), record.identifiers,
        lambda x, g: (x.start, x.end) == (g["start"], g["end"]), problem,
    )


def score_events(gold: dict[str, Any], record: Record, links: dict[str, Entity]) -> Score:
    """Events: a predicted event at the gold trigger (or a later mention) with the gold participants,
    place (or a place inside it) and time (value or UTC instant), where the gold gives them."""
    score = Score()
    used: set[str] = set()
    for g in gold.get("events", []):
        spans = [(g["trigger"]["start"], g["trigger"]["end"])] + [
            (m["start"], m["end"]) for m in g.get("also_mentions", [])
        ]
        event = next((ev for ev in record.events for s in [ev.trigger, *ev.mentions]
                      if any(_overlaps((s.start, s.end), gs) for gs in spans)), None)
        if event is None:
            score.fn += 1
            score.failures.append(f"missed event {g['id']} ({g['trigger']['text']!r})")
            continue
        used.add(event.id)
        place = g.get("place")
        allowed = _containing_places(gold, place, record, links) if place in links else set()
        problems = _event_problems(g, event, links, allowed)
        if problems:
            score.fn += 1
            score.failures.append(f"event {g['id']}: " + "; ".join(problems))
        else:
            score.tp += 1
    score.fp = sum(1 for ev in record.events if ev.id not in used)
    return score


def _containing_places(gold: dict[str, Any], place: str, record: Record, links: dict[str, Entity]) -> set[str]:
    """The predicted place and any place the text puts it in ("X in Y" right after a mention of X)."""
    allowed = {links[place].id}
    text = record.article.text
    owner = {m.start: e.id for e in record.entities for m in e.mentions}
    for g in gold["entities"]:
        if g["id"] == place:
            for m in g["mentions"]:
                after = m["end"] + 4
                if text[m["end"]:after] == " in " and after in owner:
                    allowed.add(owner[after])
    return allowed


def _event_problems(g: dict[str, Any], event: Any, links: dict[str, Entity], allowed_places: set[str]) -> list[str]:
    problems = []
    have = {p.entity for p in event.participants}
    for who in g.get("participants", []) + g.get("agent", []):
        target = links.get(who)
        if target is not None and target.id not in have:
            problems.append(f"participant {who} missing")
    place = g.get("place")
    if place and place in links and event.place not in allowed_places:
        problems.append(f"place {event.place} not {place}")
    if g.get("time"):
        got = event.time or {}
        if g["time"] not in (got.get("value"), got.get("utc")):
            problems.append(f"time {got} not {g['time']}")
    return problems
