"""The map page in a real headless Chromium (Debian's) driven by Playwright, against the real app.

One uvicorn server on a loopback port serves a store of the fixture articles plus one hostile
article. Every test also checks that no request left the test server and that the console stayed
free of errors (a CSP violation shows there). Screenshots go to test-artifacts/screenshots/.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.request import urlopen

import pytest

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason=f"{CHROMIUM} not found: install Debian's chromium package to run the browser tests")

FIXTURES = Path(__file__).parent / "fixtures"
SHOTS = Path(__file__).parents[1] / "test-artifacts" / "screenshots"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run"]
LAPTOP = {"width": 1366, "height": 800}
PHONE = {"width": 390, "height": 844}
PAYLOAD = "<script>window.__pwned=1</script>"
LOADED = "#summary[data-shown]:not([aria-busy])"  # every page of events has arrived
HOSTILE = {
    "title": 'Gunmen kill five <img src=x onerror="window.__pwned=1"> in Kaduna',
    "text": f"Gunmen killed five villagers in Kufana in Kaduna State on Monday, police said. {PAYLOAD}\n\n"
            'Residents said the attackers arrived on motorcycles <img src=x onerror="window.__pwned=1"> '
            "and fired on people at the market.",
    "date": "2024-03-12",
    "url": "javascript:window.__pwned=1",
    "outlet": '<b onmouseover="window.__pwned=1">Wire</b>',
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def base_url(res: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app over a fresh SQLite store of the fixture articles and the hostile one, served by uvicorn."""
    import uvicorn

    from frontwire.settings import Settings
    from frontwire.store.engine import open_store
    from frontwire.store.ingest import ingest
    from frontwire.store.inputs import ReadOptions, read_inputs
    from frontwire.web.app import create_app

    folder = tmp_path_factory.mktemp("browser")
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    inputs = [FIXTURES / "store" / "strikes.jsonl", *sorted((FIXTURES / "articles").glob("*.txt")), hostile]
    store = open_store(str(folder / "events.db"))
    ingest(store, read_inputs([str(p) for p in inputs], ReadOptions()), res)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(Settings(), store), host="127.0.0.1", port=port,
                                           log_level="warning", ws="none", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError(f"the test server did not start on 127.0.0.1:{port}")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


def api(base_url: str, path: str) -> Any:
    with urlopen(f"{base_url}{path}", timeout=10) as response:  # noqa: S310 - the loopback test server
        return json.load(response)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield launched
        launched.close()


class Watched:
    """A page with what it asked for and what went wrong in its console."""

    def __init__(self, browser: Any, base_url: str, viewport: dict[str, int]) -> None:
        self.base_url = base_url
        self.context = browser.new_context(viewport=viewport)
        self.context.set_default_timeout(10_000)
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _route(self, route: Any) -> None:
        url = route.request.url
        self.requests.append(url)
        if url.startswith(f"{self.base_url}/") or url.startswith("data:"):
            route.continue_()
        else:
            route.abort()

    def open(self, query: str = "") -> Any:
        """Open the page at query and wait until every page of events has arrived and the basemap is drawn."""
        self.page.goto(f"{self.base_url}/{query}")
        self.page.wait_for_selector(LOADED, state="attached")
        self.page.wait_for_selector("#map[data-basemap=drawn]", state="attached")
        return self.page

    def shot(self, name: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / name))

    def check(self) -> None:
        outside = [u for u in self.requests if not (u.startswith(f"{self.base_url}/") or u.startswith("data:"))]
        assert outside == [], f"requests left the test server: {outside}"
        assert self.errors == [], f"console errors: {self.errors}"


@pytest.fixture
def pages(browser: Any, base_url: str) -> Iterator[Callable[[dict[str, int]], Watched]]:
    """pages(viewport) -> a new watched page; each is checked and closed after the test."""
    made: list[Watched] = []

    def make(viewport: dict[str, int]) -> Watched:
        made.append(Watched(browser, base_url, viewport))
        return made[-1]

    yield make
    for watched in made:
        watched.check()
        watched.context.close()


@pytest.fixture
def laptop(pages: Callable[[dict[str, int]], Watched]) -> Watched:
    return pages(LAPTOP)


