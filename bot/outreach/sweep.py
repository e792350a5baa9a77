"""Sweeping due outreach messages into the outbox, and the APScheduler job that does it.

One interval job (`coalesce=True, max_instances=1, misfire_grace_time=None`)
calls `run_once`: safeguarding and callback e-mail (`notify_pending_alerts`,
`notify_new_callbacks`), `sweep`, then
`bot.outreach.outbox.drain`, then retention when a day has passed since its last run. The state lives in our
tables, never in APScheduler's job store, so a restart loses nothing.

Claiming: PostgreSQL locks due rows with `FOR UPDATE SKIP LOCKED`, so two
schedulers take different rows; SQLite has no row locks but every write
transaction starts with BEGIN IMMEDIATE, so one sweep writes at a time. A
prompt is started (engine conversation + outbox rows) in the same transaction
that locks it, and written once, with its outcome ('claimed': in the outbox).
Its messages enter the message log when they are sent, not here.
"""

from __future__ import annotations

import logging
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from bot.callbacks.mail import notify_new_callbacks
from bot.conversation import progress
from bot.conversation.engine import SurveyStart, begin_surveys
from bot.conversation.messages import Reply
from bot.conversation.surveys import fill
from bot.outreach import rules
from bot.outreach.outbox import drain
from bot.outreach.quiet_hours import may_send_at
from bot.privacy.retention import apply_retention_if_due
from bot.safeguarding.mail import notify_pending_alerts
from models import Conversation, OutboxMessage, OutreachMessage, Resident
from models.base import UTCDateTime, utcnow
from models.bulk import among, insert_rows, update_rows
from models.db import Database
from models.scrub import scrub
from settings import Config, Environment, Survey

log = logging.getLogger(__name__)
BATCH = 2000
# Transactions sweeping side by side. PostgreSQL: two, on separate connections
# (SKIP LOCKED keeps their prompts and people apart), so one batch's Python runs
# while the database writes the other's. SQLite writes one transaction at a time.
SWEEPERS = {"postgresql": 2}


@dataclass
class SweepReport:
    queued: int = 0
    cancelled: dict[str, int] = field(default_factory=dict)
    deferred: int = 0  # the person was busy in another transaction: next sweep

    @classmethod
    def total(cls, reports: list[SweepReport]) -> SweepReport:
        cancelled: Counter[str] = Counter()
        for report in reports:
            cancelled.update(report.cancelled)
        return cls(sum(r.queued for r in reports), dict(cancelled), sum(r.deferred for r in reports))


def sweep(db: Database, config: Config, now: datetime, batch: int = BATCH) -> SweepReport:
    """Move every due prompt into the outbox (or cancel it, saying why)."""
    if not may_send_at(config, now):
        return SweepReport()  # quiet hours: due prompts wait for the morning
    sweepers = SWEEPERS.get(db.dialect, 1)
    if sweepers == 1:
        return _sweep_batches(db, config, now, batch)
    with ThreadPoolExecutor(sweepers, thread_name_prefix="sweep") as pool:
        reports = list(pool.map(lambda _: _sweep_batches(db, config, now, batch), range(sweepers)))
    return SweepReport.total(reports)


def _sweep_batches(db: Database, config: Config, now: datetime, batch: int) -> SweepReport:
    """Claim, start and queue batch after batch, each in its own transaction, until none is full."""
    report = SweepReport()
    while True:
        with db.begin() as session:
            outreach_messages = _claim(session, now, batch)
            if outreach_messages:
                _prepare(session, config, outreach_messages, now, report)
        if len(outreach_messages) < batch:
            return report


