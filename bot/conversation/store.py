"""What one survey turn reads and writes: the engine decides, this module writes.

A turn is as few round trips as it can be. Two statements read everything a turn
starts from (the resident, locked and marked seen; their open or newest
conversation with the answers it has stored, which on PostgreSQL also stores
the inbound message, filed under that conversation); the rest are one statement
per table touched: the inbound message, the answer, the conversation's changes
and the replies; what keywords and the hooks decide (an opt-out, a consent
answer, a safeguarding alert, a callback opened or written to, its audit entry)
is written here too, so nothing is left for the ORM's flush at the commit. Every
statement is compiled once per process and runs on the driver's cursor of the
session's connection (`bot/conversation/prepared.py`): an ORM query or flush, or
even a Core execution, costs more in Python than the database takes to run it.

Rows read here are handed back as `Resident` and `Conversation` objects, so the
rest of the engine, the callbacks and the safeguarding hook work with them as
before, but they are kept beside the session rather than in it (the turn's rows,
in `session.info`): adding an object to a session walks its cascades and leaves
the commit something to look through, and this module writes the rows itself.
`save_conversations` writes what the turn changed in them.

On PostgreSQL, the writes whose results the turn never reads (an answer without
themes, the conversations' changes, the inbound message filed elsewhere, the
reminder a first answer cancels) wait for the turn's replies and go in their
INSERT, as data-modifying CTEs: one round trip where there were up to five.
Anything else sent in the transaction sends them first (this module's other
statements, an ORM statement, the commit), so nothing reads the tables without
them. SQLite, a file in the process, writes each at once.

The caller owns the transaction (docs/architecture.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cache
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import (
    Column,
    Connection,
    Insert,
    Table,
    Update,
    and_,
    bindparam,
    case,
    event,
    exists,
    func,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Mapper, ORMExecuteState, Session, configure_mappers, make_transient_to_detached
from sqlalchemy.orm.attributes import instance_state, set_committed_value
from sqlalchemy.orm.instrumentation import manager_of_class

from bot.conversation.messages import Inbound, Reply, clip
from bot.conversation.prepared import Prepared
from models import (
    Alert,
    AlertEvent,
    Answer,
    AnswerTheme,
    AuditEntry,
    Callback,
    CallbackMessage,
    ConsentEvent,
    Conversation,
    Message,
    OutboxMessage,
    OutreachMessage,
    Resident,
)
from models.audit import ACTIONS as AUDIT_ACTIONS
from models.bulk import table_of
from models.callback import ACTIVE_STATUSES as CALLBACK_ACTIVE
from models.db import Database, insert_ignoring
from models.resident import ADDRESS_COLUMN

_RESIDENTS = table_of(Resident)
_CONVERSATIONS = table_of(Conversation)
_ANSWERS = table_of(Answer)
_MESSAGES = table_of(Message)


class Stored(NamedTuple):
    """An answer as stored, as much as the end of a survey reads (is it one it scores negative?)."""

    value: str | None
    value_num: int | None
    sentiment: str | None


# The answers (or skips) a conversation has stored, by question id.
Answered = dict[str, Stored]


@dataclass
class Turn:
    """Where a resident's message finds them: read once, at the start of the turn."""

    resident: Resident
    conversation: Conversation | None  # the open conversation, if any
    latest: Conversation | None  # the newest conversation, open or not
    answered: Answered = field(default_factory=dict)  # the answers `latest` has stored
    new_resident: bool = False  # created by this turn: nothing of theirs is stored yet


def mark_seen(session: Session, address_key: str, address: str | int, now: datetime) -> Resident | None:
    """The resident at this address, locked for the transaction and marked seen; None if new.

    One UPDATE … RETURNING both locks the row (PostgreSQL; SQLite's BEGIN IMMEDIATE
    already serialises writers) and records the visit.
    """
    # A caller's unsaved rows must be visible to the statement.
    statement = _MARK_SEEN[address_key]
    row = statement.first(_connection(session), {"address": address, "now": now})
    return None if row is None else _attach(session, Resident, dict(zip(statement.keys, row, strict=True)))


class Glimpse(NamedTuple):
    """Where a resident stood when last read without the lock (see `bot/conversation/foresight.py`)."""

    opted_out: bool
    survey_id: str | None  # of their open conversation; None when none is open
    current_question: str | None
    language: str | None


