"""The staff admin under /admin: the dashboard, users and API tokens. Sign-in required throughout."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from flask import Blueprint, Flask, current_app, redirect, render_template, request, url_for
from flask_login import current_user

from web import kept_urls
from web.admin.nav import channel_name, nav_links
from web.auth.roles import require_sign_in
from web.extensions import heard

bp = Blueprint("admin", __name__, url_prefix="/admin")
require_sign_in(bp)


@bp.errorhandler(403)
def _forbidden(_error: Exception):
    message = "Your role does not let you see this page. An admin can change your role."
    return render_template("error.html", title="You cannot see this page", message=message), 403


@bp.errorhandler(404)
def _not_found(_error: Exception):
    return render_template("error.html", title="Page not found", message="There is nothing here."), 404


NAV_CACHE_SIZE = 256  # roles x pages x address prefixes: a few dozen in practice


def _nav_context() -> dict:
    """The nav entries this user may follow, as base.html's list items (`nav_links`)."""
    # The user once: each `current_user` is a look-up through Flask-Login's proxy.
    user = current_user._get_current_object()
    if not user.is_authenticated:
        return {"nav_links": None}
    # Kept per app: the links are the same for every request of a role, page and prefix
    # (SCRIPT_NAME), and building them was fifteen url_for calls a page.
    key = (user.role, request.endpoint or "", request.script_root)
    kept = current_app.extensions["admin_nav"]
    links = kept.get(key)
    if links is None:
        links = nav_links(user.role, key[1], url_for)
        if len(kept) < NAV_CACHE_SIZE:
            kept[key] = links
    return {"nav_links": links}


def local_time(moment: datetime | None) -> datetime | None:
    """A stored UTC time on the organisation's clock, for pages that show a time without a zone."""
    return moment.astimezone(ZoneInfo(heard().config.organisation.time_zone)) if moment else None


def init_app(app: Flask) -> None:
    # Importing the modules registers their routes on the blueprint.
    from web.admin import (  # noqa: F401
        alerts,
        audit,
        callbacks,
        comments,
        conversations,
        dashboard,
        emerging_topics,
        exports,
        old_urls,
        outreach,
        people,
        screen,
        service_contacts,
        teams,
        tokens,
        try_it,
        users,
        you_said_we_did,
        you_said_we_did_register,
    )

    app.extensions["admin_nav"] = {}
    app.context_processor(_nav_context)
    app.jinja_env.globals["channel_name"] = channel_name
    app.jinja_env.globals["local_time"] = local_time
    kept_urls.init_app(app)  # every template's url_for, the admin's pages above all
    app.register_blueprint(bp)
    # The address `make run` prints is the site's root: send whoever opens it to the admin
    # (its sign-in page when signed out) rather than a bare 404.
    app.add_url_rule("/", "home", lambda: redirect(url_for("admin.dashboard")))
