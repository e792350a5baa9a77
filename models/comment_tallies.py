"""Comment counts kept up to date by the database, so the dashboard's comment panel reads no comments.

`comment_tallies` holds, for each (survey, local day the conversation started, team,
channel, sentiment, theme), how many comments there are: theme '' is the comments
themselves, any other theme the comments carrying it. A comment is what
models/reports/comments.py counts: an answer with a sentiment and a value, in a
conversation that is not a test. Triggers (migration 0023_comment_tallies) keep it
exact on every write to answers, answer_themes and conversations; the local day is
the one answer_tallies uses (models/tallies.py), and `recount_comments` recounts it
when the zone changes. Rows may fall to n = 0.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from sqlalchemy import Integer, PrimaryKeyConstraint, String, delete, func, select, text
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base
from models.local_days import is_local_midnight, local_date
from models.reports.comments import CommentFilters, TeamInsight, insights_from_counts

NO_THEME = ""  # the row of the comments themselves


class CommentTally(Base):
    __tablename__ = "comment_tallies"
    __table_args__ = (PrimaryKeyConstraint("survey_id", "day", "team", "channel", "sentiment", "theme"),)

    survey_id: Mapped[str] = mapped_column(String(64))
    day: Mapped[str] = mapped_column(String(64))  # YYYY-MM-DD, local (local_day_offsets)
    team: Mapped[str] = mapped_column(String(64))  # '' for a conversation without a team
    channel: Mapped[str] = mapped_column(String(64))
    sentiment: Mapped[str] = mapped_column(String(64))
    theme: Mapped[str] = mapped_column(String(64))
    n: Mapped[int] = mapped_column(Integer, default=0)


def comment_tallies_cover(filters: CommentFilters, zone: str, kept_zone: str | None) -> bool:
    """True when the kept counts answer exactly: whole local days in the kept zone, no comment-only filter."""
    responses = filters.responses
    if responses.since is None or responses.until is None or kept_zone != zone:
        return False
    whole_days = is_local_midnight(responses.since, zone) and is_local_midnight(responses.until, zone)
    return whole_days and not (filters.sentiment or filters.theme or filters.search)


def kept_team_insights(
    session: Session, filters: CommentFilters, zone: str, top: int = 3
) -> list[TeamInsight]:
    """team_insights from comment_tallies (the caller checks `comment_tallies_cover` first)."""
    responses = filters.responses
    assert responses.since is not None and responses.until is not None
    t = CommentTally
    query = (
        select(t.team, t.sentiment, t.theme, func.sum(t.n))
        .where(t.day >= _day(responses.since, zone), t.day < _day(responses.until, zone), t.n > 0)
        .group_by(t.team, t.sentiment, t.theme)
    )
    if responses.survey:
        query = query.where(t.survey_id == responses.survey)
    if responses.channel:
        query = query.where(t.channel == responses.channel)
    if responses.team:
        query = query.where(t.team == responses.team)
    if responses.allowed_teams is not None:
        query = query.where(t.team.in_(sorted(responses.allowed_teams)))
    comments: Counter[tuple[str | None, str]] = Counter()
    themes: Counter[tuple[str | None, str]] = Counter()
    for team, sentiment, theme, n in session.execute(query):
        key_team = team or None
        if theme == NO_THEME:
            comments[key_team, sentiment] += n
        else:
            themes[key_team, theme] += n  # summed over the comments' sentiments
    rows: list[tuple[str | None, str | None, str | None, int]]
    rows = [(team, sentiment, None, n) for (team, sentiment), n in comments.items() if n]
    rows += [(team, None, theme, n) for (team, theme), n in themes.items() if n]
    return insights_from_counts(rows, top)


def _day(moment: datetime, zone: str) -> str:
    return local_date(moment, zone).isoformat()


def recount_comments(session: Session, local_day_sql: str) -> None:
    """Count every comment again under `local_day_sql` (the day of conversation c)."""
    session.execute(delete(CommentTally))
    session.execute(
        text(f"""INSERT INTO comment_tallies (survey_id, day, team, channel, sentiment, theme, n)
        SELECT survey_id, day, team, channel, sentiment, theme, count(*) FROM (
          SELECT c.survey_id, {local_day_sql} AS day, coalesce(c.team, '') AS team, c.channel,
                 a.sentiment, coalesce(t.theme, '') AS theme
          FROM answers a JOIN conversations c ON c.id = a.conversation_id
          LEFT JOIN (SELECT answer_id, theme FROM answer_themes
                     UNION ALL SELECT id, NULL FROM answers) t ON t.answer_id = a.id
          WHERE NOT c.is_test AND a.sentiment IS NOT NULL AND a.value IS NOT NULL
        ) counted
        GROUP BY survey_id, day, team, channel, sentiment, theme""")
    )
