"""When each channel may next send: the rate limit every sender process shares."""

from __future__ import annotations

from sqlalchemy import Float, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class SendSlot(Base):
    __tablename__ = "send_slots"

    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    # Unix seconds (wall clock, which processes share; a monotonic clock is per process).
    next_slot: Mapped[float] = mapped_column(Float)
