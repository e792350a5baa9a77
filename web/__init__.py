"""The Flask app factory: every HTTP entry point and every `flask --app web` command."""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import sys
from pathlib import Path
from typing import Any

from flask import Flask
from flask.json.provider import DefaultJSONProvider
from werkzeug.middleware.proxy_fix import ProxyFix

from bot.privacy.redaction import RedactingFormatter
from models.db import Database
from settings import ROOT, ConfigError, Environment, load_config
from web.app_class import HeardFlask
from web.extensions import Heard


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the app. `test_config` may carry HEARD_CONFIG (a Config) and DATABASE_URL."""
    test_config = test_config or {}
    app = HeardFlask(__name__, instance_path=str(ROOT / "instance"))
    try:
        env = Environment.from_environ()
        config = test_config.get("HEARD_CONFIG") or load_config()
    except ConfigError as error:
        # One clear line for the administrator, never a traceback.
        print(f"Heard cannot start: {error}", file=sys.stderr)
        raise SystemExit(2) from None
    app.config.update(SECRET_KEY=env.secret_key or _instance_secret(Path(app.instance_path)))
    app.config.update({k: v for k, v in test_config.items() if k != "HEARD_CONFIG"})
    database_url = app.config.get("DATABASE_URL") or env.database_url
    app.extensions["heard"] = Heard(config=config, env=env, db=Database(database_url))
    _configure_logging()
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # start-up noise
    if isinstance(app.json, DefaultJSONProvider):
        app.json.sort_keys = False  # keep "id" first, as docs/api.md lists the fields
    if env.trusted_proxies:  # only then may X-Forwarded-For/Proto/Host speak for the client
        n = env.trusted_proxies
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n)  # type: ignore[method-assign]

    from web import admin, api, auth, cli, health, numbers, public, security, webhooks

    numbers.init_app(app)  # first: every route's <int:...> takes its range-checked converter
    security.init_app(app)
    health.init_app(app)
    auth.init_app(app)
    admin.init_app(app)
    api.init_app(app)
    public.init_app(app)
    cli.init_app(app)
    webhooks.init_app(app)
    return app


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def _configure_logging() -> None:
    """INFO to stderr; every handler redacts phone numbers and chat ids (PostgreSQL quotes them)."""
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)
    # APScheduler logs every sweep at INFO; our sweep logs what it actually sent.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    for handler in logging.getLogger().handlers:
        if not isinstance(handler.formatter, RedactingFormatter):
            handler.setFormatter(RedactingFormatter(LOG_FORMAT))


def _instance_secret(instance: Path) -> str:
    """A SECRET_KEY kept in instance/ so sign-ins survive a restart when none is set."""
    path = instance / "secret_key"
    if not path.exists():
        # Several processes may start at once (gunicorn workers): the key is written whole to a
        # file of our own, then linked into place; whoever links first wins and all read that.
        instance.mkdir(parents=True, exist_ok=True)
        draft = instance / f".secret_key.{os.getpid()}.{secrets.token_hex(4)}"
        draft.touch(mode=0o600)
        try:
            draft.write_text(secrets.token_hex(32))
            with contextlib.suppress(FileExistsError):
                os.link(draft, path)
        finally:
            draft.unlink()
    return path.read_text().strip()
