"""In Chromium: urgent alerts head the list, and a manager marks a false alarm and a missed disclosure."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from models import ScreenFeedback
from tests.admin.test_admin_browser import browser, live_url  # noqa: F401 - fixtures
from tests.admin_support import PASSWORD, make_user
from tests.residents import resident_says
from tests.safeguarding_pages import EAST_PHONE, MISSED, WEST_PHONE, raise_alert

pytestmark = pytest.mark.browser


def test_urgent_first_and_marking_the_screens_mistakes(browser, live_url, app, config):  # noqa: F811
    db = app.extensions["heard"].db
    make_user(db, "lead@example.org", "manager")
    urgent = raise_alert(db, config, EAST_PHONE, "east", "I want to end my life")
    concern = raise_alert(db, config, WEST_PHONE, "west", "I am so scared")
    resident_says(db, config, MISSED, "mo", "east", at=datetime.now(UTC) - timedelta(days=1))
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{live_url}/admin/sign-in")
    page.get_by_label("Email address").fill("lead@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_url}/admin/")

    page.goto(f"{live_url}/admin/alerts")
    rows = page.locator("tbody tr")
    expect(rows).to_have_count(2)
    assert rows.nth(0).get_attribute("data-alert") == str(urgent)  # older, but urgent
    assert rows.nth(0).locator("td").nth(0).inner_text().lower() == "urgent"  # in words, not colour
    assert rows.nth(1).locator("td").nth(0).inner_text().lower() == "concern"

    page.get_by_role("link", name=f"Alert {concern}", exact=True).click()
    assert page.locator("#alert-category").inner_text() == "Immediate danger or crisis"
    page.get_by_label("Why it is not a disclosure (optional)").fill("Nervous about a form")
    page.get_by_role("button", name="Mark as false alarm").click()
    expect(page.get_by_text("Marked as a false alarm: its words will be exported")).to_be_visible()

    page.goto(f"{live_url}/admin/comments")
    comment = page.locator("li.comment", has_text=MISSED)
    comment.get_by_text("This should have been flagged").click()
    comment.get_by_label("Category").select_option(label="Financial or material abuse")
    comment.get_by_role("button", name="Record as a missed disclosure").click()
    expect(page.get_by_text("Recorded: this comment will be exported")).to_be_visible()
    expect(page.locator("li.comment", has_text=MISSED).locator("[data-missed]")).to_be_visible()

    page.get_by_role("link", name="Screen performance").click()
    expect(page.locator("#feedback-counts")).to_contain_text("Not yet exported: 2")
    assert errors == []
    with db.begin() as session:
        kinds = sorted(session.scalars(select(ScreenFeedback.kind)))
    assert kinds == ["false_alarm", "missed"]
