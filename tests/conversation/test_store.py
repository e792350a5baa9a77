"""The turn store (bot/conversation/store.py) on the real database: SQLite, or PostgreSQL by DATABASE_URL."""

from __future__ import annotations

import re
from contextlib import contextmanager
from datetime import timedelta

import pytest
from sqlalchemy import String, cast, event, select

from bot.conversation import store
from bot.conversation.engine import handle
from bot.conversation.messages import Inbound, Reply
from models import Alert, ConsentEvent, Conversation, Message, OutreachMessage, Resident
from tests.factories import T0, answers_of, conversations_of, resident_of, send


@contextmanager
def statements(db):
    """The SQL statements sent to the database inside the block (not BEGIN or COMMIT)."""
    sent: list[str] = []

    def record(_conn, _cursor, statement, *_args):
        sent.append(described(statement))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def described(statement: str) -> str:
    """Its first three words; for one carrying data-modifying CTEs, its own and the CTEs' names."""
    if not statement.startswith("WITH "):
        return " ".join(statement.split()[:3])
    carried = re.findall(r"(?:WITH |, \n)(\w+) AS \n\(", statement)
    [own] = re.findall(r"\)\n (SELECT|\w+ \w+ \w+)", statement)
    return f"{own} with {', '.join(carried)}"


# What each write that waits for the turn's replies on PostgreSQL is as a statement of its own.
WAITING = {
    "answer": "INSERT INTO answers",
    "saved_0": "UPDATE conversations SET",
    "filed": "UPDATE messages SET",
    "reminder": "UPDATE outreach_messages SET",
}


def turn_end(db, *waiting: str) -> list[str]:
    """The turn's replies and the writes waiting for them: one statement on PostgreSQL, one each on SQLite."""
    if db.dialect == "postgresql":
        return [f"INSERT INTO messages with {', '.join(waiting)}" if waiting else "INSERT INTO messages"]
    return [*(WAITING[name] for name in waiting), "INSERT INTO messages"]


def test_mark_seen_finds_locks_and_marks_a_known_resident_and_nobody_else(db, config):
    send(db, config, "Hi", address="alice")
    later = T0 + timedelta(hours=1)
    with db.begin() as session:
        assert store.mark_seen(session, "local_address", "nobody", later) is None
        resident = store.mark_seen(session, "local_address", "alice", later)
        assert resident is not None
        assert resident.last_seen_at == later
        # The turn's own copy, as a query would give the session's, not a second object.
        assert store.mark_seen(session, "local_address", "alice", later) is resident
    assert resident_of(db, "alice").last_seen_at == later


def test_load_conversation_gives_the_open_one_with_its_answers(db, config):
    with db.begin() as session:
        assert store.load_conversation(session, 1) == (None, None, {})
    send(db, config, "Hi", address="alice")
    send(db, config, "1", address="alice", at=T0 + timedelta(minutes=1))
    send(db, config, "yes a bit", address="alice", at=T0 + timedelta(minutes=2))
    [stored] = conversations_of(db, "alice")
    stored_answers = answers_of(db, stored.id)
    with db.begin() as session:
        resident = session.scalars(select(Resident)).one()
        open_, latest, answered = store.load_conversation(session, resident.id)
        assert open_ is latest and open_ is not None and open_.id == stored.id
        assert set(answered) == set(stored_answers) and len(answered) == 2
        # Each as stored: what the end of the survey reads to decide on the callback offer.
        assert answered == {
            id_: store.Stored(row.value, row.value_num, row.sentiment) for id_, row in stored_answers.items()
        }
        assert open_.current_question == stored.current_question
        assert not session.dirty  # loaded, not changed


def test_load_conversation_gives_the_newest_when_none_is_open(db, config):
    send(db, config, "Hi", address="alice")
    send(db, config, "STOP", address="alice", at=T0 + timedelta(minutes=1))
    [stopped] = conversations_of(db, "alice")
    with db.begin() as session:
        resident = session.scalars(select(Resident)).one()
        open_, latest, answered = store.load_conversation(session, resident.id)
    assert open_ is None
    assert latest is not None and (latest.id, latest.status) == (stopped.id, "opted_out")
    assert answered == {}


