"""Coreference scores of a predicted partition against a gold one: MUC, B-cubed, CEAF-e and CoNLL F1.

Clusters are sets of hashable mention keys. Singletons count (the ECB+ convention of Barhom et al.
2019 and Cattan et al. 2021). Twinless mentions (predicted ones no gold cluster holds, gold ones
nobody predicted) are treated as the reference CoNLL scorer v8 treats them (Pradhan et al. 2014):
they add to the denominators and never to the numerators. CEAF-e uses the phi4 similarity and an
optimal one-to-one alignment of clusters, found by Kuhn-Munkres on each connected group of
overlapping clusters (clusters that share no mention add nothing, so the groups are independent).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

Cluster = AbstractSet[Hashable]  # read-only and covariant: a set of any mention keys
Partition = Sequence[Cluster]


@dataclass(frozen=True)
class PRF:
    """Recall and precision as numerator/denominator pairs, and their F1."""

    recall_num: float
    recall_den: float
    precision_num: float
    precision_den: float

    @property
    def recall(self) -> float:
        return self.recall_num / self.recall_den if self.recall_den else 0.0

    @property
    def precision(self) -> float:
        return self.precision_num / self.precision_den if self.precision_den else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True)
class CorefScores:
    """The three metrics of one partition against another, and their mean F1 (CoNLL F1)."""

    muc: PRF
    b_cubed: PRF
    ceaf_e: PRF

    @property
    def conll_f1(self) -> float:
        return (self.muc.f1 + self.b_cubed.f1 + self.ceaf_e.f1) / 3

    def to_dict(self) -> dict[str, object]:
        return {"muc": self.muc.to_dict(), "b_cubed": self.b_cubed.to_dict(), "ceaf_e": self.ceaf_e.to_dict(),
                "conll_f1": round(self.conll_f1, 4)}


def score(gold: Partition, predicted: Partition) -> CorefScores:
    """MUC, B-cubed and CEAF-e of ``predicted`` clusters against ``gold`` clusters."""
    gold = [set(c) for c in gold if c]
    predicted = [set(c) for c in predicted if c]
    return CorefScores(muc(gold, predicted), b_cubed(gold, predicted), ceaf_e(gold, predicted))


def _owner(partition: Partition) -> dict[Hashable, int]:
    return {mention: i for i, cluster in enumerate(partition) for mention in cluster}


def _muc_side(key: Partition, response: Partition) -> tuple[int, int]:
    """MUC's numerator and denominator for one direction (Vilain et al. 1995).

    A key cluster splits into the response clusters it meets plus one part per mention the
    response lacks; the numerator counts the links left, |K| - parts.
    """
    owner = _owner(response)
    numerator = denominator = 0
    for cluster in key:
        parts = {owner[m] for m in cluster if m in owner}
        missing = sum(1 for m in cluster if m not in owner)
        numerator += len(cluster) - len(parts) - missing
        denominator += len(cluster) - 1
    return numerator, denominator


def muc(gold: Partition, predicted: Partition) -> PRF:
    """The link-based MUC score; singletons add nothing to it."""
    r_num, r_den = _muc_side(gold, predicted)
    p_num, p_den = _muc_side(predicted, gold)
    return PRF(r_num, r_den, p_num, p_den)


def _b_cubed_side(key: Partition, response: Partition) -> tuple[float, int]:
    """Sum over key mentions of |K ∩ R| / |K| (R the response cluster holding it), and the key mention count."""
    owner = _owner(response)
    numerator = 0.0
    for cluster in key:
        overlaps: dict[int, int] = {}
        for mention in cluster:
            if mention in owner:
                overlaps[owner[mention]] = overlaps.get(owner[mention], 0) + 1
        numerator += sum(n * n for n in overlaps.values()) / len(cluster)
    return numerator, sum(len(c) for c in key)


def b_cubed(gold: Partition, predicted: Partition) -> PRF:
    """The mention-based B-cubed score (Bagga & Baldwin 1998)."""
    r_num, r_den = _b_cubed_side(gold, predicted)
    p_num, p_den = _b_cubed_side(predicted, gold)
    return PRF(r_num, r_den, p_num, p_den)


def phi4(key: Cluster, response: Cluster) -> float:
    """The entity similarity of CEAF-e: 2 |K ∩ R| / (|K| + |R|)."""
    return 2 * len(key & response) / (len(key) + len(response))


def ceaf_e(gold: Partition, predicted: Partition) -> PRF:
    """Entity-based CEAF (Luo 2005) with phi4 and the best one-to-one alignment of clusters."""
    total = 0.0
    for gold_ids, predicted_ids in _overlapping_groups(gold, predicted):
        weights = [[phi4(gold[g], predicted[p]) for p in predicted_ids] for g in gold_ids]
        total += sum(weights[g][p] for g, p in max_weight_matching(weights))
    return PRF(total, len(gold), total, len(predicted))


def _overlapping_groups(gold: Partition, predicted: Partition) -> list[tuple[list[int], list[int]]]:
    """Groups of gold and predicted cluster indices joined by shared mentions (connected components)."""
    owner = _owner(predicted)
    parent = list(range(len(gold) + len(predicted)))  # union-find: gold i is i, predicted j is len(gold)+j

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for g, cluster in enumerate(gold):
        for mention in cluster:
            if mention in owner:
                parent[root(g)] = root(len(gold) + owner[mention])
    groups: dict[int, tuple[list[int], list[int]]] = {}
    for g in range(len(gold)):
        groups.setdefault(root(g), ([], []))[0].append(g)
    for p in range(len(predicted)):
        groups.setdefault(root(len(gold) + p), ([], []))[1].append(p)
    return [group for group in groups.values() if group[0] and group[1]]


def max_weight_matching(weights: list[list[float]]) -> list[tuple[int, int]]:
    """The (row, column) pairs of a one-to-one assignment with the largest total weight.

    Kuhn-Munkres (Hungarian method) with potentials, O(n^2 m) for n rows and m columns; the matrix is
    transposed when it has more rows than columns. Weights are non-negative.
    """
    if not weights or not weights[0]:
        return []
    if len(weights) > len(weights[0]):
        return [(r, c) for c, r in max_weight_matching([list(col) for col in zip(*weights)])]
    return [(r, c) for r, c in _hungarian([[-w for w in row] for row in weights])]


def _hungarian(cost: list[list[float]]) -> list[tuple[int, int]]:
    """A minimum-cost assignment of every row of ``cost`` (n rows <= m columns) to a distinct column."""
    n, m = len(cost), len(cost[0])
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    row_of = [0] * (m + 1)  # row_of[j]: the (1-based) row assigned to column j, 0 for none
    for i in range(1, n + 1):
        row_of[0] = i
        j0 = 0
        slack, came_from, used = [inf] * (m + 1), [0] * (m + 1), [False] * (m + 1)
        while row_of[j0] != 0:
            used[j0] = True
            i0, delta, j1 = row_of[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    reduced = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if reduced < slack[j]:
                        slack[j], came_from[j] = reduced, j0
                    if slack[j] < delta:
                        delta, j1 = slack[j], j
            for j in range(m + 1):
                if used[j]:
                    u[row_of[j]] += delta
                    v[j] -= delta
                else:
                    slack[j] -= delta
            j0 = j1
        while j0:  # flip the augmenting path back to its start
            j1 = came_from[j0]
            row_of[j0] = row_of[j1]
            j0 = j1
    return [(row_of[j] - 1, j - 1) for j in range(1, m + 1) if row_of[j]]
