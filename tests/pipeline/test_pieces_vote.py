"""An article cut into pieces keeps one label per name over the whole article, not per piece."""

from __future__ import annotations

import spacy

from newsgraph.model import Article, Record
from newsgraph.pipeline import news_ner, pieces
from newsgraph.pipeline.news_ner import Ent, PieceSpans

NLP = spacy.blank("en")
# a surname the models take for a place when its paragraph is read alone ("a win in X")
FIRST = "Nadia Kovalenko of Ukraine won the singles title in Lyon on Saturday, her third this year."
FILLER = [
    "The tournament drew a record crowd of 12,000 on its final weekend.",
    "Organisers said ticket sales had risen by a fifth since last season.",
    "Rain delayed the start of play by two hours on Friday afternoon.",
    "The prize money will rise again next year, the organisers said.",
]
LAST = "A win in Kovalenko on Sunday sealed the title."
SECOND = "Kovalenko beat Norway 3-1 in the final on Sunday."  # for hand-made spans: the name first


def _piece_spans(parts: list, spans: list[list[Ent]]) -> None:
    """Keep hand-made news NER spans on each piece, as the component does (no general model spans)."""
    for part, news in zip(parts, spans):
        part.user_data[news_ner.PIECE_SPANS] = PieceSpans([], news, frozenset())


def test_pieces_are_marked_and_a_whole_doc_is_not():
    short = NLP("One paragraph.\n\nAnother one.")
    assert not pieces.split(short, 1_000)[0].user_data
    parts = pieces.split(NLP("\n\n".join([FIRST, *FILLER, LAST])), 100)
    assert len(parts) > 2 and all(part.user_data[news_ner.PIECE] for part in parts)


def test_the_vote_of_a_joined_doc_spans_its_pieces():
    text = f"{FIRST}\n\n{SECOND}"
    doc = NLP(text)
    parts = pieces.split(doc, len(FIRST) + 1)
    assert len(parts) == 2
    # piece one: "Nadia Kovalenko" PER; piece two: "Kovalenko" ORG (its own vote would keep ORG)
    _piece_spans(parts, [[Ent(0, 2, "PER")], [Ent(0, 1, "ORG")]])
    alone = news_ner.merged_spans([t.text for t in parts[1]], [], parts[1].user_data[news_ner.PIECE_SPANS].news,
                                  frozenset())
    assert [e.label for e in alone] == ["ORG"]
    joined = pieces.join(parts, doc)
    assert joined.text == text and not any(k in joined.user_data for k in (news_ner.PIECE, news_ner.PIECE_SPANS))
    assert [(e.text, e.label_) for e in joined.ents] == [("Nadia Kovalenko", "PERSON"), ("Kovalenko", "PERSON")]


def test_pieces_without_news_ner_spans_keep_their_entities():
    doc = NLP(f"{FIRST}\n\n{SECOND}")
    parts = pieces.split(doc, len(FIRST) + 1)
    parts[1].ents = [parts[1].char_span(0, 9, label="ORG")]
    joined = pieces.join(parts, doc)
    assert [(e.text, e.label_) for e in joined.ents] == [("Kovalenko", "ORG")]


def _types(record: Record, name: str) -> set[str]:
    return {e.type for e in record.entities for m in e.name_mentions() if m.text == name}


def test_a_name_takes_the_article_s_label_in_every_piece(extractor):
    text = "\n\n".join([FIRST, *FILLER, LAST])
    article = Article(text, {"published": "2025-08-15"})
    # the premise: alone (as in its own piece), the last paragraph's surname is no person
    assert "PERSON" not in _types(extractor.extract(Article(LAST, {"published": "2025-08-15"})), "Kovalenko")
    cut = next(extractor.extract_many([article], batch_chars=150))
    whole = next(extractor.extract_many([article], batch_chars=10 * len(text)))
    assert isinstance(cut, Record) and isinstance(whole, Record)
    assert _types(whole, "Kovalenko") == _types(cut, "Kovalenko") == {"PERSON"}
    assert cut.to_dict()["entities"] == whole.to_dict()["entities"]


def test_overlaps_finds_the_entities_sharing_a_token_with_a_range():
    ents = [Ent(0, 2, "PER"), Ent(4, 5, "LOC"), Ent(5, 8, "ORG"), Ent(10, 11, "MISC")]
    overlaps = news_ner.Overlaps(ents)
    assert overlaps(1, 5) == ents[:2]
    assert overlaps(2, 4) == [] and overlaps(8, 10) == [] and overlaps(11, 20) == []
    assert overlaps(7, 11) == ents[2:]
    ents.append(Ent(12, 13, "ORG"))  # later changes to the list are not seen
    assert overlaps(12, 13) == []
