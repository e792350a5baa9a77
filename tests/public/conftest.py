"""Fixtures for the public results: config.yaml with public_results turned on, and known answers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from models import Answer, AnswerTheme, Conversation, Resident
from models.db import Database
from models.local_days import local_date
from models.reports.public import Quarter, latest_quarters
from settings import Config, parse_config
from tests.configuration import raw_test_config


def config_with(**public: object) -> Config:
    """The tests' config.yaml with public_results changed, validated as at start-up."""
    data = raw_test_config()
    data["public_results"] = {**data["public_results"], **public}
    return parse_config(data)


@pytest.fixture(scope="session")
def config() -> Config:
    return config_with(enabled=True)


@pytest.fixture
def db(app) -> Database:
    return app.extensions["heard"].db


ZONE = raw_test_config()["organisation"]["time_zone"]


def quarters() -> tuple[Quarter, ...]:
    """The quarters the public pages show today (on the organisation's clock), newest first."""
    return latest_quarters(local_date(datetime.now(UTC), ZONE))


def period(index: int = 0) -> tuple[datetime, datetime]:
    """UTC [since, until) of one of those quarters: its local days."""
    return quarters()[index].period(ZONE)


def respond(
    db: Database,
    listened: int,
    team: str | None = "east",
    at: datetime | None = None,
    is_test: bool = False,
    resident_id: int | None = None,
    comment: str | None = None,
    themes: tuple[str, ...] = (),
) -> int:
    """One conversation answering `listened` (1-2 positive) and maybe a scored comment with themes."""
    started = at or period()[0] + timedelta(days=10, hours=11)
    with db.begin() as session:
        conversation = Conversation(
            channel="sms",
            survey_id="default",
            team=team,
            language="en",
            status="completed",
            is_test=is_test,
            resident_id=resident_id,
            started_at=started,
            last_activity_at=started,
        )
        session.add(conversation)
        session.flush()
        session.add(
            Answer(
                conversation_id=conversation.id,
                question_id="listened",
                value=str(listened),
                value_num=listened,
                raw=str(listened),
                answered_at=started,
            )
        )
        if comment is not None:
            answer = Answer(
                conversation_id=conversation.id,
                question_id="comment",
                value=comment,
                raw=comment,
                sentiment="negative",
                polarity=-0.5,
                answered_at=started,
            )
            session.add(answer)
            session.flush()
            session.add_all(AnswerTheme(answer_id=answer.id, theme=theme) for theme in themes)
        return conversation.id


def new_resident(db: Database, address: str, opted_out: bool = False) -> int:
    with db.begin() as session:
        resident = Resident(
            local_address=address, opted_out_at=datetime.now(UTC) - timedelta(days=1) if opted_out else None
        )
        session.add(resident)
        session.flush()
        return resident.id
