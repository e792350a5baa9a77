"""A gunicorn worker forked from the master that built the app never uses the master's connections."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text

from models.db import Database


def backend_pid(database: Database) -> int:
    with database.engine.connect() as connection:
        return connection.scalar(text("SELECT pg_backend_pid()"))


def in_a_child(work) -> int:
    """Fork, run `work()` in the child, and return what it gave (a small whole number) as its exit code."""
    pid = os.fork()
    if pid == 0:  # the child: never back into pytest
        code = 255
        try:
            code = work()
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


@pytest.mark.parametrize("after_fork", [True, False], ids=["after_fork", "without"])
def test_a_forked_process_opens_its_own_connection(db, after_fork):
    if db.dialect != "postgresql":
        pytest.skip("a server connection shows whose it is by its backend pid")
    parent = backend_pid(db)  # now pooled: what a child would inherit

    def child() -> int:
        if after_fork:
            db.after_fork()
        return int(backend_pid(db) == parent)

    shared = in_a_child(child)
    assert shared == (0 if after_fork else 1)
    if after_fork:  # the parent's connection was left open for it
        assert backend_pid(db) == parent
