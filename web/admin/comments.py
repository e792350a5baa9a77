"""GET /admin/comments: what residents said, with sentiment and themes, filtered and paginated."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlencode

from flask import render_template, request

from bot.safeguarding.feedback import marked_answer_ids
from models.reports.comments import CommentFilters, list_comments
from models.reports.periods import period_days
from models.reports.responses import ResponseFilters
from web.admin import bp
from web.admin.comment_forms import CommentFilterForm, theme_label
from web.admin.dashboard import filter_form, period_of
from web.admin.safeguarding_forms import MissedForm
from web.auth.roles import allowed_teams
from web.extensions import heard
from web.numbers import page_number

PER_PAGE = 50


def comment_form() -> tuple[CommentFilterForm, CommentFilters, datetime, datetime]:
    """The filter form from the query string and the filters it means (defaults when invalid)."""
    form = filter_form(CommentFilterForm)
    form.set_comment_choices(heard().config)
    valid = form.validate() if request.args else True
    if not valid:
        form.period.data = "30"
    since, until = period_of(form, datetime.now(UTC), heard().config.organisation.time_zone)

    def chosen(value: str | None) -> str | None:
        return (value or None) if valid else None  # an invalid form filters nothing but the scope

    responses = ResponseFilters(
        team=chosen(form.team.data),
        channel=chosen(form.channel.data),
        since=since,
        until=until,
        allowed_teams=allowed_teams(),
    )
    filters = CommentFilters(
        responses=responses,
        sentiment=chosen(form.sentiment.data),
        theme=chosen(form.theme.data),
        search=chosen((form.q.data or "").strip()),
    )
    return form, filters, since, until


def page_url(page: int) -> str:
    """This page's URL with the same filters, at another page."""
    return request.path + "?" + urlencode({**request.args.to_dict(), "page": str(page)})


def filter_query() -> str:
    """The current filters as a query string, without the page (for the CSV links)."""
    return urlencode({k: v for k, v in request.args.to_dict().items() if k != "page"})


@bp.get("/comments")
def comments():
    form, filters, since, until = comment_form()
    number = page_number(request.args.get("page"))
    with heard().db.begin() as session:
        page = list_comments(session, filters, number, PER_PAGE)
        marked = marked_answer_ids(session, [c.answer_id for c in page.items])
    return render_template(
        "admin/comments.html",
        form=form,
        filters=filters,
        page=page,
        days=period_days(since, until, heard().config.organisation.time_zone),
        team_names={team.id: team.name for team in heard().config.teams},
        theme_label=theme_label,
        page_url=page_url,
        query=filter_query(),
        marked=marked,
        missed_form=MissedForm(),
    )
