"""The extract and evaluate commands, end to end in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.cli import build_parser, main

REFERENCE = Path(__file__).parents[1] / "fixtures" / "alaska-summit"


def test_every_command_and_option_has_help():
    parser = build_parser()
    stack = [parser]
    while stack:
        current = stack.pop()
        for action in current._actions:
            if action.dest in ("help", "version"):
                continue
            if getattr(action, "choices", None) and hasattr(action, "_name_parser_map"):
                for name, sub in action._name_parser_map.items():
                    assert sub.description or any(
                        c.dest == name and c.help for c in action._choices_actions), f"command {name} has no help"
                    stack.append(sub)
            else:
                assert action.help, f"option {action.dest} of {current.prog} has no help"


def test_bad_published_date_is_one_clear_line(capsys):
    assert main(["extract", "x.txt", "--published", "next week"]) == 2
    err = capsys.readouterr().err
    assert "--published 'next week' is not an ISO date" in err and "Traceback" not in err


@pytest.mark.slow
def test_extract_batch_records_failures_and_goes_on(tmp_path: Path, capsys):
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a.txt").write_text("Jane Roe met John Smith in Paris on Monday.", encoding="utf-8")
    (articles / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(articles), "--published", "2024-01-10", "--format", "jsonl", "-o", str(out)]) == 3
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(lines) == 1 and lines[0]["metadata"]["published"] == "2024-01-10"
    assert "empty.txt" in capsys.readouterr().err


@pytest.mark.slow
def test_extract_html_page(tmp_path: Path):
    out = tmp_path / "a.html"
    assert main(["extract", str(REFERENCE / "article.txt"), "--published", "2025-08-15", "--format", "html",
                 "-o", str(out)]) == 0
    html = out.read_text()
    assert html.startswith("<!doctype html>") and "<mark" in html and "Entities" in html


@pytest.mark.slow
def test_evaluate_seed_json(capsys):
    assert main(["evaluate", "seed", str(REFERENCE / "gold.json"), str(REFERENCE / "article.txt"), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert set(scores) >= {"entities", "people", "times", "quotes", "quantities", "identifiers", "events"}


@pytest.mark.slow
def test_an_output_inside_the_input_folder_is_not_read_back(tmp_path: Path, capsys):
    (tmp_path / "a.txt").write_text("Jane Roe met John Smith in Paris on Monday.", encoding="utf-8")
    out = tmp_path / "records.jsonl"
    for _run in range(2):  # the second run finds the first run's records in the folder
        assert main(["extract", str(tmp_path), "--format", "jsonl", "-o", str(out)]) == 0
        assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_an_input_named_as_the_output_is_refused(tmp_path: Path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Jane Roe met John Smith in Paris on Monday.", encoding="utf-8")
    assert main(["extract", str(article), "-o", str(article)]) == 2
    assert "is both an input and the output" in capsys.readouterr().err
    assert article.read_text(encoding="utf-8").startswith("Jane Roe")  # not emptied
