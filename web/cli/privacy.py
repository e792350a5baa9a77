"""`flask --app web` commands for privacy: retention, subject access and erasure by hand."""

from __future__ import annotations

import json

import click

from bot.privacy.erasure import ErasureBlocked, erase_person
from bot.privacy.people import PersonNotFound, find_person
from bot.privacy.retention import apply_retention
from bot.privacy.subject_access import subject_access
from models.base import utcnow
from models.scrub import scrub
from web.extensions import heard

_PERSON_OPTIONS = [
    click.option("--phone", help="Their phone number (national or +44 form)."),
    click.option("--chat-id", help="Their Telegram chat id."),
    click.option("--address", help="Their console or web-simulator address."),
]


def _person_options(command):
    for option in reversed(_PERSON_OPTIONS):
        command = option(command)
    return command


@click.command("apply-retention")
def apply_retention_command() -> None:
    """Delete personal data older than config.yaml `retention` allows (run daily)."""
    state = heard()
    with state.db.begin() as session:
        report = apply_retention(session, state.config, utcnow())
    scrub(state.db)
    for key, value in report.as_dict().items():
        click.echo(f"{key.replace('_', ' ')}: {value}")


@click.command("subject-access")
@_person_options
def subject_access_command(phone: str | None, chat_id: str | None, address: str | None) -> None:
    """Print everything held about one person as JSON (audited)."""
    state = heard()
    try:
        with state.db.begin() as session:
            resident = find_person(session, state.config, phone, chat_id, address)
            data = subject_access(session, resident, None, utcnow())
    except (ValueError, PersonNotFound) as error:
        raise click.ClickException(str(error)) from None
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


@click.command("erase-person")
@_person_options
@click.option("--force", is_flag=True, help="Erase even while an alert about them is open.")
@click.confirmation_option(prompt="Delete everything held about this person?")
def erase_person_command(phone: str | None, chat_id: str | None, address: str | None, force: bool) -> None:
    """Delete everything held about one person (audited)."""
    state = heard()
    try:
        with state.db.begin() as session:
            resident = find_person(session, state.config, phone, chat_id, address)
            report = erase_person(session, resident, None, utcnow(), force=force)
    except (ValueError, PersonNotFound, ErasureBlocked) as error:
        raise click.ClickException(str(error)) from None
    scrub(state.db)
    click.echo(
        f"Erased {report.resident}: "
        + ", ".join(f"{k} {v}" for k, v in report.as_dict().items() if k != "resident")
    )


PRIVACY_COMMANDS = [apply_retention_command, subject_access_command, erase_person_command]
