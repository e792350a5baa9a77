"""The session cookie is re-signed by a page only when its signature is a minute old or more
(web/auth/cookie_session.py), and the 8 hours still run from the last signing: the expiry
slides with the pages and still ends."""

from __future__ import annotations

import pytest
from itsdangerous.timed import TimestampSigner
from werkzeug.security import generate_password_hash

from models.user import User
from tests.admin_support import make_user, sign_in
from web.auth.cookie_session import KeptSerializerSessions, signed_at

HOUR = 3600


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Signing's clock (itsdangerous' get_timestamp), moved by the test: [now]."""
    now = [1_790_000_000]
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: now[0])
    return now


def page(client):
    """GET /admin/: (signed in, the cookie sent back or None)."""
    response = client.get("/admin/")
    sent = [value for value in response.headers.getlist("Set-Cookie") if value.startswith("session=")]
    return response.status_code == 200, sent[0] if sent else None


def test_a_page_re_signs_the_cookie_only_once_it_is_a_minute_old(app, client, clock):
    make_user(app.extensions["heard"].db, "ann@example.org", "manager")
    assert sign_in(client, "ann@example.org").status_code == 302
    assert page(client)[1] is not None  # the session changed (its CSRF secret, made now): always sent
    signed = client.get_cookie("session").value
    clock[0] += 59
    assert page(client) == (True, None)  # 59 s: the cookie signed at sign-in stands
    clock[0] += 1
    signed_in, sent = page(client)
    assert signed_in and sent is not None and "Expires=" in sent
    assert client.get_cookie("session").value != signed  # signed again, at the new time
    clock[0] += 30
    assert page(client) == (True, None)


def test_the_expiry_slides_with_the_pages_and_still_ends(app, client, clock):
    make_user(app.extensions["heard"].db, "ann@example.org", "manager")
    assert sign_in(client, "ann@example.org").status_code == 302
    at_sign_in = client.get_cookie("session").value
    assert page(client)[1] is not None  # the session's CSRF secret, made on the first page
    for _ in range(3):  # a working day and more, a page every 7 hours: never signed out
        clock[0] += 7 * HOUR
        assert page(client)[0]
    kept = client.get_cookie("session").value
    old = app.test_client()
    old.set_cookie("session", at_sign_in)
    assert not page(old)[0]  # 21 hours after sign-in, the first cookie has long expired
    clock[0] += 30  # a page within the minute: not re-signed, so the 8 hours run from the last signing
    assert page(client) == (True, None)
    clock[0] += 8 * HOUR - 30
    assert page(client)[0]  # 8 hours to the second after the last signing: still in
    later = app.test_client()
    later.set_cookie("session", kept)
    clock[0] += 1
    assert not page(later)[0]  # a second past 8 hours (7 h 59 min 31 s after the last page): out


@pytest.mark.parametrize("change", ["deactivated", "demoted", "deleted", "new password"])
def test_a_change_to_the_user_counts_on_the_next_page_though_the_cookie_is_not_re_signed(
    app, client, clock, change
):
    db = app.extensions["heard"].db
    user_id = make_user(db, "ann@example.org", "admin")
    make_user(db, "root@example.org", "admin")  # the last admin is never ann
    assert sign_in(client, "ann@example.org").status_code == 302
    assert page(client)[1] is not None
    assert client.get("/admin/users").status_code == 200  # an admin's page
    with db.begin() as session:
        user = session.get(User, user_id)
        if change == "deactivated":
            user.active = False
        elif change == "demoted":
            user.role = "manager"
        elif change == "deleted":
            session.delete(user)
        else:
            user.password_hash = generate_password_hash("a brand new secret")
    clock[0] += 10  # within the minute: the same cookie, not signed again
    users = client.get("/admin/users")
    if change == "demoted":
        assert users.status_code == 403 and page(client) == (True, None)  # still in, as a manager
    else:
        assert users.status_code == 302 and users.location.startswith("/admin/sign-in")
        assert not page(client)[0]


@pytest.mark.parametrize("data", [{"_user_id": "1:ab", "_permanent": True}, {"long": "x" * 2000}])
def test_the_signing_time_read_from_a_cookie_is_itsdangerous_own(app, clock, data):
    clock[0] -= 12_345
    serializer = KeptSerializerSessions().get_signing_serializer(app)
    assert serializer is not None
    cookie = serializer.dumps(data)  # the second one is compressed: it starts with a dot
    assert cookie.startswith(".") == ("long" in data)
    loaded, signed = serializer.loads(cookie, return_timestamp=True)
    assert loaded == data and signed_at(cookie) == int(signed.timestamp()) == clock[0]
