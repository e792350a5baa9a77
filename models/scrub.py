"""After personal data is deleted, make its bytes leave the database files too.

SQLite: every connection runs with `secure_delete` (deleted content is overwritten with
zeros, see models.db), and `scrub` checkpoints the WAL and truncates it, so old copies of
the rows in the `-wal` file go at once, not at some later checkpoint.
PostgreSQL: `scrub` runs a plain VACUUM of the tables erasure and retention touch, which
removes the dead rows from the table and its indexes; the bytes stay in freed space until
it is reused, and in WAL segments and backups until they age out (see README, "Privacy").
"""

from __future__ import annotations

import logging
import time

from sqlalchemy import text

from models.db import Database

log = logging.getLogger(__name__)

# Tables that erasure and retention delete from or blank.
PERSONAL_TABLES = (
    "residents",
    "consent_events",
    "conversations",
    "answers",
    "answer_themes",
    "messages",
    "alerts",
    "alert_events",
    "screen_feedback",
    "service_contacts",
    "outreach_messages",
    "outbox",
)
CHECKPOINT_TRIES = 50


def scrub(db: Database) -> bool:
    """Push deletions out of the files now (call after the deleting transaction commits).

    True when done; False when SQLite readers kept the WAL busy (it is truncated at the
    next checkpoint, and secure_delete has already zeroed the main file's copy).
    """
    if db.dialect == "sqlite":
        return _checkpoint_sqlite(db)
    if db.dialect == "postgresql":
        # VACUUM cannot run inside a transaction block.
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            for table in PERSONAL_TABLES:
                connection.execute(text(f"VACUUM {table}"))
    return True


def _checkpoint_sqlite(db: Database) -> bool:
    raw = db.engine.raw_connection()
    try:
        # The sqlite3 connection itself: outside SQLAlchemy's transaction (a checkpoint needs none open).
        driver = raw.driver_connection
        assert driver is not None
        for _ in range(CHECKPOINT_TRIES):
            # (busy, frames in the WAL, frames checkpointed); busy=1 while a reader holds an old snapshot.
            busy, _frames, _done = driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if not busy:
                return True
            time.sleep(0.1)
    finally:
        raw.close()
    log.warning("scrub: the WAL was busy; it will be truncated at the next checkpoint")
    return False