def _claim(session: Session, now: datetime, batch: int) -> list[Row]:
    """Lock up to `batch` due prompts for this transaction (as rows, ordered by person).

    Nothing is written here: the lock keeps every other sweep off these rows until
    this transaction records, once per prompt, what became of it (`_write_back`).
    PostgreSQL skips rows another sweep holds and re-checks `status` on the ones it
    locks; SQLite has no row locks, but BEGIN IMMEDIATE made this the only writer.
    A sweep that dies before it commits leaves its prompts pending for the next one.
    """
    table = OutreachMessage.__table__
    # Not its times: converting five datetimes a row would cost more than the rest of it.
    due = select(*(column for column in table.c if not isinstance(column.type, UTCDateTime)))
    due = due.where(table.c.status == "pending", table.c.due_at <= now)
    due = due.order_by(table.c.due_at, table.c.id).limit(batch).with_for_update(skip_locked=True)
    return sorted(
        session.execute(due).all(),
        key=lambda outreach_message: (outreach_message.resident_id, outreach_message.id),
    )


@dataclass
class _Batch:
    """What a batch decided for its prompts, written back in a few statements."""

    cancelled: list[tuple[int, str]] = field(default_factory=list)  # (prompt id, reason)
    # (prompt, contact id, conversation id, survey id, replies)
    ready: list[tuple[Row, int, int, str | None, list[Reply]]] = field(default_factory=list)


def _prepare(
    session: Session, config: Config, outreach_messages: list[Row], now: datetime, report: SweepReport
) -> None:
    """Check a batch of claimed prompts together, then start and queue the ones that may go."""
    ids = sorted({outreach_message.resident_id for outreach_message in outreach_messages})
    # Skip people someone else holds (an inbound reply): no deadlock; next sweep.
    people = {
        resident.id: resident
        for resident in session.execute(
            select(Resident.id, Resident.language, Resident.opted_out_at.is_not(None).label("opted_out"))
            .where(among(session, Resident.id, ids))
            .order_by(Resident.id)
            .with_for_update(skip_locked=True)
        )
    }
    recent = rules.recent_invitations(session, config, ids, now)
    busy = rules.in_a_survey(session, config, ids, now)
    batch, starts = _Batch(), []
    surveys: dict[tuple[str | None, str | None], Survey] = {}
    for outreach_message in outreach_messages:
        resident = people.get(outreach_message.resident_id)
        if resident is None:
            report.deferred += 1  # left pending: the lock goes with the transaction
            continue
        if outreach_message.kind == "reminder":
            reason, conversation, replies = _reminder(session, config, resident, outreach_message, now)
        else:
            reason = _invitation_blocked(resident, recent.get(resident.id), resident.id in busy)
            conversation, replies = None, []
        if reason:
            batch.cancelled.append(_cancel(outreach_message, reason, report))
        elif conversation is not None:
            batch.ready.append(
                (outreach_message, resident.id, conversation.id, outreach_message.survey_id, replies)
            )
        else:
            recent[resident.id] = now  # one invitation per person, even within a batch
            busy.add(resident.id)
            chosen = (
                outreach_message.survey_id,
                outreach_message.team,
            )  # a batch asks a few surveys many times
            survey = surveys.get(chosen) or surveys.setdefault(chosen, _survey(config, outreach_message))
            starts.append(
                # A Row with the Resident's id, language and opted_out is all a start reads.
                (
                    outreach_message,
                    SurveyStart(
                        resident,  # type: ignore[arg-type]
                        outreach_message.channel,
                        survey,
                        outreach_message.team,
                        outreach_message.language,
                    ),
                )
            )
    begun = begin_surveys(session, config, [start for _, start in starts], now)
    for (outreach_message, start), (conversation_id, survey_id, replies) in zip(starts, begun, strict=True):
        batch.ready.append((outreach_message, start.resident.id, conversation_id, survey_id, replies))
    _write_back(session, batch, now)
    _queue(session, config, batch.ready, now)
    report.queued += len(batch.ready)


def _invitation_blocked(resident: Row, last_invited: datetime | None, busy: bool) -> str | None:
    if resident.opted_out:
        return "opted out"
    if last_invited is not None:
        return f"frequency cap: invited {last_invited:%Y-%m-%d}"
    if busy:
        return "in a survey already"
    return None


def _survey(config: Config, outreach_message: Row) -> Survey:
    # A survey removed from config.yaml since the prompt was made: the team's survey.
    chosen = outreach_message.survey_id and config.survey(outreach_message.survey_id)
    return chosen or config.survey_for_team(outreach_message.team and config.team(outreach_message.team))


