"""The figures behind the dashboard and GET /api/v1/summary: one source of truth.

What counts (the NHS Friends and Family Test method; docs/api.md):
- Only answers of conversations that are not tests (`is_test`) and belong to the
  survey summarised; the period, team and channel filter the conversation (by
  `started_at`, in the organisation's local days: models/reports/periods.py).
- An answer counts when it has a value: skipped questions and questions left
  unanswered after unclear replies are not responses, so they are in no figure.
- % positive and % negative divide by every counted answer, "Neither" and
  "Don't know" included; values a question marks `excluded` (timely's "I did not
  need any") are left out of the denominator and reported separately.
- Top-box % is reported for the approach questions.
- A figure resting on fewer than 5 answers is suppressed: its percentages are
  None and `suppressed` is True, never a number.
- Goals are judged on the percentage as shown (one decimal place).

The database does the counting, grouped by week or month, team, channel and question:
from `answer_tallies` (models/tallies.py, kept exact by triggers) when the period
is whole local days and the tallies are kept in the organisation's zone (with a
weekly trend, its whole weeks from `answer_rollups` and only its partial ends day
by day), else from the answers themselves. Overall figures, the trend
and the breakdowns are sums of those small groups, so every view agrees.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Literal, NamedTuple

from sqlalchemy import (
    CompoundSelect,
    Date,
    Select,
    Text,
    case,
    cast,
    func,
    literal_column,
    null,
    or_,
    select,
    tuple_,
    union_all,
)
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from models.conversation import Answer, Conversation
from models.driver_read import DriverRead
from models.local_days import LocalDayOffset, local_date, stored_time_zone
from models.reports.periods import Interval, bucket_of, bucket_starts, day_of
from models.reports.responses import ResponseFilters
from models.tallies import (
    PERIOD_PARAMS,
    AnswerRollup,
    AnswerTally,
    filter_rollups,
    filter_tallies,
    tallies_cover,
    tally_params,
    tally_shape,
)
from settings import Channels, Config, Goal, Question, Survey

SUPPRESS_BELOW = 5
# Where counts come from: answer_tallies when it can answer exactly ("auto"), or the answers.
Source = Literal["auto", "live", "kept"]


@dataclass(frozen=True)
class Tally:
    """Raw counts for one question in one group."""

    answers: int = 0  # every counted answer, excluded values included
    positive: int = 0
    negative: int = 0
    top_box: int = 0
    excluded: int = 0


Measure = Literal["positive", "negative", "top_box"]
Comparison = Literal["at_least", "at_most"]


@dataclass(frozen=True)
class GoalCheck:
    measure: Measure
    comparison: Comparison
    target: float
    met: bool | None  # None: too few answers to judge


@dataclass(frozen=True)
class Figures:
    """One question's figures for one group; percentages are None when suppressed."""

    question_id: str
    count: int | None  # the denominator (answers minus excluded values); None when suppressed
    excluded: int | None  # answers left out of the denominator; None when 1 to 4
    suppressed: bool
    positive_pct: float | None
    negative_pct: float | None
    top_box_pct: float | None
    goals: tuple[GoalCheck, ...] = ()

    @property
    def goals_met(self) -> bool | None:
        """True when every goal is met, False when one is not, None when unknown or no goal."""
        if not self.goals or any(g.met is None for g in self.goals):
            return None
        return all(g.met for g in self.goals)


@dataclass(frozen=True)
class Group:
    """Figures for every measured question, for one team, channel or time bucket."""

    key: str | None
    label: str
    figures: dict[str, Figures]


