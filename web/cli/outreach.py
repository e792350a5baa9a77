"""Outreach from the command line: `import-service-contacts` (alias `import-contacts`), `scheduler`."""

from __future__ import annotations

import signal
import sys
import threading
from typing import TextIO

import click
from flask import Flask

from bot.outreach.service_contacts import ImportFileError, import_rows, read_csv
from bot.outreach.sweep import SchedulerService, run_once
from web.extensions import heard


@click.command("import-service-contacts")
@click.argument("file", type=click.File("r", encoding="utf-8-sig"))
@click.option("--partial", is_flag=True, help="Import the good rows even when some rows are wrong.")
def import_service_contacts_command(file: TextIO, partial: bool) -> None:
    """Record service contacts to follow up from a CSV file (columns: docs/api.md)."""
    _import_service_contacts(file, partial)


@click.command("import-contacts")
@click.argument("file", type=click.File("r", encoding="utf-8-sig"))
@click.option("--partial", is_flag=True, help="Import the good rows even when some rows are wrong.")
def deprecated_import_command(file: TextIO, partial: bool) -> None:
    """Deprecated: the old name of import-service-contacts (goes in the next release)."""
    click.echo(
        "import-contacts is deprecated: use import-service-contacts (same file, same options).", err=True
    )
    _import_service_contacts(file, partial)


def _import_service_contacts(file: TextIO, partial: bool) -> None:
    state = heard()
    try:
        rows = read_csv(file.read())
    except ImportFileError as error:
        raise click.ClickException(f"{file.name}: {error}") from None
    bar = click.progressbar(length=len(rows), label="Importing", file=sys.stderr)
    with bar, state.db.begin() as session:
        report = import_rows(session, state.config, rows, partial, source="cli", progress=bar.update)
    for problem in report.errors:
        click.echo(str(problem), err=True)
    if report.errors and not partial:
        raise click.ClickException(
            f"nothing imported: {len(report.errors)} problem(s) above. Fix them, or use --partial."
        )
    click.echo(f"Imported {report.imported} service contact(s); {report.duplicates} already recorded.")


@click.command("scheduler")
@click.option("--once", is_flag=True, help="Sweep and send once, then exit.")
def scheduler_command(once: bool) -> None:
    """Run the outreach scheduler on its own (production: exactly this, beside gunicorn)."""
    state = heard()
    if once:
        run_once(state.db, state.config, state.env)
        return
    service = SchedulerService(state.db, state.config, state.env).start()
    stopping = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopping.set())
    signal.signal(signal.SIGINT, lambda *_: stopping.set())
    click.echo(f"Scheduler running: a sweep every {state.config.outreach.sweep_every} (Ctrl-C stops it)")
    stopping.wait()
    service.stop()
    click.echo("Scheduler stopped.")


def start_scheduler(app: Flask) -> SchedulerService:
    """The `make run` starter (web.cli.serve.BACKGROUND): the scheduler beside the web app."""
    state = app.extensions["heard"]
    return SchedulerService(state.db, state.config, state.env).start()


COMMANDS = [import_service_contacts_command, deprecated_import_command, scheduler_command]
