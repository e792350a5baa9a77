"""The Telegram bot in polling mode: the real PTB Application against the fake Bot API server."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bot.channels.telegram.handlers import build_application
from bot.channels.telegram.runner import PollingThread
from models import ConsentEvent, Message
from tests.factories import answers_of, conversations_of, resident_of
from tests.fakes.telegram_fixtures import CHAT, Resident, buttons, fast_limiter, stored_inbound
from tests.fakes.telegram_updates import (
    callback_update,
    channel_post_update,
    edited_update,
    media_update,
    text_update,
)


def outbound_statuses(db) -> list[str]:
    with db.begin() as session:
        rows = session.scalars(select(Message).where(Message.direction == "out").order_by(Message.id))
        return [row.status for row in rows]


def test_start_sends_the_intro_then_the_first_question_with_buttons(fake, polling, config, db):
    intro, question = Resident(fake).say("/start", wait_for=2)
    assert intro.params["text"].startswith("Thank you for talking to Anytown Council.")
    assert "reply_markup" not in intro.params
    assert question.params["text"].startswith("Overall, how was your experience of our service?")
    fake.wait_for(lambda: outbound_statuses(db) == ["sent", "sent"])
    assert buttons(question) == [
        (f"{c.value} {c.label['en']}", f"a:overall:{c.value}")
        for c in config.default_survey.questions[0].choices
    ]


def test_the_commands_are_registered_in_english_and_welsh(fake, polling):
    calls = fake.calls("setMyCommands")
    by_language = {call.params.get("language_code"): call.params["commands"] for call in calls}
    assert set(by_language) == {None, "cy"}
    assert [c["command"] for c in by_language[None]] == ["start", "help", "skip", "stop"]
    assert by_language[None][1]["description"] == "How this works"
    assert by_language["cy"][3]["description"] == "Atal pob neges"


def test_a_tap_answers_the_question_edits_the_message_and_answers_the_query(fake, polling, db):
    resident = Resident(fake)
    resident.say("/start", wait_for=2)
    question = resident.last_question()
    before = len(fake.sent_to(CHAT))
    fake.enqueue(callback_update(fake.next_update_id(), CHAT, "a:overall:2", question.result))
    [following] = resident.received_since(before, 1)

    assert following.params["text"].startswith("Did the person you spoke to listen carefully to you?")
    [answered] = fake.calls("answerCallbackQuery")
    assert "text" not in answered.params
    [edit] = fake.calls("editMessageText")
    assert int(edit.params["message_id"]) == question.result["message_id"]
    assert edit.params["text"] == question.params["text"] + "\n\n✅ 2 Good"
    assert "reply_markup" not in edit.params  # the buttons are gone
    [conversation] = conversations_of(db, str(CHAT), "telegram")
    assert answers_of(db, conversation.id)["overall"].value_num == 2


def test_typing_still_works_beside_the_buttons(fake, polling, db):
    resident = Resident(fake)
    resident.say("/start", wait_for=2)
    [following] = resident.say("very poor")
    assert following.params["text"].startswith("Did the person you spoke to")
    [conversation] = conversations_of(db, str(CHAT), "telegram")
    assert answers_of(db, conversation.id)["overall"].value_num == 5


def test_a_tap_on_an_old_question_is_refused_politely_and_changes_nothing(fake, polling, db):
    resident = Resident(fake)
    resident.say("/start", wait_for=2)
    first = resident.last_question()
    resident.say("1")  # answered by typing: the first question's buttons are now stale
    fake.enqueue(callback_update(fake.next_update_id(), CHAT, "a:overall:5", first.result))

    [answered] = fake.wait_for(lambda: fake.calls("answerCallbackQuery"))
    assert answered.params["text"] == "That question has already been answered."
    fake.wait_for(lambda: fake.calls("editMessageReplyMarkup"))
    [conversation] = conversations_of(db, str(CHAT), "telegram")
    assert answers_of(db, conversation.id)["overall"].value_num == 1
    assert "listened" not in answers_of(db, conversation.id)


def test_the_you_said_we_did_buttons_after_the_survey_work(fake, polling, db):
    resident = Resident(fake)
    resident.say("/start", wait_for=2)
    for reply in ("1", "1", "1", "1", "1"):
        resident.say(reply)
    thanks, consent = resident.say("Lovely people, thank you", wait_for=2)
    [(label, data), _] = buttons(consent)
    assert label == "Yes"
    before = len(fake.sent_to(CHAT))
    fake.enqueue(callback_update(fake.next_update_id(), CHAT, data, consent.result))
    resident.received_since(before, 1)

    [answered] = fake.wait_for(lambda: fake.calls("answerCallbackQuery"))
    assert "text" not in answered.params  # not "That question has already been answered."
    with db.begin() as session:
        kinds = session.scalars(select(ConsentEvent.kind)).all()
    assert "ysd_yes" in kinds


def test_a_deep_link_starts_the_survey_for_that_team(fake, polling, db):
    Resident(fake).say("/start team-east", wait_for=2)
    [conversation] = conversations_of(db, str(CHAT), "telegram")
    assert conversation.team == "east"


def test_telegram_language_code_cy_is_the_first_guess(fake, polling):
    intro, question = Resident(fake, language_code="cy").say("/start", wait_for=2)
    assert intro.params["text"].startswith("Diolch am siarad gyda Anytown Council.")
    assert buttons(question)[0] == ("1 Da iawn", "a:overall:1")


def test_a_resident_who_blocked_the_bot_is_opted_out_and_sent_nothing_more(fake, polling, db):
    resident = Resident(fake)
    resident.say("/start", wait_for=2)
    fake.block(CHAT)
    resident.fake.enqueue(text_update(fake.next_update_id(), CHAT, "1"))
    fake.wait_for(lambda: fake.calls("sendMessage:refused"))
    fake.wait_for(lambda: resident_of(db, str(CHAT), "telegram").opted_out)

    for text in ("2", "hello"):
        last = fake.enqueue(text_update(fake.next_update_id(), CHAT, text))
    fake.wait_for(lambda: stored_inbound(db, last["update_id"]))  # handled, and silently
    assert len(fake.calls("sendMessage:refused")) == 1
    # The reply to "1" failed; nothing was even tried for "2" and "hello".
    assert outbound_statuses(db) == ["sent", "sent", "failed"]
    with db.begin() as session:
        [event] = session.scalars(select(ConsentEvent))
        assert (event.kind, event.reason, event.channel) == ("opt_out", "blocked", "telegram")


def test_blocking_the_bot_in_telegram_opts_out_at_once(fake, polling, db):
    Resident(fake).say("/start", wait_for=2)
    member = {"id": CHAT, "is_bot": False, "first_name": "Ann"}
    bot = {"id": 7000001, "is_bot": True, "first_name": "Heard", "username": "heard_test_bot"}
    fake.enqueue(
        {
            "update_id": fake.next_update_id(),
            "my_chat_member": {
                "chat": {"id": CHAT, "type": "private", "first_name": "Ann"},
                "from": member,
                "date": 1764237600,
                "old_chat_member": {"status": "member", "user": bot},
                "new_chat_member": {"status": "kicked", "user": bot, "until_date": 0},
            },
        }
    )
    fake.wait_for(lambda: resident_of(db, str(CHAT), "telegram").opted_out)


def test_a_redelivered_update_is_stored_once(fake, telegram_env, config, db):
    update = text_update(fake.next_update_id(), CHAT, "/start")
    application = build_application(telegram_env, config, db, "test", rate_limiter=fast_limiter())
    first = PollingThread(application).start()
    fake.enqueue(update)
    fake.wait_for(lambda: len(fake.sent_to(CHAT)) == 2)
    first.stop()
    fake.wait_for(lambda: fake.long_polls() == 0)
    # A restart before Telegram saw the confirmation: the same update comes again.
    fake.enqueue(update)
    application = build_application(telegram_env, config, db, "test", rate_limiter=fast_limiter())
    second = PollingThread(application).start()
    try:
        fake.wait_for(lambda: len(fake.sent_to(CHAT)) == 4)  # the same replies, sent again
    finally:
        second.stop()
    assert stored_inbound(db, update["update_id"]) == 1
    assert len(conversations_of(db, str(CHAT), "telegram")) == 1


@pytest.mark.parametrize("kind", ["photo", "sticker", "voice"])
def test_media_gets_a_polite_reply_and_the_question_again(fake, polling, kind, caplog):
    resident = Resident(fake)
    resident.say("/start", wait_for=2)
    before = len(fake.sent_to(CHAT))
    fake.enqueue(media_update(fake.next_update_id(), CHAT, kind))
    polite, again = resident.received_since(before, 2)
    assert polite.params["text"] == "Sorry, we can only read text messages. Please reply in words or numbers."
    assert again.params["text"].startswith("Overall, how was your experience")
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_updates_the_bot_does_not_handle_are_ignored_or_answered_without_errors(fake, polling, db, caplog):
    group, channel_post = -100555, -100123
    fake.enqueue(text_update(fake.next_update_id(), group, "hello", chat_type="group"))
    fake.enqueue(media_update(fake.next_update_id(), group, "sticker", chat_type="supergroup"))
    fake.enqueue(channel_post_update(fake.next_update_id(), channel_post))
    fake.enqueue(edited_update(fake.next_update_id(), CHAT, "2"))
    [edited_reply] = Resident(fake).received_since(0, 1)

    assert edited_reply.params["text"].startswith("Sorry, we cannot read changes to a message.")
    fake.wait_for(lambda: fake.pending_updates() == 0)
    assert fake.sent_to(group) == [] and fake.sent_to(channel_post) == []
    assert conversations_of(db, str(group), "telegram") == []
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.parametrize(
    "error",
    [
        RuntimeError("the engine broke"),
        IntegrityError("INSERT INTO residents (telegram_chat_id) VALUES (?)", (CHAT,), Exception("UNIQUE")),
    ],
    ids=["bug", "database"],
)
def test_a_failing_update_is_logged_without_the_chat_id(fake, polling, caplog, monkeypatch, error):
    def broken(*_args, **_kwargs):
        raise error

    monkeypatch.setattr("bot.channels.telegram.handlers.handle", broken)
    fake.enqueue(text_update(fake.next_update_id(), CHAT, "hello"))
    record = fake.wait_for(lambda: next((r for r in caplog.records if r.levelno == logging.ERROR), None))
    assert record.getMessage().startswith("Telegram update")
    assert "addr:" in record.getMessage()
    assert str(CHAT) not in caplog.text  # the formatted lines, tracebacks included
