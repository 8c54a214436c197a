"""The TimeML reader and the TempEval-3 Task A scorer, on hand-made documents and cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import EvaluationError
from newsgraph.evaluate.timeml import GoldTimex, TimexScores, read_timeml, score, timeml_paths, timeml_value

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>hand_0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-04" temporalFunction="false" \
functionInDocument="CREATION_TIME">May 4, 2001</TIMEX3></DCT>
<TITLE>A title outside the text</TITLE>
<TEXT>
The board <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2001-05-03" \
temporalFunction="true" anchorTimeID="t0">Thursday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="PT3H" \
mod="MORE_THAN">more than three hours</TIMEX3>.
</TEXT>
</TimeML>
"""


def gold(start: int, end: int, type_: str = "DATE", value: str = "2001") -> GoldTimex:
    return GoldTimex(start, end, "x" * (end - start), type_, value)


def test_reader_gives_text_dct_and_offsets(tmp_path: Path) -> None:
    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_timeml(path)
    assert (doc.doc_id, doc.dct) == ("hand_0001", "2001-05-04")
    assert "title" not in doc.text and "May 4" not in doc.text
    assert [(t.text, t.type, t.value, t.mod) for t in doc.timexes] == [
        ("Thursday", "DATE", "2001-05-03", None),
        ("more than three hours", "DURATION", "PT3H", "MORE_THAN"),
    ]
    for timex in doc.timexes:
        assert doc.text[timex.start:timex.end] == timex.text


def test_paths_walk_directories(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.tml").write_text(TML, encoding="utf-8")
    (tmp_path / "two.tml").write_text(TML, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not TimeML", encoding="utf-8")
    assert [p.name for p in timeml_paths([tmp_path])] == ["one.tml", "two.tml"]
    with pytest.raises(EvaluationError):
        timeml_paths([tmp_path / "missing"])


def test_reader_refuses_non_timeml(tmp_path: Path) -> None:
    path = tmp_path / "bad.tml"
    path.write_text("<TimeML><DOCID>x</DOCID></TimeML>", encoding="utf-8")
    with pytest.raises(EvaluationError, match="TEXT"):
        read_timeml(path)


def test_exact_match_counts_everywhere() -> None:
    result = score([gold(0, 4)], [gold(0, 4)])
    assert (result.strict, result.relaxed, result.type_match, result.value_match) == (1, 1, 1, 1)
    assert result.prf(result.strict) == (1.0, 1.0, 1.0)


def test_partial_overlap_is_relaxed_only() -> None:
    # gold "the third quarter" [0, 17), found "third quarter" [4, 17)
    result = score([gold(0, 17, value="2001-Q3")], [gold(4, 17, value="2001-Q3")])
    assert (result.strict, result.relaxed, result.value_match) == (0, 1, 1)


def test_value_needs_the_exact_value() -> None:
    result = score([gold(0, 6, value="2001-05-04")], [gold(0, 6, value="2001-05-11")])
    assert (result.relaxed, result.value_match) == (1, 0)


def test_wrong_type_counts_against_type_accuracy() -> None:
    result = score([gold(0, 6, "DURATION", "P1W"), gold(10, 14)], [gold(0, 6, "DATE", "P1W"), gold(10, 14)])
    assert result.type_match == 1 and result.type_accuracy == 0.5


def test_one_found_span_over_two_gold_counts_once() -> None:
    result = score([gold(0, 4), gold(5, 9)], [gold(0, 9)])
    assert (result.relaxed, result.gold, result.found) == (1, 2, 1)
    precision, recall, _ = result.prf(result.relaxed)
    assert (precision, recall) == (1.0, 0.5)


def test_no_overlap_is_a_miss_and_an_extra() -> None:
    result = score([gold(0, 4)], [gold(4, 8)])
    assert result.relaxed == 0
    assert any("missed" in m for m in result.misses) and any("extra" in m for m in result.misses)


def test_scores_add_up() -> None:
    total = score([gold(0, 4)], [gold(0, 4)]) + score([gold(0, 4)], [])
    assert isinstance(total, TimexScores)
    assert (total.gold, total.found, total.strict) == (2, 1, 1)
    assert total.to_dict()["strict_recall"] == 0.5


@pytest.mark.parametrize(
    ("ours", "timeml"),
    [
        ("1989-11-09T17:00-05:00", "1989-11-09T17:00"),  # "5 p.m. EST Nov. 9"
        ("2025-08-15T22:30+03:00", "2025-08-15T22:30"),  # "10:30 p.m. Moscow time"
        ("1998-08-07T07:35Z", "1998-08-07T07:35"),  # "0735 GMT"
        ("1989-11-06T17-05:00", "1989-11-06T17"),
        ("2000-01-01T10:00:30+0530", "2000-01-01T10:00:30"),
        ("2025-08-14TMO", "2025-08-14TMO"),
        ("1998-08-07", "1998-08-07"),
        ("PT12H", "PT12H"),
    ],
)
def test_timeml_value_is_the_stated_clock_time(ours: str, timeml: str) -> None:
    assert timeml_value(ours) == timeml
