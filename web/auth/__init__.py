"""Staff sign-in: Flask-Login sessions, CSRF on every form, and role checks.

Everything under /admin needs a signed-in user (see `web.auth.roles.require_sign_in`);
JSON API and webhook requests carry their own credentials and are exempt from CSRF.
"""

from __future__ import annotations

from datetime import timedelta

from flask import Blueprint, Flask, current_app, render_template, request
from flask_login import LoginManager
from flask_wtf.csrf import CSRFError, CSRFProtect

from web.auth import cookie_session

bp = Blueprint("auth", __name__, url_prefix="/admin")
login_manager = LoginManager()
csrf = CSRFProtect()

# Machine-to-machine entry points: bearer tokens and provider signatures, not cookies.
CSRF_EXEMPT_PREFIXES = ("/api/", "/webhooks/")


def _check_csrf() -> None:
    if not current_app.config.get("WTF_CSRF_ENABLED", True):
        return
    if request.method in ("GET", "HEAD", "OPTIONS", "TRACE"):
        return
    if request.path.startswith(CSRF_EXEMPT_PREFIXES):
        return
    csrf.protect()


def _csrf_failed(error: CSRFError):
    message = "The form had expired or came from another site. Go back, reload the page and try again."
    return render_template("error.html", title="Please try again", message=message), 400


def _secure_cookies(app: Flask) -> bool:
    """Secure cookies when served over https (PUBLIC_URL) or when asked to."""
    env = app.extensions["heard"].env
    return env.session_cookie_secure or bool(env.public_url and env.public_url.startswith("https://"))


def init_app(app: Flask) -> None:
    secure = _secure_cookies(app)
    app.config.update(
        SESSION_COOKIE_SECURE=secure,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        REMEMBER_COOKIE_SECURE=secure,
        REMEMBER_COOKIE_HTTPONLY=True,
        REMEMBER_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=timedelta(hours=8),
    )
    for key, value in {
        # We call csrf.protect() ourselves so the API and webhooks can be exempt by path.
        "WTF_CSRF_CHECK_DEFAULT": False,
        "WTF_CSRF_TIME_LIMIT": None,  # the token lives as long as the signed session
    }.items():
        app.config.setdefault(key, value)
    cookie_session.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.sign_in"
    login_manager.login_message = "Sign in to see that page."
    login_manager.login_message_category = "info"
    csrf.init_app(app)
    app.before_request(_check_csrf)
    app.register_error_handler(CSRFError, _csrf_failed)

    from web.auth import routes, staff  # noqa: F401 - registers routes and the user loader

    app.register_blueprint(bp)