def test_save_conversations_writes_each_change_once_and_leaves_nothing_for_the_commit(db, config):
    send(db, config, "Hi", address="alice")
    with statements(db) as sent, db.begin() as session:
        resident = session.scalars(select(Resident)).one()
        conversation, _, _ = store.load_conversation(session, resident.id)
        assert conversation is not None
        conversation.unclear_count = 2
        conversation.current_question = "listened"
        before = len(sent)
        store.save_conversations(session)
        session.flush()
        assert conversation not in session
    # Written once, by the store (on PostgreSQL at the commit: no replies came to carry it).
    assert sent[before:] == ["UPDATE conversations SET"]
    [saved] = conversations_of(db, "alice")
    assert (saved.unclear_count, saved.current_question) == (2, "listened")


def test_insert_conversation_gives_a_saved_row_that_later_changes_reach(db, config):
    send(db, config, "STOP", address="alice")
    with db.begin() as session:
        resident = session.scalars(select(Resident)).one()
        values = dict(resident_id=resident.id, channel="console", survey_id="default", language="en")
        conversation = store.insert_conversation(session, dict(values, started_at=T0, last_activity_at=T0))
        assert conversation.id is not None
        assert (conversation.status, conversation.unclear_count, conversation.is_test) == (
            "in_progress",
            0,
            False,
        )
        conversation.current_question = "overall"
        store.save_conversations(session)
    [row] = [c for c in conversations_of(db, "alice") if c.id == conversation.id]
    assert (row.status, row.current_question) == ("in_progress", "overall")


def test_a_turn_rows_change_outside_what_a_turn_moves_is_still_written(db, config):
    """A turn row is kept beside the session; a column the store does not write is left to the ORM."""
    send(db, config, "Hi", address="alice")
    with db.begin() as session:
        resident = session.scalars(select(Resident)).one()
        session.expunge(resident)  # the turn reads its own rows, as the engine does
        conversation, _, _ = store.load_conversation(session, resident.id)
        assert conversation is not None and conversation not in session
        conversation.team = "east"  # not one of the columns a turn moves
        conversation.unclear_count = 1
        store.save_conversations(session)
    [saved] = conversations_of(db, "alice")
    assert (saved.team, saved.unclear_count) == ("east", 1)


def test_log_replies_gives_each_reply_the_id_of_its_own_row_in_order(db, config):
    send(db, config, "Hi", address="alice")
    replies = [Reply(f"reply {n}") for n in range(5)]
    with db.begin() as session:
        resident = session.scalars(select(Resident)).one()
        with statements(db) as sent:
            logged = store.log_replies(session, replies, resident.id, "console", None, 1, T0)
        assert sent == ["INSERT INTO messages"]  # one statement for all five
    assert [reply.text for reply in logged] == [reply.text for reply in replies]
    ids = [reply.message_id for reply in logged]
    assert ids == sorted(ids) and len(set(ids)) == 5
    with db.begin() as session:
        bodies = dict(session.execute(select(Message.id, Message.body).where(Message.id.in_(ids))).all())
    assert [bodies[id_] for id_ in ids] == [reply.text for reply in replies]
    with db.begin() as session:
        assert store.log_replies(session, [], resident.id, "console", None, 1, T0) == []


def test_replies_logged_together_store_their_time_as_one_logged_alone_does(db, config):
    # Raw, as the database holds it: SQLite keeps times as text and sorts and filters by that text,
    # so two formats of one moment would sort a turn's replies before the message they answer.
    send(db, config, "Hi", address="alice")
    with db.begin() as session:
        resident = session.scalars(select(Resident)).one()
        alone = store.log_replies(session, [Reply("one")], resident.id, "console", None, 1, T0)
        together = store.log_replies(session, [Reply("a"), Reply("b")], resident.id, "console", None, 1, T0)
    ids = [reply.message_id for reply in alone + together]
    raw = select(cast(Message.created_at, String)).where(Message.id.in_(ids))
    with db.begin() as session:
        assert len(set(session.scalars(raw).all())) == 1


def test_log_inbound_stores_an_external_id_once(db, config):
    send(db, config, "Hi", address="alice")
    inbound = Inbound("sms", "+447700900001", "hello", T0, external_id="SM1")
    with db.begin() as session:
        resident = session.scalars(select(Resident)).one()
        first = store.log_inbound(session, inbound, resident.id, None)
        assert first is not None
        assert store.log_inbound(session, inbound, resident.id, None) is None
        assert store.log_inbound(session, Inbound("sms", "+447700900001", "x", T0), resident.id, None)


def inbound_rows(db, sid: str) -> list[tuple]:
    with db.begin() as session:
        query = select(Message.body, Message.conversation_id, Message.resident_id, Message.status)
        return session.execute(query.where(Message.external_id == sid)).all()


