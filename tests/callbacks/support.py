"""Helpers for the callback tests: a negative survey over the real engine, and config variants."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from models import Callback, CallbackMessage
from models.db import Database
from settings import Config
from tests.factories import T0, send
from tests.scheduling import fast

PHONE = "+447700900601"
# "4" is Poor for the overall question: an answer the survey scores negative.
NEGATIVE = ["4", "1", "1", "1", "1", "The social worker never rang back"]
POSITIVE = ["1", "1", "1", "1", "1", "Kind staff"]


def with_callbacks(config: Config, **changes: object) -> Config:
    """The suite's config (fast channels) with `callbacks` settings changed."""
    quick = fast(config)
    return quick.model_copy(update={"callbacks": quick.callbacks.model_copy(update=changes)})


def answer_survey(
    db: Database,
    config: Config,
    answers: list[str] = NEGATIVE,
    address: str = PHONE,
    channel: str = "sms",
    first: str = "FEEDBACK EAST",
    start: datetime = T0,
):
    """Start with `first` and answer every question; the replies to the last answer."""
    send(db, config, first, address=address, channel=channel, at=start)
    replies = []
    for i, text in enumerate(answers):
        replies = send(
            db, config, text, address=address, channel=channel, at=start + timedelta(minutes=i + 1)
        )
    return replies


def ask_for_callback(db, config, address=PHONE, channel="sms", start=T0, **survey) -> int:
    """A negative survey and YES: the new callback's id."""
    answer_survey(db, config, address=address, channel=channel, start=start, **survey)
    send(db, config, "YES", address=address, channel=channel, at=start + timedelta(minutes=10))
    with db.begin() as session:
        return session.scalars(select(Callback.id).order_by(Callback.id.desc())).first()


def thread_of(db: Database, callback_id: int) -> list[tuple[str, str]]:
    with db.begin() as session:
        rows = session.execute(
            select(CallbackMessage.kind, CallbackMessage.body)
            .where(CallbackMessage.callback_id == callback_id)
            .order_by(CallbackMessage.id)
        )
        return [(kind, body) for kind, body in rows]
