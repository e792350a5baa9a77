"""The scheduler job's other duties: the safeguarding e-mail each sweep, retention once a day."""

from __future__ import annotations

import threading
from datetime import timedelta

import time_machine
from sqlalchemy import func, select

from bot.outreach.sweep import run_once
from bot.privacy.retention import apply_retention_if_due
from models import AuditEntry, Resident
from tests.factories import T0, send
from tests.safeguarding.test_alert_mail import inbox, mail_config  # noqa: F401 - `inbox` is a fixture
from tests.scheduling import ENV

PHONE = "+447700900123"


def retention_runs(db) -> int:
    with db.begin() as session:
        return session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "retention")
        )


def residents(db) -> set[str]:
    with db.begin() as session:
        return set(session.scalars(select(Resident.local_address).where(Resident.local_address.is_not(None))))


def test_each_sweep_emails_new_alerts_once(db, inbox):  # noqa: F811
    config = mail_config(inbox.port)
    send(db, config, "FEEDBACK EAST", channel="sms", address=PHONE)
    send(db, config, "I can't cope any more", channel="sms", address=PHONE, at=T0 + timedelta(minutes=1))
    assert inbox.messages == []  # the SMS channel does not e-mail inline
    with time_machine.travel(T0 + timedelta(minutes=2), tick=False):
        run_once(db, config, ENV)
        run_once(db, config, ENV)
    [(recipients, message)] = inbox.messages
    assert recipients == ["duty@example.org"] and PHONE not in message.as_string()


def test_retention_runs_at_most_once_a_day_across_restarts(db, config):
    send(db, config, "Hi", address="first")
    day_91 = T0 + timedelta(days=91)
    with time_machine.travel(day_91, tick=False):
        run_once(db, config, ENV)
    assert residents(db) == set() and retention_runs(db) == 1
    send(db, config, "Hi", address="second")  # old enough too: contacted at T0
    with time_machine.travel(day_91 + timedelta(hours=23), tick=False):
        run_once(db, config, ENV)  # a restarted scheduler, the same day
    assert residents(db) == {"second"} and retention_runs(db) == 1
    with time_machine.travel(day_91 + timedelta(days=1, minutes=1), tick=False):
        run_once(db, config, ENV)
    assert residents(db) == set() and retention_runs(db) == 2


def test_two_schedulers_at_once_run_retention_once(db, config):
    start = threading.Barrier(2)
    results: list[object] = []

    def scheduler() -> None:
        start.wait()
        with db.begin() as session:
            results.append(apply_retention_if_due(session, config, T0))

    threads = [threading.Thread(target=scheduler) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(results) == 2 and sum(r is not None for r in results) == 1
    assert retention_runs(db) == 1
