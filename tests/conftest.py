"""Shared fixtures: a migrated database per test (SQLite file, or PostgreSQL by DATABASE_URL)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

import models
from models.db import Database
from models.migrate import upgrade
from models.tallies import use_time_zone
from settings import Config, load_config
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
