"""GET/POST /admin/you-said-we-did: write a message for a team and period, preview, send; past messages."""

from __future__ import annotations

from datetime import datetime

from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user

from bot.outreach.you_said_we_did import ComposeError, compose_you_said_we_did, recipients
from models.reports.periods import days_between, period_days
from models.you_said_we_did import recent_messages
from web.admin import bp
from web.admin.forms import options
from web.admin.safeguarding_forms import YouSaidWeDidForm
from web.auth.roles import role_required
from web.extensions import heard


def _period(form: YouSaidWeDidForm) -> tuple[datetime, datetime]:
    """[start, end) in whole local days, the end day included (as on the dashboard)."""
    return days_between(form.since.data, form.until.data, heard().config.organisation.time_zone)


def _page(form: YouSaidWeDidForm, preview: int | None = None, status: int = 200):
    with heard().db.begin() as session:
        past = recent_messages(session)
    team_names = {team.id: team.name for team in heard().config.teams}
    page = render_template(
        "admin/you_said_we_did.html",
        form=form,
        preview=preview,
        past=past,
        team_names=team_names,
        days_of=lambda message: period_days(
            message.period_start, message.period_end, heard().config.organisation.time_zone
        ),
    )
    return page, status


@bp.route("/you-said-we-did", methods=["GET", "POST"])
@role_required("admin", "manager")
def you_said_we_did():
    form = YouSaidWeDidForm()
    form.team.choices = options([("", "Every team")] + [(t.id, t.name) for t in heard().config.teams])
    if not form.validate_on_submit():
        return _page(form, status=400 if request.method == "POST" else 200)
    team = form.team.data or None
    start, end = _period(form)
    if request.form.get("action") != "send":
        with heard().db.begin() as session:
            count = len(recipients(session, team, start, end))
        return _page(form, preview=count)
    try:
        with heard().db.begin() as session:
            count = compose_you_said_we_did(
                session, heard().config, team, start, end, form.text.data, current_user.id
            )
    except ComposeError as error:
        form.text.errors.append(str(error).capitalize())
        return _page(form, status=400)
    flash(
        f"Queued for {count} resident{'s' if count != 1 else ''}: it goes out within sending hours.",
        "success",
    )
    return redirect(url_for("admin.you_said_we_did"))
