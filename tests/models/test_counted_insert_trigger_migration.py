"""Migration 0025 on SQLite and PostgreSQL: an answer the tally does not count never enters plpgsql.

Every kept count stays a recount of the answers, after the upgrade and after the downgrade.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from alembic import command
from sqlalchemy import text

from bot.insights.analysis import labels_for
from models.db import Database
from models.demo import seed_demo
from models.migrate import alembic_config, upgrade

# The fixture giving an empty SQLite database, then a throwaway PostgreSQL one.
from tests.models.test_comment_tallies_migration import empty_url  # noqa: F401
from tests.models.test_kept_counts_rowid_migration import assert_kept_by_definition, edit, snapshot

REVISION = "0025_counted_insert_trigger"
BEFORE = "0024_kept_counts_without_rowid"
AT = datetime(2026, 11, 20, 12, tzinfo=UTC)
# (question id, value, value_num, skipped, sentiment): the kinds of answer a survey stores.
ANSWERS = {
    "counted": ("m_scale", "4", 4, False, None),
    "yes": ("m_yes", "yes", None, False, None),
    "skipped": ("m_skip", None, None, True, None),
    "unclear": ("m_unclear", None, None, False, None),
    "comment": ("m_comment", "Kind staff but a long wait.", None, False, "mixed"),
}


def insert_answer(session, conversation_id: int, kind: str) -> None:
    question_id, value, value_num, skipped, sentiment = ANSWERS[kind]
    session.execute(
        text(
            "INSERT INTO answers (conversation_id, question_id, value, value_num, raw, skipped, sentiment, "
            "answered_at) VALUES (:c, :q, :v, :n, :v, :s, :sentiment, :at)"
        ),
        dict(c=conversation_id, q=question_id, v=value, n=value_num, s=skipped, sentiment=sentiment, at=AT),
    )


def tally_calls_per_insert(db: Database, conversation_id: int) -> dict[str, int]:
    """How often each kind of answer inserted ran the tally's plpgsql function (PostgreSQL only).

    Read before and after the INSERT in one transaction (`pg_stat_xact_user_functions`), rolled back.
    """
    count = text("SELECT coalesce(sum(calls), 0) FROM pg_stat_xact_user_functions WHERE funcname = :f")
    calls = {}
    for kind in ANSWERS:
        with db.engine.connect() as connection:
            connection.execute(text("SET LOCAL track_functions = 'pl'"))
            before = connection.execute(count, {"f": "heard_answers_tally"}).scalar_one()
            insert_answer(connection, conversation_id, kind)
            calls[kind] = connection.execute(count, {"f": "heard_answers_tally"}).scalar_one() - before
            connection.rollback()
    return calls


def test_only_counted_inserts_run_the_tally_function_and_every_count_stays_exact(
    empty_url,  # noqa: F811 (the fixture imported above)
    config,
):
    zone = config.organisation.time_zone
    upgrade(empty_url, BEFORE)
    db = Database(empty_url)
    try:
        with db.begin() as session:
            seed_demo(session, config, 200, AT, label=partial(labels_for, config))
        before = snapshot(db)
        postgres = db.dialect == "postgresql"
        if postgres:
            assert tally_calls_per_insert(db, 1) == dict.fromkeys(ANSWERS, 1)

        upgrade(empty_url, REVISION)
        assert snapshot(db) == before
        if postgres:
            expected = {"counted": 1, "yes": 1, "skipped": 0, "unclear": 0, "comment": 0}
            assert tally_calls_per_insert(db, 1) == expected
        with db.begin() as session:
            for conversation_id, kind in enumerate(ANSWERS, start=3):
                insert_answer(session, conversation_id, kind)
        edit(db, 1)
        assert snapshot(db) != before
        assert_kept_by_definition(db, zone)

        after_edit = snapshot(db)
        command.downgrade(alembic_config(empty_url), BEFORE)
        assert snapshot(db) == after_edit
        if postgres:
            assert tally_calls_per_insert(db, 2) == dict.fromkeys(ANSWERS, 1)
        with db.begin() as session:
            for conversation_id, kind in enumerate(ANSWERS, start=10):
                insert_answer(session, conversation_id, kind)
        edit(db, 2)
        assert_kept_by_definition(db, zone)
    finally:
        db.dispose()
