"""The only module-level app: `gunicorn -c deploy/gunicorn.conf.py web.wsgi:app`.

What a worker's first message would read on first use (the text models, the
screen's rules) is read here, before any request: no resident waits for it. With
the config's `preload_app` this module runs once, in gunicorn's master, and the
workers fork with it all in shared pages.
"""

from bot.conversation.warm import read_models, warm

read_models()  # before the app's views are imported: they fill the memory the parse frees

from web import create_app  # noqa: E402

app = create_app()
warm(app.extensions["heard"].config)


def after_fork() -> None:
    """In a worker forked from the master: no pooled connection of the master's is used (it holds
    none after only building the app, but one shared across a fork would be corrupt for both)."""
    app.extensions["heard"].db.after_fork()
