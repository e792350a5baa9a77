"""In Chromium: a member of staff assigns a callback, replies to the resident, and closes it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from models import OutboxMessage
from tests.admin.test_admin_browser import browser, live_url  # noqa: F401 - shared fixtures
from tests.admin_support import PASSWORD, make_user
from tests.callbacks.support import ask_for_callback

pytestmark = pytest.mark.browser


def test_assign_reply_and_close_a_callback(browser, live_url, app, config):  # noqa: F811
    db = app.extensions["heard"].db
    callback_id = ask_for_callback(db, config, start=datetime.now(UTC) - timedelta(hours=1))
    make_user(db, "east@example.org", "viewer", ("east",))
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{live_url}/admin/sign-in")
    page.get_by_label("Email address").fill("east@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_url}/admin/")

    page.get_by_role("link", name="Callbacks").click()
    page.get_by_role("link", name=f"Callback {callback_id}").click()
    expect(page.locator("#survey-answers")).to_contain_text("The social worker never rang back")

    page.get_by_label("Assign to").select_option(label="east@example.org")
    page.get_by_role("button", name="Save assignment").click()
    expect(page.get_by_text("Assignment saved.")).to_be_visible()
    expect(page.locator("#callback-assignee")).to_have_text("east@example.org")

    page.get_by_label("Reply to the resident").fill("Sorry nobody rang back. I will call you tomorrow.")
    page.get_by_role("button", name="Send reply").click()
    expect(page.get_by_text("Reply queued")).to_be_visible()
    expect(page.locator('#thread li[data-kind="out"]')).to_contain_text("I will call you tomorrow.")
    expect(page.locator("#callback-status")).to_have_text("Replied")

    page.get_by_label("Outcome").select_option(label="Resolved")
    page.get_by_role("button", name="Close callback").click()
    expect(page.locator("#callback-status")).to_have_text("Closed")
    expect(page.locator("#callback-outcome")).to_have_text("Resolved")
    assert "7700" not in page.content()
    with db.begin() as session:
        assert session.scalar(select(OutboxMessage.body)) == (
            "East locality team: Sorry nobody rang back. I will call you tomorrow."
        )
    assert errors == []
