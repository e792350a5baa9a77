"""Shared fixtures: a migrated database per test (SQLite file, or PostgreSQL by DATABASE_URL)."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from functools import partial

import pytest
from sqlalchemy import text
from werkzeug.security import generate_password_hash

import models
from models import logins
from models.db import Database
from models.migrate import upgrade
from models.tallies import use_time_zone
from settings import Config, load_config
from tests.admin_support import QUICK_SCRYPT
from tests.configuration import TEST_CONFIG_PATH
from tests.fakes.twilio_server import fake_twilio  # noqa: F401 - a fixture for every test
from tests.postgres_reset import empty_tables
from tests.workers import database_url_for_worker, recreate_database

# Fixtures for the Telegram tests: the fake Bot API server and the bot polling it.
pytest_plugins = ["tests.fakes.telegram_fixtures"]

# `DATABASE_URL=postgresql://… make test` runs the whole suite on PostgreSQL: on that database
# in a serial run, on one database per xdist worker beside it otherwise (tests/workers.py).
SERVER_URL = (
    os.environ.get("DATABASE_URL", "") if os.environ.get("DATABASE_URL", "").startswith("postgres") else ""
)
POSTGRES_URL = database_url_for_worker(SERVER_URL) if SERVER_URL else ""
if POSTGRES_URL:
    # What the tests' subprocesses (gunicorn, the scheduler) and tests.hostile_bodies read.
    os.environ["DATABASE_URL"] = POSTGRES_URL

# The suite owns its configuration: editing the shipped config.yaml never breaks it.
os.environ["HEARD_CONFIG"] = str(TEST_CONFIG_PATH)

# Provider settings from the developer's shell must not leak into tests.
for _name in ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM", "TELEGRAM_BOT_TOKEN", "PUBLIC_URL"):
    os.environ.pop(_name, None)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Slow tests first (stable otherwise): on two workers, a long test started last leaves one
    worker finishing it alone while the other idles; started first, the quick ones fill around it."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(autouse=True)
def _quick_password_hashes(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Staff passwords hashed with scrypt at 1/32 of its default work (n=2**10, not 2**15).

    Hundreds of tests create a login and sign in: at full cost (0.1 s of CPU a hash) that was
    minutes of the suite. The hashes are still real scrypt, checked by the same code; the
    stored-hash test in tests/web/test_auth.py opts out and checks the production cost.
    """
    if request.node.get_closest_marker("real_password_hashing"):
        return
    monkeypatch.setattr(
        logins, "generate_password_hash", partial(generate_password_hash, method=QUICK_SCRYPT)
    )


@pytest.fixture(autouse=True)
def _fresh_readings() -> None:
    """Each test reads replies afresh: a reading remembered in an earlier test (parse_answer keeps the
    short ones) would hide a part of the parser a test swaps with monkeypatch."""
    answers = sys.modules.get("bot.conversation.answers")
    if answers is not None:
        answers.forget_readings()


@pytest.fixture(scope="session")
def config() -> Config:
    return load_config()


@pytest.fixture(scope="session")
def _template_database(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Migrate once per run; each test gets a copy (SQLite) or emptied tables (PostgreSQL)."""
    if POSTGRES_URL:
        if POSTGRES_URL != SERVER_URL:
            recreate_database(SERVER_URL, POSTGRES_URL)
        database = Database(POSTGRES_URL)
        with database.engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        database.dispose()
        upgrade(POSTGRES_URL)
        return POSTGRES_URL
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    upgrade(f"sqlite:///{path}")
    return str(path)


@pytest.fixture
def database_url(_template_database: str, tmp_path, config: Config) -> str:
    if POSTGRES_URL:
        database = Database(POSTGRES_URL)
        # local_day_offsets is the time zone the tallies are kept in, not test data.
        kept = {"local_day_offsets"}
        tables = [t.name for t in models.Base.metadata.sorted_tables if t.name not in kept]
        with database.engine.begin() as connection:
            empty_tables(connection, tables)
        with database.begin() as session:  # back to config.yaml's zone if a test changed it
            use_time_zone(session, config.organisation.time_zone)
        database.dispose()
        return POSTGRES_URL
    path = tmp_path / "heard.sqlite3"
    shutil.copyfile(_template_database, path)
    return f"sqlite:///{path}"


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    yield database
    database.dispose()


@pytest.fixture
def app(config: Config, database_url: str):
    from web import create_app

    app = create_app(
        {"TESTING": True, "HEARD_CONFIG": config, "DATABASE_URL": database_url, "SECRET_KEY": "test"}
    )
    yield app
    app.extensions["heard"].db.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def now() -> datetime:
    return datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