def glimpse(db: Database, address_key: str, address: str | int) -> Glimpse | None:
    """The resident at this address and their open conversation, read without a transaction or lock.

    Only a guess for work done before the turn (the turn reads again under the lock),
    so it goes straight to the driver: one statement, which SQLite reads on a snapshot
    of its own, and SQLAlchemy's connection and transaction would cost it twice over.
    """
    sql, fixed, order = _driver_glimpse(db.engine.dialect, address_key)
    arguments = dict(fixed, address=address)
    connection = db.engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute(sql, [arguments[name] for name in order] if order else arguments)
        row = cursor.fetchone()
        cursor.close()
    finally:
        connection.close()
    return None if row is None else Glimpse(bool(row[0]), *row[1:])


@cache
def _driver_glimpse(dialect: Dialect, address_key: str) -> tuple[str, dict[str, Any], tuple[str, ...]]:
    """`_GLIMPSE[address_key]` as the driver's SQL, its fixed parameters, and their order if positional."""
    compiled = _GLIMPSE[address_key].compile(dialect=dialect)
    fixed = dict(compiled.construct_params({"address": None}))
    return str(compiled), fixed, tuple(compiled.positiontup or ())


def insert_resident(session: Session, address_key: str, values: Mapping[str, Any]) -> Resident | None:
    """A new resident, as a turn row; None when another turn inserted them first."""
    connection = _on(session)
    statement = _ignoring(connection.dialect.name, _RESIDENTS, (address_key,), tuple(_RESIDENTS.columns))
    row = statement.first(connection, values)
    return None if row is None else _attach(session, Resident, dict(zip(statement.keys, row, strict=True)))


def load_conversation(
    session: Session, resident_id: int, inbound: Inbound | None = None
) -> tuple[Conversation | None, Conversation | None, Answered]:
    """(open conversation, newest conversation, the newest's stored answers), in one SELECT.

    On PostgreSQL, given the turn's inbound message (one with an external id), the
    same statement stores it as `log_inbound` would, filed under the conversation it
    reads (the engine's choice too): the turn's `log_inbound` then sends nothing.
    """
    connection = _on(session)
    if inbound is not None and inbound.external_id is not None and connection.dialect.name == "postgresql":
        values = dict(
            _ignoring_inbound("postgresql").with_defaults(_inbound_values(inbound, resident_id, None))
        )
        logging = _newest_logging(tuple(sorted(values)))
        parameters = {f"inbound_{key}": value for key, value in values.items() if key != "conversation_id"}
        found = logging.rows(connection, dict(parameters, resident_id=resident_id))
        message_id = found[0][0]
        rows = [row[1:] for row in found if row[1] is not None]  # the first column is the message's id
        filed = rows[0][0] if rows else None
        _held(session).logged = (inbound, message_id, filed)
    else:
        rows = _NEWEST_WITH_ANSWERS.rows(connection, {"resident_id": resident_id})
    if not rows:
        return None, None, {}
    latest = _attach(session, Conversation, dict(zip(_NEWEST_WITH_ANSWERS.keys, rows[0], strict=True)))
    # Each row ends with the answer's question id and its `Stored` fields.
    answered = {row[-4]: Stored(*row[-3:]) for row in rows if row[-4] is not None}
    return (latest if latest.status == "in_progress" else None), latest, answered


def answers_of(session: Session, conversation_id: int) -> Answered:
    """A conversation's stored answers, for a caller that has not read them with the turn."""
    rows = _ANSWERS_OF.rows(_on(session), {"conversation_id": conversation_id})
    return {question_id: Stored(*stored) for question_id, *stored in rows}


def insert_conversation(session: Session, values: Mapping[str, Any]) -> Conversation:
    """A new conversation row, as a turn row (written: no flush needed)."""
    [row] = _INSERT_CONVERSATION.rows(_on(session), values)
    return _attach(session, Conversation, dict(zip(_INSERT_CONVERSATION.keys, row, strict=True)))


def abandon_open(session: Session, resident_id: int) -> None:
    """Every conversation of this resident still in progress is abandoned (a new one begins)."""
    _ABANDON_OPEN.rows(_on(session), {"of_resident": resident_id})


def save_conversations(session: Session) -> None:
    """Write each changed conversation, the turn's and the session's, with one UPDATE, then let it go.

    Each is written as it stands and let go (still readable): a session's copy is
    expunged, a turn row forgotten, so the commit has nothing left to write for them.
    A change outside the columns a turn moves is left to the ORM's flush.
    """
    rows = _turn_rows(session)
    waiting = _waiting(session)
    in_session = [obj for obj in session.dirty if isinstance(obj, Conversation)]
    turns = [obj for obj in rows.values() if isinstance(obj, Conversation) and inspect(obj).committed_state]
    for conversation in in_session + turns:
        changed = set(inspect(conversation).committed_state)
        if not changed <= _MUTABLE_SET:
            session.add(conversation)  # a turn row too: the ORM writes what this does not
            continue
        values = {key: getattr(conversation, key) for key in _MUTABLE}
        if waiting is not None:
            waiting.saved[conversation.id] = values  # a later save of the same row replaces it, as it would
        else:
            _SAVE_CONVERSATION.rows(_on(session), dict(values, row_id=conversation.id))
        if conversation in session:
            session.expunge(conversation)
        else:
            for key in changed:  # as written: nothing left to save
                set_committed_value(conversation, key, getattr(conversation, key))
            del rows[(Conversation, conversation.id)]


