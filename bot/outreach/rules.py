"""The scheduling rules: which outreach messages a service contact gets, and when they stop.

Rules from config.yaml `outreach`: an invitation `invite_after` the service contact,
one reminder `reminder_after` an unanswered invitation, a re-contact survey
`recontact_after` the service contact; nothing at night (bot.outreach.quiet_hours); nothing to
anyone who opted out; no consent, no outreach.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from bot.conversation import store
from bot.conversation.residents import lock_or_create
from bot.outreach.quiet_hours import next_allowed
from bot.outreach.service_contact_rows import ServiceContactRow
from models import Answer, Conversation, OutreachMessage, ServiceContact
from models.bulk import among, each_of
from models.db import insert_ignore
from settings import Config

INVITATIONS = ("invite", "recontact")
# A reminder's own values (`reminders_for`): the rest it shares with every reminder of its batch.
REMINDER = ("service_contact_id", "resident_id", "team", "channel", "language", "conversation_id")


def record_service_contact(
    session: Session, config: Config, row: ServiceContactRow, now: datetime, source: str
) -> bool:
    """Store one checked row and schedule its outreach messages; False if it was already recorded."""
    resident = lock_or_create(session, row.channel, row.address, now, seen=False)
    if row.language and not resident.language:
        resident.language = row.language
    waited = (row.contacted_at - row.referred_at).days if row.referred_at else None
    service_contact = insert_ignore(
        session,
        ServiceContact,
        dict(
            resident_id=resident.id,
            team=row.team,
            channel=row.channel,
            contacted_at=row.contacted_at,
            referred_at=row.referred_at,
            days_waited=waited,
            language=row.language,
            consent=row.consent,
            source=source,
            created_at=now,
        ),
        conflict_columns=["resident_id", "team", "contacted_at"],
    )
    if service_contact is None:
        return False
    if row.consent and not resident.opted_out:
        _schedule_invitations(session, config, resident, row, service_contact.id, now)
    return True


def _schedule_invitations(session, config, resident, row, service_contact_id, now) -> None:
    rules = config.outreach
    common = dict(
        service_contact_id=service_contact_id,
        resident_id=resident.id,
        team=row.team,
        channel=row.channel,
        language=row.language,
        created_at=now,
    )
    invite_at = max(row.contacted_at + rules.invite_after, now)
    session.add(OutreachMessage(kind="invite", due_at=next_allowed(config, invite_at), **common))
    if rules.recontact_after is not None:
        recontact_at = row.contacted_at + rules.recontact_after
        if recontact_at > now:
            session.add(
                OutreachMessage(
                    kind="recontact",
                    survey_id=rules.recontact_survey,
                    due_at=next_allowed(config, recontact_at),
                    **common,
                )
            )


def reminders_for(
    config: Config, invitations: list[tuple[OutreachMessage, int]], now: datetime
) -> tuple[list[tuple], dict]:
    """The one reminder for each invitation just queued: rows of `REMINDER` values, and what all share.

    `invitations`: (the invitation, the conversation it started). None if the config asks for none.
    """
    if config.outreach.reminder_after is None:
        return [], {}
    due = next_allowed(config, now + config.outreach.reminder_after)
    rows = [(p.service_contact_id, p.resident_id, p.team, p.channel, p.language, c) for p, c in invitations]
    return rows, dict(kind="reminder", status="pending", attempts=0, due_at=due, created_at=now)


def answered(session: Session, conversation_id: int | None) -> bool:
    """True once the resident answered (or skipped) a question, or the survey is over."""
    if conversation_id is None:
        return True
    has_answer = session.scalar(select(exists().where(Answer.conversation_id == conversation_id)))
    status = session.scalar(select(Conversation.status).where(Conversation.id == conversation_id))
    return bool(has_answer) or status != "in_progress"


def invitation_delivered(session: Session, conversation_id: int | None) -> bool:
    """True when the invitation that started this conversation was sent."""
    return bool(
        session.scalar(
            select(
                exists().where(
                    OutreachMessage.conversation_id == conversation_id,
                    OutreachMessage.kind.in_(INVITATIONS),
                    OutreachMessage.status == "sent",
                )
            )
        )
    )


def on_answer(session: Session, conversation_id: int, now: datetime) -> None:
    """The resident answered: their pending reminder is cancelled at once.

    A survey turn runs this: the turn's store writes it (on PostgreSQL with the turn's replies).
    """
    store.cancel_reminder(session, conversation_id, now)


def recent_invitations(
    session: Session, config: Config, resident_ids: list[int], now: datetime
) -> dict[int, datetime]:
    """For these people, when each was last invited inside `max_invites_per` (any team)."""
    person = each_of(session, resident_ids, OutreachMessage.resident_id.type)
    # A look-up per person, by their index: a plan that cannot turn into reading every
    # invitation sent (as it did, by status, while statistics still said there were none).
    last_invited = (
        select(func.max(OutreachMessage.queued_at))
        .where(
            OutreachMessage.resident_id == person.c.value,
            OutreachMessage.kind.in_(INVITATIONS),
            OutreachMessage.status.in_(("claimed", "sent")),
            OutreachMessage.queued_at >= now - config.outreach.max_invites_per,
        )
        .scalar_subquery()
    )
    rows = session.execute(select(person.c.value, last_invited))
    return {resident_id: moment for resident_id, moment in rows if moment is not None}


def in_a_survey(session: Session, config: Config, resident_ids: list[int], now: datetime) -> set[int]:
    """Those of these people answering a survey right now (not left idle too long)."""
    active_since = now - config.conversation.idle_timeout
    return set(
        session.scalars(
            select(Conversation.resident_id).where(
                among(session, Conversation.resident_id, resident_ids),
                Conversation.status == "in_progress",
                Conversation.last_activity_at > active_since,
            )
        )
    )
