"""Statements run on the driver's cursor (bot/conversation/prepared.py): as SQLAlchemy would run them."""

from __future__ import annotations

import pytest
from sqlalchemy import bindparam, exc, insert, select

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
