"""Admins manage API tokens: create (shown once), list, revoke."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for

from models.api_token import SCOPES, create_token, list_tokens, revoke_token
from web.admin import bp
from web.admin.forms import ConfirmForm, TokenCreateForm, options
from web.auth.roles import role_required
from web.extensions import heard


def _token_page(form: TokenCreateForm, new_token: str | None = None, status: int = 200):
    with heard().db.begin() as session:
        rows = list_tokens(session)
    team_names = {team.id: team.name for team in heard().config.teams}
    page = render_template(
        "admin/tokens.html",
        form=form,
        tokens=rows,
        new_token=new_token,
        confirm=ConfirmForm(),
        team_names=team_names,
    )
    # The new token must not linger in any cache.
    return page, status, {"Cache-Control": "no-store"}


def _form() -> TokenCreateForm:
    form = TokenCreateForm()
    form.teams.choices = options([(team.id, team.name) for team in heard().config.teams])
    form.scopes.choices = options([(scope, f"{scope}: {what}") for scope, what in SCOPES.items()])
    return form


@bp.get("/tokens")
@role_required("admin")
def tokens():
    return _token_page(_form())


@bp.post("/tokens")
@role_required("admin")
def token_create():
    form = _form()
    if not form.validate_on_submit():
        return _token_page(form, status=400)
    with heard().db.begin() as session:
        token = create_token(session, form.name.data.strip(), form.teams.data, form.scopes.data)
    return _token_page(_form(), new_token=token)


@bp.post("/tokens/<int:token_id>/revoke")
@role_required("admin")
def token_revoke(token_id: int):
    if not ConfirmForm().validate_on_submit():
        abort(400)
    with heard().db.begin() as session:
        row = revoke_token(session, token_id)
        if row is None:
            abort(404)
        name = row.name
    flash(f"Token {name!r} is revoked: it no longer works.", "success")
    return redirect(url_for("admin.tokens"))
