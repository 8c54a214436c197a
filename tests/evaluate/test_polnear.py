"""PolNeAR reader and scorer on hand-made brat files and attributions."""

from __future__ import annotations

from pathlib import Path

import pytest
from polnear_sample import ANN, TEXT

from newsgraph.errors import EvaluationError
from newsgraph.evaluate.polnear import (
    Attribution,
    annotator_agreement,
    parse_ann,
    predicted_attributions,
    read_polnear,
    score_article,
)
from newsgraph.model import Article, Quote, Record, Span


def test_parse_ann_reads_discontinuous_spans() -> None:
    first, second = parse_ann(ANN)
    assert first == Attribution([(15, 40)], [(10, 14)], [(0, 9)])
    assert second.content == [(42, 55), (67, 79)]
    assert TEXT[42:55] == "“It is safe,”" and TEXT[67:79] == "“and clean.”"


def test_read_polnear_takes_one_annotation_per_article(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "paper_a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "paper_a_4b22.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "attributions" / "paper_a_ef2d.ann").write_text("", encoding="utf-8")
    (article,) = read_polnear(tmp_path)
    assert article.name == "paper_a" and len(article.attributions) == 2


def test_annotator_agreement_scores_each_annotator_against_the_others(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    for name in ("paper_a", "paper_b"):
        (tmp_path / "text" / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    first_only = ANN.split("T5\t")[0]  # the second annotator saw only the indirect report
    (tmp_path / "attributions" / "paper_a_4b22.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "attributions" / "paper_a_ef2d.ann").write_text(first_only, encoding="utf-8")
    (tmp_path / "attributions" / "paper_b_4b22.ann").write_text(ANN, encoding="utf-8")  # one annotator: left out
    articles, pairs, scores = annotator_agreement(tmp_path)
    assert (articles, pairs) == (1, 2)
    cue = scores["all"]["cue"]
    # each direction: one shared attribution; one annotator has two, the other one
    assert (cue.tp, cue.predicted, cue.gold) == (2, 3, 3)
    assert cue.precision == cue.recall == pytest.approx(2 / 3)
    quoted = scores["quoted"]["content"]
    assert (quoted.tp, quoted.predicted, quoted.gold) == (0, 1, 1)


def test_read_polnear_refuses_a_folder_that_is_no_split(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="Tip"):
        read_polnear(tmp_path)


def quote(start: int, end: int, kind: str, cue: tuple[int, int] | None, source: tuple[int, int] | None) -> Quote:
    make = lambda s: Span(s[0], s[1], TEXT[s[0] : s[1]]) if s else None  # noqa: E731
    return Quote(start, end, TEXT[start:end], kind, source=make(source), cue=make(cue))


def test_quotes_sharing_a_cue_are_one_attribution() -> None:
    record = Record(Article(TEXT), quotes=[
        quote(42, 55, "direct", (60, 65), (56, 59)),
        quote(67, 79, "direct", (60, 65), (56, 59)),
    ])
    (attribution,) = predicted_attributions(record)
    assert attribution.content == [(42, 55), (67, 79)]


def test_scores_overlap_exact_and_end_to_end() -> None:
    gold = parse_ann(ANN)
    predicted = [
        Attribution([(20, 40)], [(10, 14)], [(4, 9)]),  # content overlaps; source overlaps, not exact
        Attribution([(42, 55), (67, 79)], [(60, 65)], [(0, 3)]),  # exact content, wrong source
        Attribution([(0, 3)], [], []),  # overlaps nothing left to match
    ]
    scores = score_article(TEXT, gold, predicted)
    every, quoted = scores["all"], scores["quoted"]
    assert (every["content"].tp, every["content"].predicted, every["content"].gold) == (2, 3, 2)
    assert every["content_exact"].tp == 1
    assert every["cue"].tp == 2 and every["cue"].predicted == 2
    assert every["source"].tp == 1 and every["source_exact"].tp == 0
    assert every["end_to_end"].tp == 1 and every["end_to_end_exact"].tp == 0
    assert every["source_on_found"].tp == 1 and every["source_on_found"].predicted == 2
    assert (quoted["content"].tp, quoted["content"].predicted, quoted["content"].gold) == (1, 1, 1)
    assert quoted["end_to_end"].tp == 0
    assert every["content"].f1 == pytest.approx(2 * (2 / 3) * 1 / (2 / 3 + 1))
