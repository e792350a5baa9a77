"""What one survey turn reads and writes: the engine decides, this module writes.

A turn is as few round trips as it can be. Two statements read everything a turn
starts from (the resident, locked and marked seen; their open or newest
conversation with the questions it has answered); the rest are one statement
per table touched: the inbound message, the answer, the conversation's changes
and the replies. Every statement is built once per process, and they run as Core
on the session's connection: an ORM query or flush costs more in Python than the
database takes to run the statement. Rows read here are handed back as ORM
objects already in the session, so the rest of the engine, the callbacks and the
safeguarding hook work with `Resident` and `Conversation` as before.

The caller owns the transaction (docs/architecture.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Column, Insert, RowMapping, Table, bindparam, func, insert, inspect, select, update
from sqlalchemy.orm import Session, configure_mappers, make_transient_to_detached
from sqlalchemy.orm.instrumentation import manager_of_class

from bot.conversation.messages import Inbound, Reply, clip
from models import Answer, AnswerTheme, Conversation, Message, Resident
from models.bulk import table_of
from models.db import insert_ignoring
from models.resident import ADDRESS_COLUMN

_RESIDENTS = table_of(Resident)
_CONVERSATIONS = table_of(Conversation)
_ANSWERS = table_of(Answer)
_MESSAGES = table_of(Message)


@dataclass
class Turn:
    """Where a resident's message finds them: read once, at the start of the turn."""

    resident: Resident
    conversation: Conversation | None  # the open conversation, if any
    latest: Conversation | None  # the newest conversation, open or not
    answered: set[str] = field(default_factory=set)  # question ids `latest` has answers for
    new_resident: bool = False  # created by this turn: nothing of theirs is stored yet


def mark_seen(session: Session, address_key: str, address: str | int, now: datetime) -> Resident | None:
    """The resident at this address, locked for the transaction and marked seen; None if new.

    One UPDATE … RETURNING both locks the row (PostgreSQL; SQLite's BEGIN IMMEDIATE
    already serialises writers) and records the visit.
    """
    if session.new or session.dirty or session.deleted:
        session.flush()  # a caller's unsaved rows must be visible to the statements below
    row = session.connection().execute(_MARK_SEEN[address_key], {"address": address, "now": now}).first()
    return None if row is None else _attach(session, Resident, row._mapping)


def insert_resident(session: Session, address_key: str, values: Mapping[str, Any]) -> Resident | None:
    """A new resident, as an ORM object in the session; None when another turn inserted them first."""
    connection = session.connection()
    statement = _ignoring(connection.dialect.name, _RESIDENTS, (address_key,), tuple(_RESIDENTS.columns))
    row = connection.execute(statement, dict(values)).first()
    return None if row is None else _attach(session, Resident, row._mapping)


def load_conversation(
    session: Session, resident_id: int
) -> tuple[Conversation | None, Conversation | None, set[str]]:
    """(open conversation, newest conversation, questions the newest has answers for), in one SELECT."""
    rows = session.connection().execute(_NEWEST_WITH_ANSWERS, {"resident_id": resident_id}).all()
    if not rows:
        return None, None, set()
    latest = _attach(session, Conversation, rows[0]._mapping)
    answered = {row.answer_question_id for row in rows if row.answer_question_id is not None}
    return (latest if latest.status == "in_progress" else None), latest, answered


def insert_conversation(session: Session, values: Mapping[str, Any]) -> Conversation:
    """A new conversation row, as an ORM object in the session (no flush needed)."""
    row = session.connection().execute(_INSERT_CONVERSATION, dict(values)).one()
    return _attach(session, Conversation, row._mapping)


def abandon_open(session: Session, resident_id: int) -> None:
    """Every conversation of this resident still in progress is abandoned (a new one begins)."""
    session.connection().execute(_ABANDON_OPEN, {"of_resident": resident_id})


def save_conversations(session: Session) -> None:
    """Write each changed conversation in the session with one UPDATE, then let it go.

    The objects are expunged (still readable) so the commit has nothing left to
    write for them. A change outside the columns a turn moves is left to the ORM.
    """
    for conversation in [obj for obj in session.dirty if isinstance(obj, Conversation)]:
        if not set(inspect(conversation).committed_state) <= _MUTABLE_SET:
            continue
        values = {key: getattr(conversation, key) for key in _MUTABLE}
        session.connection().execute(_SAVE_CONVERSATION, dict(values, row_id=conversation.id))
        session.expunge(conversation)


def insert_answer(session: Session, values: Mapping[str, Any], themes: tuple[str, ...] = ()) -> None:
    """One answer row, and its themes' rows (one statement for all of them)."""
    connection = session.connection()
    answer_id = connection.scalar(_INSERT_ANSWER, dict(values))
    if themes:
        connection.execute(_INSERT_THEME, [{"answer_id": answer_id, "theme": theme} for theme in themes])


def log_inbound(
    session: Session, inbound: Inbound, resident_id: int, conversation_id: int | None
) -> int | None:
    """Store an inbound message once: its id, or None when its external id was stored before."""
    body, truncated = clip(inbound.text)
    values = dict(
        resident_id=resident_id,
        conversation_id=conversation_id,
        channel=inbound.channel,
        direction="in",
        external_id=inbound.external_id,
        body=body,
        truncated=truncated,
        status="received",
        created_at=inbound.received_at,
    )
    connection = session.connection()
    if inbound.external_id is None:
        return connection.scalar(_INSERT_MESSAGE, values)
    once = _ignoring(connection.dialect.name, _MESSAGES, ("channel", "external_id"), (_MESSAGES.c.id,))
    return connection.scalar(once, values)


