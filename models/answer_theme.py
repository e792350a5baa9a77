"""The themes found in a free-text answer, one row per theme (for filtering and counting)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base
from models.conversation import Answer


class AnswerTheme(Base):
    __tablename__ = "answer_themes"
    __table_args__ = (Index("ix_answer_themes_theme", "theme"),)

    answer_id: Mapped[int] = mapped_column(ForeignKey("answers.id", ondelete="CASCADE"), primary_key=True)
    theme: Mapped[str] = mapped_column(String(64), primary_key=True)

    answer: Mapped[Answer] = relationship()
