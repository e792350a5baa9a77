"""Faults in real processes: a gunicorn worker killed mid-request; PostgreSQL restarted under load.

(The scheduler killed mid-send is tests/outreach/test_scheduler_processes.py.)
"""

from __future__ import annotations

import os
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select, text

from bench._gunicorn import gunicorn
from models import Message
from models.db import Database
from models.migrate import upgrade
from tests.factories import answers_of, conversations_of
from tests.throwaway_postgres import throwaway_postgres
from tests.twilio_requests import AUTH_TOKEN, PUBLIC_URL, SMS_PATH, message_form, signature, twiml_messages

pytestmark = pytest.mark.slow
ENV = {"SECRET_KEY": "test", "TWILIO_AUTH_TOKEN": AUTH_TOKEN, "PUBLIC_URL": PUBLIC_URL}


def post(base_url: str, form: dict[str, str], timeout: float = 30) -> requests.Response:
    headers = {"X-Twilio-Signature": signature(PUBLIC_URL + SMS_PATH, form)}
    return requests.post(base_url + SMS_PATH, data=form, headers=headers, timeout=timeout)


def attempt(base_url: str, form: dict[str, str], timeout: float = 30) -> requests.Response | Exception:
    """post(), with a dropped connection returned rather than raised."""
    try:
        return post(base_url, form, timeout)
    except requests.RequestException as error:
        return error


def workers_of(pid_file: Path) -> list[int]:
    """The gunicorn master's worker processes (its children)."""
    master = int(pid_file.read_text())
    return [int(pid) for pid in Path(f"/proc/{master}/task/{master}/children").read_text().split()]


def wait_for_new_worker(pid_file: Path, dead: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not [pid for pid in workers_of(pid_file) if pid != dead]:
        assert time.monotonic() < deadline, "gunicorn did not replace the killed worker"
        time.sleep(0.1)


def stored(db: Database, sid: str) -> int:
    with db.begin() as session:
        return session.scalar(select(func.count()).select_from(Message).where(Message.external_id == sid))


def test_a_worker_killed_mid_request_loses_no_answer(db, database_url, tmp_path):
    resident, pid_file = "+447700900321", tmp_path / "gunicorn.pid"
    env = ENV | {"DATABASE_URL": database_url}
    with (
        open(tmp_path / "gunicorn.log", "wb") as log,
        gunicorn("web.wsgi:app", env, workers=1, log=log, args=("--pid", str(pid_file))) as base_url,
    ):
        assert post(base_url, message_form("Hi", sender=resident)).status_code == 200
        answer = message_form("1", sender=resident)
        [worker] = workers_of(pid_file)
        outcome: list[object] = []
        with db.begin() as session:  # hold the database so the request is stuck inside the worker
            if db.dialect == "postgresql":
                session.execute(text("LOCK TABLE residents, messages IN ACCESS EXCLUSIVE MODE"))
            else:
                session.execute(
                    text("UPDATE residents SET id = id WHERE 0")
                )  # BEGIN IMMEDIATE: the write lock
            request = threading.Thread(target=lambda: outcome.append(attempt(base_url, answer)))
            request.start()
            request.join(timeout=2)
            assert request.is_alive(), f"the request finished before the kill: {outcome}"
            os.kill(worker, signal.SIGKILL)
            request.join(timeout=30)
        assert isinstance(outcome[0], requests.ConnectionError), (
            "the killed request must not have been answered"
        )
        assert stored(db, answer["MessageSid"]) == 0

        wait_for_new_worker(pid_file, worker)
        # Twilio retries the same MessageSid: stored once and answered, and still once if it retries again.
        for _ in range(2):
            response = post(base_url, answer)
            assert response.status_code == 200
            assert twiml_messages(response.content)[0].startswith("Did the person you spoke to listen")
        assert stored(db, answer["MessageSid"]) == 1
    [conversation] = conversations_of(db, resident, "sms")
    assert {k: a.value_num for k, a in answers_of(db, conversation.id).items()} == {"overall": 1}


def test_postgresql_restarted_under_load_loses_nothing_acknowledged(tmp_path):
    with throwaway_postgres() as cluster:
        upgrade(cluster.url)
        env = ENV | {"DATABASE_URL": cluster.url}
        sent: list[str] = []
        acked: list[str] = []
        after_restart: list[int] = []
        refused: list[object] = []  # answers other than 200 while the database was down
        restarted = threading.Event()

        def resident(index: int) -> None:
            """Messages until three are answered after the restart (so the load spans it however fast
            a turn is); a failed one is retried with its MessageSid, as Twilio does."""
            deadline = time.monotonic() + 60
            n = answered_after = 0
            while answered_after < 3 and time.monotonic() < deadline:
                form = message_form("Hi" if n == 0 else f"{1 + n % 4}", sender=f"+4477009006{index:02d}")
                sent.append(form["MessageSid"])
                while time.monotonic() < deadline:
                    response = attempt(base_url, form, 10)
                    if isinstance(response, requests.Response) and response.status_code == 200:
                        acked.append(form["MessageSid"])
                        if restarted.is_set():
                            after_restart.append(index)
                            answered_after += 1
                        break
                    refused.append(response)
                    time.sleep(0.2)
                n += 1
                time.sleep(0.05)

        with (
            open(tmp_path / "gunicorn.log", "wb") as log,
            gunicorn("web.wsgi:app", env, workers=2, log=log) as base_url,
            ThreadPoolExecutor(8) as pool,
        ):
            futures = [pool.submit(resident, i) for i in range(8)]
            time.sleep(1.5)
            cluster.stop()  # fast shutdown: every pooled connection is dropped
            time.sleep(1)
            cluster.start()
            restarted.set()
            for future in futures:
                future.result()

        assert sorted(acked) == sorted(sent), "every message was answered in the end"
        assert refused, "the restart happened under load: some requests failed while it was down"
        assert after_restart, "requests succeeded after the restart (the pool reconnected)"
        database = Database(cluster.url)
        with database.begin() as session:
            query = select(Message.external_id, func.count()).where(Message.direction == "in")
            counts = dict(session.execute(query.group_by(Message.external_id)).all())
        database.dispose()
        assert {sid: counts.get(sid) for sid in acked} == dict.fromkeys(acked, 1), "acknowledged: stored once"
