"""A scheduler process for tests: sweeps and drains with a RecordingSender that logs to a file.

python -m tests.scheduler_worker DATABASE_URL LOG --now ISO [--until-done] [--rate R] [--hang-after N]
"""

from __future__ import annotations

import argparse
import time
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from bot.outreach import outbox
from bot.outreach.outbox import drain, sendable_count
from bot.outreach.sweep import sweep
from models import OutreachMessage
from models.db import Database
from settings import load_config
from tests.scheduling import ENV, RecordingSender, fast, registered


def work_left(db: Database, now: datetime) -> int:
    with db.begin() as session:
        outreach_messages = session.scalar(
            select(func.count()).where(OutreachMessage.status == "pending", OutreachMessage.due_at <= now)
        )
        # Messages held by another live process's lease are its work, not ours.
        messages = sendable_count(session, now)
    return outreach_messages + messages


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("database_url")
    parser.add_argument("log", type=Path)
    parser.add_argument("--now", required=True, type=datetime.fromisoformat)
    parser.add_argument("--until-done", action="store_true", help="repeat until nothing is left to do")
    parser.add_argument("--start-at", type=float, default=0.0, help="wait for this epoch time first")
    parser.add_argument("--batch", type=int, default=20, help="prompts per sweep transaction")
    parser.add_argument("--send-batch", type=int, default=outbox.MAX_BATCH, help="messages per claim")
    parser.add_argument("--rate", type=float, default=10_000.0, help="sends per second, per channel")
    parser.add_argument("--hang-after", type=int)
    parser.add_argument("--hang-before", action="store_true")
    args = parser.parse_args()

    # Small claims make two processes race for the same rows as often as possible.
    outbox.MAX_BATCH = args.send_batch
    config = fast(load_config(), args.rate)
    sender = RecordingSender(log=args.log, hang_after=args.hang_after, hang_before=args.hang_before)
    db = Database(args.database_url)
    time.sleep(max(0.0, args.start_at - time.time()))
    deadline = time.monotonic() + 90
    with registered(sender):
        while True:
            sweep(db, config, args.now, batch=args.batch)
            drain(db, config, ENV, args.now)
            if not args.until_done or not work_left(db, args.now) or time.monotonic() > deadline:
                break
            time.sleep(0.05)
    print(f"sent {len(sender.sent)}")


if __name__ == "__main__":
    main()
