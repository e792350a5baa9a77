"""Outreach: sweep rate, send rate, and the configured send rate kept, on SQLite and PostgreSQL.

Usage: python -m bench.scheduler [--rows 100000] [--send 2000] [--rate 200] [--postgres URL]
(or BENCH_POSTGRES_URL). The PostgreSQL database given is EMPTIED.

Baselines, measured in the same run on the same rows: for the sweep, a bare
conditional `UPDATE outreach_messages SET status='claimed' WHERE status='pending'` in
the same batches; for sending, a bare per-message transaction marking the row
sent. The sender is a no-op double; ratios show what the real work costs.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, insert, select, text, update

from bench._report import Row, reset_peak, this_process
from bench.engine import fresh_database
from bot import channels
from bot.channels import Sent
from bot.outreach.outbox import drain
from bot.outreach.sweep import BATCH, sweep
from models import OutboxMessage, OutreachMessage, Resident, ServiceContact
from models.db import Database
from settings import ChannelSettings, Config, Environment, load_config

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)  # a Friday, inside the sending window
ENV = Environment.from_environ({"SECRET_KEY": "bench"})


class NoOpSender:
    channel = "sms"

    def send(self, address: str, reply) -> Sent:
        return Sent(external_id=uuid.uuid4().hex)


def with_rate(config: Config, rate: float) -> Config:
    channels_ = config.channels.model_copy(update={"sms": ChannelSettings(rate_per_second=rate)})
    return config.model_copy(update={"channels": channels_})


def seed(database: Database, rows: int) -> None:
    """`rows` contacts, each with one invitation due now (bulk inserts, not timed)."""
    contacted = NOW - timedelta(hours=3)
    with database.begin() as session:
        session.execute(
            insert(Resident),
            [
                {"id": i, "public_id": f"c_{i:016x}", "phone": f"+4477{i:09d}", "created_at": NOW}
                for i in range(1, rows + 1)
            ],
        )
        session.execute(
            insert(ServiceContact),
            [
                dict(
                    id=i,
                    resident_id=i,
                    team="east",
                    channel="sms",
                    contacted_at=contacted,
                    consent=True,
                    source="api",
                    created_at=NOW,
                )  # fmt: skip
                for i in range(1, rows + 1)
            ],
        )
        session.execute(
            insert(OutreachMessage),
            [
                dict(
                    service_contact_id=i,
                    resident_id=i,
                    team="east",
                    channel="sms",
                    kind="invite",
                    due_at=NOW,
                    status="pending",
                    attempts=0,
                    created_at=NOW,
                )  # fmt: skip
                for i in range(1, rows + 1)
            ],
        )


def analyze(database: Database) -> None:
    """PostgreSQL statistics on the seeded tables, as a live database has them.

    Real prompts fall due `invite_after` (2 h) after they are recorded, long after
    autovacuum has analyzed them; without statistics PostgreSQL plans the sweep's
    queries for tables it believes empty (sorts and scans where an index would do).
    SQLite keeps no statistics unless asked, so it is left as it would be.
    """
    if database.dialect == "postgresql":
        with database.engine.begin() as connection:
            connection.execute(text("ANALYZE residents, service_contacts, outreach_messages"))


def baseline_sweep(database: Database) -> float:
    """Seconds for bare conditional UPDATEs over the same rows, in sweep-sized batches; then undone."""
    started = time.perf_counter()
    while True:
        with database.begin() as session:
            ids = session.scalars(
                select(OutreachMessage.id)
                .where(OutreachMessage.status == "pending")
                .order_by(OutreachMessage.id)
                .limit(BATCH)
            ).all()
            session.execute(
                update(OutreachMessage)
                .where(OutreachMessage.id.in_(ids), OutreachMessage.status == "pending")
                .values(status="claimed")
            )
        if len(ids) < BATCH:
            break
    elapsed = time.perf_counter() - started
    with database.begin() as session:
        session.execute(update(OutreachMessage).values(status="pending"))
    return elapsed


def keep_outbox(database: Database, count: int) -> list[int]:
    """Leave `count` intro messages to send; the rest are set aside (not timed).

    An intro is its prompt's first message. (Not every other id: two sweepers
    interleave their ids, and a question whose intro is set aside never goes.)
    """
    first = func.min(OutboxMessage.id)
    intros = select(first).group_by(OutboxMessage.outreach_message_id).order_by(first).limit(count)
    with database.begin() as session:
        session.execute(update(OutboxMessage).values(status="cancelled"))
        ids = session.scalars(intros).all()
        session.execute(update(OutboxMessage).where(OutboxMessage.id.in_(ids)).values(status="pending"))
    return list(ids)


def baseline_send(database: Database, ids: list[int]) -> float:
    """Seconds to mark each message sent in its own transaction, around a no-op send."""
    sender = NoOpSender()
    started = time.perf_counter()
    for outbox_id in ids:
        sent = sender.send("", None)
        with database.begin() as session:
            session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == outbox_id, OutboxMessage.status == "pending")
                .values(status="sent", provider_id=sent.external_id)
            )
    return time.perf_counter() - started


def timed_drain(database: Database, config: Config) -> tuple[int, float]:
    started = time.perf_counter()
    report = drain(database, config, ENV, NOW)
    return report.sent, time.perf_counter() - started


def measure(label: str, url: str, rows: int, send: int, rate: float) -> list[Row]:
    reset_peak()
    config = load_config()
    database = fresh_database(url)
    seed(database, rows)
    analyze(database)
    base = baseline_sweep(database)
    started = time.perf_counter()
    report = sweep(database, config, NOW)
    took = time.perf_counter() - started
    assert report.queued == rows, report
    print(
        f"{label:<11} sweep {rows} prompts {took:7.2f} s ({rows / took:8.0f}/s)  "
        f"baseline {base:6.2f} s ({rows / base:8.0f}/s)  ratio {took / base:6.1f}x slower"
    )
    table = [
        Row(
            "scheduler",
            label,
            f"sweep {rows:,} due prompts",
            f"{rows / took:.0f} prompts/s",
            f"{took / base:.1f}x raw SQL time",
        )
    ]

    saved = dict(channels._FACTORIES)
    channels.register("sms", lambda env, cfg: NoOpSender())
    try:
        ids = keep_outbox(database, send)
        base = baseline_send(database, ids)
        keep_outbox(database, send)
        sent, took = timed_drain(database, with_rate(config, 1e9))
        print(
            f"{label:<11} send  {sent} unpaced    {sent / took:8.0f} msg/s  "
            f"baseline {len(ids) / base:8.0f} msg/s  ratio {took / base:6.1f}x slower"
        )
        table.append(
            Row(
                "scheduler",
                label,
                f"send {sent:,} unpaced (no-op provider)",
                f"{sent / took:.0f} msg/s",
                f"{took / base:.1f}x raw SQL time",
            )
        )
        paced = min(send, int(rate * 10))  # about ten seconds of sending
        keep_outbox(database, paced)
        sent, took = timed_drain(database, with_rate(config, rate))
        achieved = sent / took
        print(
            f"{label:<11} send  {sent} at {rate:g}/s configured: achieved {achieved:7.1f}/s "
            f"({100 * (achieved - rate) / rate:+.1f}%)"
        )
        table.append(
            Row(
                "scheduler",
                label,
                f"send rate, {rate:g}/s configured",
                f"{achieved:.1f} msg/s",
                f"{achieved / rate:.2f} of configured",
            )
        )
    finally:
        channels._FACTORIES.clear()
        channels._FACTORIES.update(saved)
    database.dispose()
    return [replace(row, peak_rss=this_process()) for row in table]


def main(argv: list[str] | None = None) -> list[Row]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="due invitations to sweep")
    parser.add_argument("--send", type=int, default=2000, help="messages to send unpaced")
    parser.add_argument("--rate", type=float, default=50.0, help="configured sends per second")
    parser.add_argument("--postgres", default=os.environ.get("BENCH_POSTGRES_URL") or "")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        rows = measure("SQLite", f"sqlite:///{folder}/bench.sqlite3", args.rows, args.send, args.rate)
    if args.postgres:
        rows += measure("PostgreSQL", args.postgres, args.rows, args.send, args.rate)
    else:
        print("PostgreSQL  skipped (set BENCH_POSTGRES_URL)")
    return rows


if __name__ == "__main__":
    main()
