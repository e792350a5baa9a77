"""Signing in and out: hashed passwords, CSRF, cookie flags, throttled failures, ended sessions."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from werkzeug.security import generate_password_hash

from models import SignInAttempt, User
from models.sign_in import MAX_FAILURES, WINDOW, locked_until, record_attempt
from tests.admin_support import PASSWORD, QUICK_SCRYPT, csrf_token, make_user, post_form, sign_in
from tests.factories import T0


@pytest.fixture
def db_of(app):
    return app.extensions["heard"].db


def test_sign_in_then_dashboard_then_sign_out(client, db_of):
    make_user(db_of, "ann@example.org", "manager")
    response = sign_in(client, "Ann@Example.org ")
    assert response.status_code == 302 and response.location == "/admin/"
    page = client.get("/admin/")
    assert page.status_code == 200 and "ann@example.org (manager)" in page.text
    out = post_form(client, "/admin/", "/admin/sign-out", {})
    assert out.status_code == 302 and out.location == "/admin/sign-in"
    assert client.get("/admin/").status_code == 302


@pytest.mark.real_password_hashing
def test_password_is_stored_hashed(db_of):
    make_user(db_of, "ann@example.org")
    with db_of.begin() as session:
        stored = session.scalar(select(User.password_hash))
    assert PASSWORD not in stored and stored.startswith(("scrypt:", "pbkdf2:"))
    # At werkzeug's full default cost: the suite's quicker hashing (tests/conftest.py) stays in tests.
    method = stored.split("$", 1)[0]
    assert method == generate_password_hash("another").split("$", 1)[0] != QUICK_SCRYPT


def test_session_cookie_is_httponly_and_samesite_lax(client, db_of):
    make_user(db_of, "ann@example.org")
    cookie = sign_in(client, "ann@example.org").headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie  # tests run over http


def test_session_cookie_is_secure_behind_https(config, database_url, monkeypatch):
    from web import create_app

    monkeypatch.setenv("PUBLIC_URL", "https://heard.example.org")
    app = create_app({"HEARD_CONFIG": config, "DATABASE_URL": database_url, "SECRET_KEY": "x"})
    assert app.config["SESSION_COOKIE_SECURE"] is True and app.config["SESSION_COOKIE_SAMESITE"] == "Lax"
    app.extensions["heard"].db.dispose()


@pytest.mark.parametrize("url", ["/admin/sign-in", "/admin/sign-out", "/admin/users/new", "/admin/tokens"])
def test_posts_without_a_csrf_token_are_refused(client, db_of, url):
    make_user(db_of, "root@example.org", "admin")
    sign_in(client, "root@example.org")
    data = {"email": "x@example.org", "password": "p" * 12, "name": "bi", "role": "viewer"}
    response = client.post(url, data=data)
    assert response.status_code == 400 and "reload the page and try again" in response.text
    with db_of.begin() as session:
        assert session.scalar(select(func.count()).select_from(User)) == 1


def test_api_needs_no_csrf_token_but_a_bearer_token(client):
    assert client.post("/api/v1/summary").status_code in (401, 405)


def test_wrong_password_and_unknown_email_look_the_same(client, db_of):
    make_user(db_of, "ann@example.org")
    wrong = sign_in(client, "ann@example.org", "not the password")
    unknown = sign_in(client, "nobody@example.org", "not the password")
    assert wrong.status_code == unknown.status_code == 200
    assert "is not right" in wrong.text and "is not right" in unknown.text
    assert client.get("/admin/").status_code == 302


def test_deactivated_user_cannot_sign_in(client, db_of):
    user_id = make_user(db_of, "gone@example.org")
    with db_of.begin() as session:
        session.get(User, user_id).active = False
    assert sign_in(client, "gone@example.org").status_code == 200
    assert client.get("/admin/").status_code == 302


def test_repeated_failures_lock_out_and_are_logged(client, db_of, caplog):
    make_user(db_of, "ann@example.org")
    caplog.set_level(logging.WARNING, logger="heard.auth")
    for _ in range(MAX_FAILURES):
        assert sign_in(client, "ann@example.org", "guess guess").status_code == 200
    locked = sign_in(client, "ann@example.org")  # even the right password waits
    assert locked.status_code == 429 and "Try again in 15 minutes" in locked.text
    assert client.get("/admin/").status_code == 302
    assert sum("failed sign-in: ann@example.org" in r.message for r in caplog.records) == MAX_FAILURES
    assert any("too many failures" in r.message for r in caplog.records)
    # The lock is per email and address: another address may still sign in.
    other = sign_in(client.application.test_client(), "bob@example.org", "x" * 12)
    assert other.status_code == 200


def test_lockout_window_slides_and_a_success_resets_it(db_of):
    with db_of.begin() as session:
        for minute in range(MAX_FAILURES):
            record_attempt(session, "a@x.org", "1.2.3.4", False, T0 + timedelta(minutes=minute))
        last = T0 + timedelta(minutes=MAX_FAILURES - 1)
        assert locked_until(session, "a@x.org", "1.2.3.4", last) == T0 + WINDOW
        assert locked_until(session, "a@x.org", "5.6.7.8", last) is None
        assert locked_until(session, "a@x.org", "1.2.3.4", T0 + WINDOW + timedelta(seconds=1)) is None
        record_attempt(session, "a@x.org", "1.2.3.4", True, last + timedelta(seconds=1))
        assert locked_until(session, "a@x.org", "1.2.3.4", last + timedelta(seconds=2)) is None
        # Attempts older than a day are forgotten as new ones arrive.
        record_attempt(session, "a@x.org", "1.2.3.4", False, T0 + timedelta(days=2))
        assert session.scalar(select(func.count()).select_from(SignInAttempt)) == 1


def test_new_password_ends_other_sessions(client, app, db_of):
    make_user(db_of, "root@example.org", "admin")
    ann = make_user(db_of, "ann@example.org")
    other = app.test_client()
    sign_in(other, "ann@example.org")
    assert other.get("/admin/").status_code == 200
    sign_in(client, "root@example.org")
    reset = post_form(
        client, f"/admin/users/{ann}", f"/admin/users/{ann}/password", {"new_password": "a brand new secret"}
    )
    assert reset.status_code == 302
    assert other.get("/admin/").status_code == 302
    assert sign_in(app.test_client(), "ann@example.org", "a brand new secret").status_code == 302


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/admin", "/api/v1/responses"])
def test_next_only_goes_to_admin_pages(client, db_of, target):
    make_user(db_of, "ann@example.org")
    token = csrf_token(client.get("/admin/sign-in").text)
    response = client.post(
        "/admin/sign-in",
        query_string={"next": target},
        data={"email": "ann@example.org", "password": PASSWORD, "csrf_token": token},
    )
    assert response.location == "/admin/"


def test_signing_out_ends_the_session_on_the_server(app, client, db_of, config):
    """A copy of the cookie kept from before sign-out opens nothing and reveals no number."""
    from tests.factories import send

    make_user(db_of, "ann@example.org", "admin")
    send(db_of, config, "FEEDBACK EAST", channel="sms", address="+447700900555")
    sign_in(client, "ann@example.org")
    page = client.get("/admin/conversations/1")
    assert page.status_code == 200
    kept_cookie, kept_csrf = client.get_cookie("session").value, csrf_token(page.text)
    assert post_form(client, "/admin/", "/admin/sign-out", {}).status_code == 302

    thief = app.test_client()
    thief.set_cookie("session", kept_cookie)
    opened = thief.get("/admin/conversations/1")
    assert opened.status_code == 302 and opened.location.startswith("/admin/sign-in")
    revealed = thief.post("/admin/conversations/1/contact", data={"csrf_token": kept_csrf})
    assert revealed.status_code == 302 and "7700" not in revealed.text
    # Signing in again works and gives a fresh session.
    assert sign_in(app.test_client(), "ann@example.org").status_code == 302
