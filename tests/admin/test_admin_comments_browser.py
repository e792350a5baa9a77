"""Comments, conversations, CSV downloads and try-it in headless Chromium (Debian's, via Playwright)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import expect

from tests.admin.test_admin_browser import browser, live_url  # noqa: F401 - the shared fixtures
from tests.admin_support import PASSWORD, make_user
from tests.residents import resident_says

pytestmark = pytest.mark.browser

NOW = datetime.now(UTC).replace(microsecond=0)
KIND = "Lovely friendly staff, thank you"
ANGRY = '=HYPERLINK("http://evil.example") waited weeks, awful and rude'
HOSTILE = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2"> terrible wait'


@pytest.fixture
def said(app, config):
    db = app.extensions["heard"].db
    ids = {
        "kind": resident_says(db, config, KIND, "alice", "east", at=NOW - timedelta(days=2)),
        "angry": resident_says(db, config, ANGRY, "bob", "west", at=NOW - timedelta(days=1)),
    }
    make_user(db, "manager@example.org", "manager")
    return ids


def signed_in_page(browser, live_url, width=1024):  # noqa: F811
    page = browser.new_page(accept_downloads=True, viewport={"width": width, "height": 640})
    page.goto(f"{live_url}/admin/sign-in")
    page.get_by_label("Email address").fill("manager@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_url}/admin/")
    return page


def test_filter_comments_open_a_conversation_and_download_the_csv(browser, live_url, said, tmp_path):  # noqa: F811
    page = signed_in_page(browser, live_url)
    page.get_by_role("link", name="Comments", exact=True).click()
    page.wait_for_url(f"{live_url}/admin/comments")
    assert page.locator(".comment__text").all_inner_texts() == [ANGRY, KIND]

    page.get_by_text("Search and filter the comments").click()
    page.get_by_label("Sentiment").select_option(label="Negative")
    page.get_by_role("button", name="Show comments").click()
    page.wait_for_url("**sentiment=negative**")
    assert page.locator(".comment__text").all_inner_texts() == [ANGRY]
    assert page.locator("[data-sentiment]").all_inner_texts() == ["Negative"]

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download these comments (CSV)").click()
    download = download_info.value
    assert download.suggested_filename.startswith("heard-comments-")
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [row["comment"] for row in rows] == ["'" + ANGRY] and rows[0]["sentiment"] == "negative"

    page.get_by_role("link", name="Read the whole conversation").click()
    page.wait_for_url(f"{live_url}/admin/conversations/{said['angry']}")
    expect(page.get_by_role("heading", name=f"Conversation {said['angry']}", level=1)).to_be_visible()
    assert page.locator("#messages .message--in").last.inner_text().endswith(ANGRY)
    page.close()


def test_resident_text_is_shown_as_text_and_never_runs(browser, live_url, app, config, said):  # noqa: F811
    conversation = resident_says(app.extensions["heard"].db, config, HOSTILE, "mallory", "east", at=NOW)
    page = signed_in_page(browser, live_url, width=320)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for url in ["/admin/comments", f"/admin/conversations/{conversation}"]:
        page.goto(live_url + url)
        page.wait_for_load_state("load")
        expect(page.get_by_text(HOSTILE, exact=True).first).to_be_visible()
        assert page.locator("main img, main script").count() == 0
        assert page.evaluate("typeof window.__xss") == "undefined"
        assert page.evaluate("document.documentElement.scrollWidth") <= 320  # no sideways scrolling
    assert dialogs == []
    page.close()


def test_complete_a_survey_on_the_try_it_page(browser, live_url, said, config):  # noqa: F811
    page = signed_in_page(browser, live_url)
    page.get_by_role("link", name="Try the survey").click()
    page.get_by_label("Survey").select_option(label=config.survey("default").name)
    page.get_by_label("Language").select_option("en")
    page.get_by_role("button", name="Start", exact=True).click()
    page.get_by_text(config.survey("default").question("overall").text["en"]).wait_for()
    said_so_far = page.locator("#messages .message--in")
    for count, text in enumerate(["1", "yes a lot", "yes a bit", "no", "partly", "Trying it out"], start=1):
        page.get_by_label("Your reply").fill(text)
        page.get_by_role("button", name="Send").click()
        expect(said_so_far).to_have_count(count)
        assert said_so_far.last.inner_text().endswith(text)
    page.get_by_text("Thank you for your answers").wait_for()
    assert "completed" in page.locator("#try-status").inner_text()
    page.goto(f"{live_url}/admin/comments")
    assert "Trying it out" not in page.locator("main").inner_text()
    page.close()
