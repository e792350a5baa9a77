"""Telegram in the web app: the webhook route and the polling service `make run` starts.

Webhook mode (TELEGRAM_MODE=webhook): Telegram POSTs each update to
/webhooks/telegram with our secret in X-Telegram-Bot-Api-Secret-Token; the
route checks it in constant time and hands the update to the bot's handlers.
Polling mode (the default): `start_polling` runs the bot on a thread beside
the web server (registered in web.cli.serve.BACKGROUND).
"""

from __future__ import annotations

import atexit
import hmac
import logging
import threading
from typing import TYPE_CHECKING

from flask import Blueprint, Flask, abort, current_app, jsonify, request

from web.extensions import Heard

# python-telegram-bot (about 10 MB) is imported when Telegram is used, never by a
# worker that only answers SMS webhooks and dashboards.
if TYPE_CHECKING:
    from bot.channels.telegram.runner import PollingThread, WebhookRunner

log = logging.getLogger(__name__)
bp = Blueprint("telegram", __name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name
_runner_lock = threading.Lock()


@bp.post("/webhooks/telegram")
def telegram_webhook():
    """Check the secret, hand the update to the bot, and answer once its replies are sent."""
    env = _heard().env
    if env.telegram_mode != "webhook" or not env.telegram_bot_token:
        abort(404)
    given = request.headers.get(SECRET_HEADER, "").encode("utf-8", "surrogateescape")
    if not hmac.compare_digest(given, (env.telegram_webhook_secret or "").encode()):
        return jsonify(error="forbidden"), 403
    from bot.channels.telegram.runner import parse_update

    runner = webhook_runner(current_app)
    update = parse_update(request.get_json(silent=True), runner)
    if update is None:
        return jsonify(error="not a Telegram update"), 400
    try:
        runner.process(update)
    except TimeoutError:
        # Telegram will deliver it again; the update id keeps it from being stored twice.
        log.warning("Telegram update %s took too long; asking Telegram to retry", update.update_id)
        return jsonify(error="busy"), 503
    return jsonify(ok=True)


def webhook_runner(app: Flask) -> WebhookRunner:
    """The app's WebhookRunner, started at the first update."""
    from bot.channels.telegram.handlers import build_application
    from bot.channels.telegram.runner import WebhookRunner

    with _runner_lock:
        runner = app.extensions.get("telegram_webhook")
        if runner is None:
            state: Heard = app.extensions["heard"]
            application = build_application(state.env, state.config, state.db, app.config["SECRET_KEY"])
            runner = app.extensions["telegram_webhook"] = WebhookRunner(application).start()
            atexit.register(runner.stop)
        return runner


def stop_webhook_runner(app: Flask) -> None:
    """Stop the app's WebhookRunner if one was started (tests, shutdown)."""
    with _runner_lock:
        runner = app.extensions.pop("telegram_webhook", None)
    if runner is not None:
        runner.stop()


def start_polling(app: Flask) -> PollingThread | None:
    """For `make run`: poll Telegram on a thread when a token is set and the mode is polling."""
    state: Heard = app.extensions["heard"]
    env = state.env
    if (
        not env.telegram_bot_token
        or env.telegram_mode != "polling"
        or not state.config.channels.telegram.enabled
    ):
        return None
    from bot.channels.telegram.handlers import build_application
    from bot.channels.telegram.runner import PollingThread, describe

    application = build_application(env, state.config, state.db, app.config["SECRET_KEY"])
    try:
        polling = PollingThread(application).start()
    except Exception as error:  # noqa: BLE001 - the web app keeps running without the bot
        log.error("Telegram polling did not start: %s", describe(error, env.telegram_bot_token))
        return None
    log.info("Telegram: polling for updates")
    return polling


def _heard() -> Heard:
    return current_app.extensions["heard"]


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
