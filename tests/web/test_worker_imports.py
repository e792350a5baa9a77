"""A web worker imports what answering webhooks and pages needs, not every library Heard can use."""

from __future__ import annotations

import os

from tests.fresh_python import run_python

# Each is several megabytes in every gunicorn worker; they are imported when used
# (psycopg: by a worker on PostgreSQL; holidays: when a callback's due day is first worked out).
NOT_IN_A_WEB_WORKER = (
    "telegram",
    "alembic",
    "mako",
    "pygments",
    "psycopg",
    "holidays",
    "segno",
    "apscheduler",
)


def test_building_the_app_leaves_unused_libraries_unimported(tmp_path):
    code = (
        "import sys\n"
        "from web import create_app\n"
        "app = create_app()\n"
        "assert 'telegram' in app.cli.commands and 'migrate' in app.cli.commands\n"
        f"print(sorted(m for m in {NOT_IN_A_WEB_WORKER!r} if m in sys.modules))\n"
    )
    env = dict(os.environ, SECRET_KEY="test", DATABASE_URL=f"sqlite:///{tmp_path}/heard.sqlite3")
    assert run_python(code, env).strip().splitlines()[-1] == "[]"


def test_the_telegram_sender_is_registered_before_telegram_is_imported():
    code = "import sys, bot.channels; print('telegram' in bot.channels._FACTORIES, 'telegram' in sys.modules)"
    assert run_python(code).strip() == "True False"
