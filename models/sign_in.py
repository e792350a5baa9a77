"""Failed sign-ins, kept in the database so the slow-down holds across workers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Boolean, Index, String, delete, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.audit import record
from models.base import Base, UTCDateTime, utcnow
from models.logins import authenticate
from models.user import User

# At most MAX_FAILURES wrong passwords per email and address in WINDOW; then wait.
MAX_FAILURES = 5
WINDOW = timedelta(minutes=15)
KEEP = timedelta(days=1)


class SignInAttempt(Base):
    __tablename__ = "sign_in_attempts"
    __table_args__ = (Index("ix_sign_in_attempts_email_ip_at", "email", "ip", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254))
    ip: Mapped[str] = mapped_column(String(45))
    succeeded: Mapped[bool] = mapped_column(Boolean, default=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


def locked_until(session: Session, email: str, ip: str, now: datetime) -> datetime | None:
    """When this email+address may try again, or None if it may try now."""
    last_success = session.scalar(
        select(func.max(SignInAttempt.at)).where(
            SignInAttempt.email == email, SignInAttempt.ip == ip, SignInAttempt.succeeded.is_(True)
        )
    )
    since = max(now - WINDOW, last_success) if last_success else now - WINDOW
    failures = session.scalars(
        select(SignInAttempt.at)
        .where(
            SignInAttempt.email == email,
            SignInAttempt.ip == ip,
            SignInAttempt.succeeded.is_(False),
            SignInAttempt.at > since,
        )
        .order_by(SignInAttempt.at.desc())
        .limit(MAX_FAILURES)
    ).all()
    if len(failures) < MAX_FAILURES:
        return None
    # Sliding window: free again once the oldest of the last MAX_FAILURES ages out.
    return failures[-1] + WINDOW


def record_attempt(session: Session, email: str, ip: str, succeeded: bool, now: datetime) -> None:
    """Remember an attempt and forget ones too old to matter."""
    session.execute(delete(SignInAttempt).where(SignInAttempt.at < now - KEEP))
    session.add(SignInAttempt(email=email, ip=ip, succeeded=succeeded, at=now))


@dataclass(frozen=True)
class SignInResult:
    user: User | None
    locked_until: datetime | None = None


def try_sign_in(session: Session, email: str, password: str, ip: str, now: datetime) -> SignInResult:
    """Check a sign-in unless this email+address is locked out; record the outcome and audit it."""
    email = email.strip().lower()[:254]
    until = locked_until(session, email, ip, now)
    if until is not None:
        # Refused without checking the password, and not counted: waiting is enough.
        record(session, "sign_in_failed", actor=email, detail={"ip": ip, "reason": "locked"}, at=now)
        return SignInResult(None, until)
    user = authenticate(session, email, password)
    record_attempt(session, email, ip, user is not None, now)
    if user is None:
        record(session, "sign_in_failed", actor=email, detail={"ip": ip, "reason": "refused"}, at=now)
    else:
        record(session, "sign_in", actor=user.email, user_id=user.id, detail={"ip": ip}, at=now)
    return SignInResult(user)
