"""Webhooks and the JSON API open no cookie session: their callers send a signature or a
bearer token, and their routes never read one.

Flask opens the signed-cookie session for every request (an itsdangerous
serializer built, a cookie looked for) and saves it after; on a webhook that is
work for nothing on the busiest path of the app, and an API call carrying a
staff cookie had it read, re-signed and sent back each time.
"""

from __future__ import annotations

from flask import Flask, Request, Response
from flask.sessions import NullSession, SessionInterface, SessionMixin


class SessionlessPaths(SessionInterface):
    """The app's session interface, except under `prefixes`, where the session is Flask's null one."""

    def __init__(self, inner: SessionInterface, prefixes: tuple[str, ...]) -> None:
        self.inner = inner
        self.prefixes = prefixes

    def open_session(self, app: Flask, request: Request) -> SessionMixin | None:
        if request.path.startswith(self.prefixes):
            return self.make_null_session(app)
        return self.inner.open_session(app, request)

    def save_session(self, app: Flask, session: SessionMixin, response: Response) -> None:
        self.inner.save_session(app, session, response)

    def make_null_session(self, app: Flask) -> NullSession:
        return self.inner.make_null_session(app)

    def is_null_session(self, obj: object) -> bool:
        return self.inner.is_null_session(obj)


def init_app(app: Flask, prefixes: tuple[str, ...]) -> None:
    """No session under `prefixes`, as well as under any asked for before."""
    current = app.session_interface
    if isinstance(current, SessionlessPaths):
        current.prefixes += prefixes
    else:
        app.session_interface = SessionlessPaths(current, prefixes)