@dataclass(frozen=True)
class Summary:
    survey: Survey
    questions: tuple[Question, ...]
    since: datetime
    until: datetime
    interval: Interval
    overall: dict[str, Figures]
    trend: tuple[Group, ...]
    by_team: tuple[Group, ...]
    by_channel: tuple[Group, ...]
    filters: ResponseFilters = field(repr=False, default_factory=ResponseFilters)
    time_zone: str = "UTC"  # the zone of every day, week and month above
    # The zone the kept counts are in, when the figures' statement read it (the comment panel
    # reads the same counts and needs it too); None when it was not read. Not a figure: two
    # Summaries with the same figures are equal however they were counted.
    kept_zone: str | None = field(default=None, compare=False)
    # The rows of a `Beside` statement sent with the figures' (the page's comment panel), None
    # when it was not sent or the figures were not read from the kept counts. Not a figure.
    beside: tuple[tuple[str, str, str, int], ...] | None = field(default=None, compare=False, repr=False)
    # The rows of an `Aside` statement sent with the figures' (the page's side panels), as JSON
    # lists; None when it was not sent or the figures' statement did not read the kept counts.
    aside: tuple[list, ...] | None = field(default=None, compare=False, repr=False)

    @property
    def first_day(self) -> date:
        return local_date(self.since, self.time_zone)

    @property
    def last_day(self) -> date:
        """The last local day included (until is the midnight after it)."""
        return local_date(self.until - timedelta(microseconds=1), self.time_zone)


@dataclass(frozen=True)
class Beside:
    """Another read of kept counts sent in the figures' statement, so it costs no statement of its
    own (on PostgreSQL, no round trip): the page's comment panel. `statement` has four columns,
    three of text and a count; it is sent only when the figures are read from the kept counts,
    and its rows come back in `Summary.beside`."""

    shape: tuple  # what `statement` is built differently for, part of the built statement's key
    statement: Select
    params: dict[str, str]


@dataclass(frozen=True)
class Aside:
    """A statement of any columns whose rows ride in the figures' statement on PostgreSQL, all of
    them in one row as JSON text, ordered by `order`: one round trip a page fewer (the page's side
    panels; a statement of a few rows cost the server far less than the trip). Sent only when the
    figures are read from the kept counts; its rows come back in `Summary.aside` as JSON lists
    (a timestamp as ISO 8601 text), and the caller turns them back into its columns' types."""

    shape: tuple  # what `statement` is built differently for, part of the built statement's key
    statement: CompoundSelect | Select
    params: dict[str, Any]
    order: tuple[str, ...]  # the columns its rows are ordered by


def measured_questions(survey: Survey) -> tuple[Question, ...]:
    """Questions with a scoring (positive or negative values), in survey order."""
    return tuple(q for q in survey.questions if q.positive or q.negative)


def reports_top_box(question: Question) -> bool:
    return question.dimension == "approach" and bool(question.top_box)


def percent(part: int, whole: int) -> float:
    """part/whole as a percentage rounded half up to one decimal place.

    Worked in whole tenths with integers, exactly as Decimal's ROUND_HALF_UP would and
    ten times faster (a year's page shows hundreds of figures).
    """
    tenths = (2000 * part + whole) // (2 * whole)  # floor(1000 * part / whole + 1/2)
    return tenths / 10


def figures_for(question: Question, tally: Tally, goal: Goal | None) -> Figures:
    """Turn raw counts into the figures people see, applying suppression and goals."""
    counts = (tally.answers, tally.positive, tally.negative, tally.top_box, tally.excluded)
    return figures_from(scoring(question, goal), counts)


# A goal that applies to a question: the figure it judges (0 positive, 1 negative, 2 top box),
# whether it is a floor, its target, and its GoalCheck for each verdict (None, True, False).
GoalPlan = tuple[int, bool, float, dict[bool | None, GoalCheck]]


class Scoring(NamedTuple):
    """What a question's figures need of the question and its goal, worked out once a summary
    rather than for each of its groups (a month's page has 65 figures, a year's hundreds)."""

    question_id: str
    top_box: bool  # `reports_top_box`
    goals: tuple[GoalPlan, ...]


