"""Sessions that only read: no transaction of their own on PostgreSQL, one snapshot on SQLite,
and the pooled connection handed back ready for the next request's writes."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from models.reports.reading import reading


def in_transaction(session) -> bool:
    """Whether the database connection under the session is inside a transaction."""
    driver = session.connection().connection.driver_connection
    if session.get_bind().dialect.name == "postgresql":
        from psycopg.pq import TransactionStatus

        return driver.info.transaction_status != TransactionStatus.IDLE
    return driver.in_transaction


def test_reads_run_outside_a_transaction_on_postgresql_only(db):
    with reading(db) as session:
        assert session.execute(text("SELECT 1")).scalar_one() == 1
        inside = in_transaction(session)
    with db.begin() as session:
        session.execute(text("SELECT 1"))
        assert in_transaction(session)  # the usual session: BEGIN came first
    # PostgreSQL: no BEGIN and COMMIT round trips for a read; SQLite: one snapshot for the reads.
    assert inside is (db.dialect != "postgresql")


def test_a_write_after_a_read_is_still_rolled_back_on_error(db):
    """The connection reading() borrowed goes back to the pool in a transaction-taking state:
    a later db.begin() that fails must leave nothing behind."""
    for _ in range(3):  # the pool may hand the same connection back
        with reading(db) as session:
            session.execute(text("SELECT 1"))
    with pytest.raises(RuntimeError), db.begin() as session:
        session.execute(text("CREATE TABLE reading_probe (id INTEGER)"))
        session.execute(text("INSERT INTO reading_probe VALUES (1)"))
        raise RuntimeError("undo")
    with db.begin() as session:
        tables = session.connection().dialect.get_table_names(session.connection())
    assert "reading_probe" not in tables


def test_a_long_read_on_sqlite_never_holds_up_a_write(db, monkeypatch):
    """Every other SQLite transaction takes the write lock up front; a read must not, or a year's
    dashboard would make the webhooks queue behind it. The read keeps its one snapshot."""
    if db.dialect != "sqlite":
        pytest.skip("PostgreSQL reads take no lock of their own")
    import models.db

    monkeypatch.setattr(models.db, "WRITE_LOCK_WAIT_SECONDS", 0.2)  # a blocked writer fails fast
    with db.begin() as session:
        session.execute(text("CREATE TABLE reading_probe (id INTEGER)"))
    with reading(db) as reader:
        assert reader.execute(text("SELECT count(*) FROM reading_probe")).scalar_one() == 0
        with db.begin() as writer:  # raised "database is locked" while the read held the lock
            writer.execute(text("INSERT INTO reading_probe VALUES (1)"))
        assert reader.execute(text("SELECT count(*) FROM reading_probe")).scalar_one() == 0
    with reading(db) as reader:
        assert reader.execute(text("SELECT count(*) FROM reading_probe")).scalar_one() == 1
