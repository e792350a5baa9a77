"""In Chromium: upload contacts with one bad row, import the good rows, see and cancel their prompts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import expect

from tests.admin.test_admin_browser import browser, live_url  # noqa: F401 - shared fixtures
from tests.admin_support import PASSWORD, make_user

pytestmark = pytest.mark.browser

YESTERDAY = (datetime.now(UTC) - timedelta(days=1)).strftime("%d/%m/%Y 10:00")


def test_upload_with_a_bad_row_import_the_good_rows_then_cancel_one(browser, live_url, app, tmp_path):  # noqa: F811
    make_user(app.extensions["heard"].db, "manager@example.org", "manager")
    service_contacts = tmp_path / "contacts.csv"
    service_contacts.write_text(
        "phone,team,contacted_at,consent\n"
        f"+447700900501,east,{YESTERDAY},yes\n"
        f"07700 9001,east,{YESTERDAY},yes\n"
        f"07700 900502,west,{YESTERDAY},yes\n"
    )
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{live_url}/admin/sign-in")
    page.get_by_label("Email address").fill("manager@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_url}/admin/")

    page.get_by_role("link", name="Upload service contacts").click()
    page.get_by_label("CSV file").set_input_files(str(service_contacts))
    page.get_by_role("button", name="Check and import").click()
    expect(page.get_by_role("heading", name="Nothing was imported: 1 problem found")).to_be_visible()
    expect(page.locator("#row-errors li")).to_have_text(["row 3: 07700 9001 is not a valid UK mobile"])

    page.get_by_role("button", name="Import the 2 good rows only").click()
    expect(page.get_by_role("heading", name="Imported 2 service contacts")).to_be_visible()
    page.get_by_role("link", name="upcoming outreach").click()
    rows = page.locator("#prompts tbody tr[data-prompt]")
    expect(rows).to_have_count(4)  # each contact: an invitation now, a re-contact in 90 days
    assert "7700" not in page.content()

    first = rows.first.get_attribute("data-prompt")
    rows.first.get_by_role("button", name="Cancel").click()
    expect(page.get_by_text(f"Outreach message {first} is cancelled")).to_be_visible()
    expect(page.locator("#prompts tbody tr[data-prompt]")).to_have_count(3)
    page.set_viewport_size({"width": 320, "height": 640})  # the table scrolls, never the page
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.get_by_role("link", name="Cancelled (1)").click()
    assert page.locator("#prompts tbody tr[data-prompt]").get_attribute("data-prompt") == first
    expect(page.get_by_text("cancelled by manager@example.org")).to_be_visible()
    assert errors == []
