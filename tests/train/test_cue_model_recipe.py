"""The learned cue finder's recipe: gold cue heads, leave-one-out lemma statistics, training."""

from __future__ import annotations

import numpy as np
import spacy
from spacy.tokens import Doc

from newsgraph.evaluate.polnear import Attribution
from newsgraph.pipeline.cue_model import DEPS, LEXICONS, POS, TAGS, TENSOR_WIDTH, CueModel
from newsgraph.train.cue_model import cue_heads, fit, training_rows

VOCAB = spacy.blank("en").vocab
SHARE = 2 * len(POS) + 3 * len(DEPS) + len(TAGS) + len(LEXICONS)  # the column of the lemma's cue share


def sentence(subject: str, verb: str, lemma: str) -> Doc:
    doc = Doc(VOCAB, words=[subject, "has", verb, "plans", "."], heads=[2, 2, 2, 2, 2],
              deps=["nsubj", "aux", "ROOT", "dobj", "punct"], pos=["PROPN", "AUX", "VERB", "NOUN", "PUNCT"],
              lemmas=[subject, "have", lemma, "plan", "."])
    doc.tensor = np.random.default_rng(0).normal(size=(len(doc), TENSOR_WIDTH)).astype(np.float32)
    return doc


def cue_of(doc: Doc, first: int, last: int) -> Attribution:
    return Attribution([(doc[last].idx + 1, doc[last].idx + 2)], [(doc[first].idx, doc[last].idx + len(doc[last]))])


def test_the_head_of_a_cue_is_its_word_whose_head_lies_outside_it() -> None:
    doc = sentence("Ann", "blasted", "blast")
    assert cue_heads(doc, [cue_of(doc, 1, 2)]) == {2}  # "has blasted": the verb


def test_each_article_sees_lemma_statistics_without_its_own_cues() -> None:
    docs = [sentence(name, "blasted", "blast") for name in ("Ann", "Bo", "Cy")]
    parsed = [(docs[0], {2}), (docs[1], set()), (docs[2], set())]
    x, y, shipped = training_rows(parsed)
    assert y.sum() == 1
    assert shipped["blast"] == ((1 + 0.1) / (3 + 2), 3)
    verb_rows = np.flatnonzero(x[:, POS.index("VERB")] == 1)
    # the first article's verb is counted without its own cue; the others see that cue
    assert x[verb_rows[0], SHARE] == np.float32(0.1 / (2 + 2))
    assert x[verb_rows[1], SHARE] == np.float32(1.1 / (2 + 2))


def test_fit_learns_a_rule_and_folds_the_standardisation_into_the_weights() -> None:
    rng = np.random.default_rng(1)
    x = (rng.normal(size=(3000, 6)) * 5 + 100).astype(np.float32)  # far from standardised
    y = (x[:, 0] > 100).astype(np.float32)
    model = CueModel(fit(x, y, hidden=8, epochs=80), {})
    assert ((model.score(x) > 0.5) == (y == 1)).mean() > 0.95
