"""Migration 0023 on SQLite and PostgreSQL: comments already stored are counted, and it downgrades."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from functools import partial

import pytest
from alembic import command
from sqlalchemy import inspect, text

from bot.insights.analysis import labels_for
from models.db import Database
from models.demo import seed_demo
from models.migrate import alembic_config, upgrade
from tests.models.test_comment_tallies import kept, recounted, rolled_up, weeks_of
from tests.throwaway_postgres import throwaway_postgres

REVISION = "0023_comment_tallies"
BEFORE = "0022_answer_rollups"


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'before.sqlite3'}"
        return
    with throwaway_postgres() as cluster:
        yield cluster.url


def test_stored_comments_are_counted_and_the_downgrade_removes_the_table(empty_url, config):
    upgrade(empty_url, BEFORE)
    db = Database(empty_url)
    try:
        with db.begin() as session:
            seeded = seed_demo(
                session, config, 300, datetime(2026, 11, 1, tzinfo=UTC), label=partial(labels_for, config)
            )
        assert seeded.answers > 0
        upgrade(empty_url, REVISION)
        assert kept(db) == recounted(db) != {}
        assert rolled_up(db) == weeks_of(recounted(db))
        command.downgrade(alembic_config(empty_url), BEFORE)
        assert not {"comment_tallies", "comment_rollups"} & set(inspect(db.engine).get_table_names())
        with db.begin() as session:  # no trigger is left behind to write into a missing table
            session.execute(text("UPDATE answers SET sentiment = 'negative' WHERE sentiment IS NOT NULL"))
            session.execute(text("DELETE FROM conversations"))
        upgrade(empty_url, "head")
        assert kept(db) == rolled_up(db) == {}
    finally:
        db.dispose()
