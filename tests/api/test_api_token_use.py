"""A token's "last used" time is kept to the minute, so reading the API does not write on every call."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import event

from models.api_token import ApiToken, create_token, find_token
from models.base import utcnow
from tests.factories import api_token


def last_used(db, token: str):
    with db.begin() as session:
        found = find_token(session, token)
        assert found is not None
        return found.last_used_at


def test_last_used_is_written_once_a_minute_at_most(db):
    with db.begin() as session:
        token = create_token(session, "bi")
    first = last_used(db, token)
    assert first is not None and utcnow() - first < timedelta(minutes=1)
    assert last_used(db, token) == first  # used again at once: nothing written
    with db.begin() as session:
        row = session.query(ApiToken).one()
        row.last_used_at = first - timedelta(minutes=2)
    assert last_used(db, token) > first  # a use two minutes later is recorded


def test_an_api_request_reads_its_token_outside_a_transaction_and_marks_it_once_a_minute(
    app, client, runner, db
):
    """The token's look-up is a read: on PostgreSQL no BEGIN and COMMIT around it (SQLite keeps
    its read's snapshot); "last used" is still written at the first use and a minute later."""
    token = api_token(runner)
    engine = app.extensions["heard"].db.engine
    seen: list[tuple[str, bool | None]] = []

    def after(connection, _cursor, statement, _parameters, _context, _many):
        driver = connection.connection.driver_connection
        inside = None
        if connection.dialect.name == "postgresql":
            from psycopg.pq import TransactionStatus

            inside = driver.info.transaction_status != TransactionStatus.IDLE
        seen.append((statement.split()[0].upper(), inside))

    def calls() -> list[tuple[str, bool | None]]:
        seen.clear()
        headers = {"Authorization": f"Bearer {token}"}
        assert client.get("/api/v1/responses", headers=headers).status_code == 200
        return [(kind, inside) for kind, inside in seen if kind in ("SELECT", "UPDATE")][:2]

    event.listen(engine, "after_cursor_execute", after)
    try:
        postgres = db.dialect == "postgresql"
        first = calls()  # the first use: read, then "last used" written in a transaction
        assert first == [("SELECT", False if postgres else None), ("UPDATE", True if postgres else None)]
        again = calls()  # a moment later: the look-up only, and the request's own reads
        assert again[0] == ("SELECT", False if postgres else None)
        assert "UPDATE" not in [kind for kind, _ in seen]
        with db.begin() as session:
            row = session.query(ApiToken).one()
            row.last_used_at = row.last_used_at - timedelta(minutes=2)
        assert [kind for kind, _ in calls()] == ["SELECT", "UPDATE"]  # two minutes on: written again
    finally:
        event.remove(engine, "after_cursor_execute", after)
