"""The try-it page: staff chat with a survey through the web channel; nothing they say counts."""

from __future__ import annotations

import html

import pytest

from models.reports.comments import CommentFilters, list_comments
from tests.admin_support import csrf_token, make_user, sign_in

REPLIES = ["1", "yes a lot", "yes a bit", "no", "partly", "Testing <b>bold</b> & rude staff"]


@pytest.fixture
def staff(app):
    db = app.extensions["heard"].db
    make_user(db, "viewer@example.org", "viewer", ("east",))
    make_user(db, "other@example.org", "viewer", ("east",))
    client = app.test_client()
    sign_in(client, "viewer@example.org")
    return client


def start(client, survey="default", language="en"):
    token = csrf_token(client.get("/admin/try").text)
    return client.post("/admin/try/start", data={"survey": survey, "language": language, "csrf_token": token})


def reply(client, text, survey="default", language="en"):
    token = csrf_token(client.get("/admin/try").text)
    data = {"text": text, "survey": survey, "language": language, "csrf_token": token}
    return client.post("/admin/try/reply", data=data)


def test_a_whole_survey_in_the_browser_never_counts(app, staff, config):
    assert "Start" in staff.get("/admin/try").text and 'id="messages"' not in staff.get("/admin/try").text
    assert start(staff).status_code == 302
    page = html.unescape(staff.get("/admin/try").text)
    assert "Thank you for talking to Anytown Council" in page
    assert config.survey("default").question("overall").text["en"] in page
    for text in REPLIES:
        assert reply(staff, text).status_code == 302
    page = staff.get("/admin/try").text
    assert "Testing &lt;b&gt;bold&lt;/b&gt; &amp; rude staff" in page  # what they typed, escaped
    assert "Thank you for your answers" in page and 'id="try-status"' in page
    with app.extensions["heard"].db.begin() as session:
        assert list_comments(session, CommentFilters()).total == 0
    assert "0 comments" in staff.get("/admin/comments").text


def test_welsh_and_each_staff_session_has_its_own_conversation(app, staff, config):
    start(staff, language="cy")
    reply(staff, "1", language="cy")
    assert config.survey("default").question("listened").text["cy"] in html.unescape(
        staff.get("/admin/try").text
    )
    other = app.test_client()
    sign_in(other, "other@example.org")
    assert 'id="messages"' not in other.get("/admin/try").text


def test_unknown_survey_or_language_is_refused(staff):
    assert start(staff, survey="nope").status_code == 400
    assert start(staff, language="fr").status_code == 400
    start(staff)
    assert reply(staff, "1", survey="nope").status_code == 400
