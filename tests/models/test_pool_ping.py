"""PostgreSQL connections are pinged before use only after sitting idle, and a dropped one is replaced."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from models import db as db_module
from models.db import Database


@pytest.fixture
def postgres(db: Database) -> Database:
    if db.dialect != "postgresql":
        pytest.skip("the idle ping is PostgreSQL's (SQLite has no server to lose)")
    return db


def backend_pid(database: Database) -> int:
    with database.engine.connect() as connection:
        return connection.scalar(text("SELECT pg_backend_pid()"))


def count_pings(database: Database, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    pings: list[object] = []
    real = database.engine.dialect.do_ping

    def counted(dbapi_connection):
        pings.append(dbapi_connection)
        return real(dbapi_connection)

    monkeypatch.setattr(database.engine.dialect, "do_ping", counted)
    return pings


def test_a_connection_used_moments_ago_is_not_pinged(postgres, monkeypatch):
    pings = count_pings(postgres, monkeypatch)
    first = backend_pid(postgres)
    assert backend_pid(postgres) == first, "the pooled connection was reused"
    assert pings == []


def test_an_idle_connection_is_pinged_and_replaced_when_dropped(postgres, monkeypatch):
    pings = count_pings(postgres, monkeypatch)
    dropped = backend_pid(postgres)
    other = Database(postgres.url)
    with other.engine.begin() as connection:  # as a restart or a firewall would
        connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": dropped})
    other.dispose()
    monkeypatch.setattr(db_module, "PING_AFTER_IDLE_SECONDS", 0.0)  # every pooled connection is "idle"

    replacement = backend_pid(postgres)

    assert len(pings) == 1, "the idle connection was pinged once"
    assert replacement != dropped, "and, dropped, replaced by a new one without an error"
