"""`flask --app web …` commands for administrators and for trying the bot."""

from __future__ import annotations

import functools
import sys
from functools import partial

import click
from flask import Flask
from flask.cli import with_appcontext
from sqlalchemy.exc import OperationalError

from bot.channels import console
from bot.insights.analysis import answers_to_relabel, labels_for, recompute_insights
from models.api_token import DEFAULT_SCOPES, SCOPES, create_token
from models.logins import UserError, create_user, ensure_first_admin
from models.migrate import schema_problem, upgrade
from models.tallies import use_time_zone
from web.cli import outreach
from web.cli.privacy import PRIVACY_COMMANDS
from web.cli.screen import SCREEN_COMMANDS
from web.cli.serve import serve_command
from web.extensions import heard


@click.command("migrate")
def migrate_command() -> None:
    """Create or migrate the database to the latest schema."""
    migrate_to_head()
    click.echo("Database is up to date.")


def migrate_to_head() -> None:
    """Migrate, then keep the dashboard's tallies in config.yaml's time zone (recounted if it changed)."""
    state = heard()
    zone = state.config.organisation.time_zone
    upgrade(state.db.url, time_zone=zone)
    with state.db.begin() as session:
        if use_time_zone(session, zone):
            click.echo(f"Answer tallies recounted by days in {zone}.")


@click.command("setup")
def setup_command() -> None:
    """Migrate the database and create the first admin login if there is none."""
    state = heard()
    migrate_to_head()
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
@click.option("--team", "teams", multiple=True, help="Only this team's data (repeat for several).")
@click.option(
    "--scope",
    "scopes",
    multiple=True,
    type=click.Choice(list(SCOPES)),
    help=f"What the token may do (repeat for several; default {' '.join(DEFAULT_SCOPES)}).",
)
def create_api_token_command(name: str, teams: tuple[str, ...], scopes: tuple[str, ...]) -> None:
    """Make a bearer token for the JSON API; the token is the last line printed."""
    _check_teams(teams)
    with heard().db.begin() as session:
        token = create_token(session, name, teams, scopes)
    chosen = " ".join(sorted(set(scopes) or DEFAULT_SCOPES))
    click.echo(f"API token {name!r} created with scopes {chosen}. It is shown only once:")
    click.echo(token)


def _check_teams(teams: tuple[str, ...]) -> None:
    known = {team.id for team in heard().config.teams}
    for team in teams:
        if team not in known:
            raise click.BadParameter(f"{team!r} is not a team in config.yaml", param_hint="--team")


def _read_password() -> str:
    """From a hidden prompt (typed twice) at a terminal, or the first line of piped stdin."""
    if sys.stdin.isatty():
        return click.prompt("Password", hide_input=True, confirmation_prompt=True)
    return sys.stdin.readline().rstrip("\r\n")


@click.command("create-user")
@click.argument("email")
@click.option(
    "--role", type=click.Choice(["admin", "manager", "viewer"]), default="viewer", show_default=True
)
@click.option("--team", "teams", multiple=True, help="A team a viewer may see (repeat for several).")
def create_user_command(email: str, role: str, teams: tuple[str, ...]) -> None:
    """Create a staff login; the password comes from a prompt, or from stdin when piped."""
    _check_teams(teams)
    password = _read_password()
    try:
        with heard().db.begin() as session:
            create_user(session, email, password, role, teams)
    except UserError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"Created {role} {email.strip().lower()}.")


@click.command("seed-demo")
@click.option("--responses", default=2000, show_default=True, type=click.IntRange(1), help="Conversations.")
@click.option("--seed", default=1, show_default=True, help="Random seed: the same seed gives the same data.")
@click.option("--append", is_flag=True, help="Add to a database that already has conversations.")
def seed_demo_command(responses: int, seed: int, append: bool) -> None:
    """Fill the database with realistic demo conversations over the past year (never on real data)."""
    from datetime import UTC, datetime

    from sqlalchemy import func, select

    from models import Conversation
    from models.demo import seed_demo

    state = heard()
    with state.db.begin() as session:
        existing = session.scalar(select(func.count()).select_from(Conversation))
        if existing and not append:
            raise click.ClickException(
                f"the database already has {existing} conversations; demo data would mix with them "
                "(use --append if that is what you want)"
            )
        label = partial(labels_for, state.config)  # demo comments go through the live labeller
        result = seed_demo(session, state.config, responses, datetime.now(UTC), seed, label=label)
    click.echo(f"Added {result.conversations} demo conversations with {result.answers} answers.")


@click.command("recompute-insights")
@click.option("--batch", default=1000, show_default=True, type=click.IntRange(1), help="Answers per batch.")
def recompute_insights_command(batch: int) -> None:
    """Relabel stored comments (sentiment and themes): after config.yaml changes them or an upgrade."""
    state = heard()
    with state.db.begin() as session:
        total = answers_to_relabel(session)
        # The bar goes to stderr (and only shows on a terminal), so the summary line stays scriptable.
        with click.progressbar(length=total, label="Relabelling", file=sys.stderr) as bar:
            count = recompute_insights(session, state.config, batch=batch, progress=bar.update)
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
    *SCREEN_COMMANDS,
    *outreach.COMMANDS,
    seed_demo_command,
]


# Commands that make the schema; every other one needs it as this version left it.
MAKE_THE_SCHEMA = {migrate_command, setup_command}


def _schema_checked(callback):
    """A clear message, not a traceback, when the database is unreachable or nobody migrated it."""

    @functools.wraps(callback)
    def checked(*args, **kwargs):
        db = heard().db
        try:
            problem = schema_problem(db.engine, db.url)
        except OperationalError as error:
            reason = str(error.orig).strip().splitlines()[0] if error.orig else "no answer"
            raise click.ClickException(f"cannot reach the database ({reason}): check DATABASE_URL.") from None
        if problem:
            raise click.ClickException(f"{problem}: run `flask --app web migrate` (or `make run`) first.")
        return callback(*args, **kwargs)

    return checked


def _in_app_context(command: click.Command) -> click.Command:
    """Flask only pushes an app context for commands built through app.cli: wrap ours once."""
    assert command.callback is not None  # every command of ours has a function
    callback = command.callback if command in MAKE_THE_SCHEMA else _schema_checked(command.callback)
    command.callback = with_appcontext(callback)
    return command


# Wrapped here, at import, not in init_app: every create_app() would wrap them again.
for _command in COMMANDS:
    _in_app_context(_command)


def init_app(app: Flask) -> None:
    for command in COMMANDS:
        app.cli.add_command(command)
