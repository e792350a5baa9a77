"""A token's "last used" time is kept to the minute, so reading the API does not write on every call."""

from __future__ import annotations

from datetime import timedelta

from models.api_token import ApiToken, create_token, find_token
from models.base import utcnow


def last_used(db, token: str):
    with db.begin() as session:
        found = find_token(session, token)
        assert found is not None
        return found.last_used_at


def test_last_used_is_written_once_a_minute_at_most(db):
    with db.begin() as session:
        token = create_token(session, "bi")
    first = last_used(db, token)
    assert first is not None and utcnow() - first < timedelta(minutes=1)
    assert last_used(db, token) == first  # used again at once: nothing written
    with db.begin() as session:
        row = session.query(ApiToken).one()
        row.last_used_at = first - timedelta(minutes=2)
    assert last_used(db, token) > first  # a use two minutes later is recorded
