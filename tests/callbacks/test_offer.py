"""The end-of-survey offer through the real engine: modes, YES/NO/silence, Welsh, one SMS segment."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from bot.callbacks.wording import say
from bot.conversation.segments import is_gsm7, segments
from models import AuditEntry, Callback
from settings import DEFAULT_CONFIG_PATH, load_config
from tests.callbacks.support import NEGATIVE, PHONE, POSITIVE, answer_survey, thread_of, with_callbacks
from tests.factories import T0, conversations_of, send, texts

LATER = T0 + timedelta(minutes=10)


def offer_text(config, team="east", language="en"):
    return say(config, "question", language, team)


@pytest.mark.parametrize(
    "mode, answers, offered",
    [
        ("never", NEGATIVE, False),
        ("when_negative", NEGATIVE, True),
        ("when_negative", POSITIVE, False),
        ("always", POSITIVE, True),
    ],
)
def test_the_offer_follows_the_mode(db, config, mode, answers, offered):
    cfg = with_callbacks(config, offer=mode)
    replies = answer_survey(db, cfg, answers)
    thanks = cfg.default_survey.thanks["en"]
    if offered:  # asked instead of "you said, we did", which waits for the answer
        assert texts(replies) == [thanks, offer_text(cfg)]
        assert replies[-1].options == (("Yes", "yes"), ("No", "no")) and replies[-1].question_id is None
    else:
        assert texts(replies) == [thanks, cfg.you_said_we_did.question["en"]]


def test_a_negative_comment_alone_is_enough(db, config):
    cfg = with_callbacks(config, offer="when_negative")
    replies = answer_survey(db, cfg, [*POSITIVE[:-1], "Terrible, nobody ever rang me back and I am furious"])
    assert texts(replies)[-1] == offer_text(cfg)


def test_yes_opens_a_callback_due_in_working_days_then_asks_you_said_we_did(db, config):
    cfg = with_callbacks(config, offer="when_negative", due_working_days=2)
    answer_survey(db, cfg)
    replies = send(db, cfg, "yes please", address=PHONE, channel="sms", at=LATER)
    # Friday 27 November: two working days on is Tuesday 1 December.
    opened = say(cfg, "opened", "en", "east", due="01/12/2026")
    assert texts(replies) == [opened, cfg.you_said_we_did.question["en"]]
    with db.begin() as session:
        callback = session.scalar(select(Callback))
        audit = session.scalar(
            select(AuditEntry.action).where(AuditEntry.subject == f"callback:{callback.id}")
        )
    assert (callback.team, callback.channel, callback.status, callback.language) == (
        "east",
        "sms",
        "open",
        "en",
    )
    assert callback.due_at.date() == date(2026, 12, 2) and callback.due_at.hour == 0  # the end of 1 December
    assert audit == "callback_opened"
    [conversation] = conversations_of(db, PHONE, "sms")
    assert conversation.callback_wanted is True and conversation.status == "completed"
    # The next YES answers "you said, we did", not the offer, and opens nothing more.
    assert texts(send(db, cfg, "YES", address=PHONE, channel="sms", at=LATER + timedelta(minutes=1))) == [
        cfg.you_said_we_did.thanks_yes["en"]
    ]
    with db.begin() as session:
        assert len(session.scalars(select(Callback)).all()) == 1
    assert thread_of(db, callback.id) == []


def test_no_changes_nothing(db, config):
    cfg = with_callbacks(config, offer="always")
    answer_survey(db, cfg)
    replies = send(db, cfg, "No", address=PHONE, channel="sms", at=LATER)
    assert texts(replies) == [say(cfg, "declined", "en", "east"), cfg.you_said_we_did.question["en"]]
    [conversation] = conversations_of(db, PHONE, "sms")
    assert conversation.callback_wanted is False
    with db.begin() as session:
        assert session.scalar(select(Callback)) is None


def test_silence_changes_nothing_and_a_late_yes_starts_afresh(db, config):
    cfg = with_callbacks(config, offer="always")
    answer_survey(db, cfg)
    late = T0 + cfg.conversation.idle_timeout + timedelta(hours=1)
    replies = send(db, cfg, "YES", address=PHONE, channel="sms", at=late)
    assert texts(replies)[0] == cfg.default_survey.intro["en"].replace(
        "{organisation}", cfg.organisation.name
    )
    with db.begin() as session:
        assert session.scalar(select(Callback)) is None


def test_an_unclear_answer_gets_the_offer_once_more(db, config):
    cfg = with_callbacks(config, offer="always")
    answer_survey(db, cfg)
    assert texts(send(db, cfg, "what?", address=PHONE, channel="sms", at=LATER)) == [offer_text(cfg)]
    assert texts(send(db, cfg, "Y", address=PHONE, channel="sms", at=LATER + timedelta(minutes=1)))[
        0
    ].startswith("Thank you. Someone from East locality team")


def test_welsh_resident_is_offered_in_welsh_and_answers_ie(db, config):
    cfg = with_callbacks(config, offer="always")
    replies = answer_survey(db, cfg, first="CYMRAEG")
    assert texts(replies)[-1] == say(cfg, "question", "cy", None)
    assert replies[-1].options == (("Ie", "yes"), ("Na", "no"))
    replies = send(db, cfg, "Ie", address=PHONE, channel="sms", at=LATER)
    assert texts(replies)[0] == say(cfg, "opened", "cy", None, due="01/12/2026")


def test_try_the_survey_conversations_are_never_offered(db, config):
    from bot.conversation.engine import start_survey
    from bot.conversation.residents import lock_or_create

    cfg = with_callbacks(config, offer="always")
    with db.begin() as session:
        resident = lock_or_create(session, "web", "staff-try", T0)
        start_survey(session, cfg, resident, "web", T0, is_test=True)
    replies = []
    for i, text in enumerate(NEGATIVE):
        replies = send(db, cfg, text, address="staff-try", channel="web", at=T0 + timedelta(minutes=i + 1))
    assert offer_text(cfg) not in texts(replies)


SHIPPED = load_config(DEFAULT_CONFIG_PATH)


@pytest.mark.parametrize("language", SHIPPED.organisation.languages)
@pytest.mark.parametrize("team", [None, *(t.id for t in SHIPPED.teams)])
def test_the_shipped_offer_is_one_gsm7_segment_for_every_team(team, language):
    text = say(SHIPPED, "question", language, team)
    assert is_gsm7(text) and segments(text) == 1, text
