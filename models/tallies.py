"""Answer counts kept up to date by the database, so the dashboard never rescans every answer.

`answer_tallies` holds, for each (survey, local day the conversation started, team,
channel, question, value), how many counted answers there are. Database triggers
(migrations 0005_admin_tallies and 0016_local_day_tallies, for SQLite and PostgreSQL)
keep it exact on every insert, update and delete of answers and conversations,
whoever writes them. `answer_rollups` holds the same counts summed by local week
(kept by triggers on answer_tallies, migration 0022_answer_rollups), so a long period
counted by week reads its whole weeks there and only its two partial ends day by day.
The local day is the UTC time plus the offset that `local_day_offsets`
(models/local_days.py) gives for that moment, so the tallies are in the zone stored
there; `use_time_zone` recounts them when that changes.
Counted means what models/reports/summaries.py counts: not skipped, with a value, in a
conversation that is not a test. Only closed answers are tallied (a number, or
yes / no / partly), so free text never lands here. Rows may fall to n = 0.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, PrimaryKeyConstraint, Select, String, and_, bindparam, delete, text
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base
from models.comment_tallies import WITHOUT_ROWID, recount_comments
from models.local_days import is_local_midnight, local_date, store_time_zone, stored_time_zone
from models.reports.periods import Interval, kept_days
from models.reports.responses import ResponseFilters

# Text values the triggers tally besides numbers (yes_no questions).
TALLIED_WORDS = ("yes", "no", "partly")
NO_TEAM = ""  # the tally key for a conversation without a team


class AnswerTally(Base):
    __tablename__ = "answer_tallies"
    __table_args__ = (
        PrimaryKeyConstraint("survey_id", "day", "team", "channel", "question_id", "value"),
        WITHOUT_ROWID,
    )

    survey_id: Mapped[str] = mapped_column(String(64))
    day: Mapped[str] = mapped_column(String(10))  # YYYY-MM-DD, local (local_day_offsets)
    team: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(16))
    question_id: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(String(64))
    n: Mapped[int] = mapped_column(Integer, default=0)


class AnswerRollup(Base):
    """The daily tallies summed by local week (`week` is its Monday).

    Kept by triggers on answer_tallies (migration 0022_answer_rollups), so it moves
    whenever a daily tally does.
    """

    __tablename__ = "answer_rollups"
    __table_args__ = (
        PrimaryKeyConstraint("survey_id", "week", "team", "channel", "question_id", "value"),
        WITHOUT_ROWID,
    )

    survey_id: Mapped[str] = mapped_column(String(64))
    week: Mapped[str] = mapped_column(String(10))  # YYYY-MM-DD, local
    team: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(16))
    question_id: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(String(64))
    n: Mapped[int] = mapped_column(Integer, default=0)


def tallies_cover(
    values: list[int | str], since: datetime, until: datetime, zone: str, kept_zone: str | None
) -> bool:
    """True when the tallies can answer exactly: kept in `zone`, whole local days, only tallied values."""
    whole_days = is_local_midnight(since, zone) and is_local_midnight(until, zone)
    return kept_zone == zone and whole_days and all(isinstance(v, int) or v in TALLIED_WORDS for v in values)


def filter_tallies(query: Select, filters: ResponseFilters, values: dict[str, str]) -> tuple[Select, Select]:
    """Daily tally rows of the days before and of the days after the whole weeks `filter_rollups` reads.

    Two statements, each a range of the key: the period less its weeks read every day of
    the period (30 days at 50,000 answers: 2,184 rows for 578 kept), and the two ranges
    as one OR led PostgreSQL without ANALYZE to scan the survey's every day (41 ms, not 4).
    The same filters ResponseFilters.apply puts on conversations. The period, survey,
    channel and team are named parameters (`tally_params` gives their values), so a
    statement built once can be run again for other values of the same `tally_shape`.
    """
    t = AnswerTally
    param = _params(values)
    keys = _key_conditions(t, filters, values)
    before = query.where(t.day >= param("tally_first_day"), t.day < param("rollup_from"), *keys)
    after = query.where(t.day >= param("rollup_to"), t.day < param("tally_end_day"), *keys)
    return before, after


def filter_rollups(query: Select, filters: ResponseFilters, values: dict[str, str]) -> Select:
    """Roll-up rows of the period's whole weeks (none for a monthly trend), with the same filters."""
    r = AnswerRollup
    param = _params(values)
    whole = and_(r.week >= param("rollup_from"), r.week < param("rollup_to"))
    return query.where(whole, *_key_conditions(r, filters, values))


