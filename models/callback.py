"""Callbacks: a resident who said YES to "would you like us to contact you?", and its thread.

A callback links to its contact by id only (the number or chat id stays in
`contacts`). Its thread (`callback_messages`) holds what the resident sent, the
staff replies (each queued in the outbox) and staff's private notes.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UTCDateTime, utcnow

# open: waiting for staff; replied: staff replied (it goes back to open when the resident writes);
# closed, with an outcome.
CALLBACK_STATUSES = ("open", "replied", "closed")
# Until a callback is closed, its contact's details are kept whatever retention says.
ACTIVE_STATUSES = ("open", "replied")
OUTCOMES = ("resolved", "could_not_reach", "referred_on")
# in: from the resident; out: a staff reply (sent through the outbox); note: private, staff only.
MESSAGE_KINDS = ("in", "out", "note")


class Callback(Base):
    __tablename__ = "callbacks"
    __table_args__ = (
        Index("ix_callbacks_status_due", "status", "due_at"),  # the staff list's order
        Index("ix_callbacks_team_created", "team", "created_at"),  # the dashboard's figures
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int | None] = mapped_column(
        ForeignKey("residents.id", ondelete="SET NULL"), index=True
    )
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id", ondelete="SET NULL"))
    # Copied from the conversation: the callback keeps its team and channel if answers are erased.
    team: Mapped[str | None] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(10), default="open")
    outcome: Mapped[str | None] = mapped_column(String(20))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    first_reply_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # the resident's latest message
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    emailed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    messages: Mapped[list[CallbackMessage]] = relationship(
        back_populates="callback", order_by="CallbackMessage.id", cascade="all, delete-orphan"
    )

    @property
    def active(self) -> bool:
        return self.status in ACTIVE_STATUSES


class CallbackMessage(Base):
    """One entry in a callback's thread: the resident's message, a staff reply, or a private note."""

    __tablename__ = "callback_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    callback_id: Mapped[int] = mapped_column(ForeignKey("callbacks.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    body: Mapped[str] = mapped_column(Text)
    channel: Mapped[str | None] = mapped_column(String(16))  # in and out: the channel it went by
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # Who wrote a reply or note: a staff e-mail or "API: <token name>".
    author: Mapped[str | None] = mapped_column(String(254))
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    outbox_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    callback: Mapped[Callback] = relationship(back_populates="messages")
