"""docs/operations.md "Scaling" end to end: gunicorn workers + separate scheduler processes + one database.

A contact posted to /api/v1/contacts is invited by a scheduler process through the
(fake) Twilio API, the resident answers through signed webhooks to gunicorn, and
/api/v1/responses shows the answers. On PostgreSQL two schedulers run, as docs/operations.md allows.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

import pytest
import requests

from bench._gunicorn import DEPLOYED, gunicorn
from models.api_token import create_token
from settings import ROOT
from tests.configuration import TEST_CONFIG_PATH
from tests.twilio_requests import message_form, signature, twiml_messages

pytestmark = pytest.mark.slow
PUBLIC_URL = "https://heard.example.org"
RESIDENT = "+447700900777"
ANSWERS = ["1", "a bit", "1", "1", "yes", "Kind staff <b>thanks</b>"]


def fast_config(tmp_path) -> str:
    """config.yaml with a 1 s sweep and no quiet hours, so the invitation goes within the test."""
    text = TEST_CONFIG_PATH.read_text(encoding="utf-8")
    text = re.sub(r"sweep_every: \S+", "sweep_every: 1s", text)
    always = (
        'quiet_hours: {send_from: "00:00", send_until: "23:59", days: [mon, tue, wed, thu, fri, sat, sun]}'
    )
    text = re.sub(r"quiet_hours: \{.*\}", always, text)
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def scheduler(env: dict[str, str], log) -> subprocess.Popen:
    """`flask --app web scheduler`, as deploy/Procfile and deploy/heard-scheduler.service run it."""
    command = [sys.executable, "-m", "flask", "--app", "web", "scheduler"]
    return subprocess.Popen(command, cwd=ROOT, env=os.environ | env, stdout=log, stderr=log)


def wait_for(condition, what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.2)


def test_gunicorn_and_separate_schedulers_end_to_end(db, database_url, fake_twilio, tmp_path):
    with db.begin() as session:
        token = create_token(session, "layout test", scopes=("responses:read", "contacts:write"))
    env = fake_twilio.environ(PUBLIC_URL) | {
        "DATABASE_URL": database_url,
        "SECRET_KEY": "layout-test",
        "HEARD_CONFIG": fast_config(tmp_path),
    }
    schedulers = 2 if database_url.startswith("postgres") else 1  # two are safe on PostgreSQL only
    log_path = tmp_path / "processes.log"
    with (
        open(log_path, "wb") as log,
        gunicorn("web.wsgi:app", env, workers=3, log=log, args=DEPLOYED) as base_url,
    ):
        processes = [scheduler(env, log) for _ in range(schedulers)]
        try:
            api = requests.Session()
            api.headers["Authorization"] = f"Bearer {token}"
            contacted = (datetime.now(UTC) - timedelta(hours=3)).isoformat()
            service_contact = {"phone": RESIDENT, "team": "east", "contacted_at": contacted, "language": "en"}
            response = api.post(
                base_url + "/api/v1/contacts", json={"contacts": [service_contact | {"consent": True}]}
            )
            assert response.status_code == 201, response.text
            assert response.json()["imported"] == 1

            wait_for(lambda: len(fake_twilio.messages) >= 2, "the invitation", timeout=60)
            time.sleep(2)  # two more sweeps: a second invitation would show now
            # The invitation: the survey's intro, then its first question; once, however many schedulers.
            intro, question = fake_twilio.messages
            assert {intro["to"], question["to"]} == {RESIDENT}
            assert intro["body"].startswith("Thank you for talking to")
            assert question["body"].startswith("Overall, how was your experience")

            for text in ANSWERS:
                form = message_form(text, sender=RESIDENT)
                headers = {
                    "X-Twilio-Signature": signature(
                        PUBLIC_URL + "/webhooks/twilio/sms", form, env["TWILIO_AUTH_TOKEN"]
                    )
                }
                reply = requests.post(
                    base_url + "/webhooks/twilio/sms", data=form, headers=headers, timeout=30
                )
                assert reply.status_code == 200, log_path.read_text()
                assert twiml_messages(reply.content)

            [conversation] = api.get(base_url + "/api/v1/responses", timeout=30).json()["data"]
        finally:
            for process in processes:
                process.terminate()
            for process in processes:
                process.wait(timeout=30)
    assert conversation["team"] == "east"
    assert conversation["status"] == "completed"
    answers = {a["question"]: a["raw"] for a in conversation["answers"]}
    assert answers == dict(
        zip(["overall", "listened", "what_matters", "strengths", "timely", "comment"], ANSWERS, strict=True)
    )
    assert "7700900777" not in log_path.read_text(), "a phone number reached a process log"
