"""Role checks and team scoping that every admin page uses."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import Blueprint, abort
from flask_login import current_user, login_required

from settings import Config, Team


def require_sign_in(bp: Blueprint, *roles: str) -> None:
    """Every route of `bp` needs a signed-in user (with one of `roles`, when given)."""

    @bp.before_request
    @login_required
    def _signed_in() -> None:
        if roles and current_user.role not in roles:
            abort(403)


def role_required(*roles: str) -> Callable:
    """One route needs one of `roles` (on top of its blueprint's sign-in check)."""

    def decorate(view: Callable) -> Callable:
        @wraps(view)
        @login_required
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if current_user.role not in roles:
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorate


def allowed_teams() -> frozenset[str] | None:
    """The teams the signed-in user may see: None for every team."""
    return current_user.allowed_teams


def visible_teams(config: Config) -> list[Team]:
    """The configured teams the signed-in user may see, in config order."""
    scope = allowed_teams()
    return [team for team in config.teams if scope is None or team.id in scope]
