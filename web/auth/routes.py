"""GET/POST /admin/sign-in and POST /admin/sign-out."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from flask import flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_user, logout_user

from models.audit import record
from models.base import utcnow
from models.logins import end_sessions
from models.sign_in import try_sign_in
from web.auth import bp
from web.auth.forms import SignInForm, SignOutForm
from web.auth.staff import Staff
from web.extensions import heard

log = logging.getLogger("heard.auth")


def _safe_next(target: str | None) -> str:
    """Only ever go back to one of our own admin pages after signing in."""
    parts = urlsplit(target or "")
    if target and not parts.scheme and not parts.netloc and parts.path.startswith("/admin"):
        return target
    return url_for("admin.dashboard")


@bp.route("/sign-in", methods=["GET", "POST"])
def sign_in():
    if current_user.is_authenticated:
        return redirect(url_for("admin.dashboard"))
    form = SignInForm()
    if not form.validate_on_submit():
        return render_template("auth/sign_in.html", form=form)
    ip = request.remote_addr or "unknown"
    with heard().db.begin() as db_session:
        result = try_sign_in(db_session, form.email.data, form.password.data, ip, utcnow())
        staff = Staff.from_user(result.user) if result.user else None
    if result.locked_until:
        log.warning("sign-in refused (too many failures): %s from %s", form.email.data, ip)
        wait = max(1, int((result.locked_until - utcnow()).total_seconds() // 60) + 1)
        error = f"Too many wrong passwords. Try again in {wait} minute{'s' if wait > 1 else ''}."
        return render_template("auth/sign_in.html", form=form, error=error), 429
    if staff is None:
        log.warning("failed sign-in: %s from %s", form.email.data, ip)
        error = "The email address or password is not right, or the login is switched off."
        return render_template("auth/sign_in.html", form=form, error=error), 200
    session.clear()  # nothing from before signing in carries over
    login_user(staff)
    session.permanent = True
    log.info("signed in: %s from %s", staff.email, ip)
    return redirect(_safe_next(request.args.get("next")))


@bp.post("/sign-out")
def sign_out():
    if SignOutForm().validate_on_submit():
        if current_user.is_authenticated:
            with heard().db.begin() as db_session:
                record(db_session, "sign_out", actor=current_user.email, user_id=current_user.id)
                # Server-side: the old cookie stops working even if someone kept a copy.
                end_sessions(db_session, current_user.id)
        logout_user()
        session.clear()
        flash("You have signed out.", "info")
    return redirect(url_for("auth.sign_in"))
