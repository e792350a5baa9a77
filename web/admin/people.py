"""Admins find a person by number or chat id, download what we hold, or erase them (all audited)."""

from __future__ import annotations

import json

from flask import abort, flash, redirect, render_template, url_for
from flask_login import current_user

from bot.privacy.erasure import ErasureBlocked, erase_person
from bot.privacy.people import PersonNotFound, find_person, holdings, person_by_public_id
from bot.privacy.subject_access import subject_access
from models import User
from models.base import utcnow
from models.scrub import scrub
from web.admin import bp
from web.admin.forms import ConfirmForm
from web.admin.safeguarding_forms import EraseForm, FindPersonForm
from web.auth.roles import role_required
from web.extensions import heard


@bp.route("/people", methods=["GET", "POST"])
@role_required("admin")
def people():
    form = FindPersonForm()
    if form.validate_on_submit():
        try:
            with heard().db.begin() as session:
                resident = find_person(
                    session, heard().config, form.phone.data or None, form.chat_id.data or None
                )
                public_id = resident.public_id
        except PersonNotFound:
            form.phone.errors.append("We hold nobody with that number or chat id.")
        except ValueError as error:
            (form.chat_id if form.chat_id.data else form.phone).errors.append(str(error).capitalize())
        else:
            # Redirect by the pseudonymous id: the number never appears in a URL.
            return redirect(url_for("admin.person", public_id=public_id))
    for field in (form.phone, form.chat_id):
        field.data, field.raw_data = "", []  # never echo a number back into the page
    return render_template("admin/people.html", form=form), 400 if form.is_submitted() else 200


def _person_page(public_id: str, erase_form: EraseForm, status: int = 200):
    try:
        with heard().db.begin() as session:
            held = holdings(session, person_by_public_id(session, public_id))
    except PersonNotFound:
        abort(404)
    page = render_template(
        "admin/person.html", public_id=public_id, held=held, erase_form=erase_form, confirm=ConfirmForm()
    )
    return page, status


@bp.get("/people/<public_id>")
@role_required("admin")
def person(public_id: str):
    return _person_page(public_id, EraseForm())


@bp.post("/people/<public_id>/download")
@role_required("admin")
def person_download(public_id: str):
    try:
        with heard().db.begin() as session:
            resident = person_by_public_id(session, public_id)
            data = subject_access(session, resident, session.get(User, current_user.id), utcnow())
    except PersonNotFound:
        abort(404)
    headers = {
        "Content-Disposition": f'attachment; filename="heard-{public_id}.json"',
        "Cache-Control": "no-store",
    }
    return (
        json.dumps(data, indent=2, ensure_ascii=False),
        200,
        {"Content-Type": "application/json", **headers},
    )


@bp.post("/people/<public_id>/erase")
@role_required("admin")
def person_erase(public_id: str):
    form = EraseForm()
    if not form.validate():
        return _person_page(public_id, form, 400)
    try:
        with heard().db.begin() as session:
            resident = person_by_public_id(session, public_id)
            user = session.get(User, current_user.id)
            report = erase_person(
                session, resident, user, utcnow(), form.force.data, (form.reason.data or "").strip() or None
            )
    except PersonNotFound:
        abort(404)
    except ErasureBlocked:
        form.force.errors.append(
            "An alert about this person is still open. Close it first, "
            "or tick the box and say why it cannot wait."
        )
        return _person_page(public_id, form, 409)
    scrub(heard().db)  # the erased bytes leave the database files now, not at some later checkpoint
    flash(
        f"Erased {report.resident}: {report.conversations} conversation(s) "
        f"and {report.messages} message(s) deleted.",
        "success",
    )
    return redirect(url_for("admin.people"))