def insert_answer(session: Session, values: Mapping[str, Any], themes: tuple[str, ...] = ()) -> None:
    """One answer row, and its themes' rows (one statement for all of them).

    On PostgreSQL an answer without themes waits for the turn's replies. One with themes
    is written now: its themes need its id, and in one statement with them the answer's
    comment tally (a trigger counting the answer's themes) would count them twice.
    """
    waiting = _waiting(session)
    if waiting is not None and not themes:
        if waiting.answer is not None:  # a second answer in one turn: the first goes now
            _on(session)
            waiting = _waiting(session)  # sending it starts a fresh holder for what waits next
            assert waiting is not None
        waiting.answer = dict(_INSERT_ANSWER.with_defaults(values))
        return
    connection = _on(session)
    answer_id = _INSERT_ANSWER.scalar(connection, values)
    if themes:
        _INSERT_THEME.many(connection, [{"answer_id": answer_id, "theme": theme} for theme in themes])


def cancel_reminder(session: Session, conversation_id: int, now: datetime) -> None:
    """The conversation's pending reminder, if it has one, is cancelled: it was answered.

    On PostgreSQL it waits for the turn's replies (nothing in the turn reads it).
    """
    values = {"reminder_of_conversation": conversation_id, "reminder_now": now}
    waiting = _waiting(session)
    if waiting is not None and waiting.reminder is not None:  # a second one: the first is sent now
        _on(session)
        waiting = _waiting(session)
    if waiting is not None:
        waiting.reminder = values
        return
    _CANCEL_REMINDER.rows(_on(session), values)


def log_inbound(
    session: Session, inbound: Inbound, resident_id: int, conversation_id: int | None
) -> int | None:
    """Store an inbound message once: its id, or None when its external id was stored before."""
    held = _held(session)
    if held.logged is not None and held.logged[0] is inbound:  # stored as the turn read its conversation
        _, message_id, filed = held.logged
        held.logged = None
        if message_id is not None and filed != conversation_id:  # filed elsewhere than asked: moved
            link_inbound(session, message_id, conversation_id)
        return message_id
    values = _inbound_values(inbound, resident_id, conversation_id)
    connection = _on(session)
    if inbound.external_id is None:
        return _INSERT_MESSAGE.scalar(connection, values)
    return _ignoring_inbound(connection.dialect.name).scalar(connection, values)


