"""The public results pages against the staff dashboard for the same period, on SQLite and PostgreSQL.

Usage: python -m bench public_results [--answers 1000000] [--repeat 5] [--postgres URL]
(or BENCH_POSTGRES_URL). The PostgreSQL database given is EMPTIED: never point
it at real data.

Seeds about 1,000,000 answers over a year with the seed-demo code and themed comments,
then times, in the same run on the same data (median of --repeat after a warm-up):
- dashboard: GET /admin/ as a signed-in manager for the period the public pages cover
  (the latest four complete quarters), organisation-wide and for one team;
- /results, /results/<team>, /results.csv and /results/<team>/embed, each a full
  render (no If-None-Match, so no 304 short cut).
The ratio is public page / dashboard for the same period and team: at most 1.0x is the goal.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert, select, text

from bench._report import Row, reset_peak, this_process
from bench.dashboard import ANSWERS_PER_CONVERSATION, _ok, median_seconds, sign_in
from bench.engine import fresh_database
from models import Answer, AnswerTheme
from models.demo import seed_demo
from models.logins import create_user
from models.reports.public import latest_quarters
from settings import DEFAULT_CONFIG_PATH, parse_config, read_yaml

TEAM = "east"


def _config():
    data = read_yaml(DEFAULT_CONFIG_PATH.read_text(encoding="utf-8"))
    data["public_results"]["enabled"] = True
    return parse_config(data)


def _theme_comments(database) -> None:
    """Seed-demo does not label themes; give each comment one, as recompute-insights would."""
    themes = ["waiting", "communication", "listened_to", "respect", "staff_kindness"]
    with database.begin() as session:
        ids = session.scalars(select(Answer.id).where(Answer.sentiment.is_not(None))).all()
        rows = [{"answer_id": answer_id, "theme": themes[answer_id % len(themes)]} for answer_id in ids]
        for start in range(0, len(rows), 10_000):
            session.execute(insert(AnswerTheme), rows[start : start + 10_000])


def measure(label: str, url: str, answers: int, repeat: int) -> list[Row]:
    from web import create_app

    reset_peak()
    config = _config()
    database = fresh_database(url)
    conversations = max(1, round(answers / ANSWERS_PER_CONVERSATION))
    started = time.perf_counter()
    with database.begin() as session:
        seeded = seed_demo(session, config, conversations, datetime.now(UTC))
        create_user(session, "bench@example.org", "bench password", "manager")
    _theme_comments(database)
    with database.engine.begin() as connection:
        connection.execute(text("ANALYZE"))
    print(
        f"{label}: seeded {seeded.conversations:,} conversations, {seeded.answers:,} answers "
        f"in {time.perf_counter() - started:.1f} s"
    )
    app = create_app({"HEARD_CONFIG": config, "DATABASE_URL": url, "SECRET_KEY": "bench"})
    client = app.test_client()
    sign_in(client)
    quarters = latest_quarters(datetime.now(UTC).date())
    since, last_day = quarters[-1].start, quarters[0].end - timedelta(days=1)
    period = f"period=custom&since={since}&until={last_day}"
    dashboards = {
        None: median_seconds(lambda: _ok(client.get(f"/admin/?{period}")), repeat),
        TEAM: median_seconds(lambda: _ok(client.get(f"/admin/?{period}&team={TEAM}")), repeat),
    }
    pages = [
        ("/results", None),
        (f"/results/{TEAM}", TEAM),
        ("/results.csv", None),
        (f"/results/{TEAM}/embed", TEAM),
    ]
    rows = []
    for path, team in pages:
        seconds = median_seconds(lambda: _ok(client.get(path)), repeat)  # noqa: B023
        ratio = seconds / dashboards[team]
        print(
            f"{label:<11} {path:<22} {seconds * 1000:8.1f} ms   dashboard ({team or 'all teams'}) "
            f"{dashboards[team] * 1000:8.1f} ms   {ratio:4.2f}x"
        )
        measure_ = f"{path} vs dashboard, same 4 quarters, {seeded.answers:,} answers"
        rows.append(Row("public_results", label, measure_, f"{seconds * 1000:.0f} ms", f"{ratio:.2f}x"))
    app.extensions["heard"].db.dispose()
    database.dispose()
    return [replace(row, peak_rss=this_process()) for row in rows]


def main(argv: list[str] | None = None) -> list[Row]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--postgres", default=os.environ.get("BENCH_POSTGRES_URL") or "")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        rows = measure("SQLite", f"sqlite:///{folder}/bench.sqlite3", args.answers, args.repeat)
    if args.postgres:
        rows += measure("PostgreSQL", args.postgres, args.answers, args.repeat)
    else:
        print("PostgreSQL  skipped (set BENCH_POSTGRES_URL)")
    return rows


if __name__ == "__main__":
    main()
