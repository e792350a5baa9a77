"""Migration 0019 on SQLite and PostgreSQL: the renamed tables keep every row and link.

vocabulary: keep-file (this test names the tables as they were before the rename)
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text

from models.migrate import alembic_config, upgrade
from tests.throwaway_postgres import throwaway_postgres

REVISION = "0020_vocabulary"
BEFORE = f"{REVISION}-1"  # whatever the lead chains it after
AT = {"at": "2026-11-01 10:00:00+00:00"}


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'before.sqlite3'}"
        return
    with throwaway_postgres() as cluster:
        yield cluster.url


def _fill_before(connection) -> None:
    run = lambda sql: connection.execute(text(sql), AT)  # noqa: E731
    run("INSERT INTO contacts (id, public_id, phone, created_at) VALUES (7, 'c_seven', '+447700900123', :at)")
    run(
        "INSERT INTO followups (id, contact_id, team, channel, contacted_at, consent, source, created_at) "
        "VALUES (3, 7, 'east', 'sms', :at, true, 'api', :at)"
    )
    run(
        "INSERT INTO prompts (id, followup_id, contact_id, channel, kind, due_at, status, attempts, "
        "created_at) "
        "VALUES (5, 3, 7, 'sms', 'invite', :at, 'pending', 0, :at)"
    )
    run(
        "INSERT INTO outbox (id, prompt_id, contact_id, channel, body, status, attempts, next_attempt_at, "
        "created_at) "
        "VALUES (9, 5, 7, 'sms', 'Hello', 'pending', 0, :at, :at)"
    )
    run(
        "INSERT INTO consent_events (contact_id, kind, channel, reason, at) "
        "VALUES (7, 'opt_out', 'sms', 'keyword', :at)"
    )


def test_rows_and_links_survive_the_rename_and_its_downgrade(empty_url):
    upgrade(empty_url, BEFORE)
    engine = create_engine(empty_url)
    try:
        with engine.begin() as connection:
            _fill_before(connection)
        upgrade(empty_url, REVISION)
        tables = set(inspect(engine).get_table_names())
        assert {"residents", "service_contacts", "outreach_messages"} <= tables
        assert not {"contacts", "followups", "prompts"} & tables
        with engine.begin() as connection:
            row = connection.execute(
                text(
                    "SELECT r.phone, s.team, m.kind, o.body, e.reason FROM outbox o "
                    "JOIN outreach_messages m ON m.id = o.outreach_message_id "
                    "JOIN service_contacts s ON s.id = m.service_contact_id "
                    "JOIN residents r ON r.id = s.resident_id "
                    "AND r.id = m.resident_id AND r.id = o.resident_id "
                    "JOIN consent_events e ON e.resident_id = r.id"
                )
            ).one()
            assert tuple(row) == ("+447700900123", "east", "invite", "Hello", "keyword")
            # The foreign keys point at the renamed table: deleting the resident cascades.
            if engine.dialect.name == "sqlite":
                connection.execute(text("PRAGMA foreign_keys = ON"))
            # A new row still gets its id from the (renamed) sequence.
            connection.execute(
                text("INSERT INTO residents (public_id, created_at) VALUES ('c_new', :at)"), AT
            )
            new_id = connection.execute(text("SELECT id FROM residents WHERE public_id = 'c_new'")).scalar()
            assert new_id is not None and new_id != 7
            connection.execute(text("DELETE FROM residents WHERE id = 7"))
            assert connection.execute(text("SELECT count(*) FROM outreach_messages")).scalar() == 0
            assert connection.execute(text("SELECT resident_id FROM service_contacts")).scalar() is None
        command.downgrade(alembic_config(empty_url), BEFORE)
        tables = set(inspect(engine).get_table_names())
        assert {"contacts", "followups", "prompts"} <= tables
        assert "contact_id" in {c["name"] for c in inspect(engine).get_columns("followups")}
        with engine.begin() as connection:
            assert connection.execute(text("SELECT public_id FROM contacts")).scalars().all() == ["c_new"]
            assert connection.execute(text("SELECT team FROM followups")).scalars().all() == ["east"]
        upgrade(empty_url, "head")
    finally:
        engine.dispose()
