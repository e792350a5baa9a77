"""Bearer tokens for BI tools: only a hash is stored, the token is shown once.

A token may do only what its scopes say and see only its teams (no team rows: every team).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ForeignKey, String, bindparam, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from models.base import Base, UTCDateTime, utcnow
from models.bulk import table_of
from models.driver_read import read_rows

# What a token may do. New tokens get DEFAULT_SCOPES unless more are chosen (least privilege);
# tokens made before scopes existed were given LEGACY_SCOPES by migration 0013 so they keep working.
SCOPES = {
    "responses:read": "read responses and summaries",
    "alerts:read": "read safeguarding alerts",
    "contacts:write": "import contacts to follow up (Heard will text them)",
    "callbacks:reply": "read and reply to callback requests",
}
DEFAULT_SCOPES = ("responses:read",)
LEGACY_SCOPES = ("responses:read", "alerts:read", "contacts:write")

# "Last used" is kept to the minute: written on every request, it made each read-only
# API call a write and a commit as well.
LAST_USED_TO_THE = timedelta(minutes=1)


class ApiToken(Base):
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    # No rows: every team. Rows: only these teams (a token for one team's BI report).
    teams: Mapped[list[ApiTokenTeam]] = relationship(cascade="all, delete-orphan", lazy="selectin")
    scopes: Mapped[list[ApiTokenScope]] = relationship(cascade="all, delete-orphan", lazy="selectin")

    @property
    def allowed_teams(self) -> frozenset[str] | None:
        return frozenset(t.team for t in self.teams) if self.teams else None

    @property
    def scope_names(self) -> frozenset[str]:
        return frozenset(s.scope for s in self.scopes)


class ApiTokenTeam(Base):
    __tablename__ = "api_token_teams"

    token_id: Mapped[int] = mapped_column(ForeignKey("api_tokens.id", ondelete="CASCADE"), primary_key=True)
    team: Mapped[str] = mapped_column(String(64), primary_key=True)


class ApiTokenScope(Base):
    __tablename__ = "api_token_scopes"

    token_id: Mapped[int] = mapped_column(ForeignKey("api_tokens.id", ondelete="CASCADE"), primary_key=True)
    scope: Mapped[str] = mapped_column(String(32), primary_key=True)


class UnknownScope(ValueError):
    """A scope name that is not in SCOPES."""


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def create_token(session: Session, name: str, teams: Iterable[str] = (), scopes: Iterable[str] = ()) -> str:
    """Store a new token's hash and return the token itself (shown once); no scopes: the default."""
    chosen = set(scopes) or set(DEFAULT_SCOPES)
    unknown = sorted(chosen - SCOPES.keys())
    if unknown:
        raise UnknownScope(f"unknown scope {unknown[0]!r} (scopes: {', '.join(SCOPES)})")
    token = "hrd_" + secrets.token_urlsafe(32)
    row = ApiToken(name=name, token_hash=_digest(token))
    row.teams = [ApiTokenTeam(team=team) for team in sorted(set(teams))]
    row.scopes = [ApiTokenScope(scope=scope) for scope in sorted(chosen)]
    session.add(row)
    return token


def list_tokens(session: Session) -> Sequence[ApiToken]:
    """Every token, newest first, revoked ones included (so the list shows history)."""
    return session.scalars(select(ApiToken).order_by(ApiToken.created_at.desc(), ApiToken.id.desc())).all()


def revoke_token(session: Session, token_id: int) -> ApiToken | None:
    """Revoke a token for good; None when there is no such token."""
    row = session.get(ApiToken, token_id)
    if row is not None and row.revoked_at is None:
        row.revoked_at = utcnow()
    return row


@dataclass(frozen=True)
class TokenGrant:
    """What a live token may do, as one API request needs it (not an ORM row)."""

    name: str
    allowed_teams: frozenset[str] | None  # None: every team
    scope_names: frozenset[str]
    last_used_at: datetime  # this use, kept to the minute


def find_token(session: Session, token: str) -> TokenGrant | None:
    """The live token matching `token`, or None (revoked and unknown alike), its "last used"
    written in `session` when a minute old (`look_up_token` and `mark_token_used` together)."""
    found = look_up_token(session, token)
    if found is None:
        return None
    if found.mark_due:
        mark_token_used(session, found.token_id, found.grant.last_used_at)
    return found.grant


@dataclass(frozen=True)
class TokenLookUp:
    """A live token's grant, and whether its "last used" is to be written (a minute old)."""

    token_id: int
    grant: TokenGrant
    mark_due: bool


def look_up_token(session: Session, token: str) -> TokenLookUp | None:
    """The live token matching `token`, or None (revoked and unknown alike); reads only.

    Every API request runs this: one statement built once reads the token with its
    teams and scopes (the ORM's three loads cost more than the request's own query
    at small sizes). It writes nothing, so it can run outside a transaction (on
    PostgreSQL, no BEGIN and COMMIT round trips); `mark_token_used` writes "last used"
    when `mark_due` says so, about once a minute.
    """
    if not token or len(token) > 200:
        return None
    digest = _digest(token)
    rows = read_rows(session.connection(), _TOKEN_WITH_GRANTS, {"digest": digest})
    if not rows:
        return None
    token_id, name, token_hash, last_used, revoked_at, _, _ = rows[0]
    # The lookup is by hash; compare again in constant time for good measure.
    if revoked_at is not None or not hmac.compare_digest(token_hash, digest):
        return None
    now = utcnow()
    due = last_used is None or now - last_used >= LAST_USED_TO_THE
    teams = frozenset(row[5] for row in rows if row[5] is not None)
    scopes = frozenset(row[6] for row in rows if row[6] is not None)
    return TokenLookUp(token_id, TokenGrant(name, teams or None, scopes, now if due else last_used), due)


def mark_token_used(session: Session, token_id: int, now: datetime) -> None:
    """Write a token's "last used" (`look_up_token` says when it is due)."""
    session.connection().execute(_MARK_USED, {"token_id": token_id, "now": now})


_TOKENS, _TEAMS, _SCOPES = (table_of(model) for model in (ApiToken, ApiTokenTeam, ApiTokenScope))
# A token has a few teams and scopes: their product is a handful of rows.
_TOKEN_WITH_GRANTS = (
    select(
        _TOKENS.c.id,
        _TOKENS.c.name,
        _TOKENS.c.token_hash,
        _TOKENS.c.last_used_at,
        _TOKENS.c.revoked_at,
        _TEAMS.c.team,
        _SCOPES.c.scope,
    )
    .select_from(_TOKENS)
    .outerjoin(_TEAMS, _TEAMS.c.token_id == _TOKENS.c.id)
    .outerjoin(_SCOPES, _SCOPES.c.token_id == _TOKENS.c.id)
    .where(_TOKENS.c.token_hash == bindparam("digest"))
)
_MARK_USED = (
    update(_TOKENS).where(_TOKENS.c.id == bindparam("token_id")).values(last_used_at=bindparam("now"))
)
