"""`flask --app web export-screen-feedback FILE`: staff-marked screen examples as training rows."""

from __future__ import annotations

import click

from bot.safeguarding.feedback import export_feedback
from models.base import utcnow
from web.extensions import heard


@click.command("export-screen-feedback")
@click.argument("file", type=click.Path(dir_okay=False, writable=True))
def export_screen_feedback_command(file: str) -> None:
    """Write the false alarms and missed disclosures staff marked as corpus CSV rows (audited)."""
    state = heard()
    try:
        # Written inside the transaction: if the file cannot be written, nothing is stamped or audited.
        with state.db.begin() as session, open(file, "w", encoding="utf-8", newline="") as out:
            lines = export_feedback(session, None, utcnow())
            out.writelines(lines)
    except OSError as error:
        raise click.ClickException(f"cannot write {file}: {error.strerror}") from None
    click.echo(f"{len(lines) - 1} examples written to {file}")


SCREEN_COMMANDS = [export_screen_feedback_command]
