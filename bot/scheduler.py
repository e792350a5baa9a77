"""Sweeping due prompts into the outbox, and the APScheduler job that does it.

One interval job (`coalesce=True, max_instances=1, misfire_grace_time=None`)
calls `run_once`: `sweep` then `bot.outbox.drain`. The state lives in our
tables, never in APScheduler's job store, so a restart loses nothing.

Claiming: PostgreSQL locks due rows with `FOR UPDATE SKIP LOCKED`, so two
schedulers take different rows; SQLite has no row locks but every write
transaction starts with BEGIN IMMEDIATE, and the claim is a conditional
`UPDATE … WHERE status = 'pending'` on both. A prompt is started (engine
conversation + outbox rows) in the same transaction that claims it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime

from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot import conversations, followups
from bot.engine import log_outbound, start_survey
from bot.messages import Reply
from bot.outbox import drain
from bot.quiet_hours import may_send_at
from bot.surveys import fill
from models import Contact, Conversation, OutboxMessage, Prompt
from models.base import utcnow
from models.db import Database
from settings import Config, Environment

log = logging.getLogger(__name__)
BATCH = 200


@dataclass
class SweepReport:
    queued: int = 0
    cancelled: dict[str, int] = field(default_factory=dict)
    deferred: int = 0  # the person was busy in another transaction: next sweep


def sweep(db: Database, config: Config, now: datetime, batch: int = BATCH) -> SweepReport:
    """Move every due prompt into the outbox (or cancel it, saying why)."""
    report = SweepReport()
    if not may_send_at(config, now):
        return report  # quiet hours: due prompts wait for the morning
    while True:
        with db.begin() as session:
            prompts = _claim(session, now, batch)
            for prompt in prompts:
                _prepare(session, config, prompt, now, report)
        if len(prompts) < batch:
            return report


def _claim(session: Session, now: datetime, batch: int) -> list[Prompt]:
    """Take up to `batch` due prompts for this transaction, in person order."""
    due = select(Prompt.id).where(Prompt.status == "pending", Prompt.due_at <= now)
    ids = session.scalars(
        due.order_by(Prompt.due_at, Prompt.id).limit(batch).with_for_update(skip_locked=True)
    )
    ids = list(ids)
    if not ids:
        return []
    claimed = session.scalars(
        update(Prompt)
        .where(Prompt.id.in_(ids), Prompt.status == "pending")
        .values(status="claimed")
        .returning(Prompt.id)
        .execution_options(synchronize_session=False)
    ).all()
    # Ordered by person so two people's locks are always taken in the same order.
    query = select(Prompt).where(Prompt.id.in_(claimed)).order_by(Prompt.contact_id, Prompt.id)
    return list(session.scalars(query.execution_options(populate_existing=True)))


def _prepare(session: Session, config: Config, prompt: Prompt, now: datetime, report: SweepReport) -> None:
    # Skip a person someone else holds (an inbound reply): no deadlock, next sweep.
    contact = session.scalar(
        select(Contact).where(Contact.id == prompt.contact_id).with_for_update(skip_locked=True)
    )
    if contact is None:
        prompt.status = "pending"
        report.deferred += 1
        return
    reason, conversation, replies = _compose(session, config, contact, prompt, now)
    if reason:
        prompt.status, prompt.last_error, prompt.cancelled_at = "cancelled", reason, now
        key = reason.split(":")[0]
        report.cancelled[key] = report.cancelled.get(key, 0) + 1
        return
    messages = log_outbound(session, contact, prompt.channel, replies, now, conversation=conversation)
    session.add_all(
        OutboxMessage(
            prompt_id=prompt.id,
            contact_id=contact.id,
            message_id=message.id,
            channel=prompt.channel,
            body=message.body,
            next_attempt_at=now,
            created_at=now,
        )
        for message in messages
    )
    prompt.queued_at = now
    if prompt.kind == "invite":
        followups.schedule_reminder(session, config, prompt, now)
    report.queued += 1


def _compose(
    session: Session, config: Config, contact: Contact, prompt: Prompt, now: datetime
) -> tuple[str | None, Conversation | None, list[Reply]]:
    """(reason to cancel, None, []) or (None, the conversation, what to send)."""
    if contact.opted_out:
        return "opted out", None, []
    if prompt.kind == "reminder":
        if followups.answered(session, prompt.conversation_id):
            return "answered", None, []
        if not followups.invitation_delivered(session, prompt.conversation_id):
            return "the invitation was not delivered", None, []
        conversation = session.get(Conversation, prompt.conversation_id)
        if conversations.expire_if_idle(config, conversation, now):
            return "conversation expired", None, []
        text = config.messages[conversation.language].reminder
        nudge = [Reply(fill(config, text))] if text else []
        return None, conversation, nudge + conversations.repeat_question(config, conversation)
    last = followups.invited_recently(session, config, prompt, now)
    if last is not None:
        return f"frequency cap: invited {last:%Y-%m-%d}", None, []
    busy = conversations.open_conversation(session, contact)
    if busy and not conversations.expire_if_idle(config, busy, now):
        return "in a survey already", None, []
    survey = (prompt.survey_id and config.survey(prompt.survey_id)) or config.survey_for_team(
        prompt.team and config.team(prompt.team)
    )
    conversation, replies = start_survey(
        session, config, contact, prompt.channel, now, survey, prompt.team, prompt.language
    )
    session.flush()
    prompt.conversation_id = conversation.id
    prompt.survey_id = survey.id
    return None, conversation, replies


def run_once(db: Database, config: Config, env: Environment) -> None:
    """One tick of the job: sweep what is due, then send what is queued."""
    now = utcnow()
    report = sweep(db, config, now)
    if report.queued or report.cancelled:
        log.info(
            "sweep: %d queued, cancelled %s, %d deferred", report.queued, report.cancelled, report.deferred
        )
    drained = drain(db, config, env)
    if drained.total:
        log.info("outbox: %s", drained)


class SchedulerService:
    """The background job; `stop()` waits for a sweep in progress to finish."""

    def __init__(self, db: Database, config: Config, env: Environment) -> None:
        self.scheduler = BackgroundScheduler(timezone=UTC)
        self.scheduler.add_job(
            run_once,
            "interval",
            args=(db, config, env),
            seconds=config.followups.sweep_every.total_seconds(),
            id="heard-sweep",
            coalesce=True,
            max_instances=1,
            # None: a run that came due while we were busy or down still runs.
            misfire_grace_time=None,
            next_run_time=datetime.now(UTC),
        )

    def start(self) -> SchedulerService:
        self.scheduler.start()
        return self

    def stop(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)
