"""Callbacks: residents who asked to be contacted. The list, one callback, and what staff do with it.

Viewers see and act on their teams' callbacks only; the resident's number or chat id is
shown only to roles that may see contact details, on request, audited. Replying never
needs it: the outbox reads the address when it sends.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from bot.callbacks import handling
from bot.callbacks.handling import CallbackError, get_callback
from bot.callbacks.replies import ReplyRefused, Sender, reply_channel, send_reply
from models import Callback, User
from models.base import utcnow
from models.logins import list_users
from models.reports.callbacks import CallbackFilters, get_callback_view, is_overdue, list_callbacks
from models.reports.comments import CONTACT_DETAIL_ROLES
from web.admin import bp, local_time
from web.admin.callback_forms import (
    OUTCOME_NAMES,
    STATUS_NAMES,
    CallbackAssignForm,
    CallbackFilterForm,
    CallbackNoteForm,
    CloseForm,
    ReplyForm,
)
from web.admin.contact_details import contact_details_page
from web.admin.forms import ConfirmForm, options
from web.auth.roles import allowed_teams, role_required, visible_teams
from web.extensions import heard
from web.numbers import form_id


def _team_names() -> dict[str, str]:
    return {team.id: team.name for team in heard().config.teams}


def _staff_choices() -> list[tuple[str, str]]:
    with heard().db.begin() as session:
        return [(str(u.id), u.email) for u in list_users(session) if u.active]


def _filters(form: CallbackFilterForm, valid: bool) -> CallbackFilters:
    if not valid:
        return CallbackFilters(status="active")
    status = form.status.data or None
    assignee = form.assignee.data or ""
    return CallbackFilters(
        team=form.team.data or None,
        # No choice: open and replied ones only; "all": any status.
        status="active" if status is None else None if status == "all" else status,
        assignee_id=current_user.id if assignee == "me" else form_id(assignee),
        unassigned=assignee == "nobody",
    )


@bp.get("/callbacks")
def callbacks():
    form = CallbackFilterForm(request.args)
    form.team.choices = options([("", "All teams")] + [(t.id, t.name) for t in visible_teams(heard().config)])
    staff_choices = _staff_choices()  # its own transaction: on SQLite one may not nest another
    form.assignee.choices = options([("", "Anyone"), ("me", "Me"), ("nobody", "Nobody")] + staff_choices)
    valid = form.validate()
    filters = _filters(form, valid)
    with heard().db.begin() as session:
        rows = list(list_callbacks(session, allowed_teams(), filters))
    staff = {int(i): e for i, e in staff_choices}
    now = datetime.now(UTC)
    return render_template(
        "admin/callbacks.html",
        form=form,
        callbacks=rows,
        overdue={c.id for c in rows if is_overdue(c, now)},
        team_names=_team_names(),
        staff=staff,
        status_names=STATUS_NAMES,
        outcome_names=OUTCOME_NAMES,
        time_zone=heard().config.organisation.time_zone,
        just_before=timedelta(microseconds=1),  # due_at is the midnight after the due day
    )


def _assign_form(selected: int | None) -> CallbackAssignForm:
    form = CallbackAssignForm(data={"assignee": str(selected or "")})
    form.assignee.choices = options([("", "Nobody")] + _staff_choices())
    return form


@bp.get("/callbacks/<int:callback_id>")
def callback_detail(callback_id: int):
    state = heard()
    with state.db.begin() as session:
        view = get_callback_view(session, callback_id, allowed_teams())
        if view is None:
            abort(404)
        channel = reply_channel(session, view.callback)
    survey = state.config.survey(view.conversation.survey_id) if view.conversation else None
    return render_template(
        "admin/callback.html",
        view=view,
        callback=view.callback,
        survey=survey,
        reply_channel=channel,
        overdue=is_overdue(view.callback, datetime.now(UTC)),
        # due_at is the midnight after the due day: the day itself is the one before.
        due_day=local_time(view.callback.due_at - timedelta(microseconds=1)),
        team_names=_team_names(),
        status_names=STATUS_NAMES,
        outcome_names=OUTCOME_NAMES,
        reply_form=ReplyForm(),
        note_form=CallbackNoteForm(),
        close_form=CloseForm(),
        assign_form=_assign_form(view.callback.assignee_id),
        confirm=ConfirmForm(),
        may_see_contact=current_user.role in CONTACT_DETAIL_ROLES,
    )


def _act(callback_id: int, change: Callable[..., object], done: str, *args: object):
    """Apply one change as the signed-in user, to a callback they may see; refusals are flashed."""
    try:
        with heard().db.begin() as session:
            callback = _visible_or_404(session, callback_id)
            user = session.get(User, current_user.id)
            if user is None:  # removed since signing in
                abort(403)
            change(session, callback, *args, Sender.staff(user), utcnow())
    except (CallbackError, ReplyRefused) as error:
        flash(f"Not done: {error}.", "error")
    else:
        flash(done, "success")
    return redirect(url_for("admin.callback_detail", callback_id=callback_id))


def _visible_or_404(session, callback_id: int) -> Callback:
    callback = get_callback(session, callback_id, allowed_teams(), lock=True)
    if callback is None:
        abort(404)
    return callback


def _refuse_invalid(callback_id: int, message: str):
    """An invalid form gets the same answer as a valid one on a hidden callback: no peeking."""
    with heard().db.begin() as session:
        _visible_or_404(session, callback_id)
    flash(message, "error")
    return redirect(url_for("admin.callback_detail", callback_id=callback_id))


@bp.post("/callbacks/<int:callback_id>/reply")
def callback_reply(callback_id: int):
    form = ReplyForm()
    if not form.validate():
        return _refuse_invalid(callback_id, "Not sent: write a reply (at most 1,000 characters).")
    config = heard().config

    def reply(session, callback, text, by_sms, sender, now):
        send_reply(session, config, callback, text, sender, now, by_sms=by_sms)

    return _act(
        callback_id,
        reply,
        "Reply queued: it goes to the resident as soon as sending hours allow.",
        form.text.data,
        bool(form.by_sms.data),
    )


@bp.post("/callbacks/<int:callback_id>/note")
def callback_note(callback_id: int):
    form = CallbackNoteForm()
    if not form.validate():
        return _refuse_invalid(callback_id, "Not saved: write a note (at most 4,000 characters).")
    return _act(callback_id, handling.add_note, "Note added.", form.note.data)


@bp.post("/callbacks/<int:callback_id>/assign")
def callback_assign(callback_id: int):
    chosen = request.form.get("assignee", "")
    assignee = form_id(chosen)
    if chosen and assignee is None:
        abort(400)
    return _act(callback_id, handling.assign, "Assignment saved.", assignee)


@bp.post("/callbacks/<int:callback_id>/close")
def callback_close(callback_id: int):
    form = CloseForm()
    if not form.validate() or not form.outcome.data:
        return _refuse_invalid(callback_id, "Not closed: choose an outcome.")
    return _act(callback_id, handling.close, "Closed.", form.outcome.data)


@bp.post("/callbacks/<int:callback_id>/reopen")
def callback_reopen(callback_id: int):
    return _act(callback_id, handling.reopen, "Reopened.")


@bp.post("/callbacks/<int:callback_id>/contact")
@role_required(*sorted(CONTACT_DETAIL_ROLES))
def callback_resident(callback_id: int):
    with heard().db.begin() as session:
        callback = _visible_or_404(session, callback_id)
        user = session.get(User, current_user.id)
        if user is None:
            abort(403)
        details = handling.contact_details(session, callback, user, utcnow())
    back_url = url_for("admin.callback_detail", callback_id=callback_id)
    return contact_details_page(details, back_url, f"callback {callback_id}")
