"""Conversations completed per second through the engine, on SQLite and PostgreSQL.

Usage: python -m bench.engine [--seconds 5] [--postgres URL]
(or BENCH_POSTGRES_URL). The PostgreSQL database given is EMPTIED: never point
it at real data, which is why DATABASE_URL is not used here.

Baseline, measured in the same run on the same database: the bare database
work of one conversation (the same number of transactions, each inserting a
message row) without the engine. The ratio engine/baseline shows what parsing,
state and logging cost on top of the commits themselves.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from bench._db import fresh_database
from bench._report import Row, reset_peak, this_process
from bot.conversation.engine import handle
from bot.conversation.messages import Inbound
from models import Message
from models.db import Database
from settings import load_config

SCRIPT = ["Hi", "2 thanks", "yes a bit", "Yes, a lot", "not sure", "Partly", "Kind staff but a long wait."]


def engine_conversation(database: Database, config, n: int) -> None:
    start = datetime(2026, 11, 27, 10, tzinfo=UTC)
    for i, line in enumerate(SCRIPT):
        inbound = Inbound("console", f"bench-{n}", line, start + timedelta(seconds=i))
        with database.begin() as session:
            handle(session, config, inbound)


def baseline_conversation(database: Database, config, n: int) -> None:
    now = datetime(2026, 11, 27, 10, tzinfo=UTC)
    for line in SCRIPT:
        with database.begin() as session:
            session.add(Message(channel="console", direction="in", body=line, created_at=now))


def rate(work: Callable[[int], None], seconds: float) -> float:
    """Conversations per second over `seconds` of wall time."""
    done, deadline = 0, time.perf_counter() + seconds
    started = time.perf_counter()
    while time.perf_counter() < deadline:
        work(done)
        done += 1
    return done / (time.perf_counter() - started)


def measure(label: str, url: str, seconds: float) -> list[Row]:
    reset_peak()
    config = load_config()
    database = fresh_database(url)
    engine_conversation(database, config, -1)  # warm caches and imports
    baseline = rate(lambda n: baseline_conversation(database, config, n), seconds)
    engine = rate(lambda n: engine_conversation(database, config, n), seconds)
    print(
        f"{label:<11} engine {engine:8.1f} conv/s  baseline {baseline:8.1f} conv/s  "
        f"ratio {engine / baseline:5.2f}  ({len(SCRIPT)} messages each)"
    )
    database.dispose()
    measure_ = f"conversations/s vs bare inserts ({len(SCRIPT)} msgs)"
    return [
        Row("engine", label, measure_, f"{engine:.1f} conv/s", f"{engine / baseline:.2f}", this_process())
    ]


def main(argv: list[str] | None = None) -> list[Row]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--postgres", default=os.environ.get("BENCH_POSTGRES_URL") or "")
    args = parser.parse_args(argv)
    postgres = args.postgres
    with tempfile.TemporaryDirectory() as folder:
        rows = measure("SQLite", f"sqlite:///{folder}/bench.sqlite3", args.seconds)
    if postgres:
        rows += measure("PostgreSQL", postgres, args.seconds)
    else:
        print("PostgreSQL  skipped (set BENCH_POSTGRES_URL)")
    return rows


if __name__ == "__main__":
    main()
