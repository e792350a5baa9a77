"""Helpers for admin tests: staff logins, signing in through the real form, known answers."""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from datetime import datetime, timedelta

from flask.testing import FlaskClient

from models import Answer, Conversation
from models.db import Database
from models.logins import create_user
from tests.factories import T0

PASSWORD = "correct horse battery"
# How the suite hashes staff passwords (tests/conftest.py): real scrypt at 1/32 of the default work.
QUICK_SCRYPT = "scrypt:1024:8:1"
_CSRF = re.compile(r'<input[^>]*name="csrf_token"[^>]*value="([^"]+)"')


def make_user(db: Database, email: str, role: str = "viewer", teams: tuple[str, ...] = ()) -> int:
    with db.begin() as session:
        return create_user(session, email, PASSWORD, role, teams).id


def csrf_token(html: str) -> str:
    match = _CSRF.search(html)
    assert match, "no CSRF token on the page"
    return match.group(1)


def sign_in(client: FlaskClient, email: str, password: str = PASSWORD):
    """Sign in through the real form (CSRF token and all); returns the POST's response."""
    token = csrf_token(client.get("/admin/sign-in").text)
    return client.post("/admin/sign-in", data={"email": email, "password": password, "csrf_token": token})


def post_form(client: FlaskClient, page: str, url: str, data: Mapping[str, object]):
    """POST `data` to `url` with the CSRF token taken from `page`."""
    token = csrf_token(client.get(page).text)
    return client.post(url, data={**data, "csrf_token": token})


def add_response(
    db: Database,
    answers: Mapping[str, int | str | None],
    team: str | None = "east",
    channel: str = "sms",
    started_at: datetime = T0,
    is_test: bool = False,
    skipped: tuple[str, ...] = (),
) -> int:
    """One conversation with known answers; None means unanswered, `skipped` lists skipped ones."""
    with db.begin() as session:
        conversation = Conversation(
            channel=channel,
            survey_id="default",
            team=team,
            language="en",
            status="completed",
            is_test=is_test,
            started_at=started_at,
            last_activity_at=started_at,
        )
        session.add(conversation)
        session.flush()
        for i, (question_id, value) in enumerate({**answers, **dict.fromkeys(skipped)}.items()):
            session.add(
                Answer(
                    conversation_id=conversation.id,
                    question_id=question_id,
                    value=None if value is None else str(value),
                    value_num=value if isinstance(value, int) else None,
                    raw="SKIP" if question_id in skipped else str(value),
                    skipped=question_id in skipped,
                    answered_at=started_at + timedelta(minutes=i),
                )
            )
        return conversation.id


def add_many(db: Database, question_id: str, values: list[int], **kwargs: object) -> None:
    for value in values:
        add_response(db, {question_id: value}, **kwargs)


def add_random_response(db: Database, rng: random.Random, started_at: datetime) -> int:
    """A conversation with random answers (some unanswered or skipped), team, channel and test flag."""
    answers: dict[str, int | str | None] = {
        q: rng.choice([1, 2, 3, 4, None]) for q in ("listened", "what_matters", "timely")
    }
    answers["overall"] = rng.randint(1, 6)
    answers["comment"] = rng.choice(["Lovely staff", "Too slow", None])
    skipped = tuple(q for q in ("strengths",) if rng.random() < 0.5)
    team, channel = rng.choice(["east", "west", None]), rng.choice(["sms", "telegram"])
    return add_response(db, answers, team, channel, started_at, rng.random() < 0.1, skipped)
