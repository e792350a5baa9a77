"""Draining the outbox: send each queued message once, with retries, back-off and rate limits.

A message is claimed in a short transaction (`status='sending'` with a lease
and a claim token), sent OUTSIDE any transaction, then confirmed in another.
A process killed between the send and the confirmation leaves the row
'sending'; when the lease (`rules.send_lease`) runs out it is sent again.
That window is the only way a resident can get a message twice.

The message log (`messages`) gets a message's row when it is sent, or when
it finally fails: a message cancelled before it went was never said to anyone.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, exists, func, insert, or_, select, update
from sqlalchemy.orm import Session, aliased

from bot.channels import Sender, SendError, Sent, sender_for
from bot.conversation import residents
from bot.conversation.messages import Reply
from bot.outreach import rules
from bot.outreach.pacer import Pacer, SharedSlots
from bot.outreach.quiet_hours import may_send_at
from bot.privacy.redaction import address_hash
from models import Message, OutboxMessage, OutreachMessage, Resident
from models.base import utcnow
from models.db import Database
from models.reports.outreach import abandon_unanswered_conversation
from models.resident import ADDRESS_COLUMN
from settings import Config, Environment

log = logging.getLogger(__name__)
MAX_BATCH = 100


@dataclass
class DrainReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    cancelled: int = 0
    no_sender: int = 0  # channels with queued messages but no configured Sender

    @property
    def total(self) -> int:
        return self.sent + self.retrying + self.failed + self.cancelled + self.no_sender


@dataclass(frozen=True)
class Claimed:
    id: int
    token: str
    outreach_message_id: int | None
    resident_id: int
    body: str
    attempts: int
    conversation_id: int | None = None  # its prompt's, for the message log


def _due(now: datetime):
    """Pending and due, or held by a lease that ran out (its sender died)."""
    return or_(
        and_(OutboxMessage.status == "pending", OutboxMessage.next_attempt_at <= now),
        and_(OutboxMessage.status == "sending", OutboxMessage.lease_until < now),
    )


def drain(db: Database, config: Config, env: Environment, now: datetime | None = None) -> DrainReport:
    """Send everything due on every channel; `now` fixes the clock (tests), else real time."""
    clock: Callable[[], datetime] = (lambda: now) if now else utcnow
    report = DrainReport()
    with db.begin() as session:
        channels = list(session.scalars(select(OutboxMessage.channel).where(_due(clock())).distinct()))
    for channel in channels:
        sender = sender_for(channel, env, config)
        if sender is None:
            log.warning("outbox: no sender configured for channel %s; messages wait", channel)
            report.no_sender += 1
            continue
        settings = getattr(config.channels, channel, None)
        rate = settings.rate_per_second if settings else 1.0
        pacer = Pacer(rate, SharedSlots(db, channel))
        batch = max(1, min(MAX_BATCH, int(rate * config.outreach.send_lease.total_seconds() / 2)))
        while may_send_at(config, clock()):
            claimed = _claim(db, config, channel, clock(), batch)
            if not claimed:
                break
            for row in claimed:
                _deliver(db, config, env, sender, row, pacer, clock(), report)
    return report


def _sendable(now: datetime):
    """Due, and every earlier message of the same prompt already sent (they go in order)."""
    earlier = aliased(OutboxMessage)
    waiting_for_earlier = exists().where(
        earlier.outreach_message_id == OutboxMessage.outreach_message_id,
        earlier.id < OutboxMessage.id,
        earlier.status != "sent",
    )
    return and_(_due(now), ~waiting_for_earlier)


def sendable_count(session: Session, now: datetime) -> int:
    """How many messages a drain at `now` could send (held ones excluded)."""
    return session.scalar(select(func.count()).select_from(OutboxMessage).where(_sendable(now))) or 0


def _claim(db: Database, config: Config, channel: str, now: datetime, batch: int) -> list[Claimed]:
    """Hold up to `batch` sendable messages under a lease."""
    token = secrets.token_hex(8)
    with db.begin() as session:
        ids = session.scalars(
            select(OutboxMessage.id)
            .where(OutboxMessage.channel == channel, _sendable(now))
            .order_by(OutboxMessage.id)
            .limit(batch)
            .with_for_update(skip_locked=True, of=OutboxMessage)
        ).all()
        if not ids:
            return []
        session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(ids), _due(now))
            .values(
                status="sending",
                claim_token=token,
                lease_until=now + config.outreach.send_lease,
                attempts=OutboxMessage.attempts + 1,
            )
            .execution_options(synchronize_session=False)
        )
        conversation = select(OutreachMessage.conversation_id).where(
            OutreachMessage.id == OutboxMessage.outreach_message_id
        )
        rows = session.execute(
            select(
                OutboxMessage.id,
                OutboxMessage.outreach_message_id,
                OutboxMessage.resident_id,
                OutboxMessage.body,
                OutboxMessage.attempts,
                conversation.scalar_subquery().label("conversation_id"),
            )
            .where(OutboxMessage.claim_token == token)
            .order_by(OutboxMessage.id)
        ).all()
    return [Claimed(token=token, **row._mapping) for row in rows]


def _deliver(db, config, env, sender: Sender, row: Claimed, pacer: Pacer, now, report) -> None:
    with db.begin() as session:
        address, reason = _check_before_send(session, sender.channel, row)
        if reason:
            _cancel(session, row, reason, now)
            report.cancelled += 1
            return
        slot = pacer.reserve(session)  # in this transaction: no extra commit per send
    pacer.wait_for(slot)
    try:
        sent = sender.send(address, Reply(row.body))
    except SendError as error:
        _record_failure(db, config, env, row, sender.channel, error, address, now, report)
        return
    except Exception as error:  # noqa: BLE001 - any other failure is treated as temporary
        _record_failure(db, config, env, row, sender.channel, SendError(repr(error)), address, now, report)
        return
    _record_sent(db, row, sent, now)
    report.sent += 1


def _check_before_send(session: Session, channel: str, row: Claimed) -> tuple[str, str | None]:
    """The address, or a reason not to send after all (opted out, answered, cancelled)."""
    resident = session.get(Resident, row.resident_id)
    if resident is None or resident.opted_out:
        return "", "opted out"
    outreach_message = (
        session.get(OutreachMessage, row.outreach_message_id) if row.outreach_message_id else None
    )
    if outreach_message is not None:
        if outreach_message.status == "cancelled":
            return "", outreach_message.last_error or "cancelled"
        if outreach_message.kind == "reminder" and rules.answered(session, outreach_message.conversation_id):
            return "", "answered"
    address = getattr(resident, ADDRESS_COLUMN.get(channel, "phone"), None)
    if address is None:
        return "", f"no {channel} address"
    return str(address), None


def _still_ours(session: Session, row: Claimed) -> OutboxMessage | None:
    """The row if our claim still holds (a late confirmation after a lost lease is not)."""
    return session.scalar(
        select(OutboxMessage).where(OutboxMessage.id == row.id, OutboxMessage.claim_token == row.token)
    )


def _record_sent(db: Database, row: Claimed, sent: Sent, now: datetime) -> None:
    with db.begin() as session:
        outbox = _still_ours(session, row)
        if outbox is None:
            log.warning(
                "outbox %d: confirmed after its lease ran out; another sender may have sent it", row.id
            )
            return
        outbox.status, outbox.provider_id, outbox.sent_at, outbox.lease_until = (
            "sent",
            sent.external_id,
            now,
            None,
        )
        _log(session, outbox, row, now, status=sent.status, external_id=sent.external_id)
        if row.outreach_message_id:
            _finish_outreach_message_if_done(session, row.outreach_message_id, now)


def _finish_outreach_message_if_done(session: Session, outreach_message_id: int, now: datetime) -> None:
    session.flush()
    unsent = session.scalar(
        select(
            exists().where(
                OutboxMessage.outreach_message_id == outreach_message_id, OutboxMessage.status != "sent"
            )
        )
    )
    if not unsent:
        session.execute(
            update(OutreachMessage)
            .where(OutreachMessage.id == outreach_message_id, OutreachMessage.status == "claimed")
            .values(status="sent", sent_at=now)
        )


def _record_failure(db, config, env, row, channel, error: SendError, address, now, report) -> None:
    # Providers quote the number in their errors: keep only its hash.
    reason = str(error)
    if address:
        reason = reason.replace(address, address_hash(address, env.secret_key or "heard"))
    reason = reason[:300]
    backoff = config.outreach.retry_backoff
    with db.begin() as session:
        outbox = _still_ours(session, row)
        if outbox is None:
            return
        if error.opted_out:
            resident = session.get(Resident, row.resident_id)
            # Cancels their other prompts and queued messages too.
            residents.opt_out(session, resident, channel, f"provider_{error.code or 'refused'}"[:40], now)
        if not error.permanent and row.attempts <= len(backoff):
            outbox.status, outbox.error, outbox.lease_until = "pending", reason, None
            outbox.next_attempt_at = now + backoff[row.attempts - 1]
            report.retrying += 1
            log.info("outbox %d: try %d failed, retrying: %s", row.id, row.attempts, reason)
            return
        outbox.status, outbox.error, outbox.lease_until = "failed", reason, None
        _log(session, outbox, row, now, status="failed", error_code=error.code)
        _fail_rest(session, row, reason, now)
        report.failed += 1
        log.warning("outbox %d: failed after %d tries: %s", row.id, row.attempts, reason)


def _log(session: Session, outbox: OutboxMessage, row: Claimed, now: datetime, **outcome: object) -> None:
    """Record in the message log what became of a message we tried to send."""
    if outbox.message_id:  # queued before messages were logged at sending: it has its row
        session.execute(update(Message).where(Message.id == outbox.message_id).values(**outcome))
        return
    outbox.message_id = session.scalar(
        insert(Message)
        .values(
            resident_id=row.resident_id,
            conversation_id=row.conversation_id,
            channel=outbox.channel,
            direction="out",
            body=row.body,
            truncated=False,  # the log holds exactly what was sent
            created_at=now,
            **outcome,
        )
        .returning(Message.id)
    )


def _fail_rest(session: Session, row: Claimed, reason: str, now: datetime) -> None:
    if row.outreach_message_id:
        session.execute(
            update(OutreachMessage)
            .where(
                OutreachMessage.id == row.outreach_message_id,
                OutreachMessage.status.in_(("claimed", "pending")),
            )
            .values(status="failed", last_error=reason, attempts=row.attempts)
        )
        _cancel_later_messages(session, row.outreach_message_id, "an earlier message failed")
        abandon_unanswered_conversation(session, row.outreach_message_id)
        # No reminder for an invitation that never arrived.
        conversation_id = (
            select(OutreachMessage.conversation_id)
            .where(OutreachMessage.id == row.outreach_message_id)
            .scalar_subquery()
        )
        session.execute(
            update(OutreachMessage)
            .where(OutreachMessage.conversation_id == conversation_id, OutreachMessage.status == "pending")
            .values(status="cancelled", last_error="the invitation failed", cancelled_at=now)
        )


def _cancel(session: Session, row: Claimed, reason: str, now: datetime) -> None:
    session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == row.id, OutboxMessage.claim_token == row.token)
        .values(status="cancelled", error=reason, lease_until=None)
    )
    if row.outreach_message_id:
        session.execute(
            update(OutreachMessage)
            .where(
                OutreachMessage.id == row.outreach_message_id,
                OutreachMessage.status.in_(("claimed", "pending")),
            )
            .values(status="cancelled", last_error=reason, cancelled_at=now)
        )
        _cancel_later_messages(session, row.outreach_message_id, reason)
        abandon_unanswered_conversation(session, row.outreach_message_id)


def _cancel_later_messages(session: Session, outreach_message_id: int, reason: str) -> None:
    session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.outreach_message_id == outreach_message_id, OutboxMessage.status == "pending")
        .values(status="cancelled", error=reason)
    )
