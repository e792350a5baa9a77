"""`flask --app web serve`: the one-process deployment `make run` starts.

The web app is served by werkzeug's threaded server; background services
(the scheduler, Telegram polling) register in BACKGROUND and run beside it.
Production runs each part as its own process instead (docs/operations.md).
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from typing import Protocol

import click
from flask import Flask
from werkzeug.serving import make_server

from web.cli.outreach import start_scheduler
from web.extensions import heard
from web.webhooks.telegram import start_polling as start_telegram_polling

log = logging.getLogger(__name__)


class Service(Protocol):
    def stop(self) -> None: ...


# Each entry starts a service for the app and returns it, or None when it
# is not configured (e.g. no TELEGRAM_BOT_TOKEN). New services add one line.
BACKGROUND: list[Callable[[Flask], Service | None]] = []
BACKGROUND.append(start_telegram_polling)
BACKGROUND.append(start_scheduler)


@click.command("serve")
def serve_command() -> None:
    """Serve the web app and run the background services in this process."""
    from flask import current_app

    app = current_app._get_current_object()  # type: ignore[attr-defined]
    env = heard().env
    server = make_server(env.host, env.port, app, threaded=True)
    services = [s for s in (start(app) for start in BACKGROUND) if s is not None]
    # shutdown() waits for serve_forever() to return, and the handler runs on the very thread
    # inside serve_forever(): called there it blocks for ever. Ask from another thread.
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown, daemon=True).start())
    click.echo(f"Heard is running on http://{env.host}:{env.port}/  (Ctrl-C stops it)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        for service in services:
            service.stop()
        click.echo("Heard stopped.")
