"""A run through one survey, and the answers it collected."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UTCDateTime, utcnow

STATUSES = ("in_progress", "completed", "abandoned", "opted_out")


class Conversation(Base):
    __tablename__ = "conversations"
    __table_args__ = (
        Index("ix_conversations_resident_status", "resident_id", "status"),
        Index("ix_conversations_started", "started_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # SET NULL: erasing a person keeps their anonymous answers.
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id", ondelete="SET NULL"))
    channel: Mapped[str] = mapped_column(String(16))
    survey_id: Mapped[str] = mapped_column(String(64))
    team: Mapped[str | None] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), default="in_progress")
    current_question: Mapped[str | None] = mapped_column(String(64))
    unclear_count: Mapped[int] = mapped_column(Integer, default=0)
    is_test: Mapped[bool] = mapped_column(Boolean, default=False)  # try-it page: never in figures
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_activity_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # "You said, we did": when we asked, and the resident's YES (True) or NO (False).
    you_said_we_did_asked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    you_said_we_did: Mapped[bool | None] = mapped_column(Boolean)
    # "Would you like us to contact you?": when we asked, and YES (True) or NO (False).
    callback_offered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    callback_wanted: Mapped[bool | None] = mapped_column(Boolean)

    answers: Mapped[list[Answer]] = relationship(
        back_populates="conversation", order_by="Answer.id", cascade="all, delete-orphan"
    )


class Answer(Base):
    """One question's answer. `value` is text; `value_num` holds it as a number when it is one."""

    __tablename__ = "answers"
    __table_args__ = (
        UniqueConstraint("conversation_id", "question_id"),
        # Only comments (about one answer in ten): the dashboard's comment panel reads these.
        Index(
            "ix_answers_comments",
            "conversation_id",
            "sentiment",
            "id",
            sqlite_where=text("sentiment IS NOT NULL AND value IS NOT NULL"),
            postgresql_where=text("sentiment IS NOT NULL AND value IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(64))
    value: Mapped[str | None] = mapped_column(Text)
    value_num: Mapped[int | None] = mapped_column(Integer)
    raw: Mapped[str | None] = mapped_column(Text)
    skipped: Mapped[bool] = mapped_column(Boolean, default=False)
    sentiment: Mapped[str | None] = mapped_column(String(10))  # positive | neutral | negative
    polarity: Mapped[float | None] = mapped_column(Float)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    conversation: Mapped[Conversation] = relationship(back_populates="answers")

    @property
    def typed_value(self) -> int | str | None:
        """The value as the API shows it: a number for numeric answers."""
        return self.value_num if self.value_num is not None else self.value
