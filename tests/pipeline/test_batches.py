"""Articles reach spaCy in batches bounded by count and by characters, in order."""

from __future__ import annotations

import pytest

from newsgraph.errors import ExtractionError
from newsgraph.model import Article
from newsgraph.pipeline import _batches


def _sizes(lengths: list[int], size: int, chars: int) -> list[list[int]]:
    articles = [Article("x" * n, {"id": str(i)}) for i, n in enumerate(lengths)]
    return [[len(a.text) for a in batch] for batch in _batches(articles, size, chars)]


def test_batches_stop_at_the_article_count():
    assert _sizes([10] * 5, size=2, chars=1_000) == [[10, 10], [10, 10], [10]]


def test_batches_stop_before_the_character_bound():
    assert _sizes([40, 40, 40, 10], size=10, chars=100) == [[40, 40], [40, 10]]


def test_a_longer_article_than_the_bound_goes_alone():
    assert _sizes([10, 500, 10], size=10, chars=100) == [[10], [500], [10]]


def test_batches_keep_the_order_and_every_article():
    lengths = [7, 90, 3, 55, 55, 1, 100, 2]
    assert [n for batch in _sizes(lengths, size=3, chars=100) for n in batch] == lengths


def test_long_articles_in_one_batch_give_the_same_records_as_one_by_one(extractor):
    texts = ["Jane Roe, the chief executive of Acme Corp, said on Monday that profits rose 12%.",
             "“We will rebuild,” Mayor John Smith told reporters in Springfield on Tuesday."]
    articles = [Article(t, {"published": "2025-08-15"}) for t in texts]
    together = [r.to_dict() for r in extractor.extract_many(articles, batch_chars=10_000)]
    alone = [r.to_dict() for r in extractor.extract_many(articles, batch_chars=100)]  # one per batch, whole
    assert together == alone


def test_an_unreadable_publication_date_fails_that_article_alone(extractor):
    texts = ["The mayor spoke on Monday.", "Jane Roe, the chief executive of Acme Corp, resigned on Tuesday."]
    articles = [Article(texts[0], {"published": "last Tuesday"}),
                Article(texts[1], {"published": "2025-08-15"})]
    failed, record = list(extractor.extract_many(articles))
    assert isinstance(failed, ExtractionError)
    assert articles[0].id in str(failed) and "'last Tuesday'" in str(failed) and "ISO 8601" in str(failed)
    assert record.to_dict() == extractor.extract(articles[1]).to_dict()


def test_a_half_read_batch_run_does_not_spoil_the_next_extraction(extractor):
    """Each batch's memory zone closes before its records are handed out, whatever the caller does."""
    texts = ["He spoke on “The Morning Hour With Dan Price” on Monday.",
             "Officials from the Quorvian Union met the Zeltani delegation in Brask."]
    articles = [Article(t, {"published": "2025-08-15"}) for t in texts]
    first = extractor.extract(articles[0]).to_dict()
    pending = extractor.extract_many(articles, batch_size=1)
    next(pending)  # left half-read
    assert extractor.extract(articles[0]).to_dict() == first
    assert extractor.extract(articles[1]).to_dict() == next(pending).to_dict()


def _growth(extractor, strings, stem: str) -> list[int]:
    """How many strings ``strings`` holds beyond its start after each of six one-article batches."""
    before = len(strings)
    grown = []
    for i in range(6):
        text = f"{stem}{i} Quennix{i} met Vantrope{i} in Glimmerholt{i}."
        extractor.extract(Article(text, {"published": "2025-08-15"}))
        grown.append(len(strings) - before)
    return grown


def _rises_then_falls(grown: list[int]) -> bool:
    """A zone holds its batches' new words, then they are forgotten."""
    steps = list(zip(grown, grown[1:]))
    return any(b > a for a, b in steps) and any(b < a for a, b in steps)


def test_the_news_vocabulary_forgets_new_words_every_few_batches(extractor, monkeypatch):
    from newsgraph.pipeline import news_ner

    monkeypatch.setattr(news_ner, "FORGET_EVERY", 2)
    assert _rises_then_falls(_growth(extractor, extractor.nlp.get_pipe("news_ner").news.vocab.strings, "Zorblatt"))


def test_the_vocabulary_forgets_new_words_every_few_batches(extractor, monkeypatch):
    import newsgraph.pipeline

    monkeypatch.setattr(newsgraph.pipeline, "ZONE_BATCHES", 2)
    assert _rises_then_falls(_growth(extractor, extractor.nlp.vocab.strings, "Brindlewick"))


@pytest.mark.slow
def test_two_pipelines_sharing_the_news_model_take_turns_safely(extractor, monkeypatch):
    """The news NER model is loaded once per process: its memory zone must be shared, not interleaved."""
    import newsgraph.pipeline
    from newsgraph.pipeline import Extractor, news_ner

    monkeypatch.setattr(newsgraph.pipeline, "ZONE_BATCHES", 2)
    monkeypatch.setattr(news_ner, "FORGET_EVERY", 2)
    other = Extractor()
    texts = [f"Quillamore{i} of Vexbridge{i} told reporters in Paris on Monday that “{i} ships” had sailed."
             for i in range(5)]
    first = [extractor.extract(Article(t, {"published": "2025-08-15"})).to_dict() for t in texts]
    for i, text in enumerate(texts):
        pending = other.extract_many([Article(text, {"published": "2025-08-15"})] * 2, batch_size=1)
        next(pending)  # left half-read while the other pipeline runs
        assert extractor.extract(Article(text, {"published": "2025-08-15"})).to_dict() == first[i]
        assert next(pending).to_dict() == first[i]
