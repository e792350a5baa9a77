"""The kept session serializer (web/auth/cookie_session.py) signs and reads exactly as Flask's own."""

from __future__ import annotations

import time

import pytest
from flask import Flask
from flask.sessions import SecureCookieSessionInterface
from itsdangerous import BadSignature, SignatureExpired
from itsdangerous.timed import TimestampSigner

from web.auth.cookie_session import KeptSerializerSessions

SESSION = {"_user_id": "7:0123456789abcdef", "_fresh": True, "csrf_token": "ab" * 20, "_permanent": True}


@pytest.fixture
def bare() -> Flask:
    app = Flask(__name__)
    app.secret_key = "first secret"
    return app


def test_the_same_cookie_as_flask_signs_and_each_reads_the_other(bare, monkeypatch):
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: 1_790_000_000)
    kept, flask_own = KeptSerializerSessions(), SecureCookieSessionInterface()
    for _ in range(3):  # the kept serializer, used again
        ours = kept.get_signing_serializer(bare).dumps(SESSION)
        theirs = flask_own.get_signing_serializer(bare).dumps(SESSION)
        assert ours == theirs
        assert kept.get_signing_serializer(bare).loads(theirs, max_age=3600) == SESSION
        assert flask_own.get_signing_serializer(bare).loads(ours, max_age=3600) == SESSION
    tampered = ours[:-2] + ("A" if ours[-2] != "A" else "B") + ours[-1]
    with pytest.raises(BadSignature):
        kept.get_signing_serializer(bare).loads(tampered, max_age=3600)


def test_an_old_cookie_expires_as_flask_says(bare, monkeypatch):
    kept = KeptSerializerSessions()
    cookie = kept.get_signing_serializer(bare).dumps(SESSION)
    later = int(time.time()) + 8 * 3600 + 60
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: later)
    with pytest.raises(SignatureExpired):
        kept.get_signing_serializer(bare).loads(cookie, max_age=8 * 3600)


def test_a_new_secret_key_is_used_at_once_and_a_fallback_still_reads(bare):
    kept, flask_own = KeptSerializerSessions(), SecureCookieSessionInterface()
    old_cookie = kept.get_signing_serializer(bare).dumps(SESSION)
    bare.secret_key = "second secret"
    new_cookie = kept.get_signing_serializer(bare).dumps(SESSION)
    assert flask_own.get_signing_serializer(bare).loads(new_cookie) == SESSION  # signed with the new key
    with pytest.raises(BadSignature):
        kept.get_signing_serializer(bare).loads(old_cookie)  # the old key is not trusted any more
    bare.config["SECRET_KEY_FALLBACKS"] = ["first secret"]
    assert kept.get_signing_serializer(bare).loads(old_cookie) == SESSION
    bare.secret_key = None
    assert kept.get_signing_serializer(bare) is None


def test_the_app_uses_the_kept_serializer(app):
    assert isinstance(app.session_interface.inner, KeptSerializerSessions)