def test_the_turns_read_stores_its_inbound_once_filed_under_what_it_read(db, config):
    """`load_conversation` given the inbound, then `log_inbound`: as `log_inbound` alone stores it.

    On PostgreSQL the read's statement stores it (no conversation yet, the open one, the
    newest); a second delivery of its sid is stored nothing and logged as None.
    """
    from bot.conversation.residents import lock_or_create

    with db.begin() as session:
        resident_id = lock_or_create(session, "console", "alice", T0, seen=False).id
    for n, text in enumerate(["first", "Hi", "1", "STOP", "1"]):
        sid = f"SM{n}"
        inbound = Inbound("console", "alice", text, T0 + timedelta(minutes=n), external_id=sid)
        with statements(db) as sent, db.begin() as session:
            open_, latest, answered = store.load_conversation(session, resident_id, inbound)
            filed = latest.id if latest else None
            message_id = store.log_inbound(session, inbound, resident_id, filed)
        assert message_id is not None
        assert inbound_rows(db, sid) == [(text, filed, resident_id, "received")]
        assert len(sent) == (1 if db.dialect == "postgresql" else 2)
        with db.begin() as session:
            store.load_conversation(session, resident_id, inbound)
            assert store.log_inbound(session, inbound, resident_id, filed) is None
        assert len(inbound_rows(db, sid)) == 1
        if text != "first":  # move on as a turn would: the survey begun, answered, stopped
            send(db, config, text, address="alice", at=T0 + timedelta(minutes=n, seconds=30))


def test_an_inbound_stored_with_the_read_is_moved_when_filed_elsewhere(db, config):
    send(db, config, "Hi", address="alice")
    [conversation] = conversations_of(db, "alice")
    inbound = Inbound("console", "alice", "hello", T0 + timedelta(minutes=1), external_id="SM9")
    with db.begin() as session:
        _, latest, _ = store.load_conversation(session, conversation.resident_id, inbound)
        assert latest is not None and latest.id == conversation.id
        assert store.log_inbound(session, inbound, conversation.resident_id, None) is not None
    assert inbound_rows(db, "SM9") == [("hello", None, conversation.resident_id, "received")]


def test_an_answer_mid_survey_is_six_statements_four_on_postgresql(db, config):
    """Read resident, read conversation and answers; write message, answer, conversation, reply.

    On PostgreSQL the answer and the conversation go in the reply's INSERT.
    """
    for minute, text in enumerate(["Hi", "1"]):
        send(db, config, text, address="alice", at=T0 + timedelta(minutes=minute))
    inbound = Inbound("console", "alice", "yes a bit", T0 + timedelta(minutes=2))
    with statements(db) as sent, db.begin() as session:
        replies = handle(session, config, inbound)
    assert len(replies) == 1 and replies[0].question_id is not None
    assert sorted(sent) == sorted(
        [
            "UPDATE residents SET",
            "SELECT conversations.id, conversations.resident_id,",
            "INSERT INTO messages",
            *turn_end(db, "answer", "saved_0"),
        ]
    )
    [conversation] = conversations_of(db, "alice")
    assert len(answers_of(db, conversation.id)) == 2


def test_a_turn_sees_rows_its_session_has_not_flushed_yet(db, config):
    """A caller may add a resident and hand the same session to the engine."""
    with db.begin() as session:
        session.add(Resident(local_address="bob", created_at=T0))
        replies = handle(session, config, Inbound("console", "bob", "Hi", T0))
    assert len(replies) == 2
    with db.begin() as session:
        assert len(session.scalars(select(Resident)).all()) == 1
        assert session.scalars(select(Conversation)).one().status == "in_progress"


def test_a_first_message_reads_nothing_of_a_resident_it_has_just_created(db, config):
    """No conversation or callback can exist for a contact this turn inserted: neither is read."""
    inbound = Inbound("console", "newcomer", "Hi", T0)
    with statements(db) as sent, db.begin() as session:
        replies = handle(session, config, inbound)
    assert len(replies) == 2  # the intro and the first question, as before
    assert not [s for s in sent if s.startswith("SELECT")]
    assert sorted(sent) == sorted(
        [
            "UPDATE residents SET",
            "INSERT INTO residents",
            "INSERT INTO messages",
            "INSERT INTO conversations",
            *turn_end(db, "filed"),
        ]
    )
    [conversation] = conversations_of(db, "newcomer")
    assert conversation.status == "in_progress"


