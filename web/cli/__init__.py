"""`flask --app web …` commands: administration, outreach, privacy, Telegram and `serve`.

Each module keeps a COMMANDS list; this package registers them all on the app.
"""

from __future__ import annotations

from flask import Flask

from web.cli import admin, telegram


def init_app(app: Flask) -> None:
    admin.init_app(app)
    telegram.init_app(app)
