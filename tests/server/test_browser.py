"""The web pages end to end in a real headless Chromium (Debian's ``chromium``, driven by Playwright).

The reference article is extracted, stored with a few hand-built articles, and served by uvicorn
on a free loopback port. Screenshots go to test-artifacts/screenshots/. Skipped, with the reason,
where /usr/bin/chromium or Playwright is missing; Playwright's own browser download is never used.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from server_records import build_store

from newsgraph.model import Record
from newsgraph.store import Store

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium: install Debian's chromium package"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")

# The text of each text node under the article's text, with the layers of the <mark> around it.
SEGMENTS_JS = """(box) => {
  const out = []; let offset = 0;
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const mark = node.parentElement.closest('mark');
    const layers = mark ? [...mark.classList].filter(c => c.startsWith('l-')).map(c => c.slice(2)) : [];
    out.push([offset, offset + node.data.length, layers]);
    offset += node.data.length;
  }
  return out;
}"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, reference_record: Record) -> Path:
    path = build_store(tmp_path_factory.mktemp("browser") / "kb.db")
    with Store(path) as store:
        store.add(reference_record)
    return path


@pytest.fixture(scope="module")
def base_url(db: Path) -> Iterator[str]:
    import uvicorn

    from newsgraph.server import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the server did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


class Tab:
    """A page that records console errors and uncaught exceptions."""

    def __init__(self, browser: Any, base_url: str) -> None:
        self.page = browser.new_page(viewport={"width": 1200, "height": 900})
        self.base_url = base_url
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def open(self, path: str) -> Any:
        response = self.page.goto(self.base_url + path)
        self.page.wait_for_load_state("networkidle")
        return response

    def shot(self, name: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


@pytest.fixture()
def tab(browser: Any, base_url: str) -> Iterator[Tab]:
    opened = Tab(browser, base_url)
    yield opened
    opened.page.close()


def covered(record: Record) -> dict[str, set[int]]:
    """Character positions of the article each layer should highlight."""
    layers: dict[str, set[int]] = {"entity": set(), "role": set(), "time": set(), "quote": set(), "event": set()}
    for entity in record.entities:
        for m in entity.mentions:
            layers["entity"].update(range(m.start, m.end))
        for r in entity.roles:
            layers["role"].update(range(r.start, r.end))
    for t in record.times:
        layers["time"].update(range(t.start, t.end))
    for q in record.quotes:
        layers["quote"].update(range(q.start, q.end))
    for ev in record.events:
        layers["event"].update(range(ev.trigger.start, ev.trigger.end))
    return layers


def test_article_page_highlights_every_extraction(tab: Tab, reference_record: Record) -> None:
    assert tab.open(f"/articles/{reference_record.article.id}").status == 200
    box = tab.page.locator(".ng-article .text")
    segments = box.evaluate(SEGMENTS_JS)
    assert "".join(reference_record.article.text[s:e] for s, e, _ in segments) == reference_record.article.text
    assert box.evaluate("b => b.textContent") == reference_record.article.text
    shown: dict[str, set[int]] = {}
    for start, end, layers in segments:
        for layer in layers:
            shown.setdefault(layer, set()).update(range(start, end))
    for layer, positions in covered(reference_record).items():
        assert shown.get(layer, set()) == positions, layer
    assert not tab.errors
    tab.shot("article")


def test_article_details_on_focus_and_layer_toggles(tab: Tab, reference_record: Record) -> None:
    tab.open(f"/articles/{reference_record.article.id}")
    mark = tab.page.locator(".text mark.l-entity").first
    mark.focus()
    details = mark.evaluate("m => getComputedStyle(m, '::after').content")
    assert mark.get_attribute("title") and details not in ("none", "normal", "")  # the details box is drawn
    tab.shot("article-focus")
    before = mark.evaluate("m => getComputedStyle(m).backgroundColor")
    tab.page.locator("label", has_text="entity").first.click()
    after = mark.evaluate("m => getComputedStyle(m).backgroundColor")
    assert before != after and after in ("rgba(0, 0, 0, 0)", "transparent")
    assert not tab.errors


def test_follow_a_highlight_to_its_entity_page(tab: Tab, reference_record: Record) -> None:
    tab.open(f"/articles/{reference_record.article.id}")
    link = tab.page.locator(".text mark.l-entity a").first
    name = link.evaluate("a => a.closest('mark').title.split('\\n')[0]")
    link.click()
    tab.page.wait_for_url("**/entities/E*")
    tab.page.wait_for_load_state("networkidle")
    heading = tab.page.locator("h1.entity-name").inner_text()
    assert heading.split(" ")[0] in name  # the mark's details start with the type, then the name
    assert tab.page.locator("h2", has_text="Seen with").count() == 1
    assert not tab.errors
    tab.shot("entity")


def test_filter_quotes_by_speaker(tab: Tab, reference_record: Record) -> None:
    names = {e.id: e.name for e in reference_record.entities}
    speaker = next(names[q.speaker] for q in reference_record.quotes if q.speaker in names)
    tab.open("/quotes")
    everyone = tab.page.locator("li.quote").count()
    tab.page.fill("input[name=speaker]", speaker)
    tab.page.click("#quote-filters button[type=submit]")
    tab.page.wait_for_load_state("networkidle")
    assert "speaker=" in tab.page.url
    speakers = tab.page.locator("li.quote .speaker").all_inner_texts()
    assert speakers and all(speaker.lower() in s.lower() for s in speakers)
    assert len(speakers) <= everyone
    assert not tab.errors
    tab.shot("quotes-by-speaker")


def test_every_other_page_renders_without_console_errors(tab: Tab, reference_record: Record) -> None:
    first_entity = tab.page.context.request.get(tab.base_url + "/api/entities?limit=1").json()["items"][0]["id"]
    event = tab.page.context.request.get(tab.base_url + "/api/events?limit=1").json()["items"][0]["id"]
    for name, path in (("home", "/"), ("search", "/search?q=harbour"), ("event", f"/events/{event}"),
                       ("quotes", "/quotes")):
        assert tab.open(path).status == 200, path
        tab.shot(name)
    tab.open(f"/entities/{first_entity}/graph")
    tab.page.wait_for_selector("#graph[data-ready='1'] canvas", timeout=15_000)
    tab.shot("graph")
    tab.open("/docs")
    tab.page.wait_for_selector(".swagger-ui .info .title", timeout=15_000)
    assert "newsgraph" in tab.page.locator(".swagger-ui .info .title").inner_text()
    tab.shot("docs")
    assert not tab.errors


def test_unknown_id_is_a_404_page(tab: Tab) -> None:
    response = tab.open("/entities/E0")
    assert response.status == 404
    assert "404" in tab.page.locator("h1").inner_text()
    # the only console message allowed is Chromium's own note of the 404 status itself
    assert all("404" in e for e in tab.errors)
    tab.shot("not-found")
