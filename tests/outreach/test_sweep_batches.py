"""The sweep's set-based start of a batch gives exactly what the per-person path gives."""

from __future__ import annotations

from sqlalchemy import func, select

from bot.conversation.engine import SurveyStart, begin_surveys, start_surveys
from bot.conversation.residents import lock_or_create
from models import Conversation, Message
from tests.factories import T0

# (channel, address, contact's language, survey, team, language asked for): a mixed batch.
PEOPLE = [
    ("sms", "+4477009000{:02d}", None, "default", "east", None),
    ("sms", "+4477009001{:02d}", "cy", "default", "west", None),
    ("telegram", "9000{:02d}", None, "recontact", "east", "cy"),
    ("whatsapp", "+4477009002{:02d}", "en", "recontact", None, None),
    ("sms", "+4477009003{:02d}", None, "default", None, "cy"),
]
SAME = ("channel", "survey_id", "team", "language", "status", "current_question", "unclear_count")
TIMES = ("started_at", "last_activity_at", "completed_at", "you_said_we_did_asked_at")


def _starts(session, config, group: int) -> list[SurveyStart]:
    """The mixed batch, for people of their own (`group` keeps the two runs apart)."""
    starts = []
    for channel, address, resident_language, survey, team, language in PEOPLE:
        resident = lock_or_create(session, channel, address.format(group), T0, seen=False)
        resident.language = resident_language
        starts.append(SurveyStart(resident, channel, config.survey(survey), team, language))
    session.flush()
    return starts


def _conversation(conversation: Conversation) -> tuple:
    return tuple(getattr(conversation, name) for name in SAME + TIMES) + (conversation.is_test,)


def test_a_mixed_batch_starts_exactly_as_one_by_one(db, config):
    with db.begin() as session:
        one_by_one = _starts(session, config, 1)
        expected = [
            (_conversation(conversation), [r.text for r in replies])
            for conversation, replies in start_surveys(session, config, one_by_one, T0)
        ]

    with db.begin() as session:
        begun = begin_surveys(session, config, _starts(session, config, 2), T0)

    with db.begin() as session:
        got = []
        for conversation_id, survey_id, replies in begun:
            conversation = session.get(Conversation, conversation_id)
            assert survey_id == conversation.survey_id
            got.append((_conversation(conversation), [r.text for r in replies]))
        # The sweep logs messages when they are sent, not when a batch starts.
        assert session.scalar(select(func.count()).select_from(Message)) == 0
    assert got == expected
    assert {row[0][3] for row in expected} == {"en", "cy"}  # both languages were in the batch
