"""Claiming due prompts: locked, written once with their outcome, never lost nor queued twice."""

from __future__ import annotations

import threading
import time
from collections import Counter
from datetime import timedelta

import pytest

from bot.outreach import sweep as sweep_module
from bot.outreach.sweep import _claim, sweep
from tests.factories import T0
from tests.scheduling import fast, outbox, outreach_messages, record, row

DUE = T0 + timedelta(hours=2)
PEOPLE = 12


@pytest.fixture
def due(db, config):
    """PEOPLE invitations due at DUE; the config."""
    config = fast(config)
    record(db, config, [row(f"+44770090{i:04d}", "east", T0) for i in range(PEOPLE)], T0)
    return config


def queued_once(db) -> None:
    """Every invitation is in the outbox exactly once: its two messages, one reminder."""
    invitations = outreach_messages(db, kind="invite")
    assert {p.status for p in invitations} == {"claimed"}
    assert Counter(m.outreach_message_id for m in outbox(db)) == {p.id: 2 for p in invitations}
    assert Counter(p.conversation_id for p in outreach_messages(db, kind="reminder")) == Counter(
        p.conversation_id for p in invitations
    )


def test_a_sweep_that_dies_mid_batch_leaves_its_outreach_messages_pending_for_the_next(db, due, monkeypatch):
    real_queue, batches, dead = sweep_module._queue, [], set()

    def dies_on_the_second_batch(session, config, ready, now) -> None:
        # Count full batches only: on PostgreSQL two sweepers run, and the short last batch
        # (12 = 5 + 5 + 2) may reach this point before the second full one.
        batches.append(ready)
        if len(ready) == 5 and sum(len(b) == 5 for b in batches) == 2:
            dead.update(outreach_message.id for outreach_message, *_ in ready)
            raise RuntimeError("killed")
        real_queue(session, config, ready, now)

    monkeypatch.setattr(sweep_module, "_queue", dies_on_the_second_batch)
    with pytest.raises(RuntimeError):
        sweep(db, due, DUE, batch=5)
    assert len(dead) == 5
    # Each prompt is wholly queued or untouched: the dead batch's writes went with its transaction.
    invitations, written = (
        outreach_messages(db, kind="invite"),
        Counter(m.outreach_message_id for m in outbox(db)),
    )
    assert {(p.status, written[p.id]) for p in invitations} <= {("claimed", 2), ("pending", 0)}
    pending = {p.id for p in invitations if p.status == "pending"}
    if db.dialect == "sqlite":  # on PostgreSQL the other sweeper may have taken them since
        assert dead <= pending

    monkeypatch.setattr(sweep_module, "_queue", real_queue)
    assert sweep(db, due, DUE, batch=5).queued == len(pending)
    queued_once(db)


def test_two_sweepers_share_the_batches_of_one_sweep_on_postgresql(db, due, monkeypatch):
    if db.dialect != "postgresql":
        pytest.skip("SQLite writes one transaction at a time: one sweeper")
    real_prepare, sweepers = sweep_module._prepare, set()

    def slow_prepare(*args) -> None:
        sweepers.add(threading.current_thread().name)
        time.sleep(0.1)  # holding its batch, so the other sweeper must take the next one
        real_prepare(*args)

    monkeypatch.setattr(sweep_module, "_prepare", slow_prepare)
    assert sweep(db, due, DUE, batch=3).queued == PEOPLE
    assert len(sweepers) == 2
    queued_once(db)


def test_a_sweep_skips_outreach_messages_another_holds_and_takes_them_once_they_are_let_go(db, due):
    if db.dialect != "postgresql":
        pytest.skip("SQLite has no row locks: BEGIN IMMEDIATE lets one sweep write at a time")
    with db.begin() as other:
        held = {p.id for p in _claim(other, DUE, 4)}  # another scheduler, mid-batch
        assert sweep(db, due, DUE).queued == PEOPLE - 4  # did not wait for it, nor take its rows
        assert {p.id for p in outreach_messages(db, kind="invite", status="pending")} == held
        other.rollback()  # it died before writing anything
    assert sweep(db, due, DUE).queued == 4
    queued_once(db)
