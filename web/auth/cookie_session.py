"""Flask's signed-cookie session, its signing serializer and derived key kept per secret key,
and its sliding expiry re-signed at most once a minute.

Flask builds a new itsdangerous serializer to open the session and another to save it, and
each signature or check derives the signing key again (an HMAC of the salt): four pieces of
work a page whose answer never changes while the secret key stays the same. The cookie, its
signature, expiry and every check are Flask's own; only their making is remembered.

A permanent session is re-signed and sent back on every page (SESSION_REFRESH_EACH_REQUEST),
so its 8 hours run from the last page: the sliding expiry docs/admin.md promises. Re-signing
a cookie signed less than `REFRESH_AFTER` ago moves that end by under a minute, so it is
skipped: the session still ends 8 hours after its last signing, which is at most a minute
before the last page. A changed session (sign-in, sign-out, a new CSRF secret) is always sent.
"""

from __future__ import annotations

from typing import ClassVar, cast

from flask import Flask, Request
from flask.sessions import SecureCookieSession, SecureCookieSessionInterface, SessionMixin
from itsdangerous import TimestampSigner, URLSafeTimedSerializer, want_bytes
from itsdangerous.encoding import base64_decode, bytes_to_int

KEPT_LIMIT = 16  # secret keys and their fallbacks: one set, or a few while keys rotate
REFRESH_AFTER = 60  # seconds: a cookie signed this long ago or longer is signed again


class KeptKeySigner(TimestampSigner):
    """itsdangerous' TimestampSigner, each derived key worked out once per key, salt and method."""

    _derived: ClassVar[dict[tuple, bytes]] = {}

    def derive_key(self, secret_key: str | bytes | None = None) -> bytes:
        secret = self.secret_keys[-1] if secret_key is None else want_bytes(secret_key)
        key = (secret, self.salt, self.key_derivation, self.digest_method)
        derived = self._derived.get(key)
        if derived is None:
            derived = super().derive_key(secret_key)
            if len(self._derived) < KEPT_LIMIT:
                self._derived[key] = derived
        return derived


class SignedSession(SecureCookieSession):
    """Flask's cookie session, knowing when the cookie it came from was signed (None: no cookie)."""

    signed_at: int | None = None  # seconds, as itsdangerous' timestamps


class KeptSerializerSessions(SecureCookieSessionInterface):
    """Flask's cookie session, its serializer kept while SECRET_KEY and its fallbacks stay the same."""

    session_class = SignedSession

    def __init__(self) -> None:
        self._kept: dict[tuple, URLSafeTimedSerializer] = {}
        # Signing's own clock (itsdangerous' get_timestamp), read the way the signature's age is.
        self._clock = TimestampSigner("clock")

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        fallbacks = app.config.get("SECRET_KEY_FALLBACKS") or ()
        key = (app.secret_key, tuple(fallbacks))
        serializer = self._kept.get(key)
        if serializer is None:
            serializer = super().get_signing_serializer(app)
            if serializer is None:  # no secret key: no session, as Flask says
                return None
            serializer.signer = KeptKeySigner
            if len(self._kept) < KEPT_LIMIT:
                self._kept[key] = serializer
        return serializer

    def open_session(self, app: Flask, request: Request) -> SecureCookieSession | None:
        session = super().open_session(app, request)
        if session:  # from a cookie whose signature and age Flask has just checked
            cookie = request.cookies[self.get_cookie_name(app)]
            cast(SignedSession, session).signed_at = signed_at(cookie)
        return session

    def should_set_cookie(self, app: Flask, session: SessionMixin) -> bool:
        if not super().should_set_cookie(app, session):
            return False
        if session.modified:
            return True
        signed = getattr(session, "signed_at", None)
        return signed is None or self._clock.get_timestamp() - signed >= REFRESH_AFTER


def signed_at(cookie: str) -> int:
    """When a checked cookie was signed: itsdangerous' timestamp, its second part from the end."""
    return bytes_to_int(base64_decode(cookie.rsplit(".", 2)[-2]))


def init_app(app: Flask) -> None:
    app.session_interface = KeptSerializerSessions()
