"""Over Telegram: the real PTB Application against the fake Bot API, the offer's button, and a staff
reply sent by the real outbox and Telegram sender."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.callbacks.replies import Sender, send_reply
from bot.callbacks.wording import say
from bot.channels import sender_for
from bot.outreach.outbox import drain
from bot.outreach.quiet_hours import next_allowed
from models import Callback
from tests.callbacks.support import NEGATIVE, thread_of
from tests.factories import staff
from tests.fakes.telegram_fixtures import CHAT, Resident, buttons
from tests.fakes.telegram_updates import callback_update
from tests.scheduling import fast, registered


def test_offer_tapped_yes_and_a_reply_sent_by_telegram(db, config, telegram_env, fake, polling):
    resident = Resident(fake)
    resident.say("/start team-east", wait_for=2)
    for text in NEGATIVE[:-1]:
        resident.say(text)
    thanks, offer = resident.say(NEGATIVE[-1], wait_for=2)
    assert offer.params["text"] == say(config, "question", "en", "east")
    [(label, data), _] = buttons(offer)
    assert label == "Yes"
    fake.enqueue(callback_update(fake.next_update_id(), CHAT, data, offer.result))
    before = len(fake.sent_to(CHAT))
    opened = resident.received_since(before, 1)[0]
    assert opened.params["text"].startswith("Thank you. Someone from East locality team will contact you by")
    with db.begin() as session:
        callback = session.scalar(select(Callback))
        assert (callback.team, callback.channel) == ("east", "telegram")
        user = staff(session, "east@example.org")
        send_reply(
            session,
            config,
            callback,
            "I will message you here tomorrow",
            Sender.staff(user),
            datetime.now(UTC),
        )
    cfg = fast(config)
    telegram = sender_for("telegram", telegram_env, cfg)
    try:
        with registered(telegram):
            drain(db, cfg, telegram_env, next_allowed(cfg, datetime.now(UTC)) + timedelta(minutes=1))
    finally:
        telegram.close()
    assert fake.sent_to(CHAT)[-1].params["text"] == "East locality team: I will message you here tomorrow"
    resident.say("no")  # "you said, we did" came after the YES
    resident.say("Tomorrow is good")
    assert thread_of(db, callback.id)[-2:] == [
        ("out", "I will message you here tomorrow"),
        ("in", "Tomorrow is good"),
    ]
