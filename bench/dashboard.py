"""The dashboard page and GET /api/v1/summary against the raw SQL aggregate, on SQLite and PostgreSQL.

Usage: python -m bench.dashboard [--answers 50000,300000,1000000] [--repeat 5]
[--analyze both|yes|no] [--postgres URL] (or BENCH_POSTGRES_URL). The PostgreSQL
database given is EMPTIED: never point it at real data, which is why DATABASE_URL
is not used here.

For each size, seeds that many answers over a year with the seed-demo code (a
million is 180,000 conversations), then for each period times, in the same run on
the same data:
- raw: one hand-written SQL aggregate giving the headline figures (count, positive,
  negative, top box, excluded per question) for the period: the least work any
  dashboard could do;
- page: GET /admin/ as a signed-in manager (filters, the same counts plus the
  trend and the team and channel breakdowns, rendered to HTML);
- api: GET /api/v1/summary with a bearer token, for the same period.
Each time is the median of --repeat runs after one warm-up; the ratio is against raw.
The figures must not depend on fresh planner statistics (a new deployment's first
week has none): with --analyze both (the default) each size is measured before
ANALYZE has run on the seeded data, then again after it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial

from sqlalchemy import bindparam, text

from bench._report import Row, reset_peak, table, this_process
from bench.engine import fresh_database
from bot.insights.analysis import labels_for
from models.api_token import create_token
from models.base import UTCDateTime
from models.demo import seed_demo
from models.local_days import local_date
from models.logins import create_user
from models.reports.periods import last_days, period_days
from models.reports.summaries import measured_questions, reports_top_box
from settings import Config, load_config

ANSWERS_PER_CONVERSATION = 5.58  # what seed-demo produces on average
PERIODS = {"30": "last 30 days", "365": "last 12 months"}
SIZES = (50_000, 300_000, 1_000_000)
ANALYZE_STATES = {"both": (False, True), "yes": (True,), "no": (False,)}


def raw_aggregate_sql(config: Config) -> str:
    """The headline figures as one plain SQL statement (no ORM, no grouping beyond the question)."""
    questions = measured_questions(config.default_survey)

    def matches(attribute: str, only_top_box: bool = False) -> str:
        parts = []
        for q in questions:
            if getattr(q, attribute) and (not only_top_box or reports_top_box(q)):
                values = ", ".join(f"'{v}'" for v in getattr(q, attribute))
                parts.append(f"(a.question_id = '{q.id}' AND a.value IN ({values}))")
        return f"SUM(CASE WHEN {' OR '.join(parts)} THEN 1 ELSE 0 END)" if parts else "0"

    ids = ", ".join(f"'{q.id}'" for q in questions)
    return f"""
        SELECT a.question_id, COUNT(*), {matches("positive")}, {matches("negative")},
               {matches("top_box", only_top_box=True)}, {matches("excluded")}
        FROM answers a JOIN conversations c ON c.id = a.conversation_id
        WHERE c.is_test = false AND c.survey_id = '{config.default_survey.id}'
          AND c.started_at >= :since AND c.started_at < :until
          AND a.skipped = false AND a.value IS NOT NULL AND a.question_id IN ({ids})
        GROUP BY a.question_id
    """


def median_seconds(work: Callable[[], object], repeat: int) -> float:
    work()  # warm caches, compile statements
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(
    label: str, url: str, answers: int, repeat: int, analyze: tuple[bool, ...] = (True,)
) -> list[Row]:
    """Seed `answers` answers at `url`, then time raw, page and API for each period (and ANALYZE state)."""
    from web import create_app

    reset_peak()
    rows = []
    config = load_config()
    database = fresh_database(url)
    conversations = max(1, round(answers / ANSWERS_PER_CONVERSATION))
    started = time.perf_counter()
    with database.begin() as session:
        seeded = seed_demo(
            session, config, conversations, datetime.now(UTC), label=partial(labels_for, config)
        )
        create_user(session, "bench@example.org", "bench password", "manager")
        token = create_token(session, "bench")
    print(
        f"{label}: seeded {seeded.conversations:,} conversations, {seeded.answers:,} answers "
        f"in {time.perf_counter() - started:.1f} s"
    )
    app = create_app({"HEARD_CONFIG": config, "DATABASE_URL": url, "SECRET_KEY": "bench"})
    client = app.test_client()
    sign_in(client)
    raw = text(raw_aggregate_sql(config)).bindparams(
        bindparam("since", type_=UTCDateTime()), bindparam("until", type_=UTCDateTime())
    )
    for analyzed in sorted(analyze):  # False first: ANALYZE cannot be undone
        if analyzed:
            with database.engine.begin() as connection:
                connection.execute(text("ANALYZE"))
        state = "analyzed" if analyzed else "no ANALYZE"
        for days, name in PERIODS.items():
            zone = config.organisation.time_zone
            since, until = last_days(local_date(datetime.now(UTC), zone), zone, int(days))
            with database.engine.connect() as connection:
                period = {"since": since, "until": until}
                raw_s = median_seconds(lambda: connection.execute(raw, period).all(), repeat)  # noqa: B023
            page_s = median_seconds(lambda: _ok(client.get(f"/admin/?period={days}")), repeat)  # noqa: B023
            first, last = period_days(since, until, zone)
            query = f"?since={first}&until={last}"
            headers = {"Authorization": f"Bearer {token}"}
            api_s = median_seconds(
                lambda: _ok(client.get(f"/api/v1/summary{query}", headers=headers)),  # noqa: B023
                repeat,
            )
            print(
                f"{label:<11} {seeded.answers:>9,} {state:<10} {name:<15} raw {raw_s * 1000:8.1f} ms   "
                f"page {page_s * 1000:8.1f} ms ({page_s / raw_s:4.2f}x)   "
                f"api {api_s * 1000:8.1f} ms ({api_s / raw_s:4.2f}x)"
            )
            where = f"{name}, {seeded.answers:,} answers, {state}"
            rows.append(
                Row(
                    "dashboard",
                    label,
                    f"page vs raw SQL, {where}",
                    f"{page_s * 1000:.0f} ms",
                    f"{page_s / raw_s:.2f}x",
                )
            )
            rows.append(
                Row(
                    "dashboard",
                    label,
                    f"API vs raw SQL, {where}",
                    f"{api_s * 1000:.0f} ms",
                    f"{api_s / raw_s:.2f}x",
                )
            )
    app.extensions["heard"].db.dispose()
    database.dispose()
    return [replace(row, peak_rss=this_process()) for row in rows]


def _ok(response):
    assert response.status_code == 200, response.status_code
    return response


def sign_in(client) -> None:
    import re

    page = client.get("/admin/sign-in").text
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
    data = {"email": "bench@example.org", "password": "bench password", "csrf_token": token}
    assert client.post("/admin/sign-in", data=data).status_code == 302


def sizes(value: str) -> list[int]:
    """'50000,300000' or '50k,300k,1M' as numbers of answers."""
    scale = {"k": 1_000, "m": 1_000_000}
    return [
        int(float(p[:-1]) * scale[p[-1].lower()]) if p[-1].lower() in scale else int(p)
        for p in value.split(",")
    ]


def main(argv: list[str] | None = None) -> list[Row]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=sizes, default=list(SIZES), help="sizes, e.g. 50k,300k,1M")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--analyze", choices=ANALYZE_STATES, default="both", help="measure before/after ANALYZE"
    )
    parser.add_argument("--postgres", default=os.environ.get("BENCH_POSTGRES_URL") or "")
    args = parser.parse_args(argv)
    analyze = ANALYZE_STATES[args.analyze]
    rows = []
    for answers in args.answers:
        with tempfile.TemporaryDirectory() as folder:
            rows += measure("SQLite", f"sqlite:///{folder}/bench.sqlite3", answers, args.repeat, analyze)
        if args.postgres:
            rows += measure("PostgreSQL", args.postgres, answers, args.repeat, analyze)
    if not args.postgres:
        print("PostgreSQL  skipped (set BENCH_POSTGRES_URL)")
    return rows


if __name__ == "__main__":
    print(table(main()))
