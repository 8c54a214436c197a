"""The JSON API, in-process with FastAPI's TestClient over a small hand-built store."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from server_records import build_store, entity_id

from newsgraph.errors import NewsgraphError
from newsgraph.model import Article, Record
from newsgraph.server import create_app
from newsgraph.server.database import Database
from newsgraph.store import Store

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("api") / "kb.db")


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db), raise_server_exceptions=False)


def assert_error(response, status: int) -> None:
    """Every error has the one shape: ok false, a message, the status repeated."""
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"ok", "error", "status"}
    assert body["ok"] is False and body["status"] == status
    assert isinstance(body["error"], str) and body["error"]
    assert "Traceback" not in body["error"]


def test_health(client: TestClient) -> None:
    body = client.get("/api").json()
    assert body["ok"] is True and body["articles"] == 3 and body["writable"] is False


def test_articles_list_newest_first_and_paginated(client: TestClient) -> None:
    body = client.get("/api/articles", params={"limit": 2}).json()
    assert body["total"] == 3 and body["limit"] == 2 and body["offset"] == 0
    assert [a["published"] for a in body["items"]] == ["2025-08-18", "2025-08-17"]
    rest = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert [a["title"] for a in rest["items"]] == ["Berg and Dorn meet on taxes"]


def test_articles_filtered_by_date_and_source(client: TestClient) -> None:
    body = client.get("/api/articles", params={"since": "2025-08-17", "until": "2025-08-17"}).json()
    assert body["total"] == 1
    assert client.get("/api/articles", params={"source": "example.org"}).json()["total"] == 1


def test_article_record_has_store_ids(client: TestClient, db: Path) -> None:
    first = client.get("/api/articles", params={"limit": 1, "offset": 2}).json()["items"][0]
    body = client.get(f"/api/articles/{first['id']}").json()
    names = {e["name"]: e["id"] for e in body["record"]["entities"]}
    assert names["Anna Berg"] == entity_id(db, "Anna Berg")
    assert body["record"]["quotes"][0]["speaker"] == names["Anna Berg"]


def test_entities_most_mentioned_first_with_filters(client: TestClient) -> None:
    body = client.get("/api/entities").json()
    assert body["items"][0]["articles"] == 2
    people = client.get("/api/entities", params={"type": "PERSON"}).json()
    assert {e["name"] for e in people["items"]} == {"Anna Berg", "Carl Dorn"}
    assert [e["name"] for e in client.get("/api/entities", params={"name": "dorn"}).json()["items"]] == ["Carl Dorn"]


def test_entity_with_aliases_and_roles(client: TestClient, db: Path) -> None:
    body = client.get(f"/api/entities/{entity_id(db, 'Anna Berg')}").json()["entity"]
    assert body["articles"] == 2
    assert {a["alias"] for a in body["aliases"]} >= {"Anna Berg", "Berg"}
    assert body["roles"][0]["title"] == "finance minister" and body["roles"][0]["of_what"] == "Norland"
    assert body["roles"][0]["first"] == "2025-08-16"


def test_graph_neighbourhood(client: TestClient, db: Path) -> None:
    dorn = entity_id(db, "Carl Dorn")
    body = client.get(f"/api/entities/{dorn}/graph").json()
    assert body["nodes"][0]["id"] == dorn and body["nodes"][0]["centre"] is True
    weights = {(e["source"], e["target"]): e["weight"] for e in body["edges"]}
    assert weights[(dorn, entity_id(db, "Anna Berg"))] == 2
    assert weights[(dorn, entity_id(db, "Norland"))] == 1


def test_events_and_one_event(client: TestClient, db: Path) -> None:
    body = client.get("/api/events", params={"entity": entity_id(db, "Anna Berg")}).json()
    assert [e["type"] for e in body["items"]] == ["meeting"]
    event = client.get(f"/api/events/{body['items'][0]['id']}").json()["event"]
    assert event["words"] == "met" and event["date"] == "2025-08-15"
    assert {p["name"] for p in event["participants"]} == {"Anna Berg", "Carl Dorn"}
    assert [p["name"] for p in event["places"]] == ["Oslo"]
    assert event["reports"][0]["title"] == "Berg and Dorn meet on taxes"


def test_quotes_filtered_by_speaker_words_and_subject(client: TestClient, db: Path) -> None:
    by_dorn = client.get("/api/quotes", params={"speaker": "dorn"}).json()
    assert by_dorn["total"] == 2 and {q["speaker"] for q in by_dorn["items"]} == {"Carl Dorn"}
    taxes = client.get("/api/quotes", params={"contains": "taxes"}).json()["items"]
    assert [q["speaker"] for q in taxes] == ["Anna Berg"]
    about_oslo = client.get("/api/quotes", params={"about": entity_id(db, "Oslo")}).json()["items"]
    assert [q["text"] for q in about_oslo] == ["Oslo deserves a harbour that works,"]


def test_quotes_of_one_speaker_or_subject_are_paged_with_their_total(client: TestClient, db: Path) -> None:
    dorn = entity_id(db, "Carl Dorn")
    first = client.get("/api/quotes", params={"speaker_id": dorn, "limit": 1}).json()
    second = client.get("/api/quotes", params={"speaker_id": dorn, "limit": 1, "offset": 1}).json()
    assert first["total"] == second["total"] == 2
    assert [q["text"] for q in first["items"] + second["items"]] == [
        "Oslo deserves a harbour that works,", "the plan was bold"]  # newest article first
    assert first["items"][0]["article_title"] == "A new harbour for Oslo"
    beyond = client.get("/api/quotes", params={"about": entity_id(db, "Oslo"), "offset": 5}).json()
    assert beyond["total"] == 1 and beyond["items"] == []


def test_search_articles_and_names(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "harbour"}).json()
    assert body["total"] == 2
    assert client.get("/api/search", params={"q": "berg"}).json()["entities"][0]["name"] == "Anna Berg"


@pytest.mark.parametrize("q", ['"a" OR', "NEAR(x y", "tax*", "'; DROP TABLE articles; --", "%_\\"])
def test_search_text_is_words_not_syntax(client: TestClient, q: str) -> None:
    response = client.get("/api/search", params={"q": q})
    assert response.status_code == 200 and response.json()["ok"] is True
    assert client.get("/api").json()["articles"] == 3


def test_timeline_of_an_entity(client: TestClient, db: Path) -> None:
    items = client.get("/api/timeline", params={"entity": entity_id(db, "Carl Dorn")}).json()["items"]
    assert [(i["date"], i["kind"]) for i in items] == [
        ("2025-08-15", "event"), ("2025-08-16", "article"), ("2025-08-18", "article"), ("2025-08-18", "event")]


@pytest.mark.parametrize("path", ["/api/articles/0000000000000000", "/api/entities/E999", "/api/events/V999",
                                  "/api/entities/E999/graph", "/api/timeline?entity=E999", "/api/nothing"])
def test_unknown_ids_are_404_in_the_one_shape(client: TestClient, path: str) -> None:
    assert_error(client.get(path), 404)


@pytest.mark.parametrize("path", ["/api/articles?limit=0", "/api/articles?limit=abc", "/api/quotes?offset=-1",
                                  "/api/articles?since=yesterday", "/api/search", "/api/entities/E1/graph?limit=1000"])
def test_bad_parameters_are_422_in_the_one_shape(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert_error(response, 422)
    assert "query parameter" in response.json()["error"]


def test_wrong_method_is_405_in_the_one_shape(client: TestClient) -> None:
    assert_error(client.delete("/api/articles"), 405)


def test_unexpected_failure_is_500_without_traceback(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsgraph.server import queries

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(queries, "list_articles", broken)
    client = TestClient(create_app(db), raise_server_exceptions=False)
    response = client.get("/api/articles")
    assert_error(response, 500)
    assert "secret" not in response.text


def test_openapi_spec_lists_the_api(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    assert {"/api/articles", "/api/entities/{entity_id}", "/api/search", "/api/quotes", "/api/timeline",
            "/api/entities/{entity_id}/graph", "/api/events/{event_id}"} <= set(spec["paths"])
    assert "requestBody" in spec["paths"]["/api/articles"]["post"]


def test_docs_page_uses_only_local_assets(client: TestClient) -> None:
    page = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in page
    assert "https://" not in page and "http://" not in page
    for asset in ("swagger-ui/swagger-ui-bundle.js", "swagger-ui/swagger-ui.css", "cytoscape/cytoscape.min.js"):
        assert client.get(f"/static/vendor/{asset}").status_code == 200


# --- writing --------------------------------------------------------------------------------------

TOKEN = "s3cret-token"


def fake_extract_many(articles: Iterable[Article]) -> Iterator[Record | NewsgraphError]:
    """Stands in for the spaCy pipeline: a record with no facts."""
    for article in articles:
        yield Record(article)


@pytest.fixture()
def writable(tmp_path: Path) -> TestClient:
    app = create_app(build_store(tmp_path / "kb.db"), write_token=TOKEN, extract_many=fake_extract_many)
    return TestClient(app, raise_server_exceptions=False)


def test_read_only_server_refuses_posts(client: TestClient) -> None:
    assert_error(client.post("/api/articles", json={"text": "x"}, headers={"Authorization": f"Bearer {TOKEN}"}), 403)


def test_post_needs_the_right_token(writable: TestClient) -> None:
    assert_error(writable.post("/api/articles", json={"text": "x"}), 401)
    assert_error(writable.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer wrong"}), 401)


def test_post_stores_an_article_once(writable: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    posted = {"text": "A brand new article about nothing.", "metadata": {"title": "New", "published": "2025-09-01"}}
    first = writable.post("/api/articles", json=posted, headers=auth)
    assert first.status_code == 201 and first.json()["status"] == "stored"
    again = writable.post("/api/articles", json=posted, headers=auth)
    assert again.status_code == 200 and again.json()["status"] == "skipped"
    assert writable.get(f"/api/articles/{first.json()['id']}").json()["article"]["title"] == "New"
    assert writable.get("/api").json()["articles"] == 4


def test_post_refuses_big_and_malformed_bodies(writable: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert_error(writable.post("/api/articles", json={"text": "x" * 1_100_000}, headers=auth), 413)
    assert_error(writable.post("/api/articles", content=b"{not json", headers=auth), 422)
    assert_error(writable.post("/api/articles", json={"metadata": {}}, headers=auth), 422)
    assert_error(writable.post("/api/articles", json={"text": ""}, headers=auth), 422)


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(NewsgraphError, match="does not exist"):
        create_app(tmp_path / "absent.db")


def test_article_record_is_the_stores_record(client: TestClient, db: Path) -> None:
    """The server's batched reader gives exactly what the store's reader gives."""
    import sqlite3

    from newsgraph.server.queries import record_of
    from newsgraph.store.reader import read_record

    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        for (article_id,) in conn.execute("SELECT id FROM articles").fetchall():
            assert record_of(conn, article_id) == read_record(conn, article_id).to_dict()


def test_a_store_read_immutable_shows_what_its_owner_writes_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a store the server may not write is opened immutable (no lock, no -shm file): such a connection
    # would go on showing the articles it saw first; the server opens it anew once the file changes
    import os

    path = build_store(tmp_path / "kb.db")
    real_access = os.access

    def read_only(target: str | Path, mode: int, **kwargs: object) -> bool:
        if mode & os.W_OK and Path(target).resolve() in {path.resolve(), path.parent.resolve()}:
            return False
        return real_access(target, mode)

    def articles(conn: sqlite3.Connection) -> int:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    monkeypatch.setattr(os, "access", read_only)
    database = Database(path)
    first = database.read()
    assert articles(first) == 3 and database.read() is first  # one connection while nothing changes
    monkeypatch.setattr(os, "access", real_access)
    with Store(path, create=False) as owner:  # the owner adds an article while the server runs
        owner.add(Record(Article("A later article about the harbour.", {"title": "Later"})))
    monkeypatch.setattr(os, "access", read_only)
    assert articles(database.read()) == 4
