"""A session for requests that only read: the dashboard, GET /api/v1/summary, the signed-in user.

On PostgreSQL its statements run without a transaction of their own (autocommit). Under
READ COMMITTED, PostgreSQL's default and Heard's, each statement takes its own snapshot
inside a transaction too, so BEGIN and COMMIT bought a read nothing but two round trips:
on the shared 2-core machine about 2.5 ms a transaction, and a page had two (the user,
then the figures). On SQLite a transaction is kept: it costs no round trip there, and
it gives the statements one snapshot. That transaction is a deferred one: it takes no write
lock, so a long read never holds up a webhook's write.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from models.db import READ_ONLY, Database


@contextmanager
def reading(db: Database) -> Iterator[Session]:
    """`with reading(db) as session:` for reads only; nothing written in it is kept on PostgreSQL's
    terms (each statement commits itself), so never write through it."""
    if db.dialect != "postgresql":
        # One snapshot for the page's statements, without the write lock every other
        # transaction takes: a long read must not hold up the webhooks' writes.
        with (
            db.engine.connect().execution_options(**{READ_ONLY: True}) as connection,
            Session(bind=connection) as session,
            session.begin(),
        ):
            yield session
        return
    with (
        db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection,
        Session(bind=connection) as session,
    ):
        yield session
