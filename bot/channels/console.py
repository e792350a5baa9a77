"""The console channel: be a resident from a terminal or a pipe (`flask --app web chat`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.conversation.engine import handle
from bot.conversation.messages import Inbound
from bot.safeguarding.mail import notify_pending_alerts
from models.base import utcnow
from models.db import Database
from settings import Config

CHANNEL = "console"


def chat(
    db: Database,
    config: Config,
    address: str,
    lines: Iterable[str],
    say: Callable[[str], None],
    language: str | None = None,
) -> None:
    """Feed each line to the engine as one message and `say` every reply."""
    for line in lines:
        inbound = Inbound(
            channel=CHANNEL,
            address=address,
            text=line.rstrip("\r\n"),
            received_at=utcnow(),
            language_hint=language,
        )
        with db.begin() as session:
            replies = handle(session, config, inbound)
        notify_pending_alerts(db, config)  # after commit: never inside the engine's transaction
        for reply in replies:
            say(reply.text)
