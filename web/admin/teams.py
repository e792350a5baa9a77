"""GET /admin/teams: each team's SMS keywords and Telegram link, and its QR code as a PNG."""

from __future__ import annotations

import logging
import threading

from flask import abort, render_template

from bot.channels.telegram.links import qr_png, team_deep_link
from web.admin import bp
from web.auth.roles import visible_teams
from web.extensions import heard

log = logging.getLogger(__name__)
# The bot's username, by (token, API server): one getMe per process, not one per page view.
_usernames: dict[tuple[str, str], str] = {}
_lock = threading.Lock()


def telegram_username() -> str | None:
    """The bot's username (cached), or None when no token is set; raises TelegramError if unreachable."""
    env, config = heard().env, heard().config
    if not env.telegram_bot_token:
        return None
    from bot.channels.telegram.send import bot_username  # python-telegram-bot: only when used

    key = (env.telegram_bot_token, env.telegram_api_base_url)
    with _lock:
        if key not in _usernames:
            _usernames[key] = bot_username(env, config)
        return _usernames[key]


def _username_or_problem() -> tuple[str | None, str | None]:
    from telegram.error import TelegramError

    try:
        return telegram_username(), None
    except (TelegramError, OSError) as error:
        # Never the token in the log: TelegramError messages do not carry it.
        log.warning("Telegram getMe failed: %s", type(error).__name__)
        return None, "Telegram did not answer, so the links cannot be shown now. Try again later."


@bp.get("/teams")
def teams():
    username, problem = _username_or_problem()
    rows = [
        (team, team_deep_link(username, team.id) if username else None)
        for team in visible_teams(heard().config)
    ]
    return render_template("admin/teams.html", rows=rows, username=username, problem=problem)


@bp.get("/teams/<team_id>/telegram-qr.png")
def team_qr(team_id: str):
    if team_id not in {team.id for team in visible_teams(heard().config)}:
        abort(404)
    username, problem = _username_or_problem()
    if username is None:
        abort(404 if problem is None else 503)
    png = qr_png(team_deep_link(username, team_id))
    headers = {
        "Content-Type": "image/png",
        "Content-Disposition": f'attachment; filename="telegram-{team_id}.png"',
        "Cache-Control": "private, max-age=3600",
    }
    return png, 200, headers
