"""A staff session lasts 8 hours from its cookie's last signing (sign-in, or the last page): after that even a
kept cookie is signed out."""

from __future__ import annotations

import time

import pytest
from itsdangerous.timed import TimestampSigner

from tests.admin_support import make_user, sign_in


def replay(app, cookie: str, hours_later: float, monkeypatch: pytest.MonkeyPatch):
    """GET /admin/ with the saved session cookie, as if `hours_later` had passed (a fresh client: no jar)."""
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: int(time.time() + hours_later * 3600))
    fresh = app.test_client()
    fresh.set_cookie("session", cookie)
    return fresh.get("/admin/")


@pytest.mark.parametrize(
    ("hours_later", "signed_in"), [(0, True), (7.9, True), (8.1, False), (24 * 30, False)]
)
def test_a_session_cookie_expires_after_eight_hours(app, client, monkeypatch, hours_later, signed_in):
    make_user(app.extensions["heard"].db, "ann@example.org", "manager")
    assert sign_in(client, "ann@example.org").status_code == 302
    cookie = client.get_cookie("session")
    assert cookie is not None and cookie.expires is not None
    page = replay(app, cookie.value, hours_later, monkeypatch)
    if signed_in:
        assert page.status_code == 200 and "ann@example.org" in page.text
    else:
        assert page.status_code == 302 and page.location.startswith("/admin/sign-in")