def scoring(question: Question, goal: Goal | None) -> Scoring:
    top_box = reports_top_box(question)
    plans: list[GoalPlan] = []
    if goal is not None:
        pairs: tuple[tuple[int, Measure, Comparison, float | None], ...] = (
            (0, "positive", "at_least", goal.positive_at_least),
            (1, "negative", "at_most", goal.negative_at_most),
            (2, "top_box", "at_least", goal.top_box_at_least),
        )
        for index, measure, comparison, target in pairs:
            if target is None or (measure == "top_box" and not top_box):
                continue
            # Frozen, so one per verdict serves every group.
            checks = {met: GoalCheck(measure, comparison, target, met) for met in (None, True, False)}
            plans.append((index, comparison == "at_least", target, checks))
    return Scoring(question.id, top_box, tuple(plans))


def figures_from(scored: Scoring, counts: Sequence[int]) -> Figures:
    """`figures_for` from a question's `Scoring` and its counts in Tally's field order."""
    answers, positive, negative, top_box, excluded = counts
    count = answers - excluded
    suppressed = count < SUPPRESS_BELOW
    if suppressed:
        positive_pct = negative_pct = top_box_pct = None
    else:
        positive_pct, negative_pct = percent(positive, count), percent(negative, count)
        top_box_pct = percent(top_box, count) if scored.top_box else None
    shown = (positive_pct, negative_pct, top_box_pct)
    checks = []
    for index, at_least, target, verdicts in scored.goals:
        figure = shown[index]
        met = None if figure is None else (figure >= target if at_least else figure <= target)
        checks.append(verdicts[met])
    excluded_shown = excluded if excluded == 0 or excluded >= SUPPRESS_BELOW else None
    return Figures(
        scored.question_id,
        None if suppressed else count,
        excluded_shown,
        suppressed,
        positive_pct,
        negative_pct,
        top_box_pct,
        tuple(checks),
    )


Scores = dict[tuple[str, str], tuple[bool, bool, bool, bool]]


def scores(questions: tuple[Question, ...]) -> Scores:
    """(question id, value) -> whether it counts as positive, negative, top box, excluded."""
    found: Scores = {}
    for q in questions:
        positive, negative = {str(v) for v in q.positive}, {str(v) for v in q.negative}
        top_box = {str(v) for v in q.top_box} if reports_top_box(q) else set()
        excluded = {str(v) for v in q.excluded}
        for value in positive | negative | top_box | excluded:
            found[(q.id, value)] = (value in positive, value in negative, value in top_box, value in excluded)
    return found


UNSCORED = (False, False, False, False)
NO_COUNTS = (0, 0, 0, 0, 0)  # Tally's fields for a question nobody answered


def add_to(sums: list[int], n: int, scored: tuple[bool, bool, bool, bool]) -> None:
    """Add n answers of one value to Tally fields (a list in Tally's order)."""
    sums[0] += n
    for i, counts in enumerate(scored, start=1):
        if counts:
            sums[i] += n


def use_tallies(
    session: Session,
    questions: tuple[Question, ...],
    filters: ResponseFilters,
    zone: str,
    source: Source,
    kept_zone: str | None = None,
) -> bool:
    """Whether to count from answer_tallies: when it answers exactly ("auto"), or when asked to.

    `kept_zone` is the zone the tallies are kept in, when the caller has read it already.
    """
    if source != "auto":
        return source == "kept"
    if filters.since is None or filters.until is None:
        return False
    scored = [v for q in questions for v in (*q.positive, *q.negative, *q.top_box, *q.excluded)]
    kept_zone = kept_zone or stored_time_zone(session)
    return tallies_cover(scored, filters.since, filters.until, zone, kept_zone)


