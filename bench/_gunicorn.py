"""Serving a WSGI app under gunicorn on 127.0.0.1 for benchmarks and slow tests.

The listening socket is bound here on an ephemeral port and handed to gunicorn
as `fd://N`, so there is no race for a free port and nothing outside 127.0.0.1.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
# Heard's web app as deploy/Procfile runs it: built once in the master (preload_app), workers forked.
DEPLOYED = ("--config", "deploy/gunicorn.conf.py")


@contextmanager
def gunicorn(
    app: str,
    env: dict[str, str],
    workers: int = 2,
    log: IO[bytes] | None = None,
    ready_path: str = "/healthz",
    args: tuple[str, ...] = (),
) -> Iterator[str]:
    """Serve `app` ("module:attr") with `workers` sync workers plus gunicorn `args`; yields the base URL."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.set_inheritable(True)
    base_url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    command = [sys.executable, "-m", "gunicorn", "--workers", str(workers)]
    command += ["--bind", f"fd://{listener.fileno()}", "--log-level", "warning", *args, app]
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=os.environ | env,
        pass_fds=[listener.fileno()],
        stdout=log or subprocess.DEVNULL,
        stderr=log or subprocess.DEVNULL,
    )
    listener.close()  # gunicorn holds its own copy
    try:
        _wait_until_ready(process, base_url + ready_path)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# Generous: on a loaded machine (the suite on two workers beside other jobs) each worker's imports
# alone took over 30 s, and a niced master reading the models at load 11 took over 120 s. A healthy
# start answers in a second or two, so this only costs a failing run.
def _wait_until_ready(process: subprocess.Popen, url: str, timeout: float = 600.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1) as response:  # noqa: S310 - 127.0.0.1 only
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"gunicorn did not answer {url} within {timeout:.0f}s")
