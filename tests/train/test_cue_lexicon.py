"""The learned cue lexicon's recipe: counting, choosing and writing lemmas, on hand-made Docs."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsgraph.evaluate.polnear import Attribution
from newsgraph.train.cue_lexicon import count_cue_words, render, select, select_phrases


def doc_of(words: list[str], lemmas: list[str], pos: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, lemmas=lemmas, pos=pos)


def test_counts_cue_words_outside_quotation_marks() -> None:
    doc = doc_of(["Ann", "blasted", "plans", ",", "“", "blasted", "”", "."],
                 ["Ann", "blast", "plan", ",", "“", "blast", "”", "."],
                 ["PROPN", "VERB", "NOUN", "PUNCT", "PUNCT", "VERB", "PUNCT", "PUNCT"])
    cue = (doc[1].idx, doc[1].idx + len(doc[1].text))
    gold = [Attribution([(doc[2].idx, doc[2].idx + 5)], [cue], [(0, 3)])]
    seen, cued = count_cue_words([(doc, gold)])
    assert seen[("blast", "VERB")] == 1  # the quoted "blasted" is somebody's word, not a cue
    assert cued[("blast", "VERB")] == 1
    assert seen[("plan", "NOUN")] == 1 and cued[("plan", "NOUN")] == 0


def test_selects_frequent_precise_words_and_renders_a_module() -> None:
    seen = {("blast", "VERB"): 10, ("plan", "NOUN"): 10, ("rare", "ADJ"): 2}
    cued = {("blast", "VERB"): 9, ("plan", "NOUN"): 1, ("rare", "ADJ"): 2}
    chosen = select(seen, cued, min_seen=4, min_precision=0.5)
    assert chosen == {"VERB": ["blast"], "NOUN": [], "ADJ": []}
    namespace: dict[str, object] = {}
    exec(render(chosen, "test"), namespace)
    assert namespace["LEARNED_CUES"] == {"VERB": frozenset({"blast"}), "NOUN": frozenset(), "ADJ": frozenset()}


def test_selects_phrases_only_for_verbs_that_are_no_cue_alone() -> None:
    seen = {("take", "issue"): 5, ("say", "thing"): 5, ("take", "car"): 9}
    cued = {("take", "issue"): 4, ("say", "thing"): 5, ("take", "car"): 0}
    assert select_phrases(seen, cued, verbs=["say"]) == {"take": ["issue"]}
    namespace: dict[str, object] = {}
    exec(render({"VERB": ["say"]}, "test", {"take": ["issue"]}), namespace)
    assert namespace["LEARNED_PHRASES"] == {"take": frozenset({"issue"})}