def test_a_known_contact_without_a_conversation_still_reaches_their_callback(db, config):
    """Recorded by staff (not created by the turn): the callback thread is looked up."""
    from bot.conversation.residents import lock_or_create
    from models import Callback, CallbackMessage

    with db.begin() as session:
        resident = lock_or_create(session, "console", "known", T0, seen=False)
        session.add(
            Callback(
                resident_id=resident.id,
                channel="console",
                language="en",
                status="open",
                created_at=T0,
                updated_at=T0,
                due_at=T0 + timedelta(days=2),
            )
        )
    replies = send(db, config, "Please ring after 5", address="known", at=T0 + timedelta(minutes=1))
    assert conversations_of(db, "known") == []  # filed in the thread, no survey started
    assert len(replies) == 1
    with db.begin() as session:
        assert session.scalars(select(CallbackMessage.body)).all() == ["Please ring after 5"]


def test_stop_mid_survey_is_written_by_the_store_with_nothing_left_for_the_commit(db, config):
    """The opt-out's five tables, one statement each, and no ORM flush at the commit."""
    for minute, text in enumerate(["Hi", "1"]):
        send(db, config, text, address="alice", at=T0 + timedelta(minutes=minute))
    stop_at = T0 + timedelta(minutes=2)
    with statements(db) as sent, db.begin() as session:
        replies = handle(session, config, Inbound("console", "alice", "STOP", stop_at))
        during = list(sent)
    assert len(replies) == 1 and sent == during  # the commit wrote nothing more
    assert sorted(s for s in sent if not s.startswith(("SELECT", "INSERT INTO messages"))) == sorted(
        [
            "UPDATE residents SET",  # seen
            "UPDATE residents SET",  # opted out
            "INSERT INTO consent_events",
            "UPDATE conversations SET",
            "UPDATE outreach_messages SET",
            "UPDATE outbox SET",
        ]
    )
    resident = resident_of(db, "alice")
    assert resident.opted_out_at == stop_at
    [conversation] = conversations_of(db, "alice")
    assert (conversation.status, conversation.current_question) == ("opted_out", None)
    with db.begin() as session:
        [event] = session.scalars(select(ConsentEvent)).all()
        assert (event.kind, event.channel, event.reason, event.at) == (
            "opt_out",
            "console",
            "keyword",
            stop_at,
        )


def test_opting_out_updates_the_sessions_own_copies_as_an_orm_update_would(db, config):
    from bot.conversation import residents

    send(db, config, "Hi", address="alice")
    with db.begin() as session:
        resident = session.scalars(select(Resident)).one()
        conversation = session.scalars(select(Conversation)).one()
        assert residents.opt_out(session, resident, "console", "keyword", T0)
        assert (conversation.status, conversation.current_question) == ("opted_out", None)
        assert resident.opted_out_at == T0 and not session.dirty
        assert not residents.opt_out(session, resident, "console", "keyword", T0)  # already out
        assert residents.opt_in(session, resident, "console", "keyword", T0 + timedelta(minutes=1))
        assert resident.opted_out_at is None
    assert resident_of(db, "alice").opted_out_at is None
    with db.begin() as session:
        kinds = session.scalars(select(ConsentEvent.kind).order_by(ConsentEvent.id)).all()
    assert kinds == ["opt_out", "opt_in"]


def test_an_alert_is_two_rows_written_by_the_store_and_the_safety_reply_goes_once(db, config):
    send(db, config, "Hi", address="alice")
    risky_at = T0 + timedelta(minutes=1)
    with statements(db) as sent, db.begin() as session:
        replies = handle(session, config, Inbound("console", "alice", "I want to die", risky_at))
        during = list(sent)
    assert replies[0].text == config.safeguarding.safety_reply["en"]
    assert (
        sent == during
        and sent.count("INSERT INTO alerts") == 1
        and sent.count("INSERT INTO alert_events") == 1
    )
    send(db, config, "my husband hits me", address="alice", at=T0 + timedelta(minutes=2))
    with db.begin() as session:
        alerts = session.scalars(select(Alert).order_by(Alert.id)).all()
        assert [(a.rule, a.safety_reply_sent) for a in alerts] == [
            ("suicide_self_harm", True),
            ("abuse", False),
        ]
        assert [[(e.kind, e.at) for e in a.events] for a in alerts] == [
            [("raised", risky_at)],
            [("raised", T0 + timedelta(minutes=2))],
        ]
        assert alerts[0].created_at == alerts[0].updated_at == risky_at and alerts[0].status == "open"