def eventually(check: Callable[[], bool], seconds: float = 5) -> None:
    """Wait for check() to hold (markers settle after the cluster animations)."""
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "the page did not settle"
        time.sleep(0.1)


def drawn(page: Any) -> int:
    """How many events the map shows: lone markers plus the counts on the clusters."""
    clustered = sum(int(t) for t in page.locator(".ev-cluster .pie span").all_text_contents())
    return clustered + int(page.locator(".ev-marker").count())


def counts(page: Any) -> dict[str, int]:
    data = page.eval_on_selector("#summary", "n => ({...n.dataset})")
    return {k: int(v) for k, v in data.items()}


def settled(page: Any, before: str) -> None:
    """Wait until the summary line has changed from before and is no longer loading."""
    from playwright.sync_api import expect

    summary = page.locator("#summary")
    expect(summary).not_to_have_text(before)
    expect(summary).not_to_have_text(re.compile("^Loading"))
    page.wait_for_selector(LOADED, state="attached")


def test_the_page_maps_every_located_event(laptop: Watched, base_url: str) -> None:
    located = api(base_url, "/api/events.geojson?limit=5000")["features"]
    page = laptop.open()
    assert page.locator(".ev-marker, .ev-cluster").count() > 0
    assert counts(page)["total"] == len(located) > 10
    assert counts(page)["inView"] == page.locator("#events-list .event-item").count()
    eventually(lambda: drawn(page) == len(located))
    laptop.shot("map.png")


def test_brushing_the_timeline_filters_the_map_and_list(laptop: Watched) -> None:
    page = laptop.open()
    before = counts(page)
    summary = page.text_content("#summary") or ""
    box = page.locator("#timeline svg").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 40, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.25, y, steps=5)
    page.mouse.move(box["x"] + box["width"] * 0.45, y, steps=5)
    page.mouse.up()
    settled(page, summary)
    after = counts(page)
    assert 0 < after["shown"] < before["shown"]
    since, until = page.input_value("input[name=since]"), page.input_value("input[name=until]")
    assert since and until and f"since={since}" in page.url and f"until={until}" in page.url
    days = page.locator("#events-list time").evaluate_all("ts => ts.map(t => t.getAttribute('datetime'))")
    assert days and all(since <= d <= until for d in days)
    laptop.shot("brushed.png")


def test_a_filtered_view_comes_back_from_its_address(laptop: Watched, pages: Callable[[dict[str, int]], Watched],
                                                     base_url: str) -> None:
    from playwright.sync_api import expect

    page = laptop.open("?map=3/20.0000/30.0000")
    before = page.text_content("#summary") or ""
    page.uncheck("input[name=types][value=explosions]")
    page.fill("input[name=actor]", "Rapid Support")
    settled(page, before)
    expect(page).to_have_url(re.compile(r"types=.*actor=Rapid\+Support"))
    expect(page).not_to_have_url(re.compile(r"map=3%2F20\.0000%2F30\.0000"))  # framed on the matches
    state = page.evaluate("""() => ({summary: document.querySelector('#summary').textContent,
        boxes: [...document.querySelectorAll('input[name=types]')].map(b => b.checked),
        actor: document.querySelector('input[name=actor]').value})""")
    assert 0 < counts(page)["shown"] <= counts(page)["total"] < 40
    address = page.url
    restored = pages(LAPTOP).open(address.removeprefix(base_url + "/"))
    expect(restored.locator("#summary")).to_have_text(state["summary"])
    assert restored.evaluate("""() => [...document.querySelectorAll('input[name=types]')].map(b => b.checked)""") \
        == state["boxes"]
    assert restored.input_value("input[name=actor]") == state["actor"]
    assert restored.url == address


def test_the_keyboard_opens_a_card_with_the_evidence_marked_in_the_article(laptop: Watched) -> None:
    page = laptop.open()
    assert page.locator(".leaflet-marker-icon[tabindex]").count() == 0  # the list, not the markers, takes Tab
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to the list of events"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('event-item')")
    page.keyboard.press("Enter")
    card = page.locator("#card")
    mark = page.locator("#card .article-text .text mark.hl-evidence").first
    mark.wait_for()
    assert page.evaluate("document.activeElement.id") == "card-title"
    assert mark.text_content().strip()
    assert "event=" in page.url
    mark.scroll_into_view_if_needed()
    laptop.shot("card.png")
    page.keyboard.press("Escape")
    card.wait_for(state="hidden")
    assert "event=" not in page.url
    assert page.evaluate("document.activeElement.classList.contains('event-item')")
    page.keyboard.press(" ")
    card.wait_for(state="visible")


