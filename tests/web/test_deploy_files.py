"""deploy/ examples name only commands and settings that exist, so they do not rot silently."""

from __future__ import annotations

import re

import pytest

from settings import ROOT, Environment

DEPLOY = ROOT / "deploy"
FILES = sorted(p for p in DEPLOY.iterdir() if p.is_file())


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_flask_command_in_deploy_exists(app, path):
    commands = re.findall(r"flask --app web ([a-z-]+)", path.read_text())
    assert set(commands) <= set(app.cli.commands), path.name


def test_the_web_process_serves_the_wsgi_app():
    assert "web.wsgi:app" in (DEPLOY / "Procfile").read_text()
    assert "web.wsgi:app" in (DEPLOY / "heard-web.service").read_text()


def test_the_web_process_takes_the_gunicorn_settings_that_preload_the_app():
    assert "--config deploy/gunicorn.conf.py " in (DEPLOY / "Procfile").read_text()
    assert "--config /opt/heard/deploy/gunicorn.conf.py " in (DEPLOY / "heard-web.service").read_text()
    settings: dict[str, object] = {}
    exec((DEPLOY / "gunicorn.conf.py").read_text(), settings)  # noqa: S102 - our own file, as gunicorn reads it
    assert settings["preload_app"] is True
    assert callable(settings["pre_fork"]) and callable(settings["post_fork"])


def test_the_example_environment_is_accepted_by_heard():
    lines = (DEPLOY / "heard.env.example").read_text().splitlines()
    env = dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))
    parsed = Environment.from_environ(env)
    assert parsed.trusted_proxies == 1 and parsed.telegram_mode == "webhook"
    assert parsed.database_url.startswith("postgresql://")
