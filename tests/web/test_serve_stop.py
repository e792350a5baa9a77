"""`flask --app web serve` (what `make run` starts) stops cleanly on SIGTERM (issue 21, finding 7)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from settings import ROOT
from tests.fakes.telegram_server import TOKEN, FakeTelegram

STOP_WITHIN = 15  # seconds: systemd's default is 90 before SIGKILL; a clean stop takes about one


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(port: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("the server never answered /healthz")


@pytest.mark.slow
def test_sigterm_stops_the_server_scheduler_and_telegram_polling(database_url):
    port = free_port()
    with FakeTelegram() as telegram:
        env = os.environ | {
            "DATABASE_URL": database_url,
            "SECRET_KEY": "test",
            "PORT": str(port),
            "HOST": "127.0.0.1",
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": telegram.base_url,
            "TELEGRAM_MODE": "polling",
        }
        process = subprocess.Popen(
            [sys.executable, "-m", "flask", "--app", "web", "serve"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            wait_until_up(port, process)
            deadline = time.monotonic() + 30
            while not telegram.calls("getUpdates") and time.monotonic() < deadline:
                time.sleep(0.1)  # polling has started: its stop is part of what we time
            assert telegram.calls("getUpdates")
            started = time.monotonic()
            process.send_signal(signal.SIGTERM)
            out, err = process.communicate(timeout=STOP_WITHIN)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
        took = time.monotonic() - started
    assert process.returncode == 0, err
    assert "Heard stopped." in out, (out, err)
    assert "Traceback" not in err, err
    print(f"stopped {took:.1f}s after SIGTERM")
