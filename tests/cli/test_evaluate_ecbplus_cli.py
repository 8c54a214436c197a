"""``newsgraph evaluate ecbplus``, in-process on a hand-made two-topic-half ECB+ folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.cli import main

SENTENCES = {
    "ecb": ["Police arrested a baker in Riverton on Monday .", "The arrest followed a long inquiry ."],
    "ecbplus": ["Firefighters fought a blaze at a Riverton bakery .", "The fire destroyed the bakery ."],
}
# (token index, tag) of each mention, and the cross-document instance of the events that corefer
MENTIONS = {
    "ecb": [(1, "ACTION_OCCURRENCE", "ACT1"), (10, "ACTION_OCCURRENCE", "ACT1"), (3, "HUMAN_PART_PER", "")],
    "ecbplus": [(2, "ACTION_OCCURRENCE", ""), (10, "ACTION_OCCURRENCE", ""), (0, "HUMAN_PART_PER", "")],
}


def document(name: str, half: str) -> str:
    """One ECB+ XML document of ``half`` with its tokens, mentions and relations."""
    tokens, number = [], 0
    for sentence, text in enumerate(SENTENCES[half]):
        for position, word in enumerate(text.split()):
            number += 1
            tokens.append(f'<token t_id="{number}" sentence="{sentence}" number="{position}">{word}</token>')
    markables, relations = [], []
    for m_id, (index, tag, instance) in enumerate(MENTIONS[half], start=1):
        markables.append(f'<{tag} m_id="{m_id}"><token_anchor t_id="{index + 1}"/></{tag}>')
        if instance:
            relations.append(f'<CROSS_DOC_COREF r_id="{m_id}" note="{instance}"><source m_id="{m_id}"/>'
                             f'<target m_id="99"/></CROSS_DOC_COREF>')
    markables.append('<ACTION_OCCURRENCE m_id="99" RELATED_TO="" TAG_DESCRIPTOR="x" instance_id="ACT1"/>')
    return (f'<Document doc_name="{name}.xml" doc_id="d">\n' + "\n".join(tokens) + "\n<Markables>\n"
            + "\n".join(markables) + "\n</Markables>\n<Relations>\n" + "\n".join(relations)
            + "\n</Relations>\n</Document>\n")


def make_corpus(root: Path, topic: int) -> Path:
    """``topic`` with two documents of each half, every sentence listed."""
    folder = root / "ECBplus" / str(topic)
    folder.mkdir(parents=True)
    rows = ["Topic,File,Sentence Number"]
    for half in ("ecb", "ecbplus"):
        for n in (1, 2):
            (folder / f"{topic}_{n}{half}.xml").write_text(document(f"{topic}_{n}{half}", half), encoding="utf-8")
            rows += [f"{topic},{n}{half},0", f"{topic},{n}{half},1"]
    (root / "ECBplus_coreference_sentences.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return root


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Topic 2 (a dev topic) with two documents of each half."""
    return make_corpus(tmp_path, 2)


def test_a_folder_of_test_topics_alone_is_scored_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = make_corpus(tmp_path, 40)  # as the held-out test topics come, without the others
    assert main(["evaluate", "ecbplus", str(folder), "--gold-only", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["documents"] == 4
    assert main(["evaluate", "ecbplus", str(folder), "--gold-only", "--split", "dev"]) == 1  # asked for: refused
    assert "no ECB+ document of the chosen topics" in capsys.readouterr().err


def test_gold_only_scores_as_json(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "ecbplus", str(corpus), "--gold-only", "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["documents"] == 4 and "end_to_end" not in scores
    events = scores["gold"]["event"]
    assert events["gold_mentions"] == events["matched_mentions"] == 8  # two a document
    # 'arrested'/'arrest' join by derivation; the two halves tell of different events
    assert events["conll_f1"] > 0.5


def test_table_and_end_to_end(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "ecbplus", str(corpus), "--topics", "2", "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert "gold mentions" in out and "end to end" in out and "CoNLL F1" in out


def test_missing_folder_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "ecbplus", str(tmp_path / "nope")]) == 1
    err = capsys.readouterr().err
    assert "no such folder" in err and "nope" in err
