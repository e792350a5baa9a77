"""The "you said, we did" register: changes made because of feedback, each public or not."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base, UTCDateTime, utcnow

STATUSES = ("planned", "in_progress", "done")


class RegisterEntry(Base):
    __tablename__ = "you_said_we_did_register"
    __table_args__ = (Index("ix_you_said_we_did_register_public_team", "public", "team"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team: Mapped[str | None] = mapped_column(String(64))  # None: the whole organisation
    you_said: Mapped[str] = mapped_column(Text)
    we_did: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="planned")
    public: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_on: Mapped[date] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    # The message sent to residents when it was marked done, if one was.
    message_id: Mapped[int | None] = mapped_column(ForeignKey("you_said_we_did.id", ondelete="SET NULL"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


def register_entries(session: Session, limit: int = 200) -> Sequence[RegisterEntry]:
    """Every entry, public or not, newest first (for staff)."""
    query = select(RegisterEntry).order_by(RegisterEntry.recorded_on.desc(), RegisterEntry.id.desc())
    return session.scalars(query.limit(limit)).all()


def public_entries(session: Session, team: str | None = None, limit: int = 100) -> Sequence[RegisterEntry]:
    """Public entries newest first: one team's (and the whole organisation's), or every team's."""
    query = select(RegisterEntry).where(RegisterEntry.public.is_(True))
    if team is not None:
        query = query.where((RegisterEntry.team == team) | RegisterEntry.team.is_(None))
    query = query.order_by(RegisterEntry.recorded_on.desc(), RegisterEntry.id.desc())
    return session.scalars(query.limit(limit)).all()
