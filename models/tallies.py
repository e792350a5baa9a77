"""Answer counts kept up to date by the database, so the dashboard never rescans every answer.

`answer_tallies` holds, for each (survey, UTC day the conversation started, team,
channel, question, value), how many counted answers there are. Database triggers
(migration 0005_admin_tallies, for SQLite and PostgreSQL) keep it exact on every
insert, update and delete of answers and conversations, whoever writes them.
Counted means what models/reports/summaries.py counts: not skipped, with a value, in a
conversation that is not a test. Only closed answers are tallied (a number, or
yes / no / partly), so free text never lands here. Rows may fall to n = 0.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Integer, PrimaryKeyConstraint, Select, String, and_
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.reports.responses import ResponseFilters

# Text values the triggers tally besides numbers (yes_no questions).
TALLIED_WORDS = ("yes", "no", "partly")
NO_TEAM = ""  # the tally key for a conversation without a team


class AnswerTally(Base):
    __tablename__ = "answer_tallies"
    __table_args__ = (PrimaryKeyConstraint("survey_id", "day", "team", "channel", "question_id", "value"),)

    survey_id: Mapped[str] = mapped_column(String(64))
    day: Mapped[str] = mapped_column(String(10))  # YYYY-MM-DD, UTC
    team: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(16))
    question_id: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(String(64))
    n: Mapped[int] = mapped_column(Integer, default=0)


def tallies_cover(values: list[int | str], since: datetime, until: datetime) -> bool:
    """True when the tallies can answer exactly: whole UTC days and only tallied values."""
    whole_days = all(m.hour == m.minute == m.second == m.microsecond == 0 for m in (since, until))
    utc = all(m.utcoffset() == timedelta(0) for m in (since, until))
    return whole_days and utc and all(isinstance(v, int) or v in TALLIED_WORDS for v in values)


def filter_tallies(query: Select, filters: ResponseFilters, since: datetime, until: datetime) -> Select:
    """The same filters ResponseFilters.apply puts on conversations, on tally rows."""
    conditions = [
        AnswerTally.n > 0,
        AnswerTally.day >= since.date().isoformat(),
        AnswerTally.day < until.date().isoformat(),
    ]
    if filters.survey:
        conditions.append(AnswerTally.survey_id == filters.survey)
    if filters.channel:
        conditions.append(AnswerTally.channel == filters.channel)
    if filters.team:
        conditions.append(AnswerTally.team == filters.team)
    if filters.allowed_teams is not None:
        conditions.append(AnswerTally.team.in_(sorted(filters.allowed_teams)))
    return query.where(and_(*conditions))
