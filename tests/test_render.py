"""The HTML renderer escapes article text and highlights every layer."""

from __future__ import annotations

from newsgraph.model import Article, Entity, Mention, Quote, Record, Span, TimeExpr
from newsgraph.render import page_end, page_start, render_article

HOSTILE = 'Ann said <script>alert(1)</script> and <img src=x onerror="alert(2)"> on Friday.'


def _record() -> Record:
    article = Article(HOSTILE, {"title": "<b>bold</b> title"})
    ann = Entity("e1", "Ann", "PERSON", [Mention(0, 3, "Ann", "name")])
    friday = HOSTILE.index("Friday")
    return Record(article, entities=[ann],
                  times=[TimeExpr(friday, friday + 6, "Friday", "DATE", "2025-08-15")],
                  quotes=[Quote(9, 34, HOSTILE[9:34], "indirect", "e1", Span(0, 3, "Ann"), Span(4, 8, "said"))])


def test_article_text_is_escaped():
    html = page_start("t") + render_article(_record()) + page_end()
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "onerror=&quot;" in html
    assert "&lt;b&gt;bold" in html


def test_every_layer_is_highlighted_with_details():
    html = render_article(_record())
    assert 'class="l-entity"' in html and 'href="#e1"' in html
    assert "l-time" in html and "DATE 2025-08-15" in html
    assert "l-quote" in html and "indirect quote by Ann" in html
    assert 'id="e1"' in html  # the entity table row the highlight links to
