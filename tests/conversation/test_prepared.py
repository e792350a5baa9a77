"""Statements run on the driver's cursor (bot/conversation/prepared.py): as SQLAlchemy would run them."""

from __future__ import annotations

import pytest
from sqlalchemy import bindparam, exc, insert, literal_column, select

from bot.conversation.prepared import Prepared
from models import Conversation, Resident
from models.bulk import table_of
from tests.factories import T0, send

_RESIDENTS = table_of(Resident)
_CONVERSATIONS = table_of(Conversation)


def test_a_row_reads_back_as_sqlalchemy_reads_it_with_the_tables_defaults(db, config):
    send(db, config, "STOP", address="alice")
    prepared = Prepared(insert(_CONVERSATIONS).returning(*_CONVERSATIONS.columns))
    with db.begin() as session:
        resident_id = session.scalar(select(Resident.id))
        values = dict(resident_id=resident_id, channel="console", survey_id="default", language="en")
        [row] = prepared.rows(session.connection(), dict(values, started_at=T0, last_activity_at=T0))
        driver = dict(zip(prepared.keys, row, strict=True))
        through_sqlalchemy = session.execute(
            select(_CONVERSATIONS).where(_CONVERSATIONS.c.id == driver["id"])
        )
        assert driver == dict(through_sqlalchemy.one()._mapping)
    # The defaults SQLAlchemy fills in, and times and flags as Python values, not SQLite's text and 0.
    assert (driver["status"], driver["unclear_count"], driver["is_test"]) == ("in_progress", 0, False)
    assert driver["started_at"] == T0 and driver["started_at"].tzinfo is not None


def test_a_driver_error_is_raised_as_sqlalchemys_without_its_parameters(db, config):
    send(db, config, "Hi", address="alice")
    prepared = Prepared(insert(_RESIDENTS))
    with pytest.raises(exc.IntegrityError) as raised, db.begin() as session:
        prepared.rows(
            session.connection(), {"local_address": "alice", "public_id": "c_twin", "created_at": T0}
        )
    assert "alice" not in str(raised.value) and "c_twin" not in str(raised.value)


def test_an_in_list_the_driver_cannot_expand_is_refused(db):
    prepared = Prepared(
        select(_RESIDENTS.c.id).where(_RESIDENTS.c.local_address.in_(bindparam("any", expanding=True)))
    )
    with pytest.raises(ValueError, match="IN list"), db.begin() as session:
        prepared.rows(session.connection(), {"any": ["alice"]})


def test_a_literal_percent_and_a_parameter_used_twice_read_as_sqlalchemy_reads_them(db, config):
    # PostgreSQL's statements are written with psycopg's numbered placeholders, not %(name)s:
    # a '%' in the SQL must reach the server as one '%', and a parameter named twice be bound twice.
    send(db, config, "STOP", address="alice")
    send(db, config, "STOP", address="bob")
    statement = (
        select(_RESIDENTS.c.local_address, _RESIDENTS.c.local_address + literal_column("'%'"))
        .where(
            (_RESIDENTS.c.local_address == bindparam("name"))
            | (_RESIDENTS.c.local_address == bindparam("name") + "!")
            | (_RESIDENTS.c.local_address.like(bindparam("pattern")))
        )
        .order_by(_RESIDENTS.c.local_address)
    )
    values = {"name": "alice", "pattern": "b%"}
    with db.begin() as session:
        driver = Prepared(statement).rows(session.connection(), values)
        through_sqlalchemy = [tuple(row) for row in session.execute(statement, values)]
    assert driver == through_sqlalchemy == [("alice", "alice%"), ("bob", "bob%")]


def test_statements_in_turn_on_one_connection_each_get_their_own_rows(db, config):
    # On PostgreSQL one cursor is kept for the connection: a statement's rows must not
    # be another's, and a statement without RETURNING reads none.
    send(db, config, "STOP", address="alice")
    read = Prepared(select(_RESIDENTS.c.local_address).where(_RESIDENTS.c.id == bindparam("id")))
    touch = Prepared(
        _RESIDENTS.update().where(_RESIDENTS.c.id == bindparam("id")).values(language=bindparam("language"))
    )
    with db.begin() as session:
        connection = session.connection()
        resident_id = session.scalar(select(Resident.id))
        assert read.rows(connection, {"id": resident_id}) == [("alice",)]
        assert touch.rows(connection, {"id": resident_id, "language": "cy"}) == []
        assert read.rows(connection, {"id": resident_id + 1000}) == []
        assert read.first(connection, {"id": resident_id}) == ("alice",)
    with db.begin() as session:
        assert session.scalar(select(Resident.language)) == "cy"