def link_inbound(session: Session, message_id: int, conversation_id: int | None) -> None:
    """File an inbound message under the conversation the turn started or changed to."""
    session.connection().execute(
        _LINK_INBOUND, {"message_id": message_id, "conversation_id": conversation_id}
    )


def log_replies(
    session: Session,
    replies: list[Reply],
    resident_id: int,
    channel: str,
    conversation_id: int | None,
    in_reply_to: int,
    now: datetime,
) -> list[Reply]:
    """One INSERT for a turn's replies (queued to send): the replies with their message ids."""
    if not replies:
        return []
    connection = session.connection()
    shared = dict(
        resident_id=resident_id,
        conversation_id=conversation_id,
        channel=channel,
        direction="out",
        external_id=None,
        truncated=False,
        status="queued",
        in_reply_to_id=in_reply_to,
        created_at=now,
    )
    rows = [dict(shared, body=reply.text) for reply in replies]
    if connection.dialect.name == "sqlite":
        # SQLAlchemy would send one INSERT per row to learn which id is whose. The
        # turn holds SQLite's write lock (BEGIN IMMEDIATE), and one INSERT numbers its
        # rows in order, so the ids sorted are the replies' ids in order.
        ids = sorted(connection.execute(_INSERT_MESSAGE, rows).scalars())
    else:
        ids = list(connection.execute(_INSERT_MESSAGES_IN_ORDER, rows).scalars())
    return [replace(reply, message_id=id_) for reply, id_ in zip(replies, ids, strict=True)]


_Model = TypeVar("_Model", Resident, Conversation)


def _attach(session: Session, model: type[_Model], row: RowMapping) -> _Model:
    """The ORM object for a row just read: the session's own one if it has it, else a new one in it."""
    existing = session.identity_map.get(inspect(model).identity_key_from_primary_key((row["id"],)))
    if existing is not None:
        return existing  # as a query would: the session's copy wins
    # Filled as a query's loader fills it (not through __init__, which records each
    # value as a change: twice the cost), then marked as loaded and added. A query
    # would configure the mappers first; in a fresh process this may be the first use.
    configure_mappers()
    obj = manager_of_class(model).new_instance()
    inspect(obj).dict.update({key: row[key] for key in _COLUMN_KEYS[model]})
    make_transient_to_detached(obj)
    session.add(obj)
    return obj


_COLUMN_KEYS = {
    model: [column.key for column in table_of(model).columns] for model in (Resident, Conversation)
}

# Built once: composing a statement costs more than SQLite takes to run it.
_MARK_SEEN = {
    key: update(_RESIDENTS)
    .where(_RESIDENTS.c[key] == bindparam("address"))
    .values(last_seen_at=bindparam("now"))
    .returning(*_RESIDENTS.columns)
    for key in set(ADDRESS_COLUMN.values())
}


def _newest(*conditions: Any) -> Any:
    return (
        select(func.max(_CONVERSATIONS.c.id))
        .where(_CONVERSATIONS.c.resident_id == bindparam("resident_id"), *conditions)
        .scalar_subquery()
    )


# The open conversation if there is one, else the newest; one row per stored answer.
_NEWEST_WITH_ANSWERS = (
    select(*_CONVERSATIONS.columns, _ANSWERS.c.question_id.label("answer_question_id"))
    .outerjoin(_ANSWERS, _ANSWERS.c.conversation_id == _CONVERSATIONS.c.id)
    .where(_CONVERSATIONS.c.id == func.coalesce(_newest(_CONVERSATIONS.c.status == "in_progress"), _newest()))
)
_INSERT_CONVERSATION = insert(_CONVERSATIONS).returning(*_CONVERSATIONS.columns)
_ABANDON_OPEN = (
    update(_CONVERSATIONS)
    .where(
        _CONVERSATIONS.c.resident_id == bindparam("of_resident"),
        _CONVERSATIONS.c.status == "in_progress",
    )
    .values(status="abandoned", current_question=None)
)
# The columns a turn moves; anything else changed is left to the ORM's flush.
_MUTABLE: tuple[str, ...] = (
    "status",
    "current_question",
    "unclear_count",
    "last_activity_at",
    "completed_at",
    "language",
    "you_said_we_did",
    "you_said_we_did_asked_at",
    "callback_offered_at",
    "callback_wanted",
)
_MUTABLE_SET = set(_MUTABLE)
_SAVE_CONVERSATION = (
    update(_CONVERSATIONS)
    .where(_CONVERSATIONS.c.id == bindparam("row_id"))
    .values({key: bindparam(key) for key in _MUTABLE})
)
_INSERT_ANSWER = insert(_ANSWERS).returning(_ANSWERS.c.id)
_INSERT_THEME = insert(table_of(AnswerTheme))
_INSERT_MESSAGE = insert(_MESSAGES).returning(_MESSAGES.c.id)
_INSERT_MESSAGES_IN_ORDER = insert(_MESSAGES).returning(_MESSAGES.c.id, sort_by_parameter_order=True)
_LINK_INBOUND = (
    update(_MESSAGES)
    .where(_MESSAGES.c.id == bindparam("message_id"))
    .values(conversation_id=bindparam("conversation_id"))
)
_IGNORING: dict[tuple, Insert] = {}


def _ignoring(dialect: str, table: Table, unique: tuple[str, ...], returning: tuple[Column, ...]) -> Insert:
    """INSERT … ON CONFLICT (unique) DO NOTHING RETURNING …, built once per dialect and shape."""
    key = (dialect, table.name, unique, returning)
    if key not in _IGNORING:
        _IGNORING[key] = (
            insert_ignoring(dialect, table)
            .on_conflict_do_nothing(index_elements=list(unique))
            .returning(*returning)
        )
    return _IGNORING[key]
