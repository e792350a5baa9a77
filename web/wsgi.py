"""The only module-level app: `gunicorn web.wsgi:app`."""

from web import create_app

app = create_app()