def _key_conditions(
    table: type[AnswerTally] | type[AnswerRollup], filters: ResponseFilters, values: dict
) -> list:
    conditions = [table.n > 0]
    columns = {"tally_survey": table.survey_id, "tally_channel": table.channel, "tally_team": table.team}
    param = _params(values)
    conditions += [column == param(name) for name, column in columns.items() if name in values]
    if filters.allowed_teams is not None:
        conditions.append(table.team.in_(sorted(filters.allowed_teams)))
    return conditions


# The period's days are written into the SQL at each run (the built statement is still
# reused). As bound values, after a few runs PostgreSQL switched the prepared statement
# to a generic plan made without knowing the days, and a year took 4x as long.
PERIOD_PARAMS = frozenset({"tally_first_day", "tally_end_day", "rollup_from", "rollup_to"})


def _params(values: dict[str, str]):
    """Named parameters carrying this period's values (a later run may pass others)."""
    return lambda name: bindparam(name, values[name], literal_execute=name in PERIOD_PARAMS)


def tally_params(
    filters: ResponseFilters, since: datetime, until: datetime, zone: str, interval: Interval
) -> dict[str, str]:
    """The values of the named parameters of `filter_tallies` and `filter_rollups`."""
    # Weeks only: a monthly trend's buckets cut through weeks, so it reads every day.
    days = kept_days(local_date(since, zone), local_date(until, zone), whole_weeks=interval == "week")
    values = {
        "tally_first_day": days.first.isoformat(),
        "tally_end_day": days.end.isoformat(),
        "rollup_from": days.week_from.isoformat(),
        "rollup_to": days.week_to.isoformat(),
    }
    given = {"tally_survey": filters.survey, "tally_channel": filters.channel, "tally_team": filters.team}
    return values | {name: value for name, value in given.items() if value}


def tally_shape(filters: ResponseFilters) -> tuple:
    """What `filter_tallies` builds differently for: which filters are set, and the teams allowed."""
    allowed = None if filters.allowed_teams is None else tuple(sorted(filters.allowed_teams))
    return (bool(filters.survey), bool(filters.channel), bool(filters.team), allowed)


# The local day of conversation c, as the triggers of 0016_local_day_tallies work it out.
_OFFSET = (
    "(SELECT o.offset_seconds FROM local_day_offsets o WHERE o.starts_at <= c.started_at "
    "ORDER BY o.starts_at DESC LIMIT 1)"
)
LOCAL_DAY_SQL = {
    "sqlite": f"date(c.started_at, coalesce({_OFFSET}, 0) || ' seconds')",
    "postgresql": (
        f"to_char((c.started_at AT TIME ZONE 'UTC') + make_interval(secs => coalesce({_OFFSET}, 0)), "
        "'YYYY-MM-DD')"
    ),
}
COUNTED_SQL = (
    "NOT a.skipped AND a.value IS NOT NULL "
    "AND (a.value_num IS NOT NULL OR a.value IN ('yes', 'no', 'partly'))"
)


def use_time_zone(session: Session, zone: str) -> bool:
    """Keep the tallies in `zone`: if they are in another, store its offsets and recount them (True).

    comment_tallies (models/comment_tallies.py) are filed by the same local days, so recounted too.
    """
    if stored_time_zone(session) == zone:
        return False
    store_time_zone(session, zone)
    session.execute(delete(AnswerTally))  # its triggers take the roll-ups down with it
    day = LOCAL_DAY_SQL[session.get_bind().dialect.name]
    session.execute(
        text(f"""INSERT INTO answer_tallies (survey_id, day, team, channel, question_id, value, n)
        SELECT survey_id, day, team, channel, question_id, value, count(*) FROM (
          SELECT c.survey_id, {day} AS day, coalesce(c.team, '') AS team, c.channel, a.question_id, a.value
          FROM answers a JOIN conversations c ON c.id = a.conversation_id
          WHERE NOT c.is_test AND {COUNTED_SQL}
        ) counted
        GROUP BY survey_id, day, team, channel, question_id, value""")
    )
    session.execute(delete(AnswerRollup).where(AnswerRollup.n == 0))  # the old zone's weeks, now empty
    recount_comments(session, day)
    return True