def _reminder(
    session: Session, config: Config, resident: Row, outreach_message: Row, now: datetime
) -> tuple[str | None, Conversation | None, list[Reply]]:
    """(reason to cancel, None, []) or (None, the conversation, the nudge and the question again)."""
    if resident.opted_out:
        return "opted out", None, []
    if rules.answered(session, outreach_message.conversation_id):
        return "answered", None, []
    if not rules.invitation_delivered(session, outreach_message.conversation_id):
        return "the invitation was not delivered", None, []
    conversation = session.get(Conversation, outreach_message.conversation_id)
    if conversation is None:  # erased since the reminder was scheduled
        return "conversation expired", None, []
    if progress.expire_if_idle(config, conversation, now):
        return "conversation expired", None, []
    text = config.messages[conversation.language].reminder
    nudge = [Reply(fill(config, text))] if text else []
    return None, conversation, nudge + progress.repeat_question(config, conversation)


def _cancel(outreach_message: Row, reason: str, report: SweepReport) -> tuple[int, str]:
    """Count a cancellation; (prompt id, reason), to record on the prompt."""
    key = reason.split(":")[0]
    report.cancelled[key] = report.cancelled.get(key, 0) + 1
    return outreach_message.id, reason


def _write_back(session: Session, batch: _Batch, now: datetime) -> None:
    """Record on the prompts what became of them: one statement per kind of outcome."""
    update_rows(
        session, OutreachMessage, ("id", "last_error"), batch.cancelled, status="cancelled", cancelled_at=now
    )
    queued = [
        (outreach_message.id, conversation, survey)
        for outreach_message, _, conversation, survey, _ in batch.ready
    ]
    keys = ("id", "conversation_id", "survey_id")
    update_rows(session, OutreachMessage, keys, queued, status="claimed", queued_at=now)


def _queue(session: Session, config: Config, ready: list, now: datetime) -> None:
    """Put each prompt's messages in the outbox and schedule reminders: a few statements.

    The message log gets its rows when the drain sends them (`bot.outreach.outbox`): a
    message cancelled before it went was never said to anyone.
    """
    outbox = [
        (outreach_message.id, resident_id, outreach_message.channel, reply.text)
        for outreach_message, resident_id, _, _, replies in ready
        for reply in replies
    ]
    keys = ("outreach_message_id", "resident_id", "channel", "body")
    insert_rows(
        session,
        OutboxMessage,
        keys,
        outbox,
        status="pending",
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )
    invitations = [
        (outreach_message, conversation)
        for outreach_message, _, conversation, *_ in ready
        if outreach_message.kind == "invite"
    ]
    reminders, shared = rules.reminders_for(config, invitations, now)
    insert_rows(session, OutreachMessage, rules.REMINDER, reminders, **shared)


def run_once(db: Database, config: Config, env: Environment) -> None:
    """One tick of the job: alert and callback e-mails, sweep what is due, send what is queued, retention."""
    now = utcnow()
    # First: SMS and Telegram never e-mail inline, and a long drain must not delay the duty inbox.
    emailed = notify_pending_alerts(db, config, now=now)
    if emailed:
        log.info("safeguarding: e-mailed %d alert(s)", emailed)
    told = notify_new_callbacks(db, config, now=now)
    if told:
        log.info("callbacks: e-mailed %d team inbox(es)", told)
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
        scrub(db)
        log.info("retention: %s", retained.as_dict())


class SchedulerService:
    """The background job; `stop()` waits for a sweep in progress to finish."""

    def __init__(self, db: Database, config: Config, env: Environment) -> None:
        # Imported here: a web worker imports this module (the CLI's commands) but never schedules.
        from apscheduler.schedulers.background import BackgroundScheduler

        self.scheduler = BackgroundScheduler(timezone=UTC)
        self.scheduler.add_job(
            run_once,
            "interval",
            args=(db, config, env),
            seconds=config.outreach.sweep_every.total_seconds(),
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