def value_counts(
    session: Session,
    questions: tuple[Question, ...],
    filters: ResponseFilters,
    zone: str,
    interval: Interval,
    source: Source,
) -> Select:
    """(bucket, team, channel, question_id, value, n): how many counted answers gave each value.

    Values, not scores: the scoring is config.yaml's, applied later to a few hundred sums
    (a CASE per scored value on every row counted cost more than the counting itself).
    """
    assert filters.since is not None and filters.until is not None  # periods are always bounded here
    ids = [q.id for q in questions]
    if use_tallies(session, questions, filters, zone, source):
        return _kept_counts(session, ids, filters, zone, interval)
    day = bucket_of(session, day_of(session, zone, filters.since, filters.until), interval).label("bucket")
    c, a = Conversation, Answer
    query = (
        select(day, c.team, c.channel, a.question_id, a.value, func.count().label("n"))
        .select_from(a)
        .join(c, c.id == a.conversation_id)
        .where(a.question_id.in_(ids), a.skipped.is_(False), a.value.is_not(None))
        .group_by(day, c.team, c.channel, a.question_id, a.value)
    )
    return filters.apply(query)


def _kept_counts(
    session: Session, ids: list[str], filters: ResponseFilters, zone: str, interval: Interval
) -> Select:
    """value_counts from the kept counts: `_kept_rows` summed by bucket, team, channel, question and value."""
    rows = _kept_rows(session, ids, filters, zone, interval).subquery("kept")
    key = (rows.c.bucket, rows.c.team, rows.c.channel, rows.c.question_id, rows.c.value)
    return select(*key, func.sum(rows.c.n).label("n")).group_by(*key)


def _kept_rows(
    session: Session, ids: list[str], filters: ResponseFilters, zone: str, interval: Interval
) -> CompoundSelect:
    """(bucket, team, channel, question_id, value, n): whole weeks from the roll-ups, the days
    before and after them day by day (models/reports/periods.py `kept_days`)."""
    assert filters.since is not None and filters.until is not None
    values = tally_params(filters, filters.since, filters.until, zone, interval)
    t, r = AnswerTally, AnswerRollup
    week: Any = r.week
    if session.get_bind().dialect.name == "postgresql":  # bucket_of gives dates there
        week = cast(week, Date)
    days = select(bucket_of(session, t.day, interval).label("bucket"), *_kept_key(t))
    weeks = select(week.label("bucket"), *_kept_key(r))
    return union_all(
        *filter_tallies(days.where(t.question_id.in_(ids)), filters, values),
        filter_rollups(weeks.where(r.question_id.in_(ids)), filters, values),
    )


def _kept_key(table: type[AnswerTally] | type[AnswerRollup]) -> tuple:
    return (table.team, table.channel, table.question_id, table.value, table.n)


def _day(bucket: Any) -> str:
    """A bucket as 'YYYY-MM-DD': PostgreSQL gives dates (models/reports/periods.py), SQLite text."""
    return bucket if isinstance(bucket, str) else bucket.isoformat()


def grouped_tallies(
    session: Session,
    questions: tuple[Question, ...],
    filters: ResponseFilters,
    zone: str,
    interval: Interval = "week",
    source: Source = "auto",
) -> list[tuple[str, str | None, str, str, tuple[int, ...]]]:
    """(bucket, team, channel, question_id, Tally fields) for the filters (a period of `zone`'s days)."""
    scored = scores(questions)
    groups: dict[tuple[Any, str | None, str, str], list[int]] = {}
    for bucket, team, channel, question_id, value, n in session.execute(
        value_counts(session, questions, filters, zone, interval, source)
    ):
        # answer_tallies keeps "no team" as ''.
        sums = groups.setdefault((bucket, team or None, channel, question_id), [0] * 5)
        add_to(sums, n, scored.get((question_id, value), UNSCORED))
    # Tuples in Tally's field order, not Tally objects: there can be tens of thousands.
    return [(_day(b), team, channel, qid, tuple(sums)) for (b, team, channel, qid), sums in groups.items()]


Dimension = Literal["bucket", "team", "channel"]