def _inbound_values(inbound: Inbound, resident_id: int, conversation_id: int | None) -> dict[str, Any]:
    body, truncated = clip(inbound.text)
    return dict(
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


def _ignoring_inbound(dialect: str) -> Prepared:
    return _ignoring(dialect, _MESSAGES, ("channel", "external_id"), (_MESSAGES.c.id,))


def link_inbound(session: Session, message_id: int, conversation_id: int | None) -> None:
    """File an inbound message under the conversation the turn started or changed to."""
    values = {"message_id": message_id, "conversation_id": conversation_id}
    waiting = _waiting(session)
    if waiting is not None:
        waiting.filed = values
        return
    _LINK_INBOUND.rows(_on(session), values)


def log_replies(
    session: Session,
    replies: list[Reply],
    resident_id: int,
    channel: str,
    conversation_id: int | None,
    in_reply_to: int,
    now: datetime,
) -> list[Reply]:
    """One INSERT for a turn's replies (queued to send): the replies with their message ids.

    On PostgreSQL it carries the writes that waited for it (see the module's docstring).
    """
    if not replies:
        _on(session)  # sends whatever waited
        return []
    held = _held(session)
    connection = _connection_of(session, held)
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
    bodies = {f"body_{n}": reply.text for n, reply in enumerate(replies)}
    if held.waiting:
        waiting, held.waiting = held.waiting, _Waiting()
        statement = _replies_with(len(replies), *waiting.shape())
        ids = sorted(id_ for (id_,) in statement.rows(connection, dict(shared, **bodies, **waiting.values())))
    elif len(replies) == 1:
        ids = [_INSERT_MESSAGE.scalar(connection, dict(shared, body=replies[0].text))]
    else:
        # One INSERT of n rows, which numbers them in the order of its VALUES: SQLite under
        # the turn's write lock (BEGIN IMMEDIATE); PostgreSQL draws each row's id from the
        # sequence as it inserts it, and a sequence only goes up, whoever else draws from it
        # meanwhile. So the ids sorted are the replies' ids in order (RETURNING's own order
        # is not promised).
        ids = sorted(
            id_ for (id_,) in _insert_messages(len(replies)).rows(connection, dict(shared, **bodies))
        )
    return [replace(reply, message_id=id_) for reply, id_ in zip(replies, ids, strict=True)]


def set_opted_out(session: Session, resident: Resident, at: datetime | None) -> None:
    """Write the resident's opt-out time (None: opted back in), and keep their object as written."""
    _SET_OPTED_OUT.rows(_connection(session), {"row_id": resident.id, "at": at})
    set_committed_value(resident, "opted_out_at", at)


def set_language(session: Session, resident: Resident, language: str) -> None:
    """Remember the resident's language (CYMRAEG, ENGLISH), and keep their object as written."""
    _SET_LANGUAGE.rows(_connection(session), {"row_id": resident.id, "language": language})
    set_committed_value(resident, "language", language)


def log_consent(
    session: Session, resident_id: int, kind: str, channel: str, reason: str, at: datetime
) -> None:
    """One row of the resident's consent history (opt_out, opt_in, ysd_yes, ysd_no)."""
    values = dict(resident_id=resident_id, kind=kind, channel=channel, reason=reason, at=at)
    _INSERT_CONSENT.rows(_connection(session), values)


def stop_conversations(session: Session, resident_id: int) -> None:
    """The resident's open conversations end as opted out, here and in the session's copies."""
    _STOP_OPEN.rows(_connection(session), {"of_resident": resident_id})
    # What an ORM UPDATE would do to the objects.
    for obj in [*session.identity_map.values(), *_turn_rows(session).values()]:
        if isinstance(obj, Conversation) and obj.resident_id == resident_id and obj.status == "in_progress":
            set_committed_value(obj, "status", "opted_out")
            set_committed_value(obj, "current_question", None)


def cancel_unsent(session: Session, resident_id: int, reason: str, now: datetime) -> None:
    """Nothing more goes to this person: pending outreach and outbox messages are cancelled."""
    connection = _connection(session)
    connection.execute(_CANCEL_OUTREACH, {"of_resident": resident_id, "reason": reason, "now": now})
    _CANCEL_OUTBOX.rows(connection, {"of_resident": resident_id, "reason": reason})


def safety_reply_sent(session: Session, conversation_id: int) -> bool:
    """Whether an alert of this conversation already sent the safety reply (it goes once)."""
    return bool(_SAFETY_REPLY_SENT.scalar(_connection(session), {"conversation_id": conversation_id}))


def insert_alert(session: Session, values: Mapping[str, Any]) -> int:
    """A new alert and its "raised" event (at the alert's creation): the alert's id."""
    connection = _connection(session)
    alert_id = _INSERT_ALERT.scalar(connection, values)
    _INSERT_ALERT_EVENT.rows(connection, {"alert_id": alert_id, "kind": "raised", "at": values["created_at"]})
    return alert_id


@dataclass(frozen=True)
class OpenCallback:
    """The resident's newest callback not closed, and the kind of its thread's latest message."""

    id: int
    team: str | None
    language: str
    status: str
    last_kind: str | None  # "in", "out"… (notes left out); None before the first message


def open_callback_of(session: Session, resident_id: int) -> OpenCallback | None:
    """The resident's open callback, if any, with where its thread stands: one SELECT."""
    row = _connection(session).execute(_OPEN_CALLBACK, {"resident_id": resident_id}).first()
    return None if row is None else OpenCallback(*row)


def file_in_callback(
    session: Session, callback: OpenCallback, body: str, channel: str, message_id: int, at: datetime
) -> None:
    """The resident's message into the callback's thread; a callback staff had replied to is open again."""
    connection = _connection(session)
    values = dict(callback_id=callback.id, kind="in", body=body, channel=channel, message_id=message_id)
    _INSERT_CALLBACK_MESSAGE.rows(connection, dict(values, created_at=at))
    _TOUCH_CALLBACK.rows(connection, {"row_id": callback.id, "at": at})


def insert_callback(session: Session, values: Mapping[str, Any]) -> int:
    """A new callback row: its id."""
    return _INSERT_CALLBACK.scalar(_connection(session), values)


def audit(session: Session, action: str, subject: str, detail: dict[str, Any], at: datetime) -> None:
    """One entry in the audit log, by the system (the turn's own actions: a callback opened)."""
    if action not in AUDIT_ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    values = dict(at=at, user_id=None, actor="system", action=action, subject=subject, detail=detail)
    _INSERT_AUDIT.rows(_connection(session), values)


def _connection(session: Session) -> Any:
    """The turn's connection, once the session's own unsaved rows are written (they may be referred to)."""
    if session.new or session.dirty or session.deleted:
        session.flush()
    return _on(session)


def _on(session: Session) -> Connection:
    """The session's connection, once the writes waiting for the turn's replies are sent (may be read)."""
    held = _held(session)
    connection = _connection_of(session, held)
    if held.waiting:
        waiting, held.waiting = held.waiting, _Waiting()
        waiting.send(connection)
    return connection


def _connection_of(session: Session, held: _Held) -> Connection:
    """Asked of the session once per transaction (it walks its state each time)."""
    if held.connection is None:
        held.connection = session.connection()
        if held.connection.dialect.name == "postgresql":  # SQLite, a file in the process, writes at once
            held.waiting = _Waiting()
            _listen_once()
    return held.connection


def _waiting(session: Session) -> _Waiting | None:
    """Where a write may wait for the turn's replies: None on SQLite."""
    held = _held(session)
    _connection_of(session, held)
    return held.waiting


def _send_waiting(session: Session) -> None:
    """Before an ORM statement or the commit: the writes still waiting are sent (nothing may miss them)."""
    held = session.info.get("turn_rows")
    if held is not None and held.waiting and held.transaction is session.get_transaction():
        _on(session)


def _send_before_orm(state: ORMExecuteState) -> None:
    _send_waiting(state.session)


@cache
def _listen_once() -> None:
    """At a process's first PostgreSQL turn: a SQLite worker, where nothing waits, pays for no listener."""
    event.listen(Session, "before_commit", _send_waiting)
    event.listen(Session, "do_orm_execute", _send_before_orm)


_Model = TypeVar("_Model", Resident, Conversation)


def _attach(session: Session, model: type[_Model], row: Mapping[str, Any]) -> _Model:
    """The object for a row just read: the session's own one if it has it, else the turn's, else a new one.

    A new one is a turn row: loaded, kept beside the session, not in it.
    """
    existing = session.identity_map.get(_MAPPERS[model].identity_key_from_primary_key((row["id"],)))
    if existing is not None:
        return existing  # as a query would: the session's copy wins
    rows = _turn_rows(session)
    if (model, row["id"]) in rows:
        return rows[(model, row["id"])]
    # Filled as a query's loader fills it (not through __init__, which records each
    # value as a change: twice the cost), then marked as loaded. A query would
    # configure the mappers first; in a fresh process this may be the first use.
    _configure_mappers_once()
    obj = manager_of_class(model).new_instance()
    instance_state(obj).dict.update({key: row[key] for key in _COLUMN_KEYS[model]})
    make_transient_to_detached(obj)
    rows[(model, row["id"])] = obj
    return obj


def _turn_rows(session: Session) -> dict[tuple[type, int], Any]:
    """The rows this module read or wrote in the session's transaction, by model and id."""
    return _held(session).rows


@dataclass
class _Held:
    """What this module keeps for one transaction of a session."""

    transaction: Any
    rows: dict[tuple[type, int], Any] = field(default_factory=dict)
    connection: Connection | None = None
    waiting: _Waiting | None = None  # PostgreSQL's, once the connection is known
    # PostgreSQL: the inbound message stored with the turn's read, its id (None: stored before) and filing.
    logged: tuple[Inbound, int | None, int | None] | None = None


@dataclass
class _Waiting:
    """Writes whose results the turn never reads, held for its replies' INSERT (PostgreSQL)."""

    answer: dict[str, Any] | None = None  # an answer's columns (one without themes)
    saved: dict[int, dict[str, Any]] = field(default_factory=dict)  # conversation id: its `_MUTABLE` values
    filed: dict[str, Any] | None = None  # the inbound message's id and its new conversation's
    reminder: dict[str, Any] | None = None  # the conversation whose pending reminder is cancelled, and when

    def __bool__(self) -> bool:
        return (
            self.answer is not None or bool(self.saved) or self.filed is not None or self.reminder is not None
        )

    def shape(self) -> tuple[tuple[str, ...] | None, int, bool, bool]:
        """What `_replies_with` builds the statement for: the answer's columns, saved, filed, reminder."""
        answer = None if self.answer is None else tuple(sorted(self.answer))
        return answer, len(self.saved), self.filed is not None, self.reminder is not None

    def values(self) -> dict[str, Any]:
        """The parameters of `_replies_with`'s CTEs."""
        values = {f"answer_{key}": value for key, value in (self.answer or {}).items()}
        for n, (row_id, saved) in enumerate(self.saved.items()):
            values[f"saved_{n}_row_id"] = row_id
            values.update({f"saved_{n}_{key}": value for key, value in saved.items()})
        values.update({f"filed_{key}": value for key, value in (self.filed or {}).items()})
        values.update(self.reminder or {})
        return values

    def send(self, connection: Connection) -> None:
        """Each as a statement of its own (no replies came to carry them): answer, saves, filing, reminder."""
        if self.answer is not None:
            _INSERT_ANSWER.rows(connection, self.answer)
        for row_id, saved in self.saved.items():
            _SAVE_CONVERSATION.rows(connection, dict(saved, row_id=row_id))
        if self.filed is not None:
            _LINK_INBOUND.rows(connection, self.filed)
        if self.reminder is not None:
            _CANCEL_REMINDER.rows(connection, self.reminder)


def _held(session: Session) -> _Held:
    transaction = session.get_transaction()
    held = session.info.get("turn_rows")
    if held is None or held.transaction is not transaction:  # a new transaction reads its rows afresh
        held = session.info["turn_rows"] = _Held(transaction)
    return held


@cache
def _configure_mappers_once() -> None:
    """`configure_mappers()` walks every registry under a lock even with nothing new: once will do."""
    configure_mappers()


_COLUMN_KEYS = {
    model: [column.key for column in table_of(model).columns] for model in (Resident, Conversation)
}
# `inspect(model)` looks its mapper up through the inspection registry on every call.
_MAPPERS: dict[type, Mapper[Any]] = {model: inspect(model) for model in (Resident, Conversation)}

# Built once: composing a statement costs more than SQLite takes to run it.
_MARK_SEEN = {
    key: Prepared(
        update(_RESIDENTS)
        .where(_RESIDENTS.c[key] == bindparam("address"))
        .values(last_seen_at=bindparam("now"))
        .returning(*_RESIDENTS.columns)
    )
    for key in set(ADDRESS_COLUMN.values())
}
_GLIMPSE = {
    key: select(
        _RESIDENTS.c.opted_out_at.is_not(None),
        _CONVERSATIONS.c.survey_id,
        _CONVERSATIONS.c.current_question,
        _CONVERSATIONS.c.language,
    )
    .select_from(
        _RESIDENTS.outerjoin(
            _CONVERSATIONS,
            and_(_CONVERSATIONS.c.resident_id == _RESIDENTS.c.id, _CONVERSATIONS.c.status == "in_progress"),
        )
    )
    .where(_RESIDENTS.c[key] == bindparam("address"))
    .order_by(_CONVERSATIONS.c.id.desc())
    .limit(1)
    for key in set(ADDRESS_COLUMN.values())
}


def _newest(*conditions: Any) -> Any:
    return (
        select(func.max(_CONVERSATIONS.c.id))
        .where(_CONVERSATIONS.c.resident_id == bindparam("resident_id"), *conditions)
        .scalar_subquery()
    )


_NEWEST_ID = func.coalesce(_newest(_CONVERSATIONS.c.status == "in_progress"), _newest())
_STORED = (_ANSWERS.c.value, _ANSWERS.c.value_num, _ANSWERS.c.sentiment)  # the fields of `Stored`
_READ_COLUMNS = (
    *_CONVERSATIONS.columns,
    _ANSWERS.c.question_id.label("answer_question_id"),
    *(column.label(f"answer_{column.key}") for column in _STORED),
)
# The open conversation if there is one, else the newest; one row per stored answer.
_NEWEST_WITH_ANSWERS = Prepared(
    select(*_READ_COLUMNS)
    .outerjoin(_ANSWERS, _ANSWERS.c.conversation_id == _CONVERSATIONS.c.id)
    .where(_CONVERSATIONS.c.id == _NEWEST_ID)
)


@cache
def _newest_logging(keys: tuple[str, ...]) -> Prepared:
    """`_NEWEST_WITH_ANSWERS` storing the inbound message first (PostgreSQL): one round trip for two.

    `keys`: the message's columns (defaults filled in, as `log_inbound` would store
    them); the statement binds each as `inbound_<column>`, and files it under the
    conversation it reads. Its rows start with the message's id (NULL when its external
    id was stored before); a resident with no conversation still gets one row.
    """
    columns: dict[str, Any] = {
        key: bindparam(f"inbound_{key}", type_=_MESSAGES.c[key].type)
        for key in keys
        if key != "conversation_id"
    }
    columns["conversation_id"] = _NEWEST_ID
    stored = (
        insert_ignoring("postgresql", _MESSAGES)
        .values(columns)
        .on_conflict_do_nothing(index_elements=["channel", "external_id"])
        .returning(_MESSAGES.c.id)
        .cte("inbound")
    )
    turn = select(select(stored.c.id).scalar_subquery().label("inbound_id")).subquery("turn")
    joined = turn.outerjoin(_CONVERSATIONS, _CONVERSATIONS.c.id == _NEWEST_ID).outerjoin(
        _ANSWERS, _ANSWERS.c.conversation_id == _CONVERSATIONS.c.id
    )
    return Prepared(select(turn.c.inbound_id, *_READ_COLUMNS).select_from(joined))


_ANSWERS_OF = Prepared(
    select(_ANSWERS.c.question_id, *_STORED).where(_ANSWERS.c.conversation_id == bindparam("conversation_id"))
)
_INSERT_CONVERSATION = Prepared(insert(_CONVERSATIONS).returning(*_CONVERSATIONS.columns))
_OPEN_OF_RESIDENT = update(_CONVERSATIONS).where(
    _CONVERSATIONS.c.resident_id == bindparam("of_resident"), _CONVERSATIONS.c.status == "in_progress"
)
_ABANDON_OPEN = Prepared(_OPEN_OF_RESIDENT.values(status="abandoned", current_question=None))
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
_SAVE_CONVERSATION = Prepared(
    update(_CONVERSATIONS)
    .where(_CONVERSATIONS.c.id == bindparam("row_id"))
    .values({key: bindparam(key) for key in _MUTABLE})
)
_INSERT_ANSWER = Prepared(insert(_ANSWERS).returning(_ANSWERS.c.id))
_INSERT_THEME = Prepared(insert(table_of(AnswerTheme)))
_INSERT_MESSAGE = Prepared(insert(_MESSAGES).returning(_MESSAGES.c.id))
# A reply's columns other than its body, the same for all of a turn's replies.
_REPLY_COLUMNS = (
    "resident_id",
    "conversation_id",
    "channel",
    "direction",
    "external_id",
    "truncated",
    "status",
    "in_reply_to_id",
    "created_at",
)


@cache
def _insert_messages(count: int) -> Prepared:
    """One INSERT of `count` replies (bodies `body_0`…), their ids returned: built once per count."""
    return Prepared(_messages_insert(count))


def _messages_insert(count: int) -> Insert:
    # Typed as their columns: a multi-row VALUES does not lend a bare bindparam its column's type, and
    # untyped, the driver would write created_at in its own format, which sorts apart from the rest.
    columns = _MESSAGES.c
    shared: dict[str, Any] = {key: bindparam(key, type_=columns[key].type) for key in _REPLY_COLUMNS}
    rows = [dict(shared, body=bindparam(f"body_{n}", type_=columns.body.type)) for n in range(count)]
    return insert(_MESSAGES).values(rows).returning(_MESSAGES.c.id)


@cache
def _replies_with(
    count: int, answer: tuple[str, ...] | None, saved: int, filed: bool, reminder: bool
) -> Prepared:
    """`_insert_messages(count)`'s INSERT carrying the writes that waited for it, each a data-modifying CTE.

    PostgreSQL runs every CTE once, whether or not the statement reads it; their rows'
    triggers fire at the statement's end, as the answer's did at the end of its own.
    """
    parts = []
    if answer is not None:
        columns = {key: bindparam(f"answer_{key}", type_=_ANSWERS.c[key].type) for key in answer}
        parts.append(insert(_ANSWERS).values(columns).cte("answer"))
    for n in range(saved):
        columns = {key: bindparam(f"saved_{n}_{key}", type_=_CONVERSATIONS.c[key].type) for key in _MUTABLE}
        row = _CONVERSATIONS.c.id == bindparam(f"saved_{n}_row_id")
        parts.append(update(_CONVERSATIONS).where(row).values(columns).cte(f"saved_{n}"))
    if filed:
        to = bindparam("filed_conversation_id", type_=_MESSAGES.c.conversation_id.type)
        row = _MESSAGES.c.id == bindparam("filed_message_id")
        parts.append(update(_MESSAGES).where(row).values(conversation_id=to).cte("filed"))
    if reminder:
        parts.append(_cancel_reminder().cte("reminder"))
    return Prepared(_messages_insert(count).add_cte(*parts))


_LINK_INBOUND = Prepared(
    update(_MESSAGES)
    .where(_MESSAGES.c.id == bindparam("message_id"))
    .values(conversation_id=bindparam("conversation_id"))
)
_SET_OPTED_OUT = Prepared(
    update(_RESIDENTS).where(_RESIDENTS.c.id == bindparam("row_id")).values(opted_out_at=bindparam("at"))
)
_SET_LANGUAGE = Prepared(
    update(_RESIDENTS).where(_RESIDENTS.c.id == bindparam("row_id")).values(language=bindparam("language"))
)
_INSERT_CONSENT = Prepared(insert(table_of(ConsentEvent)))
_STOP_OPEN = Prepared(_OPEN_OF_RESIDENT.values(status="opted_out", current_question=None))
_OUTREACH = table_of(OutreachMessage)
_CANCEL_OUTREACH = (
    update(_OUTREACH)
    .where(
        _OUTREACH.c.resident_id == bindparam("of_resident"), _OUTREACH.c.status.in_(("pending", "claimed"))
    )
    .values(status="cancelled", last_error=bindparam("reason"), cancelled_at=bindparam("now"))
)


def _cancel_reminder() -> Update:
    # Every value bound by a name of its own: as a CTE, it shares the names of the replies' INSERT.
    return (
        update(_OUTREACH)
        .where(
            _OUTREACH.c.conversation_id == bindparam("reminder_of_conversation"),
            _OUTREACH.c.kind == bindparam("reminder_kind", "reminder"),
            _OUTREACH.c.status == bindparam("reminder_pending", "pending"),
        )
        .values(
            status=bindparam("reminder_status", "cancelled"),
            last_error=bindparam("reminder_error", "answered"),
            cancelled_at=bindparam("reminder_now"),
        )
    )


_CANCEL_REMINDER = Prepared(_cancel_reminder())
_OUTBOX = table_of(OutboxMessage)
_CANCEL_OUTBOX = Prepared(
    update(_OUTBOX)
    .where(_OUTBOX.c.resident_id == bindparam("of_resident"), _OUTBOX.c.status == "pending")
    .values(status="cancelled", error=bindparam("reason"))
)
_ALERTS = table_of(Alert)
_SAFETY_REPLY_SENT = Prepared(
    select(
        exists().where(
            _ALERTS.c.conversation_id == bindparam("conversation_id"), _ALERTS.c.safety_reply_sent.is_(True)
        )
    )
)
_INSERT_ALERT = Prepared(insert(_ALERTS).returning(_ALERTS.c.id))
_INSERT_ALERT_EVENT = Prepared(insert(table_of(AlertEvent)))
_CALLBACKS = table_of(Callback)
_CALLBACK_MESSAGES = table_of(CallbackMessage)
_OPEN_CALLBACK = (
    select(
        _CALLBACKS.c.id,
        _CALLBACKS.c.team,
        _CALLBACKS.c.language,
        _CALLBACKS.c.status,
        select(_CALLBACK_MESSAGES.c.kind)
        .where(_CALLBACK_MESSAGES.c.callback_id == _CALLBACKS.c.id, _CALLBACK_MESSAGES.c.kind != "note")
        .order_by(_CALLBACK_MESSAGES.c.id.desc())
        .limit(1)
        .scalar_subquery(),
    )
    .where(_CALLBACKS.c.resident_id == bindparam("resident_id"), _CALLBACKS.c.status.in_(CALLBACK_ACTIVE))
    .order_by(_CALLBACKS.c.id.desc())
    .limit(1)
)
_INSERT_CALLBACK_MESSAGE = Prepared(insert(_CALLBACK_MESSAGES))
_TOUCH_CALLBACK = Prepared(
    update(_CALLBACKS)
    .where(_CALLBACKS.c.id == bindparam("row_id"))
    .values(
        last_in_at=bindparam("at"),
        updated_at=bindparam("at"),
        # The resident answered: staff have something to read.
        status=case((_CALLBACKS.c.status == "replied", "open"), else_=_CALLBACKS.c.status),
    )
)
_INSERT_CALLBACK = Prepared(insert(_CALLBACKS).returning(_CALLBACKS.c.id))
_INSERT_AUDIT = Prepared(insert(table_of(AuditEntry)))
_IGNORING: dict[tuple, Prepared] = {}


def _ignoring(dialect: str, table: Table, unique: tuple[str, ...], returning: tuple[Column, ...]) -> Prepared:
    """INSERT … ON CONFLICT (unique) DO NOTHING RETURNING …, built once per dialect and shape."""
    key = (dialect, table.name, unique, returning)
    if key not in _IGNORING:
        _IGNORING[key] = Prepared(
            insert_ignoring(dialect, table)
            .on_conflict_do_nothing(index_elements=list(unique))
            .returning(*returning)
        )
    return _IGNORING[key]
