"""Writes that wait for the turn's replies (bot/conversation/store.py, PostgreSQL): never missed by a read.

On SQLite nothing waits, so every test here holds there too: the rows are the same either way.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.conversation import store
from bot.conversation.messages import Inbound, Reply
from models import Answer, AnswerTheme, Conversation, Message, Resident
from tests.conversation.test_store import statements
from tests.factories import T0, conversations_of, send
from tests.models.test_comment_tallies import kept, recounted
from tests.models.test_tallies import counted_rows, kept_rows


def _answer(conversation_id: int, question_id: str = "overall") -> dict:
    return dict(
        conversation_id=conversation_id,
        question_id=question_id,
        value="2",
        value_num=2,
        raw="2",
        skipped=False,
        sentiment=None,
        polarity=None,
        answered_at=T0,
    )


def _open_conversation(db, config, session) -> Conversation:
    resident = session.scalars(select(Resident)).one()
    conversation, _, _ = store.load_conversation(session, resident.id)
    assert conversation is not None
    return conversation


def test_the_stores_own_read_sees_an_answer_written_before_it(db, config):
    send(db, config, "Hi", address="alice")
    with db.begin() as session:
        conversation = _open_conversation(db, config, session)
        store.insert_answer(session, _answer(conversation.id))
        assert store.answers_of(session, conversation.id) == {"overall": store.Stored("2", 2, None)}


def test_an_orm_statement_sees_an_answer_written_before_it(db, config):
    send(db, config, "Hi", address="alice")
    with db.begin() as session:
        conversation = _open_conversation(db, config, session)
        store.insert_answer(session, _answer(conversation.id))
        assert session.scalars(select(Answer.question_id)).all() == ["overall"]


def test_the_commit_sends_what_no_replies_came_to_carry_in_the_order_it_was_written(db, config):
    send(db, config, "Hi", address="alice")
    with statements(db) as sent, db.begin() as session:
        conversation = _open_conversation(db, config, session)
        before = len(sent)
        store.insert_answer(session, _answer(conversation.id))
        conversation.current_question = "listened"
        store.save_conversations(session)
    assert sent[before:] == ["INSERT INTO answers", "UPDATE conversations SET"]
    [saved] = conversations_of(db, "alice")
    assert saved.current_question == "listened"
    with db.begin() as session:
        assert session.scalars(select(Answer.question_id)).all() == ["overall"]


def test_a_later_write_to_the_same_conversation_lands_after_the_saved_change(db, config):
    """A survey begun after a change saved: the old conversation ends abandoned, not back in progress."""
    send(db, config, "Hi", address="alice")
    with db.begin() as session:
        conversation = _open_conversation(db, config, session)
        conversation.current_question = "listened"
        conversation.unclear_count = 2  # which abandoning leaves as it is
        store.save_conversations(session)
        store.abandon_open(session, conversation.resident_id)
    [saved] = conversations_of(db, "alice")
    assert (saved.status, saved.current_question, saved.unclear_count) == ("abandoned", None, 2)


def test_replies_carry_the_waiting_writes_and_get_their_own_ids_in_order(db, config):
    send(db, config, "Hi", address="alice")
    with db.begin() as session:
        conversation = _open_conversation(db, config, session)
        inbound = store.log_inbound(
            session, Inbound("console", "alice", "2", T0), conversation.resident_id, None
        )
        assert inbound is not None
        store.insert_answer(session, _answer(conversation.id))
        conversation.current_question = "listened"
        store.save_conversations(session)
        store.link_inbound(session, inbound, conversation.id)
        replies = [Reply(f"reply {n}") for n in range(3)]
        logged = store.log_replies(
            session, replies, conversation.resident_id, "sms", conversation.id, inbound, T0
        )
    ids = [reply.message_id for reply in logged]
    assert ids == sorted(ids) and len(set(ids)) == 3
    with db.begin() as session:
        [saved] = session.scalars(select(Conversation)).all()
        # The conversation's own channel, not the replies' (their parameters share its columns' names).
        assert (saved.current_question, saved.channel) == ("listened", "console")
        assert session.scalars(select(Answer.question_id)).all() == ["overall"]
        filed = session.scalar(select(Message.conversation_id).where(Message.id == inbound))
        bodies = session.scalars(select(Message.body).where(Message.id.in_(ids)).order_by(Message.id)).all()
    assert filed == conversation.id and bodies == [reply.text for reply in replies]


@pytest.mark.parametrize("comment", ["It was fine", "Kind staff but the wait was far too long"])
def test_surveys_answered_through_the_engine_keep_the_dashboards_counts(db, config, comment):
    """The tally triggers fire for an answer carried by the replies' INSERT as for one written alone."""
    texts = ["Hi", "1", "yes a bit", "Yes, a lot", "not sure", "Partly", comment, "yes"]
    for resident in range(3):
        for minute, text in enumerate(texts):
            at = T0 + timedelta(days=resident, minutes=minute)
            assert send(db, config, text, address=f"resident{resident}", at=at)
    with db.begin() as session:
        scored = session.scalars(select(Answer.id).where(Answer.sentiment.is_not(None))).all()
        themed = set(session.scalars(select(AnswerTheme.answer_id)).all())
    assert len(scored) == 3  # each comment scored, themed or not as the parametrisation says
    assert bool(themed) == (comment != "It was fine")
    assert kept_rows(db) == counted_rows(db, config.organisation.time_zone) != {}
    assert kept(db) == recounted(db) != {}
