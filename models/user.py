"""Staff who sign in to the admin, and the teams a viewer may see."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UTCDateTime, utcnow

ROLES = ("admin", "manager", "viewer")


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16), default="viewer")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Part of every session id: raising it (sign-out) ends every session this user has.
    session_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    teams: Mapped[list[UserTeam]] = relationship(cascade="all, delete-orphan")


class UserTeam(Base):
    __tablename__ = "user_teams"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    team: Mapped[str] = mapped_column(String(64), primary_key=True)
