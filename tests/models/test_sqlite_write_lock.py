"""SQLite's write lock: a second writer waits for the first (by polling), then goes on."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from models import db as db_module
from models.db import Database


@pytest.fixture
def sqlite_db(tmp_path):
    database = Database(f"sqlite:///{tmp_path}/lock.sqlite3")
    with database.begin() as session:
        session.execute(text("CREATE TABLE notes (body TEXT)"))
    yield database
    database.dispose()


def notes(database: Database) -> list[str]:
    with database.begin() as session:
        return list(session.scalars(text("SELECT body FROM notes ORDER BY rowid")))


def test_a_second_writer_waits_for_the_first_then_writes(sqlite_db):
    finished = threading.Event()

    def second_writer() -> None:
        with sqlite_db.begin() as session:
            session.execute(text("INSERT INTO notes VALUES ('second')"))
        finished.set()

    with sqlite_db.begin() as session:  # BEGIN IMMEDIATE: holds the write lock
        session.execute(text("INSERT INTO notes VALUES ('first')"))
        writer = threading.Thread(target=second_writer)
        writer.start()
        assert not finished.wait(0.3), "the second writer must wait while the first holds the lock"
    writer.join(timeout=10)
    assert finished.is_set()
    assert notes(sqlite_db) == ["first", "second"]


def test_a_writer_gives_up_with_database_is_locked_after_the_wait(sqlite_db, monkeypatch):
    monkeypatch.setattr(db_module, "WRITE_LOCK_WAIT_SECONDS", 0.2)
    errors: list[Exception] = []

    def second_writer() -> None:
        try:
            with sqlite_db.begin() as session:
                session.execute(text("INSERT INTO notes VALUES ('second')"))
        except OperationalError as error:
            errors.append(error)

    with sqlite_db.begin() as session:
        session.execute(text("INSERT INTO notes VALUES ('first')"))
        writer = threading.Thread(target=second_writer)
        writer.start()
        writer.join(timeout=10)
    assert len(errors) == 1 and "database is locked" in str(errors[0])
    assert notes(sqlite_db) == ["first"]
