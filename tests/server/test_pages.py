"""The web pages, in-process: every page renders, article text is escaped, unknown ids are a 404 page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from server_records import BUDGET, MARKUP, build_store, entity_id

from newsgraph.model import content_id
from newsgraph.server import create_app

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("pages") / "kb.db")


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db), raise_server_exceptions=False)


def test_home_lists_latest_articles_and_most_mentioned(client: TestClient) -> None:
    page = client.get("/").text
    assert "A new harbour for Oslo" in page
    assert re.search(r'<a href="/entities/E\d+" class="entity">Carl Dorn</a>', page)
    assert 'action="/search"' in page


def test_article_markup_renders_as_text(client: TestClient) -> None:
    response = client.get(f"/articles/{content_id(MARKUP)}")
    assert response.status_code == 200
    page = response.text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(" in page and "&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;b&gt;Bank&lt;/b&gt; site defaced" in page  # the title too
    assert "<script" not in page  # no script at all on the article page


def test_article_page_highlights_each_layer_with_links(client: TestClient, db: Path) -> None:
    page = client.get(f"/articles/{content_id(BUDGET)}").text
    berg = entity_id(db, "Anna Berg")
    mark = rf'<mark class="l-entity" title="PERSON Anna Berg \(name\)" tabindex="0"><a href="/entities/{berg}">'
    assert re.search(mark + "Anna Berg</a></mark>", page)
    for layer in ("entity", "role", "time", "quote", "cue", "event"):
        assert f'class="l-{layer}' in page or f' l-{layer}' in page, layer
        assert f'class="t-{layer}"' in page  # its toggle
    assert re.search(r'href="/events/V\d+"', page)


def test_entity_page(client: TestClient, db: Path) -> None:
    page = client.get(f"/entities/{entity_id(db, 'Anna Berg')}").text
    assert "finance minister" in page and "Norland" in page  # role over time
    assert "We will cut taxes next year," in page  # a quote by her
    assert re.search(r'class="entity">Carl Dorn</a>.*2 shared articles', page, re.S)  # seen with
    assert 'href="/events/V' in page  # her timeline has the meeting


def test_event_page(client: TestClient) -> None:
    page = client.get("/events/V1").text
    assert "meeting event" in page and "Oslo" in page and "Berg and Dorn meet on taxes" in page


def test_quote_browser_filters(client: TestClient) -> None:
    page = client.get("/quotes", params={"speaker": "Berg"}).text
    assert "We will cut taxes" in page and "Oslo deserves" not in page
    page = client.get("/quotes", params={"contains": "harbour"}).text
    assert "Oslo deserves" in page and "We will cut taxes" not in page


def test_graph_page_lists_neighbours_without_javascript(client: TestClient, db: Path) -> None:
    page = client.get(f"/entities/{entity_id(db, 'Carl Dorn')}/graph").text
    assert 'class="entity">Anna Berg</a>' in page
    assert '<script src="/static/vendor/cytoscape/cytoscape.min.js">' in page


def test_search_page(client: TestClient) -> None:
    page = client.get("/search", params={"q": "harbour <script>"}).text
    assert "A new harbour for Oslo" in page or "no article holds" in page
    assert "<script>" not in page.split("<main>")[1]


@pytest.mark.parametrize("path", ["/articles/0000000000000000", "/entities/E999", "/events/V999",
                                  "/entities/E999/graph", "/no/such/page"])
def test_unknown_ids_are_a_404_page(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "404" in response.text and "Traceback" not in response.text


def test_bad_page_parameter_is_an_html_error(client: TestClient) -> None:
    response = client.get("/quotes", params={"page": "zero"})
    assert response.status_code == 422 and response.headers["content-type"].startswith("text/html")


def test_pages_forbid_inline_and_foreign_scripts(client: TestClient) -> None:
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert "content-security-policy" not in client.get("/docs").headers  # Swagger UI starts with an inline script
