"""A company the news NER took for a place, listed with an organisation: hand-made spans, no model."""

from __future__ import annotations

from newsgraph.pipeline.news_ner import Ent, merged_spans


def labels(words: str, general: list[Ent], news: list[Ent]) -> list[tuple[str, str]]:
    split = words.split()
    return [(" ".join(split[e.start : e.end]), e.label) for e in merged_spans(split, general, news, frozenset())]


def test_a_place_listed_with_an_organisation_in_one_organisations_name_is_one() -> None:
    words = "a Des Moines Register / NBC News / Mediacom poll , for NBC News and Mediacom"
    general = [Ent(1, 9, "ORG"), Ent(11, 16, "ORG")]
    news = [Ent(1, 4, "ORG"), Ent(5, 7, "ORG"), Ent(8, 9, "LOC"), Ent(12, 14, "ORG"), Ent(15, 16, "LOC")]
    assert labels(words, general, news) == [
        ("Des Moines Register", "ORG"), ("NBC News", "ORG"), ("Mediacom", "ORG"),
        ("NBC News", "ORG"), ("Mediacom", "ORG")]


def test_a_place_in_a_fixture_or_named_a_place_stays_a_place() -> None:
    words = "SEATTLE AT CALIFORNIA ; Acme Corp and Riga"
    general = [Ent(0, 3, "ORG"), Ent(4, 6, "ORG"), Ent(7, 8, "GPE")]
    news = [Ent(0, 1, "ORG"), Ent(2, 3, "LOC"), Ent(4, 6, "ORG"), Ent(7, 8, "LOC")]
    assert labels(words, general, news) == [
        ("SEATTLE", "ORG"), ("CALIFORNIA", "GPE"), ("Acme Corp", "ORG"), ("Riga", "GPE")]
