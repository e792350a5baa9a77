"""Contacts files waiting between "check" and "import the good rows", in the database.

A file holds phone numbers, so it never goes back to the browser and never
waits on one web server's disk: any worker on any host can finish the import.
Only a hash of the token is stored (like API tokens); rows expire, are taken
once, and are swept by retention and by every new upload.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import ForeignKey, String, Text, delete
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base, UTCDateTime
from models.db import rowcount

KEEP_FOR = timedelta(minutes=30)


class PendingUpload(Base):
    __tablename__ = "pending_uploads"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The staff member who checked the file; only they may import it.
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    content: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def keep_upload(session: Session, user_id: int, content: str, now: datetime) -> str:
    """Keep `content` for this user's next step (replacing any file of theirs); returns the token."""
    delete_expired_uploads(session, now)
    discard_uploads(session, user_id)
    token = secrets.token_urlsafe(24)
    session.add(
        PendingUpload(
            token_hash=_digest(token),
            user_id=user_id,
            content=content,
            created_at=now,
            expires_at=now + KEEP_FOR,
        )
    )
    return token


def take_upload(session: Session, token: str, user_id: int, now: datetime) -> str | None:
    """The file kept under `token` for this user, once; None if unknown, another user's, or expired.

    One DELETE … RETURNING: of two workers taking the same token at once, only one gets it.
    """
    if not token:
        return None
    taken = session.execute(
        delete(PendingUpload)
        .where(PendingUpload.token_hash == _digest(token), PendingUpload.user_id == user_id)
        .returning(PendingUpload.content, PendingUpload.expires_at)
    ).first()
    if taken is None or taken.expires_at <= now:
        return None
    return taken.content


def discard_uploads(session: Session, user_id: int) -> int:
    """Forget every file this user left waiting; how many."""
    return rowcount(session.execute(delete(PendingUpload).where(PendingUpload.user_id == user_id)))


def delete_expired_uploads(session: Session, now: datetime) -> int:
    """Forget files nobody came back for; how many."""
    return rowcount(session.execute(delete(PendingUpload).where(PendingUpload.expires_at <= now)))


def delete_all_uploads(session: Session) -> int:
    """Forget every waiting file (erasure: any of them may hold the person's number, in any format)."""
    return rowcount(session.execute(delete(PendingUpload)))
