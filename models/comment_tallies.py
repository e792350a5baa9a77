"""Comment counts kept up to date by the database, so the dashboard's comment panel reads no comments.

`comment_tallies` holds, for each (survey, local day the conversation started, team,
channel, sentiment, theme), how many comments there are: theme '' is the comments
themselves, any other theme the comments carrying it. A comment is what
models/reports/comments.py counts: an answer with a sentiment and a value, in a
conversation that is not a test. Triggers (migration 0023_comment_tallies) keep it
exact on every write to answers, answer_themes and conversations; the local day is
the one answer_tallies uses (models/tallies.py), and `recount_comments` recounts it
when the zone changes. `comment_rollups` holds the same counts by local week (kept
by triggers on comment_tallies), so a long period reads its whole weeks there and
only the days of its two partial ends by day. Rows may fall to n = 0.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from sqlalchemy import (
    Integer,
    PrimaryKeyConstraint,
    Select,
    String,
    bindparam,
    delete,
    func,
    select,
    text,
    union_all,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base
from models.local_days import is_local_midnight, local_date
from models.reports.comments import CommentFilters, TeamInsight, insights_from_counts
from models.reports.periods import kept_days
from models.reports.responses import ResponseFilters

NO_THEME = ""  # the row of the comments themselves
# The kept counts' table option (migration 0024): on SQLite each row lives in its primary
# key's B-tree, so a range of the key is read without a second look-up per row for `n`.
WITHOUT_ROWID = {"sqlite_with_rowid": False}


class CommentTally(Base):
    __tablename__ = "comment_tallies"
    __table_args__ = (
        PrimaryKeyConstraint("day", "survey_id", "team", "channel", "sentiment", "theme"),
        WITHOUT_ROWID,
    )

    survey_id: Mapped[str] = mapped_column(String(64))
    day: Mapped[str] = mapped_column(String(64))  # YYYY-MM-DD, local (local_day_offsets)
    team: Mapped[str] = mapped_column(String(64))  # '' for a conversation without a team
    channel: Mapped[str] = mapped_column(String(64))
    sentiment: Mapped[str] = mapped_column(String(64))
    theme: Mapped[str] = mapped_column(String(64))
    n: Mapped[int] = mapped_column(Integer, default=0)


class CommentRollup(Base):
    """comment_tallies summed by local week (`week` is its Monday); moved by triggers on comment_tallies."""

    __tablename__ = "comment_rollups"
    __table_args__ = (
        PrimaryKeyConstraint("week", "survey_id", "team", "channel", "sentiment", "theme"),
        WITHOUT_ROWID,
    )

    survey_id: Mapped[str] = mapped_column(String(64))
    week: Mapped[str] = mapped_column(String(64))  # YYYY-MM-DD, local
    team: Mapped[str] = mapped_column(String(64))
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
    # On the session's connection, not through the ORM's execute: a Core statement gains
    # nothing from the session's machinery, which cost about a quarter of the panel's read.
    counted = session.connection().execute(panel_statement(responses), panel_params(responses, zone)).all()
    return insights_from_kept(counted, top)


def panel_params(responses: ResponseFilters, zone: str) -> dict[str, str]:
    """The values of `panel_statement`'s named parameters for this period and these filters."""
    assert responses.since is not None and responses.until is not None
    kept = kept_days(local_date(responses.since, zone), local_date(responses.until, zone))
    days = {
        "first_day": kept.first,
        "end_day": kept.end,
        "week_from": kept.week_from,
        "week_to": kept.week_to,
    }
    given = {"survey": responses.survey, "channel": responses.channel, "team": responses.team}
    return {name: day.isoformat() for name, day in days.items()} | {k: v for k, v in given.items() if v}


def insights_from_kept(counted: Iterable[Sequence], top: int = 3) -> list[TeamInsight]:
    """team_insights from `panel_statement`'s rows of (team, sentiment, theme, n)."""
    comments: Counter[tuple[str | None, str]] = Counter()
    themes: Counter[tuple[str | None, str]] = Counter()
    for team, sentiment, theme, n in counted:
        key_team = team or None
        if theme == NO_THEME:
            comments[key_team, sentiment] += n
        else:
            themes[key_team, theme] += n  # summed over the comments' sentiments
    rows: list[tuple[str | None, str | None, str | None, int]]
    rows = [(team, sentiment, None, n) for (team, sentiment), n in comments.items() if n]
    rows += [(team, None, theme, n) for (team, theme), n in themes.items() if n]
    return insights_from_counts(rows, top)


# Built panel statements by filter shape (which filters are set, the teams allowed), as
# models/reports/summaries.py keeps its own: building one and working out its cache key
# cost more than reading a month of kept counts. A few per deployment.
_PANEL_STATEMENTS: dict[tuple, Select] = {}
MAX_PANEL_STATEMENTS = 256


def panel_statement(responses: ResponseFilters) -> Select:
    """(team, sentiment, theme, n) summed over the period's whole weeks and the days around them."""
    shape = panel_shape(responses)
    statement = _PANEL_STATEMENTS.get(shape)
    if statement is not None:
        return statement
    t, r = CommentTally, CommentRollup
    # The days before the whole weeks and those after them as two statements, each a range
    # of the key (as one OR, PostgreSQL without ANALYZE may scan more: models/tallies.py).
    days = select(t.team, t.sentiment, t.theme, t.n).where(*_key_conditions(t, responses))
    before = days.where(t.day >= _day("first_day"), t.day < _day("week_from"))
    after = days.where(t.day >= _day("week_to"), t.day < _day("end_day"))
    weeks = select(r.team, r.sentiment, r.theme, r.n).where(
        r.week >= _day("week_from"), r.week < _day("week_to"), *_key_conditions(r, responses)
    )
    kept = union_all(before, after, weeks).subquery("kept")
    statement = select(kept.c.team, kept.c.sentiment, kept.c.theme, func.sum(kept.c.n)).group_by(
        kept.c.team, kept.c.sentiment, kept.c.theme
    )
    if len(_PANEL_STATEMENTS) < MAX_PANEL_STATEMENTS:
        _PANEL_STATEMENTS[shape] = statement
    return statement


def panel_shape(responses: ResponseFilters) -> tuple:
    """What `panel_statement` is built differently for: which filters are set, the teams allowed."""
    allowed = None if responses.allowed_teams is None else tuple(sorted(responses.allowed_teams))
    return (bool(responses.survey), bool(responses.channel), bool(responses.team), allowed)


def _day(name: str):
    """A day written into the SQL at each run (as models/tallies.py does for its period): as a
    bound value, PostgreSQL may switch a statement run often to a generic plan made without
    knowing the days."""
    return bindparam(name, type_=String(), literal_execute=True)


def _key_conditions(table: type[CommentTally] | type[CommentRollup], responses: ResponseFilters) -> list:
    """The filters as named parameters (survey, channel, team); the allowed teams are in the shape."""
    conditions = [table.n > 0]
    if responses.survey:
        conditions.append(table.survey_id == bindparam("survey", type_=String()))
    if responses.channel:
        conditions.append(table.channel == bindparam("channel", type_=String()))
    if responses.team:
        conditions.append(table.team == bindparam("team", type_=String()))
    if responses.allowed_teams is not None:
        conditions.append(table.team.in_(sorted(responses.allowed_teams)))
    return conditions


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
    session.execute(delete(CommentRollup).where(CommentRollup.n == 0))  # the old zone's weeks, now empty