def counted_marginals(
    session: Session,
    questions: tuple[Question, ...],
    filters: ResponseFilters,
    zone: str,
    interval: Interval = "week",
    source: Source = "auto",
    kept_zone: str | None = None,
    beside: Beside | None = None,
    aside: Aside | None = None,
) -> Counted:
    """Tally fields per question for each bucket, each team and each channel (what a Summary
    shows), and the zone the kept counts are in when the statement read it (else `kept_zone`);
    and `beside`'s rows when it was sent with the kept counts (else None); and `aside`'s rows
    (PostgreSQL only, else ignored) whenever the kept counts' statement ran, in the zone
    or not: they do not depend on it.

    One statement reading the value counts once (`_marginals`), summed by each dimension in
    one pass: by the database where it can group several ways at once, else here.

    When the caller has not read that zone, the kept counts are read on the guess that they
    are in the organisation's zone, and the statement brings the zone back beside them: one
    statement instead of two. Only when the guess was wrong (the zone changed and the counts
    are not yet recounted, or nothing is kept yet) are the answers counted instead.
    """
    assert filters.since is not None and filters.until is not None  # periods are always bounded here
    scored = scores(questions)
    if _may_read_kept(questions, filters, zone, source, kept_zone):
        # Read from the tallies, the statement differs only by the filters' shape: built
        # once per worker and shape, run with this period's values (building it and
        # working out its cache key cost more than a month's tallies take to read).
        dialect = session.get_bind().dialect.name
        if dialect != "postgresql":
            aside = None  # no round trip to save, and no json_agg
        ids = tuple(q.id for q in questions)
        shape = (dialect, ids, interval, tally_shape(filters), beside and beside.shape, aside and aside.shape)
        statement = _KEPT_STATEMENTS.get(shape)
        params = tally_params(filters, filters.since, filters.until, zone, interval)
        for carried in (beside, aside):
            if carried is not None:
                params |= carried.params
        if statement is None:
            built = _marginals(session, questions, filters, zone, interval, "kept", beside, aside)
            statement = _driver_read(session, built)
            if len(_KEPT_STATEMENTS) < MAX_KEPT_STATEMENTS:
                _KEPT_STATEMENTS[shape] = statement
        rows = _rows(session, statement, params)
        counted = _sum_marginals(rows, scored, beside is not None, aside is not None)
        if counted.kept_zone == zone or source == "kept":
            return counted
        kept_zone, aside_rows = counted.kept_zone, counted.aside
    else:
        aside_rows = None
    live = _marginals(session, questions, filters, zone, interval, "live")
    return Counted(_sum_marginals(_rows(session, live, {}), scored, False).sums, kept_zone, None, aside_rows)


def _rows(
    session: Session, statement: CompoundSelect | DriverRead, params: dict[str, Any]
) -> Sequence[Row] | list[tuple[Any, ...]]:
    """The statement's rows, fetched at once on the session's connection: through the ORM's
    result machinery, row by row, a month's few hundred sums took 2.5 ms of CPU, not 1.9."""
    if isinstance(statement, DriverRead):
        return statement.rows(session.connection(), params)
    return session.connection().execute(statement, params).all()


def _driver_read(session: Session, statement: CompoundSelect) -> CompoundSelect | DriverRead:
    """On psycopg, the kept counts' statement as a `DriverRead` (its SQL worked out once per
    period, run on the driver); elsewhere as it is. Every column of it is one the driver gives
    as SQLAlchemy would (text, integers, dates, JSON as text)."""
    dialect = session.get_bind().dialect
    if dialect.driver != "psycopg":
        return statement
    return DriverRead(statement, dialect, PERIOD_PARAMS)


def _may_read_kept(
    questions: tuple[Question, ...],
    filters: ResponseFilters,
    zone: str,
    source: Source,
    kept_zone: str | None,
) -> bool:
    """Whether to read the kept counts: asked to, or they would answer exactly if kept in `zone`
    (`kept_zone`, when the caller has read it; else the statement checks)."""
    if source != "auto":
        return source == "kept"
    assert filters.since is not None and filters.until is not None
    scored = [v for q in questions for v in (*q.positive, *q.negative, *q.top_box, *q.excluded)]
    return tallies_cover(scored, filters.since, filters.until, zone, kept_zone or zone)


