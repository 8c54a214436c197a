"""Platforms the model took for people or places: context rules on hand-made Docs, then the whole pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.model import Record
from newsgraph.pipeline.names import Cand
from newsgraph.pipeline.platforms import fix_platforms

VOCAB = spacy.blank("en").vocab


def labels(words: str, cands: list[Cand], fix: Callable[[Doc, list[Cand]], list[Cand]]) -> dict[str, str]:
    doc = Doc(VOCAB, words=words.split())
    return {doc[c.start : c.end].text: c.label for c in fix(doc, cands)}


def test_a_name_after_streaming_on_is_a_platform() -> None:
    found = labels("The show is streaming on Peacock now .", [Cand(5, 6, "PERSON")], fix_platforms)
    assert found == {"Peacock": "ORG"}


def test_a_name_before_subscribers_or_its_app_is_a_platform() -> None:
    words = "Hulu subscribers and Max 's app users"
    found = labels(words, [Cand(0, 1, "PERSON"), Cand(3, 4, "GPE")], fix_platforms)
    assert found == {"Hulu": "ORG", "Max": "ORG"}


def test_every_mention_of_a_platform_follows_the_evidence() -> None:
    words = "Peacock said on Monday that fans can watch on Peacock"
    assert labels(words, [Cand(0, 1, "PERSON"), Cand(9, 10, "PERSON")], fix_platforms) == {"Peacock": "ORG"}


def test_a_name_listed_with_a_platform_is_one() -> None:
    words = "watch it on Netflix , Hulu and Max"
    cands = [Cand(3, 4, "ORG"), Cand(5, 6, "GPE"), Cand(7, 8, "PERSON")]
    assert labels(words, cands, fix_platforms) == {"Netflix": "ORG", "Hulu": "ORG", "Max": "ORG"}


def test_a_list_run_together_by_the_model_is_split() -> None:
    doc = Doc(VOCAB, words="streaming on Hulu and Peacock".split())
    fixed = fix_platforms(doc, [Cand(2, 5, "ORG")])
    assert [(c.start, c.end, c.label) for c in fixed] == [(2, 3, "ORG"), (4, 5, "ORG")]


def test_people_and_plain_lists_stay_people() -> None:
    words = "Max Verstappen won . Max and Anna called on Lena"
    cands = [Cand(0, 2, "PERSON"), Cand(4, 5, "PERSON"), Cand(6, 7, "PERSON"), Cand(9, 10, "PERSON")]
    found = labels(words, cands, fix_platforms)
    assert set(found.values()) == {"PERSON"}


def test_a_nationality_before_app_is_no_platform() -> None:
    assert labels("the Chinese app", [Cand(1, 2, "NORP")], fix_platforms) == {"Chinese": "NORP"}


def test_a_possessive_after_the_name_is_no_platform() -> None:
    words = "She wrote on Reed 's behalf and posted on Threads"
    assert labels(words, [Cand(3, 4, "PERSON"), Cand(9, 10, "PERSON")], fix_platforms) == {
        "Reed": "PERSON", "Threads": "ORG"}


@pytest.mark.slow
def test_platforms_in_a_sentence(extract: Callable[..., Record]) -> None:
    record = extract("The series will be available on Peacock. Fans can also watch on Hulu, Netflix and Disney+.")
    types = {e.name: e.type for e in record.entities}
    assert all(types.get(name) == "ORG" for name in ("Peacock", "Hulu", "Netflix", "Disney+"))
