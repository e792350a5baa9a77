"""Webhooks open no cookie session (web/webhooks/sessionless.py); every other path still does."""

from __future__ import annotations

from flask.sessions import SecureCookieSessionInterface

from tests.twilio_requests import (
    SMS_PATH,
    message_form,
    post_signed,
    twilio_env,  # noqa: F401 - autouse fixture
    twiml_messages,
)


def test_a_webhook_opens_and_saves_no_session_and_the_admin_still_does(app, client, monkeypatch):
    opened: list[str] = []
    real_open = SecureCookieSessionInterface.open_session

    def counting_open(self, app_, request):
        opened.append(request.path)
        return real_open(self, app_, request)

    monkeypatch.setattr(SecureCookieSessionInterface, "open_session", counting_open)
    # A cookie the webhook must not even read (Twilio sends none; a stray one changes nothing).
    client.set_cookie("session", "not-a-signed-session")
    response = post_signed(client, SMS_PATH, message_form("Hello"))
    assert response.status_code == 200 and len(twiml_messages(response.data)) == 2
    assert "Set-Cookie" not in response.headers and "Cookie" not in response.headers.get("Vary", "")
    assert opened == []
    client.get("/admin/sign-in")
    assert opened == ["/admin/sign-in"]