Sums = dict[Dimension, dict[str | None, dict[str, list[int]]]]


class Counted(NamedTuple):
    """What `counted_marginals` read."""

    sums: Sums  # tally fields per dimension, key and question
    kept_zone: str | None  # the zone the kept counts are in, when read
    beside: tuple[tuple[str, str, str, int], ...] | None  # a `Beside` statement's rows, when sent
    aside: tuple[list, ...] | None = None  # an `Aside` statement's rows as JSON lists, when sent


def _sum_marginals(
    rows: Iterable[Row] | Iterable[tuple[Any, ...]],
    scored: Scores,
    with_beside: bool,
    with_aside: bool = False,
) -> Counted:
    """The statement's rows (`_marginals`) as tally fields per dimension, key and question; the
    zone the kept counts are in, from the row without a question; and the `Beside` and `Aside` rows."""
    found: Sums = {"bucket": {}, "team": {}, "channel": {}}
    by_bucket, by_team, by_channel = found["bucket"], found["team"], found["channel"]
    # Which Tally fields each scored value adds to, worked out once rather than per row.
    fields = {key: tuple(i for i, on in enumerate(flags, start=1) if on) for key, flags in scored.items()}
    kept_in = None
    beside: list[tuple[str, str, str, int]] = []
    aside: tuple[list, ...] = ()
    days: dict[Any, dict[str, list[int]]] = {}  # a bucket's sums by the bucket as read: a few buckets
    for grouped, bucket, team, channel, question_id, value, n, *shares in rows:
        if grouped == ASIDE:  # the Aside statement's rows, as JSON text in the team column
            aside = tuple(json.loads(team)) if team else ()  # json_agg of no rows is NULL
            continue
        if question_id is None:
            kept_in = team
            continue
        if grouped == BESIDE:  # the Beside statement's columns in team, channel and question_id
            beside.append((team, channel, question_id, int(n)))
            continue
        added = fields.get((question_id, value), ())
        n = int(n)
        if grouped == BY_BUCKET:
            per_question = days.get(bucket)
            if per_question is None:
                per_question = days[bucket] = by_bucket.setdefault(_day(bucket), {})
            _add(per_question, question_id, n, added)
            # SQLite's bucket rows also carry each known channel's share (`_by_known_channel`).
            for known, share in zip(KNOWN_CHANNELS, shares, strict=False):
                if share:  # a channel with no such answer has no sum, as when grouped by channel
                    _add(by_channel.setdefault(known, {}), question_id, int(share), added)
        elif grouped == BY_TEAM:
            _add(by_team.setdefault(team or None, {}), question_id, n, added)  # '' is "no team"
        else:
            _add(by_channel.setdefault(channel, {}), question_id, n, added)
    return Counted(found, kept_in, tuple(beside) if with_beside else None, aside if with_aside else None)


def _add(per_question: dict[str, list[int]], question_id: str, n: int, fields: tuple[int, ...]) -> None:
    """Add n answers of one value to the question's tally fields (its count and `fields`)."""
    sums = per_question.get(question_id)
    if sums is None:
        sums = per_question[question_id] = [0] * 5
    sums[0] += n
    for i in fields:
        sums[i] += n


# Built summary statements by (dialect, questions, interval, filter shape); a few per deployment.
_KEPT_STATEMENTS: dict[tuple, CompoundSelect | DriverRead] = {}
MAX_KEPT_STATEMENTS = 256


# What a row of `_marginals` is summed by, as GROUPING(bucket, team, channel) says: a bit set
# for each column it is not grouped by.
BY_BUCKET, BY_TEAM, BY_CHANNEL = 0b011, 0b101, 0b110
BESIDE = 0b111  # a row of the `Beside` statement, which no grouping of the three gives
ASIDE = 0b1000  # the row carrying the `Aside` statement's rows


