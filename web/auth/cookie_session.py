"""Flask's signed-cookie session, its signing serializer and derived key kept per secret key.

Flask builds a new itsdangerous serializer to open the session and another to save it, and
each signature or check derives the signing key again (an HMAC of the salt): four pieces of
work a page whose answer never changes while the secret key stays the same. The cookie, its
signature, expiry and every check are Flask's own; only their making is remembered.
"""

from __future__ import annotations

from typing import ClassVar

from flask import Flask
from flask.sessions import SecureCookieSessionInterface
from itsdangerous import TimestampSigner, URLSafeTimedSerializer, want_bytes

KEPT_LIMIT = 16  # secret keys and their fallbacks: one set, or a few while keys rotate


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


class KeptSerializerSessions(SecureCookieSessionInterface):
    """Flask's cookie session, its serializer kept while SECRET_KEY and its fallbacks stay the same."""

    def __init__(self) -> None:
        self._kept: dict[tuple, URLSafeTimedSerializer] = {}

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


def init_app(app: Flask) -> None:
    app.session_interface = KeptSerializerSessions()
