"""``newsgraph evaluate polnear --agreement``: annotators scored against each other, no pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from polnear_sample import SAID_ANN as ANN
from polnear_sample import SAID_TEXT as TEXT

from newsgraph import pipeline
from newsgraph.cli import main
from newsgraph.errors import ExtractionError
from newsgraph.model import Record


def split(root: Path, annotations: dict[str, str]) -> Path:
    (root / "text").mkdir()
    (root / "attributions").mkdir()
    (root / "text" / "paper_a.txt").write_text(TEXT, encoding="utf-8")
    for annotator, ann in annotations.items():
        (root / "attributions" / f"paper_a_{annotator}.ann").write_text(ann, encoding="utf-8")
    return root


def test_agreement_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = split(tmp_path, {"4b22": ANN, "ef2d": ANN.replace("Source 0 9\tThe mayor", "Source 4 9\tmayor")})
    assert main(["evaluate", "polnear", str(folder), "--agreement", "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["all"]["cue"]["f1"] == 1.0
    assert scores["all"]["source"]["f1"] == 1.0 and scores["all"]["source_exact"]["f1"] == 0.0


def test_agreement_needs_an_article_with_several_annotators(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = split(tmp_path, {"4b22": ANN})
    assert main(["evaluate", "polnear", str(folder), "--agreement"]) == 1
    assert "no article has more than one annotation file" in capsys.readouterr().err


class _FailsSecond:
    """Stands in for the pipeline: an empty record for the first article, a failure for the second."""

    def __init__(self, model: str | None = None) -> None:
        self.model = model

    def extract_many(self, articles):
        for n, article in enumerate(articles):
            yield Record(article) if n == 0 else ExtractionError(f"article {article.id}: made-up failure")


def test_scoring_counts_the_articles_scored(tmp_path: Path, monkeypatch, capsys: pytest.CaptureFixture[str]) -> None:
    folder = split(tmp_path, {"4b22": ANN})
    (folder / "text" / "paper_b.txt").write_text(TEXT, encoding="utf-8")
    (folder / "attributions" / "paper_b_4b22.ann").write_text(ANN, encoding="utf-8")
    monkeypatch.setattr(pipeline, "Extractor", _FailsSecond)
    assert main(["evaluate", "polnear", str(folder)]) == 3
    captured = capsys.readouterr()
    assert f"{folder}: 1 articles" in captured.out.replace("\n", "")
    assert "paper_b" in captured.err and "made-up failure" in captured.err
