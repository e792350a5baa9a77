"""The figures behind the dashboard and GET /api/v1/summary: one source of truth.

What counts (research/question-bank.md, the FFT method):
- Only answers of conversations that are not tests (`is_test`) and belong to the
  survey summarised; the period, team and channel filter the conversation (by
  `started_at`, in UTC days).
- An answer counts when it has a value: skipped questions and questions left
  unanswered after unclear replies are not responses, so they are in no figure.
- % positive and % negative divide by every counted answer, "Neither" and
  "Don't know" included; values a question marks `excluded` (timely's "I did not
  need any") are left out of the denominator and reported separately.
- Top-box % is reported for the approach questions.
- A figure resting on fewer than 5 answers is suppressed: its percentages are
  None and `suppressed` is True, never a number.
- Goals are judged on the percentage as shown (one decimal place).

The database does the counting in one scan grouped by day, team, channel and
question; overall figures, the trend and the breakdowns are sums of those
small groups, so every view of the same filters agrees.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from sqlalchemy import String, and_, case, func, literal, or_, select, type_coerce
from sqlalchemy.orm import Session

from models.conversation import Answer, Conversation
from models.responses import ResponseFilters
from settings import Config, Goal, Question, Survey

SUPPRESS_BELOW = 5
Interval = Literal["week", "month"]


@dataclass(frozen=True)
class Tally:
    """Raw counts for one question in one group."""

    answers: int = 0  # every counted answer, excluded values included
    positive: int = 0
    negative: int = 0
    top_box: int = 0
    excluded: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(*(a + b for a, b in zip(self.astuple(), other.astuple(), strict=True)))

    def astuple(self) -> tuple[int, int, int, int, int]:
        return (self.answers, self.positive, self.negative, self.top_box, self.excluded)


@dataclass(frozen=True)
class GoalCheck:
    measure: Literal["positive", "negative", "top_box"]
    comparison: Literal["at_least", "at_most"]
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


def measured_questions(survey: Survey) -> tuple[Question, ...]:
    """Questions with a scoring (positive or negative values), in survey order."""
    return tuple(q for q in survey.questions if q.positive or q.negative)


def reports_top_box(question: Question) -> bool:
    return question.dimension == "approach" and bool(question.top_box)


def percent(part: int, whole: int) -> float:
    """part/whole as a percentage rounded half up to one decimal place."""
    exact = Decimal(part) * 100 / Decimal(whole)
    return float(exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def figures_for(question: Question, tally: Tally, goal: Goal | None) -> Figures:
    """Turn raw counts into the figures people see, applying suppression and goals."""
    count = tally.answers - tally.excluded
    suppressed = count < SUPPRESS_BELOW
    positive = None if suppressed else percent(tally.positive, count)
    negative = None if suppressed else percent(tally.negative, count)
    top_box = None if suppressed or not reports_top_box(question) else percent(tally.top_box, count)
    checks: list[GoalCheck] = []
    if goal is not None:
        pairs = (
            ("positive", "at_least", goal.positive_at_least, positive),
            ("negative", "at_most", goal.negative_at_most, negative),
            ("top_box", "at_least", goal.top_box_at_least, top_box),
        )
        for measure, comparison, target, shown in pairs:
            if target is None or (measure == "top_box" and not reports_top_box(question)):
                continue
            met = (
                None if shown is None else (shown >= target if comparison == "at_least" else shown <= target)
            )
            checks.append(GoalCheck(measure, comparison, target, met))
    excluded = tally.excluded if tally.excluded == 0 or tally.excluded >= SUPPRESS_BELOW else None
    shown_count = None if suppressed else count
    return Figures(question.id, shown_count, excluded, suppressed, positive, negative, top_box, tuple(checks))


def _values_in(question: Question, values: list[int | str]):  # noqa: ANN202
    return and_(Answer.question_id == question.id, Answer.value.in_([str(v) for v in values]))


def _count_where(questions: Iterable[Question], attribute: str):  # noqa: ANN202
    """SUM(CASE WHEN <answer matches the question's `attribute` values> THEN 1 ELSE 0 END)."""
    conditions = [_values_in(q, getattr(q, attribute)) for q in questions if getattr(q, attribute)]
    if not conditions:
        return literal(0)
    return func.sum(case((or_(*conditions), 1), else_=0))


def day_of(session: Session):  # noqa: ANN201
    """The UTC calendar day a conversation started, as 'YYYY-MM-DD' on either database."""
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(func.timezone("UTC", Conversation.started_at), "YYYY-MM-DD")
    # SQLite keeps UTC datetimes as 'YYYY-MM-DD HH:MM:SS…' text.
    return func.substr(type_coerce(Conversation.started_at, String), 1, 10)


def daily_tallies(
    session: Session, questions: tuple[Question, ...], filters: ResponseFilters
) -> list[tuple[str, str | None, str, str, Tally]]:
    """(day, team, channel, question_id, Tally) for the filters, counted by the database."""
    day = day_of(session).label("day")
    query = (
        select(
            day,
            Conversation.team,
            Conversation.channel,
            Answer.question_id,
            func.count(),
            _count_where(questions, "positive"),
            _count_where(questions, "negative"),
            _count_where([q for q in questions if reports_top_box(q)], "top_box"),
            _count_where(questions, "excluded"),
        )
        .join(Conversation, Conversation.id == Answer.conversation_id)
        .where(
            Answer.question_id.in_([q.id for q in questions]),
            Answer.skipped.is_(False),
            Answer.value.is_not(None),
        )
        .group_by(day, Conversation.team, Conversation.channel, Answer.question_id)
    )
    rows = session.execute(filters.apply(query)).all()
    return [
        (d, team, channel, qid, Tally(*(int(n or 0) for n in counts)))
        for d, team, channel, qid, *counts in rows
    ]


def bucket_start(day: date, interval: Interval) -> date:
    """The Monday of the day's week, or the first of its month."""
    if interval == "month":
        return day.replace(day=1)
    return day - timedelta(days=day.weekday())


def summarise(
    session: Session,
    config: Config,
    filters: ResponseFilters,
    since: datetime,
    until: datetime,
    interval: Interval = "week",
) -> Summary:
    """Every figure for the filters between `since` (inclusive) and `until` (exclusive)."""
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
    overall: dict[str, Tally] = defaultdict(Tally)
    trend: dict[date, dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
    teams: dict[str | None, dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
    channels: dict[str, dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
    for day, team, channel, question_id, tally in daily_tallies(session, questions, filters):
        overall[question_id] += tally
        trend[bucket_start(date.fromisoformat(day), interval)][question_id] += tally
        teams[team][question_id] += tally
        channels[channel][question_id] += tally

    def figures(tallies: dict[str, Tally]) -> dict[str, Figures]:
        return {q.id: figures_for(q, tallies.get(q.id, Tally()), config.goals.get(q.id)) for q in questions}

    rank = {t.id: i for i, t in enumerate(config.teams)}
    team_keys = sorted(teams, key=lambda t: (rank.get(t, len(rank)), t or ""))
    return Summary(
        survey=survey,
        questions=questions,
        since=since,
        until=until,
        interval=interval,
        overall=figures(overall),
        trend=tuple(
            Group(start.isoformat(), start.isoformat(), figures(trend.get(start, {})))
            for start in bucket_starts(since, until, interval)
        ),
        by_team=tuple(Group(t, team_label(config, t), figures(teams[t])) for t in team_keys),
        by_channel=tuple(Group(c, c, figures(channels[c])) for c in sorted(channels)),
        filters=filters,
    )


def bucket_starts(since: datetime, until: datetime, interval: Interval) -> list[date]:
    """Every bucket the period touches, so empty weeks show as gaps, not as missing."""
    first, last = since.date(), (until - timedelta(microseconds=1)).date()
    starts, current = [], bucket_start(first, interval)
    while current <= last:
        starts.append(current)
        if interval == "month":
            current = (current.replace(day=28) + timedelta(days=4)).replace(day=1)
        else:
            current += timedelta(days=7)
    return starts


def team_label(config: Config, team_id: str | None) -> str:
    if team_id is None:
        return "No team"
    team = config.team(team_id)
    return team.name if team else team_id
