"""Long articles through the spaCy model in pieces, joined again before newsgraph's layers.

The model's working memory grows with the words it is given at once: an 18,000-word live blog
needs some 350 MiB on its own. An article longer than the bound is cut into pieces at paragraph
breaks (else at a sentence end, else at the bound), the model and the news NER run over the
pieces, and ``Doc.from_docs`` joins them into one Doc with the article's exact text, so that the
layers, which link mentions and times across the whole article, see it whole. The news NER's merge
waits for the join too (``news_ner.merge_pieces``): its one-label-per-name vote is the article's,
not a piece's.

The networks look a few words to each side and paragraphs are sentence boundaries, so a cut at a
paragraph break changes nothing the layers read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from spacy.tokens import Doc

from newsgraph.pipeline import news_ner

T = TypeVar("T")


def cut_points(doc: Doc, limit: int) -> list[int]:
    """Token indices where ``doc`` is cut so that each piece has at most about ``limit`` characters.

    Returns the starts of the pieces after the first (empty for a short Doc). Each cut is the last
    paragraph break before the bound, else the last sentence end ("." "?" "!" before a capital),
    else the bound itself.
    """
    cuts: list[int] = []
    start = 0
    while len(doc) - start > 0 and doc[-1].idx + len(doc[-1]) - doc[start].idx > limit:
        bound = start
        while bound < len(doc) and doc[bound].idx - doc[start].idx < limit:
            bound += 1
        cut = _last_break(doc, start, bound)
        cuts.append(cut)
        start = cut
    return cuts


def _last_break(doc: Doc, start: int, bound: int) -> int:
    """The best cut in ``doc[start + 1:bound]``: after a paragraph break, else a sentence end."""
    for i in range(bound - 1, start, -1):
        if "\n" in doc[i - 1].whitespace_ or (doc[i - 1].is_space and "\n" in doc[i - 1].text):
            return i
    for i in range(bound - 1, start + 1, -1):
        if doc[i - 1].text in (".", "?", "!") and doc[i].is_title:
            return i
    return max(bound, start + 1)


def split(doc: Doc, limit: int) -> list[Doc]:
    """``doc`` itself when short, else its pieces (new Docs sharing its vocabulary)."""
    cuts = cut_points(doc, limit)
    if not cuts:
        return [doc]
    edges = [0, *cuts, len(doc)]
    parts = [doc[a:b].as_doc() for a, b in zip(edges, edges[1:])]
    for part in parts:
        part.user_data[news_ner.PIECE] = True  # the news NER merges a piece after ``join``
    return parts


def join(pieces: list[Doc], original: Doc) -> Doc:
    """One Doc from the processed ``pieces`` of ``original``, carrying its newsgraph state, its
    entities merged over the whole article (``news_ner.merge_pieces``)."""
    if len(pieces) == 1:
        return pieces[0]
    # the pieces' user_data holds only their marks and spans, read here, not the article's state
    # (spaCy's stub of from_docs lacks its keyword-only ``exclude``)
    doc = Doc.from_docs(pieces, ensure_whitespace=False, exclude=["user_data"])  # type: ignore[call-arg]
    news_ner.merge_pieces(doc, pieces)
    doc.user_data.update(original.user_data)
    return doc


def bounded(items: Iterable[T], size: int, chars: int, length: Callable[[T], int]) -> Iterator[list[T]]:
    """``items`` in order, in lists of at most ``size`` items and, past the first, ``chars``
    characters, an item's characters being ``length(item)``."""
    group: list[T] = []
    total = 0
    for item in items:
        n = length(item)
        if group and (len(group) >= size or total + n > chars):
            yield group
            group, total = [], 0
        group.append(item)
        total += n
    if group:
        yield group


def doc_chars(doc: Doc) -> int:
    """The characters of ``doc``, without building its text."""
    return doc[-1].idx + len(doc[-1].text_with_ws) - doc[0].idx if len(doc) else 0