def _marginals(
    session: Session,
    questions: tuple[Question, ...],
    filters: ResponseFilters,
    zone: str,
    interval: Interval,
    source: Source,
    beside: Beside | None = None,
    aside: Aside | None = None,
) -> CompoundSelect:
    """The value counts summed by bucket, by team and by channel, in one statement, as rows of
    (grouped, bucket, team, channel, question_id, value, n): `grouped` says which of the three
    the row is summed by (`BY_BUCKET`...), and the other two are NULL.

    PostgreSQL reads the value counts once and sums them all three ways in the same pass
    (GROUPING SETS). SQLite has no GROUPING SETS: the value counts are a materialised CTE
    there, read once, then summed by bucket (with each known channel's share) and by team, a
    sort each (`_by_known_channel`; adding them up here instead, from the unsummed rows, took
    longer in Python than the sorts).

    Read from the kept counts, one more row, without a question, carries the zone they are
    kept in, to say whether they answer for the organisation's zone; and `beside`'s rows follow,
    marked `BESIDE`, its four columns in team, channel, question_id and n; then, on PostgreSQL,
    one row marked `ASIDE` with `aside`'s rows as a JSON array of arrays in the team column.
    """
    counted: Select | CompoundSelect
    if source == "kept":  # already about one row per group
        counted = _kept_rows(session, [q.id for q in questions], filters, zone, interval)
    else:
        counted = value_counts(session, questions, filters, zone, interval, source)
    postgresql = session.get_bind().dialect.name == "postgresql"
    # SQLite reads the CTE more than once: materialised, the value counts are read once.
    rows = counted.subquery("counted") if postgresql else counted.cte("counted").prefix_with("MATERIALIZED")
    key, per_value = (rows.c.bucket, rows.c.team, rows.c.channel), (rows.c.question_id, rows.c.value)
    parts: list[Select] = []
    # SQLite's rows carry one more column per known channel (`_by_known_channel`); PostgreSQL's none.
    padding: list[Any] = [] if postgresql else [literal_column("0")] * len(KNOWN_CHANNELS)
    if postgresql:
        by_each = func.grouping_sets(*(tuple_(column, *per_value) for column in key))
        parts.append(select(func.grouping(*key), *key, *per_value, func.sum(rows.c.n)).group_by(by_each))
    else:
        parts += _by_known_channel(rows, key, per_value, padding)
    if source == "kept":
        # The zone in the team column: text on both databases (a bucket is a date on PostgreSQL).
        kept_in = select(LocalDayOffset.time_zone).limit(1).scalar_subquery()
        zero: Any = literal_column("0")
        parts.append(select(zero, null(), kept_in, null(), null(), null(), zero, *padding))
        if beside is not None:
            first, second, third, count = beside.statement.subquery("beside").c
            marked: Any = literal_column(str(BESIDE))
            parts.append(select(marked, null(), first, second, third, null(), count, *padding))
        if aside is not None:
            carried = aside.statement.subquery("aside")
            in_order = aggregate_order_by(
                func.json_build_array(*carried.c), *(carried.c[name] for name in aside.order)
            )
            as_json = select(cast(func.json_agg(in_order), Text)).scalar_subquery()
            parts.append(select(literal_column(str(ASIDE)), null(), as_json, null(), null(), null(), zero))
    return union_all(*parts)


# The channels Heard can run (config.yaml's `channels`): on SQLite each is a column of the
# bucket sums, so the channel sums need no sort of their own.
KNOWN_CHANNELS = tuple(Channels.model_fields)


