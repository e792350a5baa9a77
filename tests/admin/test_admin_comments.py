"""The comments and conversation pages: filters, search, viewer scoping, contact details, escaping."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from bot.channels.web import try_message
from models.audit import AuditEntry
from tests.admin_support import make_user, post_form, sign_in
from tests.residents import resident_says

PHONE = "+447700900333"
NOW = datetime.now(UTC).replace(microsecond=0)

ALICE = "Kind staff but I waited weeks for the repairs 😡"
BOB = "Lovely friendly staff, thank you"
CAROL = "Nobody called me back about the housing form"
OLD = "Waited ages for a reply, terrible"
OLD_DAY = NOW - timedelta(days=59)


@pytest.fixture
def said(app, config):
    """Three recent comments in two teams, one from 60 days ago, and a staff test run."""
    db = app.extensions["heard"].db
    ids = {
        "alice": resident_says(db, config, ALICE, "alice", "east", at=NOW - timedelta(days=3)),
        "bob": resident_says(db, config, BOB, PHONE, "west", "sms", NOW - timedelta(days=2)),
        "carol": resident_says(db, config, CAROL, "carol", "east", at=NOW - timedelta(days=1)),
        "old": resident_says(db, config, OLD, "olga", "east", at=NOW - timedelta(days=60)),
    }
    with db.begin() as session:
        for text in ["FEEDBACK EAST", "1", "1", "1", "1", "1", "Staff test comment, never shown"]:
            try_message(session, config, "staff-key", text, "default", "en")
        ids["test"] = max(ids.values()) + 1
    make_user(db, "manager@example.org", "manager")
    make_user(db, "viewer@example.org", "viewer", ("east",))
    return ids


def signed_in(app, email):
    client = app.test_client()
    assert sign_in(client, email).status_code == 302
    return client


def comment_texts(page: str) -> list[str]:
    return [html.unescape(t) for t in re.findall(r'<p class="comment__text">(.*?)</p>', page, re.S)]


def audit(app, action):
    with app.extensions["heard"].db.begin() as session:
        return [
            (e.actor, e.subject, e.detail)
            for e in session.scalars(select(AuditEntry).where(AuditEntry.action == action))
        ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", [CAROL, BOB, ALICE]),  # the last 30 days by default, newest first; no test conversation
        ("?team=east", [CAROL, ALICE]),
        ("?channel=sms", [BOB]),
        ("?sentiment=positive", [BOB]),
        ("?theme=information", [CAROL]),
        ("?theme=housing", [CAROL, ALICE]),
        ("?q=REPAIRS+weeks", [ALICE]),
        ("?q=staff", [BOB, ALICE]),
        ("?period=90", [CAROL, BOB, ALICE, OLD]),
        (f"?period=custom&since={(NOW - timedelta(days=61)):%Y-%m-%d}&until={OLD_DAY:%Y-%m-%d}", [OLD]),
        ("?q=nothing+like+this", []),
    ],
)
def test_filters_and_search_change_the_comments(app, said, query, expected):
    page = signed_in(app, "manager@example.org").get("/admin/comments" + query)
    assert page.status_code == 200
    assert comment_texts(page.text) == expected
    assert f"{len(expected)} comment" in page.text


def test_each_comment_shows_sentiment_in_words_themes_and_a_link(app, said):
    page = signed_in(app, "manager@example.org").get("/admin/comments?team=east").text
    assert "data-sentiment>Negative</strong>" in page
    assert "<dd data-themes>Communication, Housing, Information</dd>" in page
    assert f'href="/admin/conversations/{said["carol"]}"' in page


def test_a_viewer_sees_only_their_teams_whatever_they_ask(app, said):
    client = signed_in(app, "viewer@example.org")
    assert comment_texts(client.get("/admin/comments").text) == [CAROL, ALICE]
    # Another team's id is not a choice for them: the filter is refused, the scope stays.
    asked = client.get("/admin/comments?team=west").text
    assert comment_texts(asked) == [CAROL, ALICE] and "Not a valid choice" in asked
    assert client.get(f"/admin/conversations/{said['bob']}").status_code == 404
    assert client.get(f"/admin/conversations/{said['alice']}").status_code == 200


def test_bad_page_numbers_and_dates_fall_back_without_an_error(app, said):
    client = signed_in(app, "manager@example.org")
    assert comment_texts(client.get("/admin/comments?page=0").text) == [CAROL, BOB, ALICE]
    assert client.get("/admin/comments?page=9").status_code == 200
    bad = client.get("/admin/comments?period=custom&since=2026-13-01&until=x")
    assert bad.status_code == 200 and comment_texts(bad.text) == [CAROL, BOB, ALICE]


def test_conversation_page_shows_question_wording_answers_and_messages(app, said, config):
    page = signed_in(app, "manager@example.org").get(f"/admin/conversations/{said['bob']}")
    assert page.status_code == 200 and page.headers["Cache-Control"] == "no-store"
    text = html.unescape(page.text)
    assert config.survey("default").question("listened").text["en"] in text
    assert "Yes, a lot (1)" in text and BOB in text
    assert "Thank you for talking to Anytown Council" in text  # the message log
    assert PHONE not in page.text and "Show contact details" in page.text


def test_test_conversations_and_unknown_ids_are_not_found(app, said):
    client = signed_in(app, "manager@example.org")
    assert client.get(f"/admin/conversations/{said['test']}").status_code == 404
    assert client.get("/admin/conversations/999999").status_code == 404


def test_manager_sees_contact_details_only_on_request_and_it_is_audited(app, said):
    client = signed_in(app, "manager@example.org")
    url = f"/admin/conversations/{said['bob']}"
    assert audit(app, "view_contact") == []
    shown = post_form(client, url, url + "/contact", {})
    assert shown.status_code == 200 and shown.headers["Cache-Control"] == "no-store"
    assert PHONE in shown.text
    [(actor, subject, detail)] = audit(app, "view_contact")
    assert (actor, subject) == ("manager@example.org", f"conversation:{said['bob']}")
    assert detail["contact"].startswith("c") and PHONE not in str(detail)


def test_viewer_never_sees_contact_details(app, said):
    client = signed_in(app, "viewer@example.org")
    url = f"/admin/conversations/{said['alice']}"
    page = client.get(url).text
    assert "Show contact details" not in page and "contact-details" not in page
    refused = post_form(client, url, url + "/contact", {})
    assert refused.status_code == 403
    assert audit(app, "view_contact") == []


def test_contact_details_outside_scope_or_without_csrf_are_refused(app, said):
    client = signed_in(app, "manager@example.org")
    assert client.post(f"/admin/conversations/{said['bob']}/contact").status_code == 400  # no CSRF token
    url = f"/admin/conversations/{said['test']}"
    assert post_form(client, "/admin/comments", url + "/contact", {}).status_code == 404
    assert audit(app, "view_contact") == []


HOSTILE = '<script>window.__xss=1</script> <img src=x onerror="window.__xss=2"> & "quotes"'


def test_resident_text_is_escaped_on_the_pages(app, config, said):
    db = app.extensions["heard"].db
    conversation = resident_says(db, config, HOSTILE, "mallory", "east", at=NOW - timedelta(hours=1))
    client = signed_in(app, "manager@example.org")
    for url in ["/admin/comments", f"/admin/conversations/{conversation}"]:
        page = client.get(url).text
        assert "<script>window" not in page and "<img src=x" not in page
        assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in page
        assert "&lt;img src=x onerror=&#34;window.__xss=2&#34;&gt;" in page


def test_pages_of_fifty_keep_the_filters(app):
    from models import Answer, Conversation

    db = app.extensions["heard"].db
    with db.begin() as session:
        for i in range(53):
            at = NOW - timedelta(hours=i + 1)
            conversation = Conversation(
                channel="sms", survey_id="default", team="east", language="en", started_at=at
            )
            conversation.answers.append(
                Answer(
                    question_id="comment", value=f"Comment number {i}", sentiment="neutral", answered_at=at
                )
            )
            session.add(conversation)
    make_user(db, "manager@example.org", "manager")
    client = signed_in(app, "manager@example.org")
    first = client.get("/admin/comments?team=east&q=number").text
    assert len(comment_texts(first)) == 50 and "Page 1 of 2" in first
    assert 'href="/admin/comments?team=east&amp;q=number&amp;page=2" rel="next"' in first
    second = client.get("/admin/comments?team=east&q=number&page=2").text
    assert comment_texts(second) == ["Comment number 50", "Comment number 51", "Comment number 52"]
    assert "?team=east&amp;q=number&amp;page=1" in second and 'rel="next"' not in second
    # A bad page number is page 1, and the other filters still hold.
    assert comment_texts(client.get("/admin/comments?team=west&q=number&page=x").text) == []