def test_a_message_into_a_callback_thread_is_one_read_and_two_writes_by_the_store(db, config):
    from bot.conversation.residents import lock_or_create
    from models import Callback, CallbackMessage

    with db.begin() as session:
        resident = lock_or_create(session, "console", "known", T0, seen=False)
        callback = Callback(
            resident_id=resident.id,
            channel="console",
            language="en",
            status="replied",
            created_at=T0,
            updated_at=T0,
            due_at=T0 + timedelta(days=2),
        )
        session.add(callback)
    at = T0 + timedelta(minutes=1)
    with statements(db) as sent, db.begin() as session:
        replies = handle(session, config, Inbound("console", "known", "Thanks, Tuesday is fine", at))
        during = list(sent)
    assert len(replies) == 1 and sent == during
    assert sent.count("INSERT INTO callback_messages") == 1 and sent.count("UPDATE callbacks SET") == 1
    assert len([s for s in sent if "callback" in s and s.startswith("SELECT")]) == 1
    with db.begin() as session:
        stored = session.get(Callback, callback.id)
        assert (stored.status, stored.last_in_at, stored.updated_at) == ("open", at, at)
        [message] = session.scalars(select(CallbackMessage)).all()
        assert (message.kind, message.body, message.channel, message.created_at) == (
            "in",
            replies and "Thanks, Tuesday is fine",
            "console",
            at,
        )
    # The second message in a row is filed without a second thank-you.
    assert send(db, config, "Or Wednesday", address="known", at=at + timedelta(minutes=1)) == []


def test_a_language_switch_is_written_by_the_store_with_nothing_left_for_the_commit(db, config):
    assert "cy" in config.organisation.languages
    send(db, config, "Hi", address="alice")
    with statements(db) as sent, db.begin() as session:
        handle(session, config, Inbound("console", "alice", "CYMRAEG", T0 + timedelta(minutes=1)))
        during = list(sent)
    assert sent == during and sent.count("UPDATE residents SET") == 2  # seen; the language
    assert resident_of(db, "alice").language == "cy"
    [conversation] = conversations_of(db, "alice")
    assert conversation.language == "cy"


SEEN = "UPDATE residents SET"  # the resident, locked and marked seen
READ = "SELECT conversations.id, conversations.resident_id,"  # their conversation and its answers
LOGGED = "INSERT INTO messages"  # the inbound message


def END(*waiting: str) -> tuple[str, ...]:
    """The replies' INSERT, with the writes that wait for it on PostgreSQL (`turn_end`)."""
    return ("END", *waiting)


# A survey's messages of each kind, in order (the webhook bench's mix, then a YES to the question
# after the survey, then STOP), and the statements each turn sends: a known resident's two reads,
# then one statement per table written. Nothing is read that the turn has in hand.
A_CONVERSATION_OF_EACH_KIND = [
    # A new resident: nothing of theirs to read; the message is moved to the survey it began.
    (
        "Hi",
        [SEEN, "INSERT INTO residents", LOGGED, "INSERT INTO conversations", END("filed")],
    ),
    # The first answer cancels the conversation's reminder (on PostgreSQL with the replies).
    ("1", [SEEN, READ, LOGGED, END("answer", "saved_0", "reminder")]),
    ("HELP", [SEEN, READ, LOGGED, END()]),
    ("yes a bit", [SEEN, READ, LOGGED, END("answer", "saved_0")]),
    ("Yes, a lot", [SEEN, READ, LOGGED, END("answer", "saved_0")]),
    ("not sure", [SEEN, READ, LOGGED, END("answer", "saved_0")]),
    ("Partly", [SEEN, READ, LOGGED, END("answer", "saved_0")]),
    # The last answer, a comment with themes (written at once: the themes need its id): the callback
    # offer is decided on the answers the turn read and wrote, with no second read of them.
    (
        "Kind staff but a long wait.",
        [SEEN, READ, LOGGED, "INSERT INTO answers", "INSERT INTO answer_themes", END("saved_0")],
    ),
    # Filed under the finished survey from the start: not moved there by a second statement.
    ("yes", [SEEN, READ, LOGGED, "INSERT INTO consent_events", END("saved_0")]),
    # Stopped everywhere; the turn knows which conversation the message belongs to without a query.
    (
        "STOP",
        [
            SEEN,
            READ,
            LOGGED,
            "UPDATE residents SET",
            "INSERT INTO consent_events",
            "UPDATE conversations SET",
            "UPDATE outreach_messages SET",
            "UPDATE outbox SET",
            END(),
        ],
    ),
]


