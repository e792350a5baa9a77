"""GET/POST /admin/you-said-we-did/register: the register of changes, one entry's page, telling residents."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from bot.outreach.you_said_we_did import recipients
from bot.outreach.you_said_we_did_register import (
    EntryFields,
    RegisterError,
    TellResidents,
    record_entry,
    update_entry,
)
from models.reports.periods import days_between
from models.you_said_we_did_register import RegisterEntry, register_entries
from web.admin import bp
from web.admin.forms import options
from web.admin.register_forms import STATUS_LABELS, RegisterEntryForm, RegisterUpdateForm
from web.auth.roles import role_required
from web.extensions import heard


def _with_teams(form: RegisterEntryForm) -> RegisterEntryForm:
    teams = [(t.id, t.name) for t in heard().config.teams]
    form.team.choices = options([("", "The whole organisation")] + teams)
    return form


def _fields(form: RegisterEntryForm) -> EntryFields:
    return EntryFields(
        team=form.team.data or None,
        you_said=form.you_said.data,
        we_did=form.we_did.data,
        status=form.status.data,
        public=form.public.data,
        recorded_on=form.recorded_on.data,
        done_on=form.done_on.data,
    )


def _tell(form: RegisterUpdateForm) -> TellResidents | None:
    if not form.tell.data:
        return None
    # Local days, the end day included, as on the compose page and the dashboard.
    since, until = days_between(form.since.data, form.until.data, heard().config.organisation.time_zone)
    return TellResidents(since, until, form.message.data)


def _list_page(form: RegisterEntryForm, status: int = 200, error: str = ""):
    with heard().db.begin() as session:
        entries = register_entries(session)
        session.expunge_all()
    page = render_template(
        "admin/you_said_we_did_register.html",
        form=form,
        entries=entries,
        team_names={t.id: t.name for t in heard().config.teams},
        status_labels=dict(STATUS_LABELS),
        error=error,
    )
    return page, status


@bp.route("/you-said-we-did/register", methods=["GET", "POST"])
@role_required("admin", "manager")
def you_said_we_did_register():
    form = _with_teams(RegisterEntryForm())
    if not form.validate_on_submit():
        return _list_page(form, status=400 if request.method == "POST" else 200)
    try:
        with heard().db.begin() as session:
            record_entry(session, heard().config, _fields(form), current_user.id)
    except RegisterError as error:
        return _list_page(form, status=400, error=str(error).capitalize())
    flash("Added to the register.", "success")
    return redirect(url_for("admin.you_said_we_did_register"))


def _entry_page(
    form: RegisterUpdateForm, entry: RegisterEntry, preview: int | None, status: int = 200, error: str = ""
):
    page = render_template(
        "admin/you_said_we_did_entry.html", form=form, entry=entry, preview=preview, error=error
    )
    return page, status


@bp.route("/you-said-we-did/register/<int:entry_id>", methods=["GET", "POST"])
@role_required("admin", "manager")
def you_said_we_did_register_entry(entry_id: int):
    with heard().db.begin() as session:
        entry = session.get(RegisterEntry, entry_id)
        if entry is None:
            abort(404)
        session.expunge(entry)
    form = _with_teams(RegisterUpdateForm(obj=entry))
    if request.method == "GET":
        form.message.data = form.message.data or entry.we_did
    if not form.validate_on_submit():
        return _entry_page(form, entry, None, status=400 if request.method == "POST" else 200)
    tell = _tell(form)
    # Telling residents always shows the count first, as the compose page does.
    if tell is not None and request.form.get("action") != "send":
        with heard().db.begin() as session:
            count = len(recipients(session, form.team.data or None, tell.since, tell.until))
        return _entry_page(form, entry, count)
    try:
        with heard().db.begin() as session:
            told = update_entry(session, heard().config, entry_id, _fields(form), current_user.id, tell)
    except RegisterError as error:
        return _entry_page(form, entry, None, status=400, error=str(error).capitalize())
    told_note = "" if told is None else f" Queued for {told} resident{'s' if told != 1 else ''}."
    flash(f"Saved.{told_note}", "success")
    return redirect(url_for("admin.you_said_we_did_register"))
