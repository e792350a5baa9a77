"""Admins manage staff logins: create, change role and teams, deactivate, reset passwords."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for

from models.logins import UserError, create_user, get_user, list_users, set_password, update_user
from web.admin import bp
from web.admin.forms import PasswordResetForm, UserCreateForm, UserEditForm, options
from web.auth.roles import role_required
from web.extensions import heard


def _team_choices() -> list[tuple[str, str]]:
    return options([(team.id, team.name) for team in heard().config.teams])


@bp.get("/users")
@role_required("admin")
def users():
    with heard().db.begin() as session:
        rows = list_users(session)
    return render_template(
        "admin/users.html", users=rows, team_names={team.id: team.name for team in heard().config.teams}
    )


@bp.route("/users/new", methods=["GET", "POST"])
@role_required("admin")
def user_new():
    form = UserCreateForm()
    form.teams.choices = _team_choices()
    if form.validate_on_submit():
        try:
            with heard().db.begin() as session:
                create_user(session, form.email.data, form.password.data, form.role.data, form.teams.data)
        except UserError as error:
            form.email.errors.append(str(error).capitalize())
        else:
            flash(f"{form.email.data.strip().lower()} can now sign in.", "success")
            return redirect(url_for("admin.users"))
    return render_template("admin/user_new.html", form=form)


@bp.route("/users/<int:user_id>", methods=["GET", "POST"])
@role_required("admin")
def user_edit(user_id: int):
    with heard().db.begin() as session:
        user = get_user(session, user_id)
        if user is None:
            abort(404)
        current = {"role": user.role, "teams": [t.team for t in user.teams], "active": user.active}
    form = UserEditForm(data=current)
    form.teams.choices = _team_choices()
    if form.validate_on_submit():
        try:
            with heard().db.begin() as session:
                update_user(session, user_id, form.role.data, form.teams.data, form.active.data)
        except UserError as error:
            form.role.errors.append(str(error).capitalize())
        else:
            flash(f"Saved the changes to {user.email}.", "success")
            return redirect(url_for("admin.users"))
    return render_template("admin/user_edit.html", form=form, user=user, password_form=PasswordResetForm())


@bp.post("/users/<int:user_id>/password")
@role_required("admin")
def user_password(user_id: int):
    form = PasswordResetForm()
    with heard().db.begin() as session:
        user = get_user(session, user_id)
    if user is None:
        abort(404)
    if form.validate_on_submit():
        with heard().db.begin() as session:
            set_password(session, user_id, form.new_password.data)
        flash(f"New password set for {user.email}. Their other sign-ins have ended.", "success")
        return redirect(url_for("admin.users"))
    edit_form = UserEditForm(
        data={"role": user.role, "teams": [t.team for t in user.teams], "active": user.active}
    )
    edit_form.teams.choices = _team_choices()
    return render_template("admin/user_edit.html", form=edit_form, user=user, password_form=form), 400
