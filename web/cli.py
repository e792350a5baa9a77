"""`flask --app web …` commands for administrators and for trying the bot."""

from __future__ import annotations

import sys

import click
from flask import Flask
from flask.cli import with_appcontext

from bot.channels import console
from bot.insights import recompute_insights
from models.api_token import create_token
from models.migrate import upgrade
from models.users import UserError, create_user, ensure_first_admin
from web import scheduling
from web.extensions import heard
from web.privacy_cli import PRIVACY_COMMANDS
from web.serve import serve_command


@click.command("migrate")
def migrate_command() -> None:
    """Create or migrate the database to the latest schema."""
    upgrade(heard().db.url)
    click.echo("Database is up to date.")


@click.command("setup")
def setup_command() -> None:
    """Migrate the database and create the first admin login if there is none."""
    state = heard()
    upgrade(state.db.url)
    with state.db.begin() as session:
        password = ensure_first_admin(session, state.config.organisation.admin_email)
    if password:
        click.echo("")
        click.echo("  First admin login (shown once, change it after signing in):")
        click.echo(f"    email:    {state.config.organisation.admin_email}")
        click.echo(f"    password: {password}")
        click.echo("")


@click.command("chat")
@click.option("--address", default="console-resident", show_default=True, help="Who you are: any name.")
@click.option("--language", default=None, help="Your language guess, e.g. cy.")
def chat_command(address: str, language: str | None) -> None:
    """Be a resident: type messages (or pipe them in), read the bot's replies."""
    state = heard()
    if sys.stdin.isatty():
        click.echo(f"You are resident '{address}'. Type a message and press Enter; Ctrl-D ends.", err=True)

    def say(text: str) -> None:
        click.echo(text if not sys.stdout.isatty() else click.style(text, fg="green"))
        click.echo("")

    console.chat(state.db, state.config, address, sys.stdin, say, language)


@click.command("create-api-token")
@click.argument("name")
def create_api_token_command(name: str) -> None:
    """Make a bearer token for the JSON API; the token is the last line printed."""
    with heard().db.begin() as session:
        token = create_token(session, name)
    click.echo(f"API token {name!r} created. It is shown only once:")
    click.echo(token)


@click.command("create-user")
@click.argument("email")
@click.option(
    "--role", type=click.Choice(["admin", "manager", "viewer"]), default="viewer", show_default=True
)
@click.password_option(help="Read from a prompt, or from stdin when piped.")
def create_user_command(email: str, role: str, password: str) -> None:
    """Create a staff login."""
    try:
        with heard().db.begin() as session:
            create_user(session, email, password, role)
    except UserError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"Created {role} {email}.")


@click.command("recompute-insights")
def recompute_insights_command() -> None:
    """Relabel stored comments (sentiment and themes) after config.yaml changes them."""
    state = heard()
    with state.db.begin() as session:
        count = recompute_insights(session, state.config)
    click.echo(f"Relabelled {count} comments with method {state.config.sentiment.method!r}.")


COMMANDS = [
    serve_command,
    migrate_command,
    setup_command,
    chat_command,
    create_api_token_command,
    create_user_command,
    recompute_insights_command,
    *PRIVACY_COMMANDS,
    *scheduling.COMMANDS,
]


def init_app(app: Flask) -> None:
    for command in COMMANDS:
        # Flask only pushes an app context for commands built through app.cli.
        command.callback = with_appcontext(command.callback)
        app.cli.add_command(command)
