"""Safeguarding alerts: the badge on every page, the list, one alert, and what staff do with it."""

from __future__ import annotations

from collections.abc import Callable

from flask import abort, flash, g, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select

from bot.safeguarding import handling
from bot.safeguarding.feedback import MAX_NOTE as MAX_FEEDBACK_NOTE
from bot.safeguarding.feedback import FeedbackError, mark_false_alarm
from bot.safeguarding.handling import AlertError, open_alert_count
from bot.safeguarding.words import LAYER_NAMES, category_name, severity_name
from models import Alert, User
from models.base import utcnow
from models.logins import list_users
from models.reports.alerts import get_alert, list_alerts
from models.reports.comments import CONTACT_DETAIL_ROLES
from web.admin import bp
from web.admin.contact_details import contact_details_page
from web.admin.forms import ConfirmForm, options
from web.admin.safeguarding_forms import AlertFilterForm, AssignForm, FalseAlarmForm, NoteForm
from web.auth.roles import allowed_teams, role_required, visible_teams
from web.extensions import heard
from web.numbers import form_id


@bp.before_request
def _count_open_alerts() -> None:
    """Count before the route opens its own transaction: on SQLite one may not nest another.

    Signing the request in usually read the count already, with the user (web/auth/staff.py).
    """
    if current_user.is_authenticated and "open_alerts" not in g:
        with heard().db.begin() as session:
            g.open_alerts = open_alert_count(session, allowed_teams())


@bp.app_context_processor
def _alert_badge() -> dict:
    """The open-alert count for the header of every admin page."""
    return {"open_alerts": g.open_alerts} if "open_alerts" in g else {}


def _team_names() -> dict[str, str]:
    return {team.id: team.name for team in heard().config.teams}


@bp.app_context_processor
def _screen_words() -> dict:
    """Category and severity in words, for every page that shows an alert."""
    return {"category_name": category_name, "severity_name": severity_name, "layer_name": LAYER_NAMES.get}


@bp.get("/alerts")
def alerts():
    form = AlertFilterForm(request.args)
    form.team.choices = options([("", "All teams")] + [(t.id, t.name) for t in visible_teams(heard().config)])
    valid = form.validate()

    def chosen(value: str | None) -> str | None:
        return (value or None) if valid else None  # an invalid form filters nothing but the scope

    with heard().db.begin() as session:
        rows = list_alerts(
            session,
            allowed_teams(),
            chosen(form.status.data),
            chosen(form.team.data),
            category=chosen(form.category.data),
            severity=chosen(form.severity.data),
        )
    return render_template("admin/alerts.html", form=form, alerts=rows, team_names=_team_names())


def _assign_form(selected: int | None) -> AssignForm:
    form = AssignForm(data={"assignee": str(selected or "")})
    with heard().db.begin() as session:
        staff = [(str(u.id), u.email) for u in list_users(session) if u.active]
    form.assignee.choices = options([("", "Nobody")] + staff)
    return form


def _alert_or_404(alert_id: int):
    with heard().db.begin() as session:
        view = get_alert(session, alert_id, allowed_teams())
    if view is None:
        abort(404)
    return view


@bp.get("/alerts/<int:alert_id>")
def alert_detail(alert_id: int):
    view = _alert_or_404(alert_id)
    return render_template(
        "admin/alert.html",
        view=view,
        alert=view.alert,
        team_names=_team_names(),
        note_form=NoteForm(),
        false_alarm_form=FalseAlarmForm(),
        assign_form=_assign_form(view.alert.assignee_id),
        confirm=ConfirmForm(),
    )


@bp.get("/alerts/<int:alert_id>/conversation")
def alert_conversation(alert_id: int):
    view = _alert_or_404(alert_id)
    return render_template("admin/alert_conversation.html", view=view, alert=view.alert)


def _act(alert_id: int, change: Callable[..., object], done: str, *args: object):
    """Apply one alert_handling change as the signed-in user, to an alert they may see."""
    try:
        with heard().db.begin() as session:
            _visible_or_404(session, alert_id)
            change(session, alert_id, *args, session.get(User, current_user.id), utcnow())
    except (AlertError, FeedbackError) as error:
        flash(f"Not changed: {error}.", "error")
    else:
        flash(done, "success")
    return redirect(url_for("admin.alert_detail", alert_id=alert_id))


def _visible_or_404(session, alert_id: int) -> None:
    query = select(Alert.id).where(Alert.id == alert_id)
    scope = allowed_teams()
    if scope is not None:
        query = query.where(Alert.team.in_(sorted(scope)))
    if session.scalar(query) is None:
        abort(404)


@bp.post("/alerts/<int:alert_id>/acknowledge")
def alert_acknowledge(alert_id: int):
    return _act(alert_id, handling.acknowledge, "Acknowledged: you are dealing with it.")


@bp.post("/alerts/<int:alert_id>/assign")
def alert_assign(alert_id: int):
    chosen = request.form.get("assignee", "")
    assignee = form_id(chosen)
    if chosen and assignee is None:
        abort(400)
    return _act(alert_id, handling.assign, "Assignment saved.", assignee)


@bp.post("/alerts/<int:alert_id>/note")
def alert_note(alert_id: int):
    form = NoteForm()
    if not form.validate():
        with heard().db.begin() as session:
            _visible_or_404(session, alert_id)  # the same answer as a valid note: no peeking
        flash("Not saved: write a note (at most 4,000 characters).", "error")
        return redirect(url_for("admin.alert_detail", alert_id=alert_id))
    return _act(alert_id, handling.add_note, "Note added.", form.note.data)


@bp.post("/alerts/<int:alert_id>/close")
def alert_close(alert_id: int):
    return _act(alert_id, handling.close, "Closed.")


@bp.post("/alerts/<int:alert_id>/reopen")
def alert_reopen(alert_id: int):
    return _act(alert_id, handling.reopen, "Reopened.")


@bp.post("/alerts/<int:alert_id>/false-alarm")
@role_required("admin", "manager")
def alert_false_alarm(alert_id: int):
    form = FalseAlarmForm()
    if not form.validate():
        flash(f"Not marked: the note can be at most {MAX_FEEDBACK_NOTE:,} characters.", "error")
        return redirect(url_for("admin.alert_detail", alert_id=alert_id))
    done = "Marked as a false alarm: its words will be exported as an ordinary example."
    return _act(alert_id, mark_false_alarm, done, form.note.data)


@bp.post("/alerts/<int:alert_id>/contact")
@role_required(*sorted(CONTACT_DETAIL_ROLES))
def alert_contact(alert_id: int):
    try:
        with heard().db.begin() as session:
            _visible_or_404(session, alert_id)
            user = session.get(User, current_user.id)
            if user is None:  # removed since signing in
                abort(403)
            details = handling.contact_details(session, alert_id, user, utcnow())
    except AlertError:
        abort(404)
    back_url = url_for("admin.alert_detail", alert_id=alert_id)
    return contact_details_page(details, back_url, f"alert {alert_id}")
