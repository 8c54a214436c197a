"""Long articles go through the model in pieces cut at paragraph breaks and come back whole."""

from __future__ import annotations

import spacy

from newsgraph.model import Article
from newsgraph.pipeline import pieces

NLP = spacy.blank("en")
PARAGRAPHS = [
    "Mayor Jane Roe of Springfield said on Monday that the bridge would reopen in May.",
    "“We will rebuild it,” she told reporters at City Hall.",
    "The work will cost $12 million, according to the city's budget office.",
    "Governor Tom Baker visited Shelbyville on Tuesday and met union leaders.",
]


def test_a_short_doc_is_not_cut():
    doc = NLP("One short paragraph.\n\nAnother one.")
    assert pieces.cut_points(doc, 1_000) == []
    assert pieces.split(doc, 1_000) == [doc]


def test_cuts_fall_after_paragraph_breaks_within_the_bound():
    text = "\n\n".join(PARAGRAPHS)
    doc = NLP(text)
    parts = pieces.split(doc, 120)
    assert len(parts) > 1
    assert "".join(p.text_with_ws for p in parts) == text
    assert all(len(p.text) <= 120 for p in parts)
    assert all(p.text.rstrip("\n ") + "\n\n" in text + "\n\n" for p in parts)  # whole paragraphs


def test_without_paragraphs_a_cut_falls_at_a_sentence_end():
    text = " ".join(PARAGRAPHS)
    parts = pieces.split(NLP(text), 150)
    assert "".join(p.text_with_ws for p in parts) == text
    assert all(p.text.rstrip().endswith(".") for p in parts[:-1])


def test_a_text_without_breaks_is_cut_at_the_bound():
    text = " ".join(["word"] * 200)
    parts = pieces.split(NLP(text), 100)
    assert "".join(p.text_with_ws for p in parts) == text
    assert all(len(p.text) <= 100 for p in parts)


def test_join_gives_back_the_text_and_the_state():
    text = "\n\n".join(PARAGRAPHS)
    doc = NLP(text)
    doc.user_data["state"] = "kept"
    joined = pieces.join(pieces.split(doc, 120), doc)
    assert joined.text == text and joined.user_data["state"] == "kept"


def test_groups_of_docs_are_bounded_by_count_and_characters():
    docs = [(NLP("x" * n), i) for i, n in enumerate([40, 40, 40, 10])]

    def groups(size: int, chars: int) -> list[list[int]]:
        return [[i for _, i in g] for g in pieces.bounded(docs, size, chars, lambda d: pieces.doc_chars(d[0]))]

    assert groups(10, 100) == [[0, 1], [2, 3]]
    assert groups(1, 1_000) == [[0], [1], [2], [3]]


def test_an_article_in_pieces_gives_the_same_record(extractor):
    text = "\n\n".join(PARAGRAPHS * 3)
    article = Article(text, {"published": "2025-08-15"})
    whole = extractor.extract(article).to_dict()
    cut = next(extractor.extract_many([article], batch_chars=300)).to_dict()
    assert cut["text"] == whole["text"] == text
    for field in ("entities", "times", "quotes", "quantities", "events"):
        assert cut[field] == whole[field], field
