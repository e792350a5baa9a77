"""In Chromium: a risky reply raises an alert; staff acknowledge it with a note and the badge count drops."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.admin.test_admin_browser import browser, live_url  # noqa: F401 - fixtures
from tests.admin_support import PASSWORD, make_user
from tests.safeguarding_pages import EAST_PHONE, raise_alert

pytestmark = pytest.mark.browser


def test_staff_see_the_badge_open_the_alert_and_acknowledge_it_with_a_note(browser, live_url, app, config):  # noqa: F811
    db = app.extensions["heard"].db
    make_user(db, "duty@example.org", "manager")
    alert_id = raise_alert(db, config, EAST_PHONE, "east", "honestly I can't cope any more")
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{live_url}/admin/sign-in")
    page.get_by_label("Email address").fill("duty@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_url}/admin/")
    badge = page.locator("#alert-badge")
    assert badge.inner_text() == "Alerts: 1 open"

    badge.click()
    page.wait_for_url(f"{live_url}/admin/alerts")
    page.get_by_role("link", name=f"Alert {alert_id}", exact=True).click()
    assert page.locator("#resident-message").inner_text() == "honestly I can't cope any more"
    assert EAST_PHONE not in page.content()
    page.get_by_role("button", name="Acknowledge").click()
    expect(page.get_by_text("Acknowledged: you are dealing with it.")).to_be_visible()
    assert page.locator("#alert-status").inner_text() == "acknowledged"
    page.get_by_label("Note").fill("Rang back; safe with family tonight.")
    page.get_by_role("button", name="Add note").click()
    expect(page.get_by_text("Note added.")).to_be_visible()
    assert "Rang back; safe with family tonight." in page.locator("#history").inner_text()
    assert page.locator("#alert-badge").inner_text() == "Alerts: 0 open"
    assert errors == []
