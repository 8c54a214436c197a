"""The learned cue finder: its features, the shipped scorer, and how attribution uses its cues."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.tokens import Doc

from newsgraph.model import Article
from newsgraph.pipeline import Extractor, cue_model
from newsgraph.pipeline.cue_model import DEPS, POS, TENSOR_WIDTH, WIDTH, CueModel, candidates, features


def parse(extractor: Extractor, text: str) -> Doc:
    with extractor.nlp.select_pipes(disable=["newsgraph_quotes"]):
        return extractor.nlp(text)


def test_features_hold_the_parse_and_the_contextual_vectors(quotes_only: Extractor) -> None:
    doc = parse(quotes_only, "The senator blasted the plan on Tuesday.")
    tokens = candidates(doc)
    assert [doc[i].text for i in tokens] == ["senator", "blasted", "plan", "on", "Tuesday"]
    rows = features(doc, tokens, {"blast": (0.6, 40)}, [False] * len(doc))
    assert rows.shape == (len(tokens), WIDTH)
    verb = tokens.index(2)
    assert rows[verb, POS.index("VERB")] == 1 and rows[verb, len(POS) + DEPS.index("ROOT")] == 1
    assert np.allclose(rows[verb, -2 * TENSOR_WIDTH : -TENSOR_WIDTH], doc.tensor[2])
    assert np.allclose(rows[verb, -TENSOR_WIDTH:], doc.tensor[2])  # the root is its own head
    noun = tokens.index(4)  # "plan": its head is the verb
    assert np.allclose(rows[noun, -2 * TENSOR_WIDTH : -TENSOR_WIDTH], doc.tensor[4])
    assert np.allclose(rows[noun, -TENSOR_WIDTH:], doc.tensor[2])


def test_shipped_model_scores_candidates_only(quotes_only: Extractor) -> None:
    model = cue_model.shipped()
    assert model is not None, "newsgraph/models/cue_model is part of the package"
    doc = parse(quotes_only, "The senator blasted the plan, and the governor doubted it would pass.")
    scores = model.probabilities(doc, [False] * len(doc))
    assert scores.shape == (len(doc),) and ((scores >= 0) & (scores <= 1)).all()
    assert scores[0] == 0  # "The" is never a cue
    assert scores[2] > scores[4]  # "blasted" before "plan"


def test_a_doc_without_contextual_vectors_gets_no_scores(quotes_only: Extractor) -> None:
    model = cue_model.shipped()
    assert model is not None
    doc = quotes_only.nlp.make_doc("The senator blasted the plan.")
    assert not model.probabilities(doc, [False] * len(doc)).any()


class OneWord(CueModel):
    """A stand-in scorer that gives one word ``score`` and every other word 0."""

    def __init__(self, word: str, score: float = 1.0) -> None:
        self.word = word
        self.score_of_word = score

    def probabilities(self, doc: Doc, inside: list[bool]) -> np.ndarray:
        return np.array([self.score_of_word if t.text == self.word else 0.0 for t in doc], dtype=np.float32)


@pytest.mark.parametrize(
    ("text", "word", "content", "source"),
    [
        ("The senator unleashed a flurry of posts about the bill.", "unleashed",
         "a flurry of posts about the bill", "The senator"),
        ("Critics fretted that the plan was too costly.", "fretted", "that the plan was too costly", "Critics"),
        # a passive with an agent reports its subject; an empty subject still speaks
        ("Her plan was echoed by several union leaders.", "echoed", "Her plan", "several union leaders"),
        ("The study, which contended that the tax was too low, was ignored.", "contended",
         "that the tax was too low", "which"),
    ],
)
def test_a_cue_only_the_model_sees_reports_its_phrase(
    quotes_only: Extractor, monkeypatch: pytest.MonkeyPatch, text: str, word: str, content: str, source: str
) -> None:
    monkeypatch.setattr(cue_model, "shipped", lambda: OneWord(word))
    quotes = [q for q in quotes_only.extract(Article(text)).quotes if q.cue and q.cue.text == word]
    assert [(q.text, q.source.text if q.source else None) for q in quotes] == [(content, source)]


def test_the_model_adds_nothing_inside_a_quotation(quotes_only: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cue_model, "shipped", lambda: OneWord("unleashed"))
    text = "“They unleashed a flurry of posts about the bill,” the senator said."
    quotes = quotes_only.extract(Article(text)).quotes
    assert not [q for q in quotes if q.cue and q.cue.text == "unleashed"]


def test_a_nested_report_the_model_is_sure_of_stands_on_its_own(
    quotes_only: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cue_model, "shipped", lambda: OneWord("told"))
    text = "The spokesman said the minister told reporters that talks would resume."
    quotes = quotes_only.extract(Article(text)).quotes
    assert sorted((q.cue.text if q.cue else None, q.text) for q in quotes) == [
        ("said", "the minister told reporters that talks would resume"),
        ("told", "that talks would resume"),
    ]


def test_a_fairly_sure_cue_needs_a_clause_to_report(quotes_only: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cue_model, "shipped", lambda: OneWord("poured", 0.8))
    quotes = quotes_only.extract(Article("The state poured money into two banks.")).quotes
    assert not [q for q in quotes if q.cue and q.cue.text == "poured"]  # a phrase, not a clause
    monkeypatch.setattr(cue_model, "shipped", lambda: OneWord("fretted", 0.8))
    quotes = quotes_only.extract(Article("Critics fretted that the plan was too costly.")).quotes
    assert [q.text for q in quotes if q.cue and q.cue.text == "fretted"] == ["that the plan was too costly"]


def test_a_turn_of_phrase_with_an_empty_subject_is_no_report(
    quotes_only: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cue_model, "shipped", lambda: OneWord("said"))
    text = "That said, the new stadium will not open before the spring."
    assert not [q for q in quotes_only.extract(Article(text)).quotes if q.cue and q.cue.text == "said"]
