"""answer_tallies stays exactly what counting the answers gives, whatever is written, on both databases."""

from __future__ import annotations

import random
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, select, update

from models import Answer, AnswerTally, Conversation
from models.reports.responses import ResponseFilters
from models.reports.summaries import measured_questions, summarise
from models.tallies import tallies_cover
from tests.admin_support import add_random_response, add_response
from tests.factories import T0, send

MIDNIGHT = T0.replace(hour=0)
SINCE, UNTIL = MIDNIGHT - timedelta(days=20), MIDNIGHT + timedelta(days=20)


def kept_rows(db) -> dict:
    with db.begin() as session:
        rows = session.execute(select(AnswerTally).where(AnswerTally.n != 0)).scalars()
        return {(r.survey_id, r.day, r.team, r.channel, r.question_id, r.value): r.n for r in rows}


def counted_rows(db, zone: str = "Europe/London") -> dict:
    """The tallies recomputed from scratch, by the definition in models/tallies.py (days local to `zone`)."""
    out: dict = {}
    with db.begin() as session:
        query = select(Conversation, Answer).join(Answer, Answer.conversation_id == Conversation.id)
        for conversation, answer in session.execute(query):
            closed = answer.value_num is not None or answer.value in ("yes", "no", "partly")
            if conversation.is_test or answer.skipped or answer.value is None or not closed:
                continue
            day = conversation.started_at.astimezone(ZoneInfo(zone)).date().isoformat()
            key = (conversation.survey_id, day, conversation.team or "", conversation.channel)
            key += (answer.question_id, answer.value)
            out[key] = out.get(key, 0) + 1
    return out


def assert_consistent(db, config) -> None:
    assert kept_rows(db) == counted_rows(db, config.organisation.time_zone)
    with db.begin() as session:
        for filters in (ResponseFilters(), ResponseFilters(team="east"), ResponseFilters(channel="telegram")):
            live = summarise(session, config, filters, SINCE, UNTIL, "week", "live")
            kept = summarise(session, config, filters, SINCE, UNTIL, "week", "kept")
            assert live == kept


def test_tallies_follow_every_kind_of_write(db, config):
    rng = random.Random(5)
    ids = []
    for _ in range(60):
        started = MIDNIGHT + timedelta(days=rng.randint(-10, 10), hours=rng.randint(0, 23))
        ids.append(add_random_response(db, rng, started))
    assert_consistent(db, config)
    with db.begin() as session:
        # Answers change value, get skipped, lose their value, move question.
        session.execute(update(Answer).where(Answer.conversation_id == ids[0]).values(value="3", value_num=3))
        session.execute(update(Answer).where(Answer.conversation_id == ids[1]).values(skipped=True))
        session.execute(
            update(Answer).where(Answer.conversation_id == ids[2]).values(value=None, value_num=None)
        )
        session.execute(update(Answer).where(Answer.conversation_id == ids[3]).values(sentiment="neutral"))
        # Conversations change team, channel, test flag, day, survey.
        session.execute(update(Conversation).where(Conversation.id == ids[4]).values(team="west"))
        session.execute(
            update(Conversation).where(Conversation.id == ids[5]).values(team=None, channel="sms")
        )
        session.execute(update(Conversation).where(Conversation.id == ids[6]).values(is_test=True))
        session.execute(update(Conversation).where(Conversation.id.in_(ids[7:9])).values(is_test=False))
        moved = session.get(Conversation, ids[9])
        moved.started_at = moved.started_at + timedelta(days=3)
        session.execute(update(Conversation).where(Conversation.id == ids[10]).values(status="abandoned"))
    assert_consistent(db, config)
    with db.begin() as session:
        session.execute(
            delete(Answer).where(Answer.conversation_id == ids[11], Answer.question_id == "listened")
        )
        session.execute(delete(Conversation).where(Conversation.id.in_(ids[12:15])))  # the database cascades
        session.delete(session.get(Conversation, ids[15]))  # the ORM deletes the answers first
    assert_consistent(db, config)


def test_tallies_follow_the_engine(db, config):
    for n, first in enumerate(["Hi", "FEEDBACK EAST", "FEEDBACK WEST"]):
        replies = [first, "1", "2", "SKIP", "banana", "banana", "3", "Kind staff"]
        for i, text in enumerate(replies):
            send(db, config, text, address=f"+4477009000{n}", channel="sms", at=T0 + timedelta(seconds=i))
    assert kept_rows(db) and kept_rows(db) == counted_rows(db, config.organisation.time_zone)
    assert_consistent(db, config)


# Midnight in London on 15 June 2026 (BST) is 23:00 UTC the day before.
JUNE_15 = MIDNIGHT.replace(month=6, day=14, hour=23)


@pytest.mark.parametrize(
    ("since", "until", "values", "kept_zone", "covered"),
    [
        (MIDNIGHT, MIDNIGHT + timedelta(days=1), [1, 2, "yes"], "Europe/London", True),
        (JUNE_15, JUNE_15 + timedelta(days=1), [1, 2, "yes"], "Europe/London", True),
        (JUNE_15 + timedelta(hours=1), JUNE_15 + timedelta(days=1), [1], "Europe/London", False),
        (MIDNIGHT + timedelta(hours=1), MIDNIGHT + timedelta(days=1), [1], "Europe/London", False),
        (MIDNIGHT, MIDNIGHT + timedelta(days=1), ["often"], "Europe/London", False),
        (MIDNIGHT, MIDNIGHT + timedelta(days=1), [1], "UTC", False),
        (MIDNIGHT, MIDNIGHT + timedelta(days=1), [1], None, False),
    ],
)
def test_tallies_are_used_only_when_they_answer_exactly(since, until, values, kept_zone, covered):
    assert tallies_cover(values, since, until, "Europe/London", kept_zone) is covered


def test_only_closed_answers_are_tallied(db, config):
    add_response(db, {"comment": "Free text never lands in the tallies", "overall": 1})
    assert {key[4] for key in kept_rows(db)} == {"overall"}
    assert {q.id for q in measured_questions(config.default_survey)} >= {"overall"}
