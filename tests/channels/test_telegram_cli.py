"""The `flask --app web telegram…` commands against the fake Bot API server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from bot.channels.telegram.links import qr_png, team_deep_link
from settings import ROOT
from tests.fakes.telegram_server import BOT_USER, TOKEN
from tests.fakes.telegram_updates import text_update

SECRET = "cli-secret_1"


@pytest.fixture
def telegram_runner(config, database_url, fake, monkeypatch):
    from web import create_app

    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", fake.base_url)
    monkeypatch.setenv("TELEGRAM_MODE", "webhook")
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("PUBLIC_URL", "https://feedback.example.org/")
    app = create_app(
        {"TESTING": True, "HEARD_CONFIG": config, "DATABASE_URL": database_url, "SECRET_KEY": "t"}
    )
    yield app.test_cli_runner()
    app.extensions["heard"].db.dispose()


def test_webhook_set_points_telegram_at_public_url_with_the_secret(telegram_runner, fake):
    result = telegram_runner.invoke(args=["telegram-webhook", "set"])
    assert result.exit_code == 0, result.output
    assert fake.state.webhook_url == "https://feedback.example.org/webhooks/telegram"
    assert fake.state.webhook_secret == SECRET
    assert len(fake.calls("setMyCommands")) == 2  # English (default) and Welsh

    result = telegram_runner.invoke(args=["telegram-webhook", "delete"])
    assert result.exit_code == 0 and fake.state.webhook_url == ""


def test_webhook_set_needs_public_url(telegram_runner, monkeypatch, fake):
    monkeypatch.delenv("PUBLIC_URL")
    from web import create_app

    app = create_app({"TESTING": True, "DATABASE_URL": "sqlite://", "SECRET_KEY": "t"})
    result = app.test_cli_runner().invoke(args=["telegram-webhook", "set"])
    assert result.exit_code != 0 and "PUBLIC_URL" in result.output
    assert fake.calls("setWebhook") == []


def test_polling_is_refused_in_webhook_mode(telegram_runner, fake):
    result = telegram_runner.invoke(args=["telegram"])
    assert result.exit_code != 0 and "webhook" in result.output
    assert fake.calls("deleteWebhook") == []  # the production webhook was left alone


@pytest.mark.parametrize("username_args", [[], ["--username", "heard_test_bot"]])
def test_telegram_qr_writes_the_teams_link_as_a_png(telegram_runner, tmp_path, username_args):
    output = tmp_path / "east.png"
    result = telegram_runner.invoke(args=["telegram-qr", "east", "--output", str(output), *username_args])
    assert result.exit_code == 0, result.output
    url = team_deep_link(BOT_USER["username"], "east")
    assert url in result.output
    assert output.read_bytes() == qr_png(url)


def test_telegram_qr_names_the_teams_when_one_is_unknown(telegram_runner, tmp_path):
    result = telegram_runner.invoke(args=["telegram-qr", "north", "--output", str(tmp_path / "n.png")])
    assert result.exit_code != 0 and "east, west" in result.output
    assert not (tmp_path / "n.png").exists()


@pytest.mark.slow
def test_flask_telegram_runs_the_bot_as_its_own_process(fake, database_url):
    env = os.environ | {
        "DATABASE_URL": database_url,
        "SECRET_KEY": "test",
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "TELEGRAM_MODE": "polling",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "flask", "--app", "web", "telegram"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        fake.enqueue(text_update(fake.next_update_id(), 77, "/start"))
        fake.wait_for(lambda: len(fake.sent_to(77)) == 2, timeout=30)
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "polling" in out
    assert TOKEN not in out + err
