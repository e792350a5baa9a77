"""Signed Twilio webhooks per second under gunicorn, against the least a storing webhook can do.

Usage: python -m bench.sms_webhook [--seconds 5] [--max-messages 20000] [--clients 4]
       [--rate 100] [--rate-seconds 5] [--postgres URL]   (or BENCH_POSTGRES_URL)
The PostgreSQL database given is EMPTIED: never point it at real data.

Three apps run under the same gunicorn settings (2 sync workers, 127.0.0.1, an
ephemeral port) in the same run, driven by a separate process posting signed
inbound messages for a fixed time and a bounded count:
- Heard's webhook, with a mixed load (`conversation_script`): residents starting
  a survey, answering it, writing a comment, and some sending HELP or STOP; run as
  deployed (deploy/gunicorn.conf.py: the app built once in the master, then forked);
- the "store one row" floor (bench/_store_one.py: the signature check, one
  INSERT and a one-message TwiML answer, no engine): the least any webhook that
  keeps the message can do;
- a bare Flask hello-world, for scale.
Prints messages/s and p50/p99 latency of each, the webhook's ratio to the floor,
the workers' CPU time per message (from /proc: steadier than messages/s when
other work shares the machine), then the webhook's p99 in a fixed-rate run
(100 messages/s by default) and the workers' peak memory (VmHWM: it counts the
pages a worker shares with the master, so the PSS and private memory at the end
are printed beside it). Targets: webhook
>= 0.6x the floor, p99 < 50 ms, no errors, worker RSS < 150 MB.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import os
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from bench._gunicorn import DEPLOYED, gunicorn
from bench._report import Row, gunicorn_cpu_seconds, gunicorn_peaks, gunicorn_sharing
from bench.engine import fresh_database

AUTH_TOKEN = "bench-auth-token"
PUBLIC_URL = "https://heard.example.org"
PATH = "/webhooks/twilio/sms"
WORKERS = 2
# What a resident sends, in order: the first message starts the survey, the last is a comment.
SCRIPT = ["Hi", "1", "yes a bit", "Yes, a lot", "not sure", "Partly", "Kind staff but a long wait."]
TARGET_RATIO = 0.6  # of the store-one-row floor
TARGET_P99_MS = 50.0
TARGET_RSS_MB = 150.0  # per gunicorn worker
# Enough whole conversations that both workers have loaded the text models (a worker's first
# message and first comment cost about 0.45 s and 0.17 s of CPU), so none of that is counted.
# Measured batch after batch on a fresh pair of workers (SQLite, Dec 2026): 725 ms a message
# over the first 4, 24 over the next 13, 14 over 53, 4.9 over 243, then 4.0-4.6 for every later
# batch of 300 or 600: after 300 a worker is in its steady state. The bench prints both.
WARM_UP_MESSAGES = 300
WARM_UP_SECONDS = 60.0


def conversation_script(resident: int) -> list[str]:
    """A mixed load: most residents answer it all; one in three asks HELP on the way, one in five stops."""
    script = list(SCRIPT)
    if resident % 3 == 1:
        script.insert(3, "HELP")
    if resident % 5 == 4:
        script = [*script[:3], "STOP"]
    return script


@dataclass
class Result:
    latencies: list[float]  # seconds
    elapsed: float
    errors: int

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.elapsed

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000


def signed_request(resident: int, text: str, sid: int) -> tuple[bytes, dict[str, str]]:
    """One inbound-message webhook, form-encoded and signed as Twilio signs it."""
    from twilio.request_validator import RequestValidator

    form = {
        "MessageSid": f"SM{sid:032x}",
        "AccountSid": "AC" + "0" * 32,
        "From": f"+4477009{resident:05d}",
        "To": "+447700900000",
        "Body": text,
        "NumMedia": "0",
    }
    signature = RequestValidator(AUTH_TOKEN).compute_signature(PUBLIC_URL + PATH, form)
    headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature}
    return urlencode(form).encode(), headers


def post(base_url: str, body: bytes, headers: dict[str, str]) -> bool:
    """POST on a fresh connection (gunicorn's sync workers close each one)."""
    parts = urlsplit(base_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.request("POST", PATH, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status == 200
    except OSError:
        return False
    finally:
        connection.close()


def drive(base_url: str, seconds: float, max_messages: int, clients: int, first_resident: int) -> Result:
    """As fast as `clients` residents-at-a-time can go, for `seconds` or `max_messages`."""
    sids = itertools.count(first_resident * 100)
    lock = threading.Lock()
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds

    def client(n: int) -> None:
        nonlocal errors
        for resident in itertools.count(first_resident + n * 100_000 // clients):
            for text in conversation_script(resident % 100_000):
                with lock:
                    if len(latencies) + errors >= max_messages or time.perf_counter() >= deadline:
                        return
                    sid = next(sids)
                body, headers = signed_request(resident % 100_000, text, sid)
                started = time.perf_counter()
                ok = post(base_url, body, headers)
                with lock:
                    if ok:
                        latencies.append(time.perf_counter() - started)
                    else:
                        errors += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return Result(latencies, time.perf_counter() - started, errors)


def drive_at_rate(base_url: str, rate: float, seconds: float, first_resident: int) -> Result:
    """Open loop: one message every 1/rate s; latency counted from when it was due."""
    count = int(rate * seconds)
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    # Each resident's messages are 1 s apart (like a person), many residents interleave.
    residents = max(1, int(rate))

    def one(i: int, due: float) -> None:
        nonlocal errors
        resident, step = first_resident + i % residents, i // residents
        script = conversation_script(resident)
        body, headers = signed_request(resident, script[step % len(script)], first_resident * 100 + i)
        ok = post(base_url, body, headers)
        with lock:
            if ok:
                latencies.append(time.perf_counter() - due)
            else:
                errors += 1

    start = time.perf_counter() + 0.1
    with ThreadPoolExecutor(max_workers=32) as pool:
        for i in range(count):
            due = start + i / rate
            time.sleep(max(0.0, due - time.perf_counter()))
            pool.submit(one, i, due)
    return Result(latencies, seconds, errors)


def in_another_process(function, *args):
    """Run the load generator in its own process, so it never shares a GIL with the server."""
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        return pool.submit(function, *args).result()


def warm_up(base_url: str, args: argparse.Namespace, first_resident: int, pid_file: Path) -> str:
    """Run the warm-up; say what the workers spent before it and a message during it (neither is timed)."""
    start_up = gunicorn_cpu_seconds(pid_file)
    result = in_another_process(
        drive, base_url, WARM_UP_SECONDS, WARM_UP_MESSAGES, args.clients, first_resident
    )
    warm = gunicorn_cpu_seconds(pid_file) - start_up
    count = max(1, len(result.latencies) + result.errors)
    return f"start-up {start_up:.2f} s, warm-up {1000 * warm / count:.2f} ms a message over {count}"


def describe(result: Result) -> str:
    return (
        f"{result.rate:8.1f} msg/s  p50 {result.percentile(50):6.1f} ms  "
        f"p99 {result.percentile(99):6.1f} ms  errors {result.errors}"
    )


def measure(label: str, database_url: str, args: argparse.Namespace, folder: str) -> list[Row]:
    fresh_database(database_url).dispose()
    pids = {name: Path(folder) / f"{name}-{label}.pid" for name in ("bare", "store", "heard")}
    env = {"DATABASE_URL": database_url, "SECRET_KEY": "bench", "TWILIO_AUTH_TOKEN": AUTH_TOKEN}
    env |= {"PUBLIC_URL": PUBLIC_URL}

    def timed(name: str, base_url: str, first_resident: int) -> tuple[Result, float]:
        """A throughput run, and the workers' CPU milliseconds per message during it."""
        before = gunicorn_cpu_seconds(pids[name])
        result = in_another_process(
            drive, base_url, args.seconds, args.max_messages, args.clients, first_resident
        )
        cpu = gunicorn_cpu_seconds(pids[name]) - before
        return result, 1000 * cpu / max(1, len(result.latencies) + result.errors)

    with gunicorn("bench._hello:app", env, workers=WORKERS, args=("--pid", str(pids["bare"]))) as hello_url:
        warm_up(hello_url, args, 0, pids["bare"])
        bare, bare_cpu = timed("bare", hello_url, 0)
        bare_rss = gunicorn_peaks(pids["bare"])
    with gunicorn(
        "bench._store_one:app", env, workers=WORKERS, args=("--pid", str(pids["store"]))
    ) as store_url:
        # MessageSids far from the webhook runs' own, so none is taken for a redelivery.
        store_warm = warm_up(store_url, args, 80_000, pids["store"])
        store_one, store_cpu = timed("store", store_url, 90_000)
    heard_args = (*DEPLOYED, "--pid", str(pids["heard"]))  # as deploy/Procfile runs it
    with gunicorn("web.wsgi:app", env, workers=WORKERS, args=heard_args) as heard_url:
        heard_warm = warm_up(heard_url, args, 1, pids["heard"])
        heard, heard_cpu = timed("heard", heard_url, 10_000)
        # Residents no warm-up or throughput client writes as (those start at 1 and 10,000 + 25,000 n).
        steady = in_another_process(drive_at_rate, heard_url, args.rate, args.rate_seconds, 20_000)
        heard_rss = gunicorn_peaks(pids["heard"])
        heard_sharing = gunicorn_sharing(pids["heard"])
    ratio = heard.rate / store_one.rate
    print(f"{label:<11} webhook    {describe(heard)}  (mixed load)")
    print(f"{label:<11} store one  {describe(store_one)}  (signature + 1 INSERT + TwiML, no engine)")
    print(f"{label:<11} bare Flask {describe(bare)}")
    print(
        f"{label:<11} webhook / store-one-row floor {ratio:5.2f} (target >= {TARGET_RATIO}); "
        f"webhook / bare Flask {heard.rate / bare.rate:5.2f}; "
        f"floor / bare Flask {store_one.rate / bare.rate:5.2f}"
    )
    print(
        f"{label:<11} worker CPU per message: webhook {heard_cpu:.2f} ms, store one {store_cpu:.2f} ms, "
        f"bare Flask {bare_cpu:.2f} ms; floor / webhook {store_cpu / heard_cpu:5.2f} "
        "(the throughput ratio a machine with nothing else running would tend to)"
    )
    print(
        f"{label:<11} not timed, the workers' CPU before the run: webhook {heard_warm}; "
        f"store one {store_warm}"
    )
    print(
        f"{label:<11} at {args.rate:.0f} msg/s: p50 {steady.percentile(50):.1f} ms  "
        f"p99 {steady.percentile(99):.1f} ms  (target < {TARGET_P99_MS:.0f} ms; "
        f"{len(steady.latencies)} messages, errors {steady.errors})"
    )
    print(f"{label:<11} peak RSS under this load: {heard_rss} (target: each worker < {TARGET_RSS_MB:.0f} MB)")
    print(f"{label:<11} workers' memory at the end: {heard_sharing}")
    return [
        Row("sms_webhook", label, "bare Flask msg/s", f"{bare.rate:.0f} msg/s", "", bare_rss),
        Row(
            "sms_webhook",
            label,
            "store one row (no engine) vs bare Flask",
            f"{store_one.rate:.0f} msg/s",
            f"{store_one.rate / bare.rate:.2f}",
        ),
        Row(
            "sms_webhook",
            label,
            "webhook msg/s (mixed load) vs store one row",
            f"{heard.rate:.0f} msg/s",
            f"{ratio:.2f} (>= {TARGET_RATIO})",
            heard_rss,
        ),
        Row(
            "sms_webhook",
            label,
            "worker CPU per message: store one row / webhook",
            f"{heard_cpu:.2f} ms",
            f"{store_cpu / heard_cpu:.2f}",
        ),
        Row(
            "sms_webhook",
            label,
            f"p99 at {args.rate:.0f} msg/s",
            f"{steady.percentile(99):.1f} ms",
            f"target < {TARGET_P99_MS:.0f} ms",
            heard_rss,
        ),
    ]


def main(argv: list[str] | None = None) -> list[Row]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="length of each throughput run")
    parser.add_argument("--max-messages", type=int, default=20_000, help="cap on each throughput run")
    parser.add_argument("--clients", type=int, default=4, help="requests in flight at once")
    parser.add_argument("--rate", type=float, default=100.0, help="messages/s of the fixed-rate run")
    parser.add_argument("--rate-seconds", type=float, default=5.0)
    parser.add_argument("--postgres", default=os.environ.get("BENCH_POSTGRES_URL") or "")
    args = parser.parse_args(argv)
    print(f"gunicorn, {WORKERS} sync workers, 127.0.0.1; {args.clients} clients in a separate process")
    with tempfile.TemporaryDirectory() as folder:
        rows = measure("SQLite", f"sqlite:///{folder}/bench.sqlite3", args, folder)
        if args.postgres:
            rows += measure("PostgreSQL", args.postgres, args, folder)
        else:
            print("PostgreSQL  skipped (set BENCH_POSTGRES_URL)")
    return rows


if __name__ == "__main__":
    main()
