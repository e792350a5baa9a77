"""GET /admin/outreach: upcoming, sent, failed and cancelled outreach messages, response rates; cancel one."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from models.reports.outreach import (
    VIEWS,
    cancel_outreach_message,
    list_outreach_messages,
    outreach_counts,
    response_rates,
)
from models.reports.summaries import SUPPRESS_BELOW
from web.admin import bp
from web.admin.forms import ConfirmForm
from web.auth.roles import allowed_teams, role_required, visible_teams
from web.extensions import heard
from web.numbers import page_number

PAGE_SIZE = 100
CANCELLERS = ("admin", "manager")  # viewers only read, as everywhere in the admin


def chosen_team(value: str | None) -> str | None:
    """The team filter if this user may see that team; anything else means all their teams."""
    ids = {team.id for team in visible_teams(heard().config)}
    return value if value in ids else None


def team_scope(team: str | None) -> frozenset[str] | None:
    """The teams a figure may count: the chosen one, else every team the user may see."""
    return frozenset({team}) if team else allowed_teams()


@bp.get("/outreach")
def outreach():
    view = request.args.get("view", "upcoming")
    if view not in VIEWS:
        abort(404)
    team = chosen_team(request.args.get("team"))
    page = page_number(request.args.get("page"))
    config = heard().config
    with heard().db.begin() as session:
        rows = list_outreach_messages(session, view, team, allowed_teams(), PAGE_SIZE, (page - 1) * PAGE_SIZE)
        counts = outreach_counts(session, team, allowed_teams())
        rates = response_rates(session, allowed_teams=team_scope(team))
    zone = ZoneInfo(config.organisation.time_zone)
    return render_template(
        "admin/outreach.html",
        view=view,
        views=list(VIEWS),
        team=team,
        teams=visible_teams(config),
        team_names={t.id: t.name for t in config.teams},
        rows=rows,
        counts=counts,
        rates=rates,
        page=page,
        more=counts[view] > page * PAGE_SIZE,
        suppress_below=SUPPRESS_BELOW,
        can_cancel=current_user.role in CANCELLERS,
        confirm=ConfirmForm(),
        time_zone=config.organisation.time_zone,
        local=lambda moment: moment.astimezone(zone) if moment else None,
    )


@bp.post("/outreach/<int:outreach_message_id>/cancel")
@role_required(*CANCELLERS)
def outreach_message_cancel(outreach_message_id: int):
    if not ConfirmForm().validate_on_submit():
        abort(400)
    with heard().db.begin() as session:
        done = cancel_outreach_message(
            session, outreach_message_id, datetime.now(UTC), current_user.email, allowed_teams()
        )
    if done:
        flash(
            f"Outreach message {outreach_message_id} is cancelled: nothing more of it will be sent.",
            "success",
        )
    else:
        # A second click, or the scheduler got there first: say so, change nothing.
        flash(
            f"Outreach message {outreach_message_id} was already sent or cancelled: nothing changed.", "error"
        )
    team = chosen_team(request.form.get("team"))
    return redirect(url_for("admin.outreach", view="upcoming", team=team))