def _by_known_channel(rows: Any, key: tuple, per_value: tuple, padding: list) -> list[Select]:
    """SQLite's sums, as `_marginals` rows with a column per known channel after `n`.

    SQLite has no GROUPING SETS, and each GROUP BY is a sort of every row. The bucket sums
    also count each known channel's share, from which `_sum_marginals` adds up the channel
    sums, so there are two sorts, not three; a channel not known in advance (or none) is
    summed by a GROUP BY of its own rows only, usually none.
    """
    bucket, team, channel = key
    total = func.sum(rows.c.n)
    shares = [func.sum(case((channel == known, rows.c.n), else_=0)) for known in KNOWN_CHANNELS]
    by_bucket = select(literal_column(str(BY_BUCKET)), bucket, null(), null(), *per_value, total)
    by_team = select(literal_column(str(BY_TEAM)), null(), team, null(), *per_value, total)
    by_other = select(literal_column(str(BY_CHANNEL)), null(), null(), channel, *per_value, total)
    return [
        by_bucket.add_columns(*shares).group_by(bucket, *per_value),
        by_team.add_columns(*padding).group_by(team, *per_value),
        by_other.add_columns(*padding)
        .where(or_(channel.is_(None), channel.not_in(KNOWN_CHANNELS)))
        .group_by(channel, *per_value),
    ]


def summarise(
    session: Session,
    config: Config,
    filters: ResponseFilters,
    since: datetime,
    until: datetime,
    interval: Interval = "week",
    source: Source = "auto",
    kept_zone: str | None = None,
    beside: Beside | None = None,
    aside: Aside | None = None,
) -> Summary:
    """Every figure for the filters between `since` (inclusive) and `until` (exclusive).

    `kept_zone`: the zone the tallies are kept in (models/local_days.py), when the caller
    has read it already; else the figures' statement reads it (`counted_marginals`), and the
    Summary carries it for the panels beside the figures. `beside`: a read of kept counts to
    send with the figures' statement (`Beside`); its rows are in the Summary. `aside`: any
    statement to send with it on PostgreSQL (`Aside`); its rows are in the Summary too.
    """
    survey = (filters.survey and config.survey(filters.survey)) or config.default_survey
    filters = ResponseFilters(
        channel=filters.channel,
        survey=survey.id,
        team=filters.team,
        since=since,
        until=until,
        allowed_teams=filters.allowed_teams,
    )
    questions = measured_questions(survey)
    zone = config.organisation.time_zone
    sums, kept_zone, beside_rows, aside_rows = counted_marginals(
        session, questions, filters, zone, interval, source, kept_zone, beside, aside
    )
    trend, teams, channels = sums["bucket"], sums["team"], sums["channel"]
    overall: dict[str, list[int]] = {}
    for by_question in channels.values():  # every counted answer has one channel
        for question_id, counts in by_question.items():
            total = overall.setdefault(question_id, [0] * 5)
            for i, n in enumerate(counts):
                total[i] += n

    plans = [scoring(q, config.goals.get(q.id)) for q in questions]
    nothing = {plan.question_id: figures_from(plan, NO_COUNTS) for plan in plans}  # frozen: shared

    def figures(sums: dict[str, list[int]]) -> dict[str, Figures]:
        return {
            plan.question_id: figures_from(plan, counts) if counts else nothing[plan.question_id]
            for plan in plans
            for counts in (sums.get(plan.question_id),)
        }

    rank: dict[str | None, int] = {t.id: i for i, t in enumerate(config.teams)}
    team_keys = sorted(teams, key=lambda t: (rank.get(t, len(rank)), t or ""))
    channel_keys = sorted(c for c in channels if c is not None)
    return Summary(
        survey=survey,
        questions=questions,
        since=since,
        until=until,
        interval=interval,
        overall=figures(overall),
        trend=tuple(
            Group(start.isoformat(), start.isoformat(), figures(trend.get(start.isoformat(), {})))
            for start in bucket_starts(since, until, interval, zone)
        ),
        by_team=tuple(Group(t, team_label(config, t), figures(teams[t])) for t in team_keys),
        by_channel=tuple(Group(c, c, figures(channels[c])) for c in channel_keys),
        filters=filters,
        time_zone=zone,
        kept_zone=kept_zone,
        beside=beside_rows,
        aside=aside_rows,
    )


def team_label(config: Config, team_id: str | None) -> str:
    if team_id is None:
        return "No team"
    team = config.team(team_id)
    return team.name if team else team_id
