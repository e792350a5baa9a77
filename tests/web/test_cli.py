"""The `flask --app web` commands as an administrator or a resident runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from settings import ROOT


def flask(database_url: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = os.environ | {"DATABASE_URL": database_url, "SECRET_KEY": "test"}
    return subprocess.run(
        [sys.executable, "-m", "flask", "--app", "web", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_piped_chat_completes_the_survey_and_the_api_shows_the_answers(database_url, client):
    chat = flask(
        database_url,
        "chat",
        "--address",
        "alice",
        stdin="hello\n1\nyes a lot\n2\nnot sure\nyes\nGreat help\n",
    )
    assert chat.returncode == 0, chat.stderr
    out = chat.stdout
    assert "Overall, how was your experience of our service?" in out
    assert "They help us learn what works and what to change." in out
    assert out.strip().endswith("Can we text you later to tell you what changed? Reply YES or NO")

    token = flask(database_url, "create-api-token", "bi").stdout.strip().splitlines()[-1]
    data = client.get("/api/v1/responses", headers={"Authorization": f"Bearer {token}"}).json["data"]
    [item] = data
    assert item["status"] == "completed" and item["channel"] == "console"
    assert {a["question"]: a["value"] for a in item["answers"]} == {
        "overall": 1,
        "listened": 1,
        "what_matters": 2,
        "strengths": 4,
        "timely": 1,
        "comment": "Great help",
    }


@pytest.mark.slow
def test_two_addresses_are_two_residents_and_one_can_come_back(database_url):
    flask(database_url, "chat", "--address", "alice", stdin="hi\n1\n")
    bob = flask(database_url, "chat", "--address", "bob", stdin="hi\n")
    assert "Overall" in bob.stdout
    # Alice comes back later and carries on where she was.
    alice = flask(database_url, "chat", "--address", "alice", stdin="2\n")
    assert "Did we talk about what matters most to you?" in alice.stdout


def test_setup_creates_the_first_admin_once(runner, app):
    first = runner.invoke(args=["setup"])
    assert first.exit_code == 0 and "password:" in first.output
    second = runner.invoke(args=["setup"])
    assert second.exit_code == 0 and "password:" not in second.output


def test_create_api_token_prints_the_token_last(runner):
    result = runner.invoke(args=["create-api-token", "bi tool"])
    assert result.exit_code == 0
    assert result.output.strip().splitlines()[-1].startswith("hrd_")


def test_healthz_output_is_json(client):
    assert json.loads(client.get("/healthz").data) == {"status": "ok"}


def test_building_the_app_again_does_not_wrap_the_commands_again(config, database_url):
    """Each create_app() once wrapped every command again: ~1,000 apps later, RecursionError."""
    from web import create_app
    from web.cli import admin as cli

    callbacks = [command.callback for command in cli.COMMANDS]
    create_app({"HEARD_CONFIG": config, "DATABASE_URL": database_url, "SECRET_KEY": "t"})
    assert [command.callback for command in cli.COMMANDS] == callbacks


@pytest.mark.parametrize("command", [["chat"], ["apply-retention"], ["scheduler", "--once"]])
def test_a_command_on_a_database_nobody_migrated_says_what_to_do(tmp_path, command):
    run = flask(f"sqlite:///{tmp_path / 'new.sqlite3'}", *command, stdin="hello\n")
    assert run.returncode == 1
    assert "the database has no tables yet: run `flask --app web migrate`" in run.stderr
    assert "Traceback" not in run.stderr + run.stdout


def test_a_command_on_a_database_one_migration_behind_names_both(tmp_path):
    from alembic.script import ScriptDirectory

    from models.migrate import alembic_config, upgrade

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    scripts = ScriptDirectory.from_config(alembic_config(url))
    head = scripts.get_current_head()
    previous = scripts.get_revision(head).down_revision
    upgrade(url, previous)
    run = flask(url, "chat", stdin="hello\n")
    assert run.returncode == 1
    assert f"the database is at migration {previous}, this version needs {head}" in run.stderr
    assert flask(url, "migrate").returncode == 0
    assert "Overall, how was your experience" in flask(url, "chat", stdin="hello\n").stdout


def test_a_command_that_cannot_reach_the_database_says_so():
    run = flask("postgresql://heard:secret@127.0.0.1:9/heard", "chat", stdin="hello\n")
    assert run.returncode == 1
    assert "cannot reach the database (" in run.stderr and "check DATABASE_URL" in run.stderr
    assert "Traceback" not in run.stderr and "secret" not in run.stderr
