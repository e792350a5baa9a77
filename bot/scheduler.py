"""Sweeping due prompts into the outbox, and the APScheduler job that does it.

One interval job (`coalesce=True, max_instances=1, misfire_grace_time=None`)
calls `run_once`: safeguarding e-mail (`notify_pending_alerts`), `sweep`, then
`bot.outbox.drain`, then retention when a day has passed since its last run. The state lives in our
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
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from bot import conversations, followups
from bot.alert_mail import notify_pending_alerts
from bot.engine import SurveyStart, log_outbound, start_surveys
from bot.messages import Reply
from bot.outbox import drain
from bot.quiet_hours import may_send_at
from bot.retention import apply_retention_if_due
from bot.surveys import fill
from models import Contact, Conversation, OutboxMessage, Prompt
from models.base import utcnow
from models.db import Database
from settings import Config, Environment, Survey

log = logging.getLogger(__name__)
BATCH = 500


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
            if prompts:
                _prepare(session, config, prompts, now, report)
        if len(prompts) < batch:
            return report


def _claim(session: Session, now: datetime, batch: int) -> list[Prompt]:
    """Take up to `batch` due prompts for this transaction."""
    due = select(Prompt.id).where(Prompt.status == "pending", Prompt.due_at <= now)
    due = due.order_by(Prompt.due_at, Prompt.id).limit(batch).with_for_update(skip_locked=True)
    ids = list(session.scalars(due))
    if not ids:
        return []
    claimed = session.scalars(
        update(Prompt)
        .where(Prompt.id.in_(ids), Prompt.status == "pending")
        .values(status="claimed")
        .returning(Prompt.id)
        .execution_options(synchronize_session=False)
    ).all()
    query = select(Prompt).where(Prompt.id.in_(claimed)).order_by(Prompt.contact_id, Prompt.id)
    return list(session.scalars(query.execution_options(populate_existing=True)))


def _prepare(
    session: Session, config: Config, prompts: list[Prompt], now: datetime, report: SweepReport
) -> None:
    """Check a batch of claimed prompts together, then start and queue the ones that may go."""
    ids = sorted({prompt.contact_id for prompt in prompts})
    # Skip people someone else holds (an inbound reply): no deadlock; next sweep.
    people = {
        contact.id: contact
        for contact in session.scalars(
            select(Contact).where(Contact.id.in_(ids)).order_by(Contact.id).with_for_update(skip_locked=True)
        )
    }
    recent = followups.recent_invitations(session, config, ids, now)
    busy = followups.in_a_survey(session, config, ids, now)
    starts: list[tuple[Prompt, SurveyStart]] = []
    ready: list[tuple[Prompt, Contact, Conversation, list[Reply]]] = []
    for prompt in prompts:
        contact = people.get(prompt.contact_id)
        if contact is None:
            prompt.status = "pending"
            report.deferred += 1
            continue
        if prompt.kind == "reminder":
            reason, conversation, replies = _reminder(session, config, contact, prompt, now)
        else:
            reason = _invitation_blocked(contact, recent.get(contact.id), contact.id in busy)
            conversation, replies = None, []
        if reason:
            _cancel(prompt, reason, now, report)
        elif conversation is not None:
            ready.append((prompt, contact, conversation, replies))
        else:
            recent[contact.id] = now  # one invitation per person, even within a batch
            busy.add(contact.id)
            survey = _survey(config, prompt)
            starts.append(
                (prompt, SurveyStart(contact, prompt.channel, survey, prompt.team, prompt.language))
            )
    begun = start_surveys(session, config, [start for _, start in starts], now)
    for (prompt, start), (conversation, replies) in zip(starts, begun, strict=True):
        prompt.conversation_id, prompt.survey_id = conversation.id, conversation.survey_id
        ready.append((prompt, start.contact, conversation, replies))
    for prompt, *_ in ready:
        prompt.queued_at = now
    _queue(session, config, ready, now)
    report.queued += len(ready)


def _invitation_blocked(contact: Contact, last_invited: datetime | None, busy: bool) -> str | None:
    if contact.opted_out:
        return "opted out"
    if last_invited is not None:
        return f"frequency cap: invited {last_invited:%Y-%m-%d}"
    if busy:
        return "in a survey already"
    return None


def _survey(config: Config, prompt: Prompt) -> Survey:
    # A survey removed from config.yaml since the prompt was made: the team's survey.
    chosen = prompt.survey_id and config.survey(prompt.survey_id)
    return chosen or config.survey_for_team(prompt.team and config.team(prompt.team))


def _reminder(
    session: Session, config: Config, contact: Contact, prompt: Prompt, now: datetime
) -> tuple[str | None, Conversation | None, list[Reply]]:
    """(reason to cancel, None, []) or (None, the conversation, the nudge and the question again)."""
    if contact.opted_out:
        return "opted out", None, []
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


def _cancel(prompt: Prompt, reason: str, now: datetime, report: SweepReport) -> None:
    prompt.status, prompt.last_error, prompt.cancelled_at = "cancelled", reason, now
    key = reason.split(":")[0]
    report.cancelled[key] = report.cancelled.get(key, 0) + 1


def _queue(session: Session, config: Config, ready: list, now: datetime) -> None:  # noqa: ANN001
    """Log each prompt's messages and put them in the outbox: a few statements per batch."""
    logged = [
        (
            prompt,
            log_outbound(
                session, contact, prompt.channel, replies, now, conversation=conversation, flush=False
            ),
        )
        for prompt, contact, conversation, replies in ready
    ]
    session.flush()
    outbox, reminders = [], []
    for prompt, messages in logged:
        outbox += [
            dict(
                prompt_id=prompt.id,
                contact_id=prompt.contact_id,
                message_id=message.id,
                channel=prompt.channel,
                body=message.body,
                status="pending",
                attempts=0,
                next_attempt_at=now,
                created_at=now,
            )
            for message in messages
        ]
        reminder = followups.reminder_for(config, prompt, now) if prompt.kind == "invite" else None
        if reminder:
            reminders.append(reminder)
    # Core bulk inserts: thousands of ORM objects per batch would cost more than the SQL.
    if outbox:
        session.execute(insert(OutboxMessage), outbox)
    if reminders:
        session.execute(insert(Prompt), reminders)


def run_once(db: Database, config: Config, env: Environment) -> None:
    """One tick of the job: alert e-mails, sweep what is due, send what is queued, daily retention."""
    now = utcnow()
    # First: SMS and Telegram never e-mail inline, and a long drain must not delay the duty inbox.
    emailed = notify_pending_alerts(db, config, now=now)
    if emailed:
        log.info("safeguarding: e-mailed %d alert(s)", emailed)
    report = sweep(db, config, now)
    if report.queued or report.cancelled:
        log.info(
            "sweep: %d queued, cancelled %s, %d deferred", report.queued, report.cancelled, report.deferred
        )
    drained = drain(db, config, env)
    if drained.total:
        log.info("outbox: %s", drained)
    with db.begin() as session:
        retained = apply_retention_if_due(session, config, utcnow())
    if retained is not None:
        log.info("retention: %s", retained.as_dict())


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
