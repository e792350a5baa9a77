"""The message log: every text in and out, with delivery status for outbound."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, utcnow

# Delivery statuses in the order they happen; a status only moves forward.
STATUS_ORDER = ("pending", "queued", "sending", "sent", "failed", "undelivered", "delivered", "read")
REPLIES = text("in_reply_to_id IS NOT NULL")


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (
        # Providers retry: the same MessageSid / update_id is stored once.
        UniqueConstraint("channel", "external_id"),
        # Only replies: most messages (everything a sweep queues, every inbound) answer none.
        Index("ix_messages_in_reply_to", "in_reply_to_id", postgresql_where=REPLIES, sqlite_where=REPLIES),
        Index("ix_messages_created", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int | None] = mapped_column(
        ForeignKey("residents.id", ondelete="SET NULL"), index=True
    )
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id", ondelete="SET NULL"))
    channel: Mapped[str] = mapped_column(String(16))
    direction: Mapped[str] = mapped_column(String(3))  # in | out
    external_id: Mapped[str | None] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text, default="")
    truncated: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str | None] = mapped_column(String(16))
    error_code: Mapped[str | None] = mapped_column(String(16))
    in_reply_to_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