def read_and_logged(db, expected: list) -> list:
    """A message with an external id (an SMS's sid) from a known resident: on PostgreSQL, the turn's
    read stores it too (`store.load_conversation`), one statement for READ and LOGGED."""
    if db.dialect != "postgresql" or READ not in expected:
        return expected
    return ["SELECT with inbound", *(step for step in expected if step not in (READ, LOGGED))]


@pytest.mark.parametrize("with_sids", [False, True], ids=["no external id", "external ids"])
def test_each_kind_of_message_sends_its_statements_and_no_more(db, config, with_sids):
    for minute, (text, expected) in enumerate(A_CONVERSATION_OF_EACH_KIND):
        sid = f"SM{minute}" if with_sids else None
        inbound = Inbound("console", "alice", text, T0 + timedelta(minutes=minute), external_id=sid)
        with statements(db) as sent, db.begin() as session:
            replies = handle(session, config, inbound)
        assert replies, text
        [end] = [step for step in expected if isinstance(step, tuple)]
        if with_sids:
            expected = read_and_logged(db, expected)
        written = [step for step in expected if isinstance(step, str)] + turn_end(db, *end[1:])
        assert sorted(sent) == sorted(written), text
    [conversation] = conversations_of(db, "alice")
    assert conversation.status == "completed" and conversation.you_said_we_did is True
    assert len(answers_of(db, conversation.id)) == 6
    with db.begin() as session:
        filed = session.execute(
            select(Message.body, Message.conversation_id).where(Message.direction == "in")
        )
        # Every message filed under the one conversation, the YES and STOP after it included.
        assert dict(filed.all()) == {text: conversation.id for text, _ in A_CONVERSATION_OF_EACH_KIND}


def test_first_answers_cancel_only_their_conversations_pending_reminders_even_two_in_one_transaction(
    db, config
):
    for address in ("alice", "bob", "carol"):
        send(db, config, "Hi", address=address)
    ids = [conversations_of(db, address)[0].id for address in ("alice", "bob", "carol")]
    resident = resident_of(db, "alice").id
    rows = [(ids[0], "reminder", "pending"), (ids[1], "reminder", "pending"), (ids[1], "invite", "pending")]
    rows += [(ids[1], "reminder", "sent"), (ids[2], "reminder", "pending")]
    with db.begin() as session:
        session.add_all(
            OutreachMessage(
                resident_id=resident,
                channel="console",
                kind=kind,
                status=status,
                due_at=T0,
                conversation_id=conversation_id,
            )
            for conversation_id, kind, status in rows
        )
    later = T0 + timedelta(hours=1)
    with db.begin() as session:
        store.cancel_reminder(session, ids[0], later)
        store.cancel_reminder(session, ids[1], later)  # a second: on PostgreSQL the first is sent then
        store.log_replies(session, [Reply("thanks")], resident, "console", ids[1], 1, later)
    with db.begin() as session:
        found = session.execute(
            select(OutreachMessage.status, OutreachMessage.last_error, OutreachMessage.cancelled_at).order_by(
                OutreachMessage.id
            )
        ).all()
    cancelled = ("cancelled", "answered", later)
    assert found == [
        cancelled,
        cancelled,
        ("pending", None, None),
        ("sent", None, None),
        ("pending", None, None),
    ]


def test_two_answers_in_one_transaction_are_both_stored(db, config):
    # On PostgreSQL an answer waits for the turn's replies; a second one sends the first and must
    # then wait in the fresh holder, not in the one already sent.
    send(db, config, "Hi", address="alice")
    [conversation] = conversations_of(db, "alice")
    resident = resident_of(db, "alice").id
    later = T0 + timedelta(hours=1)
    with db.begin() as session:
        for question_id, value in (("first_question", 4), ("second_question", 2)):
            answer = dict(value=str(value), value_num=value, sentiment=None, polarity=None, skipped=False)
            answer |= dict(conversation_id=conversation.id, question_id=question_id, raw=str(value))
            store.insert_answer(session, answer | {"answered_at": later})
        store.log_replies(session, [Reply("thanks")], resident, "console", conversation.id, 1, later)
    stored = answers_of(db, conversation.id)
    assert {q: stored[q].value_num for q in ("first_question", "second_question")} == {
        "first_question": 4,
        "second_question": 2,
    }
