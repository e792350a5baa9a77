"""'You said, we did' messages staff sent back to residents who agreed to hear."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base, UTCDateTime, utcnow
from models.user import User


class YouSaidWeDid(Base):
    __tablename__ = "you_said_we_did"

    id: Mapped[int] = mapped_column(primary_key=True)
    team: Mapped[str | None] = mapped_column(String(64))  # None: every team
    period_start: Mapped[datetime] = mapped_column(UTCDateTime)
    period_end: Mapped[datetime] = mapped_column(UTCDateTime)
    text: Mapped[str] = mapped_column(Text)
    recipients: Mapped[int] = mapped_column(Integer, default=0)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


def recent_messages(session: Session, limit: int = 50) -> Sequence[tuple[YouSaidWeDid, str | None]]:
    """The latest messages sent, newest first, each with the sender's e-mail."""
    query = (
        select(YouSaidWeDid, User.email)
        .outerjoin(User, User.id == YouSaidWeDid.created_by_id)
        .order_by(YouSaidWeDid.created_at.desc(), YouSaidWeDid.id.desc())
        .limit(limit)
    )
    return session.execute(query).all()
