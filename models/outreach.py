"""Outreach: the service contacts staff record, the outreach messages due, and the outbox.

Contact details stay in `residents`; these rows link to a resident by id only.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, utcnow

OUTREACH_KINDS = ("invite", "reminder", "recontact")
# pending: waiting for due_at; claimed: swept into the outbox; sent: every
# message confirmed by the provider; failed; cancelled (reason in last_error).
OUTREACH_STATUSES = ("pending", "claimed", "sent", "failed", "cancelled")
# pending (maybe after a failed try), sending (held by a lease), sent, failed, cancelled.
OUTBOX_STATUSES = ("pending", "sending", "sent", "failed", "cancelled")


class ServiceContact(Base):
    """One service contact that staff asked us to follow up (a CSV/API row)."""

    __tablename__ = "service_contacts"
    __table_args__ = (
        # The same row imported twice (a retried API call) is stored once.
        UniqueConstraint("resident_id", "team", "contacted_at"),
        Index("ix_service_contacts_team_contacted", "team", "contacted_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id", ondelete="SET NULL"))
    team: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(16))
    contacted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    referred_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # contacted_at - referred_at in whole days: an experience measure asked of nobody.
    days_waited: Mapped[int | None] = mapped_column(Integer)
    language: Mapped[str | None] = mapped_column(String(8))
    consent: Mapped[bool] = mapped_column(Boolean)
    source: Mapped[str] = mapped_column(String(16))  # api | cli | admin
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class OutreachMessage(Base):
    """An invitation, reminder or re-contact due at `due_at` for one resident."""

    __tablename__ = "outreach_messages"
    __table_args__ = (
        Index("ix_outreach_messages_status_due", "status", "due_at", "id"),  # the sweep's order
        Index("ix_outreach_messages_resident_kind", "resident_id", "kind", "status"),
        Index("ix_outreach_messages_conversation", "conversation_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    service_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("service_contacts.id", ondelete="CASCADE")
    )
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"))
    team: Mapped[str | None] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(10))
    survey_id: Mapped[str | None] = mapped_column(String(64))
    language: Mapped[str | None] = mapped_column(String(8))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(10), default="pending")
    # The conversation an invitation started; a reminder points at the same one.
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id", ondelete="SET NULL"))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(300))
    queued_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # swept into the outbox
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class OutboxMessage(Base):
    """One outgoing message waiting for, or done with, its provider."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_status_next", "status", "next_attempt_at"),
        Index("ix_outbox_outreach_message", "outreach_message_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    outreach_message_id: Mapped[int | None] = mapped_column(
        ForeignKey("outreach_messages.id", ondelete="CASCADE")
    )
    # The address is read from `contacts` at send time, never copied here.
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"), index=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    channel: Mapped[str] = mapped_column(String(16))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claim_token: Mapped[str | None] = mapped_column(String(32))
    provider_id: Mapped[str | None] = mapped_column(String(64))
    error: Mapped[str | None] = mapped_column(String(300))  # shown to staff
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
