"""Helpers for scheduler tests: a Sender double that records sends and fails on demand."""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from bot import channels
from bot.channels import SendError, Sent
from bot.conversation.messages import Reply
from bot.outreach.service_contacts import import_rows
from models import OutboxMessage, OutreachMessage
from models.db import Database
from settings import ChannelSettings, Config, Environment

ENV = Environment.from_environ({"SECRET_KEY": "test"})


class RecordingSender:
    """Records every accepted send, to a list and optionally a file other processes share.

    `down` temporary failures come first (a provider answering 500), then
    everything is accepted. `hang_after=N` hangs forever on the Nth accepted
    send after recording it (the provider took it; we never confirm), or before
    recording it when `hang_before=True` (the provider never saw it).
    """

    def __init__(
        self,
        channel: str = "sms",
        log: Path | None = None,
        down: int = 0,
        error: SendError | None = None,
        hang_after: int | None = None,
        hang_before: bool = False,
    ) -> None:
        self.channel = channel
        self.log = log
        self.down = down
        self.error = error or SendError("HTTP 500 from provider: service unavailable")
        self.hang_after = hang_after
        self.hang_before = hang_before
        self.sent: list[tuple[str, str]] = []
        self.attempts = 0

    def send(self, address: str, reply: Reply) -> Sent:
        self.attempts += 1
        if self.down > 0:
            self.down -= 1
            raise self.error
        hang = self.hang_after is not None and len(self.sent) + 1 == self.hang_after
        if hang and self.hang_before:
            time.sleep(600)
        self.sent.append((address, reply.text))
        if self.log:
            _append(self.log, f"{os.getpid()}\t{address}\t{reply.text!r}\t{time.time()}\n")
        if hang:
            time.sleep(600)
        return Sent(external_id="SM" + uuid.uuid4().hex)


def _append(path: Path, line: str) -> None:
    with open(path, "a", encoding="utf-8") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        handle.write(line)
        handle.flush()
        os.fsync(handle.fileno())


def send_times(path: Path) -> list[float]:
    """When each recorded send happened (Unix seconds), in log order."""
    return [float(line.split("\t")[3]) for line in path.read_text().splitlines()]


def read_log(path: Path) -> list[tuple[str, str]]:
    """(address, body) of every recorded send, in order."""
    if not path.exists():
        return []
    return [tuple(line.split("\t")[1:3]) for line in path.read_text().splitlines()]


@contextlib.contextmanager
def registered(*senders: RecordingSender) -> Iterator[None]:
    """Use these senders for their channels; the registry is restored afterwards."""
    saved = dict(channels._FACTORIES)
    try:
        for sender in senders:
            channels.register(sender.channel, lambda env, config, s=sender: s)
        yield
    finally:
        channels._FACTORIES.clear()
        channels._FACTORIES.update(saved)


def fast(config: Config, rate: float = 10_000.0) -> Config:
    """The config with channel rate limits high enough for tests not to wait."""
    quick = ChannelSettings(rate_per_second=rate)
    return config.model_copy(
        update={
            "channels": config.channels.model_copy(
                update={"sms": quick, "whatsapp": quick, "telegram": quick}
            )
        }
    )


def with_outreach(config: Config, **changes: object) -> Config:
    return config.model_copy(update={"outreach": config.outreach.model_copy(update=changes)})


def row(phone: str = "+447700900001", team: str = "east", contacted_at: datetime | str = "", **extra) -> dict:
    values = {"phone": phone, "team": team, "contacted_at": contacted_at, "language": "en", "consent": "yes"}
    values.update(extra)
    if isinstance(values["contacted_at"], datetime):
        values["contacted_at"] = values["contacted_at"].isoformat()
    return values


def record(db: Database, config: Config, rows: list[dict], now: datetime, partial: bool = False):
    with db.begin() as session:
        return import_rows(session, config, rows, partial=partial, now=now, source="cli")


def outreach_messages(db: Database, **where: object) -> list[OutreachMessage]:
    with db.begin() as session:
        query = select(OutreachMessage).filter_by(**where).order_by(OutreachMessage.id)
        return list(session.scalars(query))


def outbox(db: Database, **where: object) -> list[OutboxMessage]:
    with db.begin() as session:
        return list(session.scalars(select(OutboxMessage).filter_by(**where).order_by(OutboxMessage.id)))


def count_outbox(db: Database, status: str) -> int:
    with db.begin() as session:
        return session.scalar(
            select(func.count()).select_from(OutboxMessage).where(OutboxMessage.status == status)
        )


def hours(n: float) -> timedelta:
    return timedelta(hours=n)
