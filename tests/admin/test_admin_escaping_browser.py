"""Hostile text a resident sent, stored through the signed webhook, shows as text in the admin (Chromium)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models import Conversation
from tests.admin.test_admin_browser import browser, live_url  # noqa: F401 - fixtures
from tests.admin_support import PASSWORD, make_user
from tests.twilio_requests import SMS_PATH, message_form, post_signed, twilio_env  # noqa: F401 - autouse

pytestmark = pytest.mark.browser
SCRIPT = '<script>document.title="pwned"</script>'
IMG = "<img src=x onerror=\"document.title='pwned'\">"
FORMULA = '=HYPERLINK("http://x.invalid","click")'
# Pages that show what residents wrote, by URL rule; ui-comments adds them.
RESIDENT_TEXT_PAGES = {
    "/admin/conversations/<int:conversation_id>": "/admin/conversations/{conversation_id}",
    "/admin/comments": "/admin/comments",
}


def stored_hostile_conversation(client, db) -> int:
    """A resident who answers with payloads: an unrecognised reply, then a comment."""
    resident = "+447700900666"
    for text in ["Hi", IMG, "1", "1", "1", "1", "1", f"{SCRIPT} {IMG} {FORMULA} staff were kind"]:
        assert post_signed(client, SMS_PATH, message_form(text, sender=resident)).status_code == 200
    with db.begin() as session:
        return session.scalar(select(Conversation.id))


def test_stored_payloads_render_as_text_on_every_page_showing_resident_text(app, browser, live_url):  # noqa: F811
    db = app.extensions["heard"].db
    conversation_id = stored_hostile_conversation(app.test_client(), db)
    rules = {rule.rule for rule in app.url_map.iter_rules()}
    pages = [
        url.format(conversation_id=conversation_id)
        for rule, url in RESIDENT_TEXT_PAGES.items()
        if rule in rules
    ]
    if not pages:
        pytest.skip(
            "no admin page in this tree shows resident text yet (/admin/conversations, /admin/comments)"
        )
    make_user(db, "manager@example.org", "manager")
    page = browser.new_page()
    page.goto(f"{live_url}/admin/sign-in")
    page.get_by_label("Email address").fill("manager@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_url}/admin/")
    for path in pages:
        assert page.goto(live_url + path).status == 200
        text = page.locator("body").inner_text()
        assert SCRIPT in text and IMG in text, f"{path}: the payload is not shown as text"
        assert page.locator("img[src=x]").count() == 0, f"{path}: the <img> payload became an element"
        assert page.evaluate("[...document.scripts].filter(s => s.text.includes('pwned')).length") == 0, path
        assert page.title() != "pwned", path
    page.close()
