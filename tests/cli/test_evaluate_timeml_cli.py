"""``newsgraph evaluate timeml``, end to end in-process on a hand-made TimeML file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.cli import main

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>hand_0002</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-04" functionInDocument="CREATION_TIME">20010504</TIMEX3></DCT>
<TEXT>
The board met <TIMEX3 tid="t1" type="DATE" value="2001-05-03">Thursday</TIMEX3> for \
<TIMEX3 tid="t2" type="DURATION" value="PT3H" mod="MORE_THAN">more than three hours</TIMEX3> \
and will meet again <TIMEX3 tid="t3" type="DATE" value="2001-06">next month</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_timeml_scores_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "doc.tml").write_text(TML, encoding="utf-8")
    assert main(["evaluate", "timeml", str(tmp_path), "--only-times", "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["gold"] == 3
    assert scores["strict_f1"] == 1.0 and scores["value_f1"] == 1.0


def test_timeml_missing_path_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "timeml", str(tmp_path / "nope")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_check_key_scores_again_without_contradicted_gold(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    # the key gives "Thursday" a Friday: no tagger can be right there, so --check-key sets it aside
    wrong = TML.replace('value="2001-05-03">Thursday', 'value="2001-05-04">Thursday')
    (tmp_path / "doc.tml").write_text(wrong, encoding="utf-8")
    assert main(["evaluate", "timeml", str(tmp_path), "--only-times", "--json", "--check-key"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["key_findings"] == 1
    assert scores["value_f1"] < 1.0
    assert scores["without_findings"]["gold"] == 2 and scores["without_findings"]["value_f1"] == 1.0
