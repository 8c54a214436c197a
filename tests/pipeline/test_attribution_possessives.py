"""A reported phrase cut at a plural possessive's curly apostrophe is mended
(``newsgraph.pipeline.attribution_possessives``), on hand-made news text."""

from __future__ import annotations

import pytest
from quote_cases import run

from newsgraph.pipeline import Extractor
from newsgraph.pipeline.attribution_possessives import _closes_a_quotation


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "“But what really stands out is when she stood up,” Delgado said, "
            "pointing to Reyes’ refusal to defend the state’s ban on the new tax.",
            "pointing",
            "Reyes’ refusal to defend the state’s ban on the new tax",
        ),
        (
            "Judge Maria Delgado, one of the three liberal judges, echoed Adams’ questioning: "
            "“How do you deal with that?” Delgado said.",
            "echoed",
            "Adams’ questioning",
        ),
    ],
)
def test_a_phrase_runs_on_over_a_plural_possessive(quotes_only: Extractor, text: str, cue: str, content: str) -> None:
    reported = [q.text for q in run(quotes_only, text) if q.cue is not None and q.cue.text == cue]
    assert reported == [content]


def test_a_quotation_closed_by_a_curly_mark_is_no_possessive(quotes_only: Extractor) -> None:
    """A closing single quotation mark after an "s" with no noun after it is left as it is."""
    text = "The mayor said the plan was ‘a mess of rules’ and would fail in the fall."
    reported = [q.text for q in run(quotes_only, text) if q.cue is not None and q.kind == "indirect"]
    assert reported == ["the plan was ‘a mess of rules’ and would fail in the fall"]


def test_a_single_quotation_closed_before_a_noun_is_no_possessive() -> None:
    text = "He called it ‘a mess of rules’ today, and the judges’ ruling stands."
    assert _closes_a_quotation(text, text.index("’ today"))
    assert not _closes_a_quotation(text, text.index("’ ruling"))
