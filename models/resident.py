"""A resident: how to reach them, their language, and whether they opted out."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, new_public_id, utcnow

# Which Resident column holds the address for each channel. SMS and WhatsApp
# share the phone number, so one STOP covers both.
ADDRESS_COLUMN = {
    "sms": "phone",
    "whatsapp": "phone",
    "telegram": "telegram_chat_id",
    "console": "local_address",
    "web": "local_address",
}


class Resident(Base):
    """One person. Phone numbers and chat ids live here and nowhere else."""

    __tablename__ = "residents"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(24), unique=True, default=lambda: new_public_id("c"))
    phone: Mapped[str | None] = mapped_column(String(20), unique=True)
    telegram_chat_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    local_address: Mapped[str | None] = mapped_column(String(200), unique=True)
    language: Mapped[str | None] = mapped_column(String(8))
    opted_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    @property
    def opted_out(self) -> bool:
        return self.opted_out_at is not None


class ConsentEvent(Base):
    """Every opt-out and opt-in, kept so staff can see when and how it happened."""

    __tablename__ = "consent_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # opt_out | opt_in
    channel: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(40))  # keyword, plain_words, provider_21610, blocked, ...
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
