"""GET /admin/: every measure against its goal, a trend, and breakdowns by team and channel."""

from __future__ import annotations

from datetime import UTC, datetime

from flask import render_template, request

from models.local_days import local_date
from models.reports.dashboard_panels import panels_from_aside, side_panels, side_panels_aside
from models.reports.periods import Interval, days_between, last_days
from models.reports.reading import reading
from models.reports.responses import ResponseFilters
from models.reports.summaries import Summary, summarise
from settings import Channels
from web.admin import bp
from web.admin.comment_insights import comment_panel, panel_beside, panel_rows_html
from web.admin.figure_text import MeasuresTable, breakdown_rows, measure_rows, measures_table
from web.admin.forms import DashboardFilterForm, options
from web.admin.nav import CHANNEL_NAMES, channel_name
from web.auth.roles import allowed_teams, visible_teams
from web.extensions import heard


def filter_form(form_class: type[DashboardFilterForm] = DashboardFilterForm) -> DashboardFilterForm:
    """The filter form with the teams this user may see and the configured channels."""
    config = heard().config
    form = form_class(request.args)
    scope = allowed_teams()
    all_label = "All teams" if scope is None else "All my teams"
    form.team.choices = options([("", all_label)] + [(t.id, t.name) for t in visible_teams(config)])
    channels = [(c, CHANNEL_NAMES.get(c, c)) for c in Channels.model_fields]
    form.channel.choices = options([("", "All channels"), *channels])
    return form


def period_of(form: DashboardFilterForm, now: datetime, zone: str) -> tuple[datetime, datetime]:
    """UTC [since, until) for the chosen local days; the last 30 days unless the form says otherwise."""
    if form.period.data == "custom" and form.since.data and form.until.data:
        return days_between(form.since.data, form.until.data, zone)
    days = int(form.period.data) if form.period.data in ("30", "90", "365") else 30
    return last_days(local_date(now, zone), zone, days)


@bp.get("/")
def dashboard():
    state = heard()
    form = filter_form()
    valid = form.validate() if request.args else True
    if not valid:
        form.period.data = "30"
    since, until = period_of(form, datetime.now(UTC), state.config.organisation.time_zone)
    filters = ResponseFilters(
        team=(form.team.data or None) if valid else None,
        channel=(form.channel.data or None) if valid else None,
        allowed_teams=allowed_teams(),
    )
    interval: Interval = "month" if form.interval.data == "month" else "week"
    now = datetime.now(UTC)
    with reading(state.db) as session:
        # The figures' statement also reads the zone the kept counts are in, and the comment
        # panel's kept counts beside them; the panel is told both. On PostgreSQL it carries the
        # side panels' read too (no round trip of its own); they read for themselves otherwise.
        beside = panel_beside(state.config, filters, since, until)
        aside = None
        if state.db.dialect == "postgresql":
            aside = side_panels_aside(since, until, now, filters.allowed_teams, filters.team)
        summary = summarise(
            session, state.config, filters, since, until, interval, beside=beside, aside=aside
        )
        if summary.aside is not None:
            panels = panels_from_aside(summary.aside)
        else:
            panels = side_panels(session.connection(), since, until, now, filters.allowed_teams, filters.team)
        comments = comment_panel(
            session, state.config, filters, since, until, summary.kept_zone, summary.beside
        )
    language = state.config.organisation.default_language
    return render_template(
        "admin/dashboard.html",
        form=form,
        summary=summary,
        language=language,
        chart=trend_chart(summary, language),
        days_waited=panels.days_waited,
        callbacks=panels.callbacks,
        team_names={team.id: team.name for team in state.config.teams},
        comment_panel=comments,
        comment_rows=panel_rows_html(comments.rows),
        measures=measures_by_dimension(summary, language),
        rows={
            "trend.": breakdown_rows(summary.trend, summary.questions, "trend."),
            "team.": breakdown_rows(summary.by_team, summary.questions, "team."),
            "channel.": breakdown_rows(summary.by_channel, summary.questions, "channel.", channel_name),
        },
    )


def measures_by_dimension(summary: Summary, language: str) -> dict[str, MeasuresTable]:
    """The two measures tables: approach (how we worked with people, with its top box) and
    experience (the rest)."""
    approach = [q for q in summary.questions if q.dimension == "approach"]
    experience = [q for q in summary.questions if q.dimension != "approach"]
    return {
        "approach": measures_table(measure_rows(summary.overall, approach, language), top_box=True),
        "experience": measures_table(measure_rows(summary.overall, experience, language), top_box=False),
    }


def trend_chart(summary: Summary, language: str) -> dict:
    """What static/dashboard.js draws: % positive per question per bucket (null when suppressed).

    Read from the Summary itself: its API form (summary_dict) was built for the chart alone.
    """
    return {
        "labels": [group.label for group in summary.trend],
        "series": [
            {
                "label": q.short.get(language) or q.text.get(language) or next(iter(q.text.values())),
                "data": [group.figures[q.id].positive_pct for group in summary.trend],
            }
            for q in summary.questions
        ],
    }
