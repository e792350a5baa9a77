"""`flask --app web telegram…` commands: run the bot, set or delete the webhook, make QR codes."""

from __future__ import annotations

import asyncio
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from bot.channels.telegram.links import qr_png, team_deep_link
from web.extensions import heard

# Each command imports python-telegram-bot itself: the app registers these commands
# in every process, and a web worker should not carry the library (about 10 MB).

WEBHOOK_PATH = "/webhooks/telegram"


def _token() -> str:
    token = heard().env.telegram_bot_token
    if not token:
        raise click.ClickException("TELEGRAM_BOT_TOKEN is not set (ask @BotFather for one).")
    return token


@click.command("telegram")
@with_appcontext
def telegram_command() -> None:
    """Run the Telegram bot in this process (long polling; Ctrl-C stops it)."""
    from telegram.error import TelegramError

    from bot.channels.telegram.handlers import ALLOWED_UPDATES, build_application
    from bot.channels.telegram.runner import POLL_TIMEOUT, describe

    state = heard()
    token = _token()
    if state.env.telegram_mode == "webhook":
        raise click.ClickException("TELEGRAM_MODE is webhook: the web app receives updates; do not poll.")
    application = build_application(state.env, state.config, state.db, current_app.config["SECRET_KEY"])
    click.echo("Telegram bot is polling for updates (Ctrl-C stops it).")
    try:
        application.run_polling(allowed_updates=ALLOWED_UPDATES, timeout=POLL_TIMEOUT)
    except TelegramError as error:
        raise click.ClickException(describe(error, token)) from None


@click.command("telegram-webhook")
@click.argument("action", type=click.Choice(["set", "delete"]))
@with_appcontext
def telegram_webhook_command(action: str) -> None:
    """Point Telegram at PUBLIC_URL/webhooks/telegram (set), or go back to polling (delete)."""
    from telegram.error import TelegramError

    from bot.channels.telegram.handlers import ALLOWED_UPDATES, set_commands
    from bot.channels.telegram.runner import describe
    from bot.channels.telegram.send import make_bot

    state = heard()
    token = _token()
    env = state.env
    if action == "set" and not (env.public_url and env.telegram_webhook_secret):
        raise click.ClickException("Set PUBLIC_URL and TELEGRAM_WEBHOOK_SECRET first.")
    url = f"{env.public_url}{WEBHOOK_PATH}"

    async def apply() -> None:
        async with make_bot(env, state.config) as bot:
            if action == "delete":
                await bot.delete_webhook()
                return
            await bot.set_webhook(
                url, secret_token=env.telegram_webhook_secret, allowed_updates=ALLOWED_UPDATES
            )
            await set_commands(bot, state.config)

    try:
        asyncio.run(apply())
    except TelegramError as error:
        raise click.ClickException(describe(error, token)) from None
    click.echo(f"Telegram webhook set to {url}." if action == "set" else "Telegram webhook deleted.")


@click.command("telegram-qr")
@click.argument("team")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), required=True, help="PNG file.")
@click.option("--username", default=None, help="The bot's username; asked of Telegram when left out.")
@with_appcontext
def telegram_qr_command(team: str, output: Path, username: str | None) -> None:
    """Write a QR code PNG of the team's Telegram link (t.me/<bot>?start=team-<TEAM>)."""
    state = heard()
    if state.config.team(team) is None:
        known = ", ".join(t.id for t in state.config.teams) or "none"
        raise click.ClickException(f"No team {team!r} in config.yaml (teams: {known}).")
    if username is None:
        from telegram.error import TelegramError

        from bot.channels.telegram.runner import describe
        from bot.channels.telegram.send import bot_username

        token = _token()
        try:
            username = bot_username(state.env, state.config)
        except TelegramError as error:
            raise click.ClickException(describe(error, token)) from None
    try:
        url = team_deep_link(username, team)
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    output.write_bytes(qr_png(url))
    click.echo(f"{url} -> {output}")


COMMANDS = [telegram_command, telegram_webhook_command, telegram_qr_command]


def init_app(app: Flask) -> None:
    for command in COMMANDS:
        app.cli.add_command(command)
