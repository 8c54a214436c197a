"""A blank line ends a sentence, before the parser runs: a headline without a full stop is not
parsed as one sentence with the paragraph under it."""

from __future__ import annotations

from newsgraph.pipeline import Extractor


def test_a_blank_line_ends_a_sentence(extractor: Extractor) -> None:
    nlp = extractor.nlp
    doc = nlp("Congress votes to delist the bird, but a veto threat looms\n\n"
              "During the April 27 markup, the chairman remarked his doubts.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ["Congress votes to delist the bird, but a veto threat looms",
                         "During the April 27 markup, the chairman remarked his doubts."]


def test_a_single_line_break_is_left_to_the_model(extractor: Extractor) -> None:
    nlp = extractor.nlp
    doc = nlp("The mayor said the bridge\nwould reopen on Friday.")
    assert len(list(doc.sents)) == 1