def test_clicking_a_marker_opens_its_card(laptop: Watched) -> None:
    page = laptop.open("?map=9/-0.0917/34.7680")
    marker = page.locator(".ev-marker").first
    marker.click()
    page.locator("#card .facts").wait_for()
    assert "Kisumu" in (page.text_content("#card") or "")
    assert page.locator(".ev-marker.is-selected").count() == 1


def test_hostile_article_text_stays_text(laptop: Watched, base_url: str) -> None:
    events = api(base_url, "/api/events?limit=500")["events"]
    hostile = next(e for e in events if any("onerror" in (s["headline"] or "") for s in e["sources"]))
    page = laptop.open(f"?event={hostile['id']}")
    page.locator("#card .article-text .text mark.hl-evidence").first.wait_for()
    text = page.text_content("#card .article-text .text") or ""
    assert PAYLOAD in text and 'onerror="window.__pwned=1"' in text
    assert HOSTILE["outlet"] in (page.text_content("#card") or "")
    assert page.locator("#card script, #card img, #card b, #card a[href^=javascript]").count() == 0
    page.locator("#card .source-head strong").first.hover()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    laptop.shot("hostile.png")


def test_phone_layout(pages: Callable[[dict[str, int]], Watched]) -> None:
    phone = pages(PHONE)
    page = phone.open()
    assert page.locator(".ev-marker, .ev-cluster").count() > 0
    assert not page.locator("#filters").is_visible()
    page.click("#toggle-filters")
    assert page.locator("#filters").is_visible()
    page.click("#toggle-filters")
    phone.shot("phone.png")
    page.locator("#events-list .event-item").first.click()
    page.locator("#card .article-text mark").first.wait_for()
    box = page.locator("#card").bounding_box()
    assert box["x"] == 0 and box["width"] == PHONE["width"]
    phone.shot("phone-card.png")


def test_markers_arrive_page_by_page_and_new_filters_cancel_the_old_pages(laptop: Watched, base_url: str) -> None:
    """Pages of 5 events (the requests rewritten); each later page waits until the test lets it go."""
    page, held = laptop.page, []

    def small_pages(route: Any) -> None:
        url = re.sub(r"limit=\d+", "limit=5", route.request.url)
        if "cursor=" in url:
            held.append((route, url))
        else:
            route.continue_(url=url)

    page.route("**/api/events.geojson?*", small_pages)
    page.goto(f"{base_url}/")
    page.wait_for_selector("#summary[data-total='5']", state="attached")
    assert page.get_attribute("#summary", "aria-busy") == "true"
    assert (page.text_content("#summary") or "").startswith("Loading events… 5 so far")
    eventually(lambda: drawn(page) == 5)
    assert counts(page)["inView"] == page.locator("#events-list .event-item").count() > 0
    laptop.shot("first-page.png")
    (old_page,) = held
    with page.expect_event("requestfailed", predicate=lambda r: r.url == old_page[0].request.url):
        page.select_option("select[name=status]", "occurred")  # the page aborts the request it was waiting for
    held.clear()
    deadline = time.monotonic() + 10
    while page.get_attribute("#summary", "aria-busy"):
        assert time.monotonic() < deadline, "the pages never ended"
        if held:
            route, url = held.pop(0)
            assert "status=occurred" in url
            route.continue_(url=url)
        page.wait_for_timeout(20)
    expected = {f["id"] for f in api(base_url, "/api/events.geojson?limit=5000&status=occurred")["features"]}
    assert counts(page)["total"] == counts(page)["shown"] == len(expected) > 10
    eventually(lambda: drawn(page) == len(expected))
    listed = page.locator("#events-list .event-item").evaluate_all("bs => bs.map(b => b.dataset.id)")
    assert listed and set(listed) <= expected
