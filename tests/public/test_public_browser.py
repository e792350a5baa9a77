"""Public pages in headless Chromium: axe-core finds nothing, they read at 320px, no script, framing as meant.

axe-core is vendored in tests/support/axe (from npm, MPL-2.0) and injected from that file;
nothing is fetched. The pages forbid every script by CSP, so axe runs in a second
browser context that bypasses CSP; the first context checks nothing was blocked.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import pytest
from werkzeug.serving import make_server
from werkzeug.wrappers import Response

from bot.insights.analysis import labels_for
from models.demo import seed_demo
from tests.admin.test_admin_browser import CHROMIUM_ARGS
from tests.public.conftest import respond
from tests.safeguarding_pages import client_for

AXE = Path(__file__).resolve().parents[1] / "support" / "axe" / "axe.min.js"
PAGES = [
    "/results",
    "/results?lang=cy",
    "/results/east",
    "/results/east?lang=cy",
    "/results/carers",
    "/results/east/embed",
    "/results/east/embed?lang=cy",
]
WIDTHS = [320, 1280]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


def serve(app) -> tuple[str, object, threading.Thread]:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return f"http://127.0.0.1:{server.server_port}", server, thread


@pytest.fixture
def live_url(app) -> Iterator[str]:
    url, server, thread = serve(app)
    yield url
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture
def seeded(app, db, config):
    """Demo answers, themed comments and a public register entry, so every part of a page shows."""
    with db.begin() as session:
        seed_demo(session, config, 1500, datetime.now(UTC), seed=7, label=partial(labels_for, config))
    for theme in ("waiting", "waiting", "communication") * 4:
        respond(db, 1, comment="It took ages to hear back", themes=(theme,))
    manager = client_for(app, "lead@example.org", "manager")
    page = "/admin/you-said-we-did/register"
    token = manager.get(page).text.split('name="csrf_token" type="hidden" value="')[1].split('"')[0]
    form = {
        "csrf_token": token,
        "team": "east",
        "you_said": "Waiting for a call back took too long.",
        "we_did": "We now call back within 3 working days.",
        "status": "done",
        "public": "y",
    }
    assert manager.post(page, data=form).status_code == 302
    return db


@pytest.mark.slow
def test_axe_finds_nothing_on_any_public_page_at_320px_and_on_a_desktop(browser, live_url, seeded):
    context = browser.new_context(bypass_csp=True)
    failures = []
    for width in WIDTHS:
        page = context.new_page()
        page.set_viewport_size({"width": width, "height": 800})
        for path in PAGES:
            page.goto(f"{live_url}{path}")
            page.add_script_tag(path=str(AXE))
            result = page.evaluate("async () => await axe.run(document)")
            for violation in result["violations"]:
                targets = [node["target"] for node in violation["nodes"]]
                failures.append(f"{width}px {path}: {violation['id']} ({violation['help']}) at {targets}")
            assert result["passes"], path  # axe really ran
            # Reflow (WCAG 1.4.10): nothing makes the page itself scroll sideways.
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            if overflow > 0:
                failures.append(f"{width}px {path}: {overflow}px wider than the window")
        page.close()
    context.close()
    assert failures == []


def test_pages_run_no_script_and_nothing_is_blocked_by_their_policy(browser, live_url, seeded):
    page = browser.new_page()
    problems: list[str] = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    for path in PAGES:
        response = page.goto(f"{live_url}{path}")
        assert response.status == 200
        assert page.evaluate("document.scripts.length") == 0
    welsh = page.goto(f"{live_url}/results/east?lang=cy")
    assert welsh.status == 200 and page.locator("html").get_attribute("lang") == "cy"
    page.get_by_role("link", name="English").click()
    page.wait_for_url("**/results/east?lang=en")
    assert page.get_by_role("heading", level=1).inner_text() == "East locality team"
    page.close()
    assert problems == [], problems


def test_only_the_embed_card_shows_inside_another_sites_frame(browser, live_url, seeded):
    def host(environ, start_response):
        # A council page on another origin framing the card and, wrongly, a full page.
        body = (
            f'<!doctype html><html lang="en"><title>Council</title><body>'
            f'<iframe id="card" title="card" src="{live_url}/results/east/embed"></iframe>'
            f'<iframe id="page" title="page" src="{live_url}/results/east"></iframe></body></html>'
        )
        return Response(body, mimetype="text/html")(environ, start_response)

    other, server, thread = serve(host)
    try:
        page = browser.new_page()
        page.goto(other)
        page.wait_for_timeout(500)
        frames = {frame.url: frame for frame in page.frames}
        card = frames[f"{live_url}/results/east/embed"]
        assert card.locator("h1").inner_text() == "East locality team"
        blocked = frames.get(f"{live_url}/results/east")
        assert blocked is None or blocked.evaluate("document.body ? document.body.innerText : ''") == ""
        page.close()
    finally:
        server.shutdown()
        thread.join(timeout=5)
