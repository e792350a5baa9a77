"""The bulk writes (models.bulk) store byte for byte what the ORM stores, on either database."""

from __future__ import annotations

from datetime import timedelta, timezone

from sqlalchemy import select

from models import Message, OutreachMessage, Resident
from models.bulk import insert_many, insert_rows, update_rows
from tests.factories import T0

LATER = T0 + timedelta(hours=5, microseconds=123)
ELSEWHERE = (T0 + timedelta(hours=1)).astimezone(timezone(timedelta(hours=-5)))  # stored as UTC


def messages(resident_id: int) -> list[dict]:
    """Rows with shared and varying values, None, and defaults left out (body, truncated)."""
    return [
        dict(resident_id=resident_id, channel="sms", direction="out", status="queued", created_at=T0),
        dict(resident_id=resident_id, channel="sms", direction="in", status=None, created_at=LATER),
        dict(resident_id=resident_id, channel="sms", direction="out", status="queued", created_at=ELSEWHERE),
    ]


def raw(session, table: str, ids: list[int]) -> list[tuple]:
    """The rows as the driver returns them (SQLite: the stored text), id left out."""
    listed = ", ".join(str(int(i)) for i in ids)
    result = session.connection().exec_driver_sql(f"SELECT * FROM {table} WHERE id IN ({listed}) ORDER BY id")
    return [tuple(value for key, value in row._mapping.items() if key != "id") for row in result]


def resident(session) -> int:
    person = Resident(public_id="c_bulk", phone="+447700900999", created_at=T0)
    session.add(person)
    session.flush()
    return person.id


def test_insert_many_and_insert_rows_store_what_the_orm_stores(db):
    with db.begin() as session:
        person = resident(session)
        by_orm = [Message(**row, body="", truncated=False) for row in messages(person)]
        session.add_all(by_orm)
        session.flush()
        ids = insert_many(session, Message, messages(person))
        keys = ("resident_id", "direction", "status", "created_at")
        rows = [tuple(row[key] for key in keys) for row in messages(person)]
        insert_rows(session, Message, keys, rows, channel="sms")  # a value every row shares
        all_ids = session.scalars(select(Message.id).order_by(Message.id)).all()
        expected = raw(session, "messages", [m.id for m in by_orm])
        assert raw(session, "messages", ids) == expected
        assert ids == all_ids[3:6]  # in the order of the rows given
        assert raw(session, "messages", all_ids[6:]) == expected
        assert len(all_ids) == 9


def test_rows_that_are_all_alike_are_each_inserted(db):
    with db.begin() as session:
        person = resident(session)
        keys = ("resident_id", "channel", "direction", "status", "created_at")
        insert_rows(session, Message, keys, [(person, "sms", "out", "queued", T0)] * 3)
        assert len(session.scalars(select(Message.id)).all()) == 3


def test_update_rows_stores_what_the_orm_stores(db):
    keys = ("status", "queued_at", "last_error")
    changes = [("claimed", LATER, None), ("cancelled", ELSEWHERE, "opted out"), ("claimed", LATER, None)]
    with db.begin() as session:
        person = resident(session)
        rows = [
            OutreachMessage(resident_id=person, channel="sms", kind="invite", due_at=T0, created_at=T0)
            for _ in "123456"
        ]
        session.add_all(rows)
        session.flush()
        by_orm, bulk = rows[:3], rows[3:]
        for outreach_message, change in zip(by_orm, changes, strict=True):
            for key, value in zip((*keys, "cancelled_at"), (*change, ELSEWHERE), strict=True):
                setattr(outreach_message, key, value)
        session.flush()
        given = [
            (outreach_message.id, *change) for outreach_message, change in zip(bulk, changes, strict=True)
        ]
        update_rows(session, OutreachMessage, ("id", *keys), given, cancelled_at=ELSEWHERE)
        expected = raw(session, "outreach_messages", [p.id for p in by_orm])
        assert raw(session, "outreach_messages", [p.id for p in bulk]) == expected
