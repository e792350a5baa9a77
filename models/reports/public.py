"""The public results: quarterly figures against goals, top themes, suppressed below min_count.

Built on the staff dashboard's own counting (`grouped_tallies` and `figures_for`
in models/reports/summaries.py), so a published figure is the dashboard's figure
for the same quarter and team; public suppression is applied on top. Test
conversations never count (ResponseFilters); erased people's conversations are
gone; comments of residents who opted out are left out of the themes. Quarters are
local days in organisation.time_zone, as the dashboard's periods are.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from models.conversation import Conversation
from models.reports.comments import CommentFilters, team_insights
from models.reports.periods import days_between
from models.reports.responses import ResponseFilters
from models.reports.summaries import Figures, Tally, figures_for, grouped_tallies, measured_questions, percent
from models.resident import Resident
from models.you_said_we_did_register import RegisterEntry, public_entries
from settings import Config, Question

QUARTERS_SHOWN = 4  # the latest complete quarter and the three before it
TOP_THEMES = 3
ALL_TEAMS = "*"  # the key of the whole organisation's figures


@dataclass(frozen=True)
class Quarter:
    start: date
    end: date  # exclusive: the first day of the next quarter

    def period(self, zone: str) -> tuple[datetime, datetime]:
        """UTC [since, until) of the quarter's local days, as the dashboard's custom period."""
        return days_between(self.start, self.end - timedelta(days=1), zone)


@dataclass(frozen=True)
class PublicFigure:
    """One question's published figure: no number at all when too few answered."""

    question_id: str
    count: int | None  # None: suppressed
    positive_pct: float | None
    target: float | None  # the goal for % positive, if one is agreed
    met: bool | None  # None: no goal, or suppressed

    @property
    def suppressed(self) -> bool:
        return self.count is None


@dataclass(frozen=True)
class ThemeShares:
    """The most common themes as a share of comments; comments is None when suppressed."""

    comments: int | None
    shares: tuple[tuple[str, float], ...] = ()


def quarter_of(day: date) -> Quarter:
    start = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    end = date(start.year + 1, 1, 1) if start.month == 10 else date(start.year, start.month + 3, 1)
    return Quarter(start, end)


def latest_quarters(today: date, count: int = QUARTERS_SHOWN) -> tuple[Quarter, ...]:
    """The latest complete quarters before `today`'s (a local date), newest first."""
    quarters, current = [], quarter_of(today).start
    for _ in range(count):
        previous = quarter_of(date.fromordinal(current.toordinal() - 1))
        quarters.append(previous)
        current = previous.start
    return tuple(quarters)


def public_figure(figures: Figures, min_count: int) -> PublicFigure:
    """The staff figure, suppressed unless at least `min_count` answered."""
    if figures.suppressed or figures.count is None or figures.count < min_count:
        return PublicFigure(figures.question_id, None, None, _target(figures), None)
    met = next((g.met for g in figures.goals if g.measure == "positive"), None)
    return PublicFigure(figures.question_id, figures.count, figures.positive_pct, _target(figures), met)


def _target(figures: Figures) -> float | None:
    return next((g.target for g in figures.goals if g.measure == "positive"), None)


def public_questions(config: Config) -> tuple[Question, ...]:
    """The approach and experience questions, as the dashboard measures them."""
    survey = config.default_survey
    return tuple(q for q in measured_questions(survey) if q.dimension in ("approach", "experience"))


def quarterly_figures(
    session: Session, config: Config, quarters: tuple[Quarter, ...], team: str | None = None
) -> dict[str, list[tuple[PublicFigure, ...]]]:
    """team (or ALL_TEAMS) -> per quarter (in `quarters`' order) the published figures; one query.

    With `team` given, only that team is counted, so ALL_TEAMS holds that team's figures.
    """
    survey = config.default_survey
    questions = measured_questions(survey)
    zone = config.organisation.time_zone
    since = min(q.period(zone)[0] for q in quarters)
    until = max(q.period(zone)[1] for q in quarters)
    filters = ResponseFilters(survey=survey.id, team=team, since=since, until=until)
    month_to_quarter: dict[str, int] = {}
    for position, quarter in enumerate(quarters):
        for month in range(3):
            month_to_quarter[date(quarter.start.year, quarter.start.month + month, 1).isoformat()] = position
    sums: dict[tuple[str, int, str], list[int]] = defaultdict(lambda: [0] * 5)
    rows = grouped_tallies(session, questions, filters, zone, "month")
    for bucket, row_team, _channel, question_id, counts in rows:
        found = month_to_quarter.get(bucket)
        if found is None:
            continue
        for key in ((ALL_TEAMS, found, question_id), (row_team or "", found, question_id)):
            target = sums[key]
            for i in range(5):
                target[i] += counts[i]
    shown = public_questions(config)
    min_count = config.public_results.min_count
    # Every configured team appears, suppressed when nobody answered.
    team_keys = {key for key, _, _ in sums} | {ALL_TEAMS}
    if team is None:
        team_keys |= {t.id for t in config.teams}
    return {
        key: [
            tuple(
                public_figure(
                    figures_for(q, Tally(*sums.get((key, index, q.id), (0,) * 5)), config.goals.get(q.id)),
                    min_count,
                )
                for q in shown
            )
            for index in range(len(quarters))
        ]
        for key in team_keys
    }


@dataclass(frozen=True)
class PublicCommentFilters(CommentFilters):
    """Comment filters that also leave out everyone who has opted out."""

    def apply(self, query: Select) -> Select:
        opted_out = select(Resident.id).where(
            Resident.id == Conversation.resident_id, Resident.opted_out_at.is_not(None)
        )
        return super().apply(query).where(~opted_out.exists())


def theme_shares(session: Session, config: Config, quarter: Quarter, team: str | None = None) -> ThemeShares:
    """The top themes of the quarter's comments (one team's, or everyone's), as a % of comments."""
    since, until = quarter.period(config.organisation.time_zone)
    filters = PublicCommentFilters(responses=ResponseFilters(team=team, since=since, until=until))
    comments, counts = 0, defaultdict[str, int](int)
    for insight in team_insights(session, filters, top=len(config.themes) or 1):
        comments += insight.comments
        for theme, count in insight.top_themes:
            counts[theme] += count
    if comments < config.public_results.min_count:
        return ThemeShares(None)
    top = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:TOP_THEMES]
    return ThemeShares(comments, tuple((theme, percent(count, comments)) for theme, count in top))


@dataclass(frozen=True)
class PublicPage:
    """Everything /results or /results/<team> shows; quarters newest first."""

    team: str | None
    questions: tuple[Question, ...]
    quarters: tuple[Quarter, ...]
    figures: list[tuple[PublicFigure, ...]]  # per quarter, per question
    themes: ThemeShares
    register: Sequence[RegisterEntry]


def public_page(
    session: Session, config: Config, today: date, team: str | None = None, detail: bool = True
) -> PublicPage:
    """The figures for the latest quarters; with `detail`, also the themes and the public register."""
    quarters = latest_quarters(today)
    figures = quarterly_figures(session, config, quarters, team)[ALL_TEAMS]
    themes = theme_shares(session, config, quarters[0], team) if detail else ThemeShares(None)
    register = public_entries(session, team) if detail else ()
    return PublicPage(team, public_questions(config), quarters, figures, themes, register)
