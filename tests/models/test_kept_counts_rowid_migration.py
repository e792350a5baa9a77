"""Migration 0024 on SQLite and PostgreSQL: the kept counts keep every row and their triggers, both ways."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from alembic import command
from sqlalchemy import text

from bot.insights.analysis import labels_for
from models.db import Database
from models.demo import seed_demo
from models.migrate import alembic_config, upgrade
from tests.models.test_comment_tallies import kept, recounted, weeks_of
from tests.models.test_comment_tallies import rolled_up as comment_weeks

# The fixture giving an empty SQLite database, then a throwaway PostgreSQL one.
from tests.models.test_comment_tallies_migration import empty_url  # noqa: F401
from tests.models.test_rollups import rolled_up as answer_weeks
from tests.models.test_rollups import summed_from_days
from tests.models.test_tallies import counted_rows, kept_rows

REVISION = "0024_kept_counts_without_rowid"
BEFORE = "0023_comment_tallies"
TABLES = ("answer_tallies", "answer_rollups", "comment_tallies", "comment_rollups")


def without_rowid(db: Database) -> set[str]:
    """The kept-count tables SQLite stores without a rowid (none on PostgreSQL, which has no rowid)."""
    if db.dialect != "sqlite":
        return set()
    with db.engine.connect() as connection:
        rows = connection.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
        return {name for name, sql in rows if name in TABLES and sql.rstrip().endswith("WITHOUT ROWID")}


def snapshot(db: Database) -> tuple[dict, ...]:
    return kept_rows(db), answer_weeks(db), kept(db), comment_weeks(db)


def assert_kept_by_definition(db: Database, zone: str) -> None:
    """Every kept count equals a recount from the answers: each trigger fired once, no more."""
    assert kept_rows(db) == counted_rows(db, zone) != {}
    assert answer_weeks(db) == summed_from_days(db)
    assert kept(db) == recounted(db) != {}
    assert comment_weeks(db) == weeks_of(recounted(db))


def edit(db: Database, conversation_id: int) -> None:
    """Writes that move kept counts through every table's triggers: a value, a sentiment, a deletion."""
    with db.begin() as session:
        session.execute(text("UPDATE answers SET value = '1', value_num = 1 WHERE value_num = 2"))
        session.execute(text("UPDATE answers SET sentiment = 'negative' WHERE sentiment = 'positive'"))
        session.execute(text("DELETE FROM conversations WHERE id = :id"), {"id": conversation_id})


def test_the_kept_counts_are_rebuilt_without_rowid_and_back_with_every_row_and_trigger(
    empty_url,  # noqa: F811 (the fixture imported above)
    config,
):
    zone = config.organisation.time_zone
    upgrade(empty_url, BEFORE)
    db = Database(empty_url)
    try:
        with db.begin() as session:
            seed_demo(
                session, config, 300, datetime(2026, 11, 1, tzinfo=UTC), label=partial(labels_for, config)
            )
        before = snapshot(db)
        assert without_rowid(db) == set()

        upgrade(empty_url, REVISION)
        assert without_rowid(db) == (set(TABLES) if db.dialect == "sqlite" else set())
        assert snapshot(db) == before
        edit(db, 1)
        assert snapshot(db) != before
        assert_kept_by_definition(db, zone)

        after_edit = snapshot(db)
        command.downgrade(alembic_config(empty_url), BEFORE)
        assert without_rowid(db) == set()
        assert snapshot(db) == after_edit
        edit(db, 2)
        assert_kept_by_definition(db, zone)
    finally:
        db.dispose()
