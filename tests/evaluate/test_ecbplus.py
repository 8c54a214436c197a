"""ECB+ reader and coreference scorers, on hand-made XML and hand-computed partitions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.errors import EvaluationError
from newsgraph.evaluate.ecbplus import gold_partition, read_ecbplus
from newsgraph.evaluate.ecbplus_metrics import max_weight_matching, score

# Pradhan et al. (2014), figure 1: key {a b c} {d e f g}; response {a b} {c d} {f g h i}
KEY = [{"a", "b", "c"}, {"d", "e", "f", "g"}]
RESPONSE = [{"a", "b"}, {"c", "d"}, {"f", "g", "h", "i"}]


def test_muc_of_the_worked_example() -> None:
    muc = score(KEY, RESPONSE).muc
    assert (muc.recall_num, muc.recall_den) == (2, 5)  # K1 loses 1 link of 2, K2 keeps 1 of 3 ('e' twinless)
    assert (muc.precision_num, muc.precision_den) == (2, 5)  # 'h', 'i' twinless
    assert muc.f1 == pytest.approx(0.4)


def test_b_cubed_of_the_worked_example() -> None:
    b3 = score(KEY, RESPONSE).b_cubed
    assert b3.recall == pytest.approx((5 / 3 + 5 / 4) / 7)  # 0.417
    assert b3.precision == pytest.approx(4 / 8)
    assert b3.f1 == pytest.approx(2 * 0.5 * (35 / 84) / (0.5 + 35 / 84))


def test_ceaf_e_takes_the_best_alignment() -> None:
    ceaf = score(KEY, RESPONSE).ceaf_e
    # K1-R1 (phi4 4/5) and K2-R3 (4/8) beat K1-R2 and K2-R2 of the greedy choice
    assert ceaf.recall == pytest.approx(1.3 / 2)
    assert ceaf.precision == pytest.approx(1.3 / 3)
    assert ceaf.f1 == pytest.approx(0.52)


def test_conll_f1_is_the_mean_and_a_perfect_answer_scores_one() -> None:
    scores = score(KEY, RESPONSE)
    assert scores.conll_f1 == pytest.approx((scores.muc.f1 + scores.b_cubed.f1 + scores.ceaf_e.f1) / 3)
    perfect = score(KEY + [{"x"}], [set(c) for c in KEY] + [{"x"}])
    assert perfect.conll_f1 == pytest.approx(1.0)


def test_singletons_count_in_b_cubed_and_ceaf_but_not_muc() -> None:
    scores = score([{"a"}, {"b"}], [{"a", "b"}])
    assert scores.muc.recall_den == 0 and scores.muc.f1 == 0.0
    assert scores.b_cubed.recall == 1.0 and scores.b_cubed.precision == 0.5
    assert scores.ceaf_e.recall == pytest.approx(2 / 3 / 2) and scores.ceaf_e.precision == pytest.approx(2 / 3)


def test_assignment_is_optimal_not_greedy() -> None:
    weights = [[0.9, 0.8], [0.7, 0.0]]  # greedy takes 0.9 then 0.0; best is 0.8 + 0.7
    pairs = max_weight_matching(weights)
    assert sorted(pairs) == [(0, 1), (1, 0)]
    assert sorted(max_weight_matching([[0.1], [0.5], [0.2]])) == [(1, 0)]


XML = """<Document doc_name="{name}.xml" doc_id="x">
<token t_id="1" sentence="0" number="0">Police</token>
<token t_id="2" sentence="0" number="1">arrested</token>
<token t_id="3" sentence="0" number="2">a</token>
<token t_id="4" sentence="0" number="3">man</token>
<token t_id="5" sentence="1" number="0">He</token>
<token t_id="6" sentence="1" number="1">was</token>
<token t_id="7" sentence="1" number="2">charged</token>
<Markables>
<HUMAN_PART_PER m_id="1"><token_anchor t_id="1"/></HUMAN_PART_PER>
<ACTION_OCCURRENCE m_id="2"><token_anchor t_id="2"/></ACTION_OCCURRENCE>
<HUMAN_PART_PER m_id="3"><token_anchor t_id="3"/><token_anchor t_id="4"/></HUMAN_PART_PER>
<HUMAN_PART_PER m_id="4"><token_anchor t_id="5"/></HUMAN_PART_PER>
<ACTION_OCCURRENCE m_id="5"><token_anchor t_id="7"/></ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="9" RELATED_TO="" TAG_DESCRIPTOR="t9_arrest" instance_id="ACT9"/>
<UNKNOWN_INSTANCE_TAG m_id="10" RELATED_TO="" TAG_DESCRIPTOR=""/>
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="ACT9"><source m_id="2"/><target m_id="9"/></CROSS_DOC_COREF>
<INTRA_DOC_COREF r_id="2"><source m_id="3"/><source m_id="4"/><target m_id="10"/></INTRA_DOC_COREF>
</Relations>
</Document>
"""


def write_corpus(root: Path, sentences: str = "9,1ecb,0\n9,1ecb,1\n9,2ecbplus,0\n") -> Path:
    """A two-document topic 9 under root/ECBplus with the sentence CSV beside it."""
    (root / "ECBplus" / "9").mkdir(parents=True)
    for name in ("9_1ecb", "9_2ecbplus"):
        (root / "ECBplus" / "9" / f"{name}.xml").write_text(XML.format(name=name), encoding="utf-8")
    (root / "ECBplus_coreference_sentences.csv").write_text("Topic,File,Sentence Number\n" + sentences,
                                                             encoding="utf-8")
    (root / "splits.json").write_text(json.dumps({"train": [], "dev": [9], "test": []}), encoding="utf-8")
    return root


def test_reader_keeps_mentions_of_listed_sentences_with_gold_clusters(tmp_path: Path) -> None:
    documents = read_ecbplus(write_corpus(tmp_path), "dev")
    assert [d.name for d in documents] == ["9_1ecb", "9_2ecbplus"]
    first, second = documents
    assert [(m.kind, m.tokens) for m in first.mentions] == [
        ("entity", (0,)), ("event", (1,)), ("entity", (2, 3)), ("entity", (4,)), ("event", (6,))]
    assert len(second.mentions) == 3  # sentence 1 of 9_2ecbplus is not listed
    events = sorted(sorted(c) for c in gold_partition(documents, "event"))
    # the cross-document instance joins both 'arrested'; 'charged' is a singleton
    assert events == [[("9_1ecb", 1, 1), ("9_2ecbplus", 1, 1)], [("9_1ecb", 6, 6)]]
    entities = gold_partition(documents, "entity")
    assert {("9_1ecb", 2, 3), ("9_1ecb", 4, 4)} in entities  # INTRA_DOC_COREF stays within its document
    assert {("9_2ecbplus", 2, 3)} in entities


def test_reader_takes_the_xml_folder_itself_and_a_topic_list(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    documents = read_ecbplus(tmp_path / "ECBplus", topics=[9], limit=1)
    assert [d.name for d in documents] == ["9_1ecb"]
    assert documents[0].sentence_words()[1] == ["He", "was", "charged"]


def test_reader_errors_name_the_path(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="no such folder"):
        read_ecbplus(tmp_path / "missing")
    (tmp_path / "ECBplus").mkdir()
    with pytest.raises(EvaluationError, match="ECBplus_coreference_sentences.csv not found"):
        read_ecbplus(tmp_path)
    write_corpus(tmp_path / "other")
    with pytest.raises(EvaluationError, match="no ECB"):
        read_ecbplus(tmp_path / "other", "test")


def test_derivations_join_and_unrelated_words_stay_apart() -> None:
    from newsgraph.evaluate.ecbplus_derive import related, stem

    for a, b in [("arrest", "arrest"), ("acquire", "acquisition"), ("die", "death"), ("kill", "killing"),
                 ("explode", "explosion"), ("injure", "injury")]:
        assert related(stem(a), stem(b)), (a, b)
    for a, b in [("attack", "attend"), ("present", "prevent"), ("kill", "win"), ("arrest", "charge")]:
        assert not related(stem(a), stem(b)), (a, b)


def test_average_linkage_cuts_at_the_threshold() -> None:
    import numpy as np

    from newsgraph.evaluate.ecbplus_docs import average_linkage

    similarity = np.array([[1, 0.9, 0.1, 0.0], [0.9, 1, 0.2, 0.1], [0.1, 0.2, 1, 0.8], [0.0, 0.1, 0.8, 1]])
    assert average_linkage(similarity, 0.5) == [[0, 1], [2, 3]]
    assert average_linkage(similarity, 0.05) == [[0, 1, 2, 3]]  # the two pairs average 0.1


def test_document_text_and_token_spans_line_up(tmp_path: Path) -> None:
    from newsgraph.evaluate.ecbplus_run import document_text, token_span

    document = read_ecbplus(write_corpus(tmp_path), "dev")[0]
    text, starts = document_text(document)
    assert text == "Police arrested a man\nHe was charged"
    assert all(text[s:s + len(t)] == t for s, t in zip(starts, document.tokens))
    assert token_span(starts, document.tokens, 18, 21) == (3,)  # 'man'
    assert token_span(starts, document.tokens, 16, 21) == (2, 3)  # 'a man'
    assert token_span(starts, document.tokens, 21, 22) == ()  # the line break alone


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    import spacy

    from newsgraph.pipeline import default_model

    return spacy.load(default_model())


def test_events_join_by_derivation_and_speech_by_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.evaluate.ecbplus_cluster import cluster_events, view

    first = nlp("Police arrested the baker , the mayor said .")
    second = nlp("The arrest came late , police said .")
    views = [view("d1", (1,), first, "t"), view("d2", (1,), second, "t"),
             view("d1", (8,), first, "t"), view("d2", (6,), second, "t")]
    clusters = sorted(sorted(c) for c in cluster_events(views))
    # 'arrested' and 'arrest' are one event; the mayor's and the police's statements are two
    assert clusters == [[("d1", 1, 1), ("d2", 1, 1)], [("d1", 8, 8)], [("d2", 6, 6)]]


def test_a_description_joins_the_name_the_text_gives_it(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.evaluate.ecbplus_cluster import view
    from newsgraph.evaluate.ecbplus_entities import cluster_entities

    first = nlp("On Monday , actress Jane Roe entered a clinic , and she thanked her fans .")
    second = nlp("The actress left the clinic .")
    views = [view("d1", (4, 5), first, "t"), view("d1", (8,), first, "t"), view("d1", (11,), first, "t"),
             view("d2", (1,), second, "t"), view("d2", (4,), second, "t")]
    clusters = sorted(sorted(c) for c in cluster_entities(views))
    assert [("d1", 4, 5), ("d1", 11, 11), ("d2", 1, 1)] in clusters  # Roe, 'she', 'the actress'
    assert [("d1", 8, 8), ("d2", 4, 4)] in clusters  # the clinic


def test_relative_pronouns_and_names_across_sub_topics(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.evaluate.ecbplus_cluster import view
    from newsgraph.evaluate.ecbplus_entities import cluster_entities

    first = nlp("Police questioned a man who fled from Acme Corp .")
    second = nlp("Acme Corp hired a new chief .")
    views = [view("d1", (3,), first, "7.0"), view("d1", (4,), first, "7.0"), view("d1", (7, 8), first, "7.0"),
             view("d2", (0, 1), second, "7.1"), view("d2", (5,), second, "7.1")]
    clusters = sorted(sorted(c) for c in cluster_entities(views))
    assert [("d1", 3, 3), ("d1", 4, 4)] in clusters  # 'a man who'
    assert [("d1", 7, 8), ("d2", 0, 1)] in clusters  # one company in both events of topic 7


def test_a_particle_makes_another_event(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.evaluate.ecbplus_cluster import cluster_events, view

    first = nlp("The singer checked out early .")
    second = nlp("The singer checked into the clinic .")
    views = [view("d1", (2,), first, "t"), view("d2", (2,), second, "t")]
    assert len(cluster_events(views)) == 2


def test_events_of_one_type_join_on_one_shared_argument(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.evaluate.ecbplus_cluster import cluster_events, event_type, view

    first = nlp("Gunmen killed the guard on Sunday .")
    second = nlp("The guard was murdered at dawn .")
    third = nlp("A farmer died too .")
    views = [view("d1", (1,), first, "t"), view("d2", (3,), second, "t"), view("d3", (2,), third, "t")]
    assert [event_type(v) for v in views] == ["death", "death", "death"]
    # 'the guard' is one entity in d1 and d2: thing done to in both; the farmer is someone else
    guard = {("d1", 2): 0, ("d1", 3): 0, ("d2", 0): 0, ("d2", 1): 0, ("d3", 0): 1, ("d3", 1): 1}
    clusters = sorted(sorted(c) for c in cluster_events(views, guard))
    assert [("d1", 1, 1), ("d2", 3, 3)] in clusters and [("d3", 2, 2)] in clusters
    assert len(cluster_events(views[:2], {})) == 2  # the same type alone does not join
