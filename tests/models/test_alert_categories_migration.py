"""Migration 0014 on SQLite and PostgreSQL: alerts raised before it keep NULL category and severity."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text

from models.migrate import alembic_config, upgrade
from tests.throwaway_postgres import throwaway_postgres

REVISION = "0014_alert_categories"
BEFORE = f"{REVISION}-1"  # whatever the lead chains it after


def downgrade(url: str, revision: str) -> None:
    command.downgrade(alembic_config(url), revision)


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'before.sqlite3'}"
        return
    with throwaway_postgres() as cluster:
        yield cluster.url


def test_existing_alerts_keep_their_meaning_and_the_feedback_table_arrives(empty_url):
    upgrade(empty_url, BEFORE)
    engine = create_engine(empty_url)
    try:
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO alerts (rule, phrase, status, safety_reply_sent, created_at, updated_at) "
                    "VALUES ('unsafe', 'scared', 'open', true, :at, :at)"
                ),
                {"at": "2026-11-01 10:00:00+00:00"},
            )
        upgrade(empty_url, REVISION)
        with engine.begin() as connection:
            columns = "rule, phrase, status, safety_reply_sent, category, severity, reason, layer"
            row = connection.execute(text(f"SELECT {columns} FROM alerts")).one()
        assert tuple(row) == ("unsafe", "scared", "open", True, None, None, None, None)
        assert "screen_feedback" in inspect(engine).get_table_names()
        downgrade(empty_url, BEFORE)
        assert "category" not in {c["name"] for c in inspect(engine).get_columns("alerts")}
        assert "screen_feedback" not in inspect(engine).get_table_names()
        upgrade(empty_url, "head")
    finally:
        engine.dispose()
