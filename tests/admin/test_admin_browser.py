"""The admin in a real headless Chromium (Debian's, through Playwright): sign in, read, filter, sign out."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from functools import partial

import pytest
from playwright.sync_api import expect
from werkzeug.serving import make_server

from bot.insights.analysis import labels_for
from models.demo import seed_demo
from models.local_days import local_date
from models.reports.periods import last_days
from models.reports.responses import ResponseFilters
from models.reports.summaries import summarise
from tests.admin_support import PASSWORD, make_user

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

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


@pytest.fixture
def live_url(app) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture
def seeded(app, config):
    db = app.extensions["heard"].db
    with db.begin() as session:
        seed_demo(session, config, 1500, datetime.now(UTC), seed=7, label=partial(labels_for, config))
    make_user(db, "manager@example.org", "manager")
    return db


def expected_listened(db, config, team=None) -> str:
    zone = config.organisation.time_zone
    since, until = last_days(local_date(datetime.now(UTC), zone), zone)
    with db.begin() as session:
        figures = summarise(session, config, ResponseFilters(team=team), since, until).overall["listened"]
    assert not figures.suppressed
    return f"{figures.positive_pct:.1f}%"


def test_sign_in_read_filter_by_team_and_sign_out(browser, live_url, seeded, config):
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{live_url}/admin/")
    assert page.url.startswith(f"{live_url}/admin/sign-in")
    page.get_by_label("Email address").fill("manager@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_url}/admin/")
    expect(page.get_by_role("heading", name="Dashboard", level=1)).to_be_visible()

    everyone = page.locator('[data-figure="listened.positive"]').inner_text()
    assert everyone == expected_listened(seeded, config)
    page.locator(".chart.chart--drawn canvas").wait_for()  # Chart.js ran from web/static

    page.get_by_text("Change the period, team or channel").click()
    page.get_by_label("Team", exact=True).select_option(label="Hospital discharge team")
    page.get_by_role("button", name="Show figures").click()
    page.wait_for_url("**team=hospital**")
    hospital = page.locator('[data-figure="listened.positive"]').inner_text()
    assert hospital == expected_listened(seeded, config, "hospital") and hospital != everyone
    assert "Hospital discharge team" in page.locator("#showing").inner_text()

    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(f"{live_url}/admin/sign-in")
    expect(page.get_by_text("You have signed out.")).to_be_visible()
    page.goto(f"{live_url}/admin/")
    assert page.url.startswith(f"{live_url}/admin/sign-in")
    assert errors == []


def test_dashboard_fits_320px_and_starts_with_a_skip_link(browser, live_url, seeded):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(f"{live_url}/admin/sign-in")
    page.get_by_label("Email address").fill("manager@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_url}/admin/")
    # Wide tables scroll inside their own region; the page itself never scrolls sideways.
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    context.close()
