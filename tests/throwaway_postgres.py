"""A PostgreSQL cluster of our own in a temp dir, so a test may stop and restart it freely."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

# Debian's layout; the newest installed version (CI installs whatever is current).
_VERSIONS = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
BIN = _VERSIONS[-1].parent if _VERSIONS else Path("/usr/lib/postgresql/15/bin")


def _as_postgres(command: list[str]) -> list[str]:
    """initdb refuses root: run as the postgres user then (needs runuser)."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


class Cluster:
    def __init__(self, directory: Path, port: int) -> None:
        self.directory, self.port = directory, port
        self.url = f"postgresql://heard@127.0.0.1:{port}/heard"

    def pg_ctl(self, *args: str) -> None:
        command = [str(BIN / "pg_ctl"), "-D", str(self.directory / "data"), "-w", "-t", "30"]
        options = f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1"
        log = ["-l", str(self.directory / "server.log")]
        subprocess.run(_as_postgres([*command, "-o", options, *log, *args]), check=True, capture_output=True)

    def stop(self) -> None:
        self.pg_ctl("stop", "-m", "fast")

    def start(self) -> None:
        self.pg_ctl("start")


@contextmanager
def throwaway_postgres() -> Iterator[Cluster]:
    """initdb, start, create role and database `heard` (trust auth on 127.0.0.1); removed afterwards."""
    if not (BIN / "initdb").exists() or (os.geteuid() == 0 and not shutil.which("runuser")):
        pytest.skip(f"no PostgreSQL binaries in {BIN} (or no runuser to leave root)")
    directory = Path(tempfile.mkdtemp(prefix="heard-pg-"))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    cluster = Cluster(directory, port)
    if os.geteuid() == 0:
        shutil.chown(directory, "postgres", "postgres")
    try:
        initdb = [
            str(BIN / "initdb"),
            "-D",
            str(directory / "data"),
            "-U",
            "heard",
            "--auth=trust",
            "-E",
            "UTF8",
        ]
        subprocess.run(_as_postgres(initdb), check=True, capture_output=True)
        cluster.start()
        createdb = [str(BIN / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "heard", "heard"]
        subprocess.run(createdb, check=True, capture_output=True)
        yield cluster
    finally:
        subprocess.run(
            _as_postgres([str(BIN / "pg_ctl"), "-D", str(directory / "data"), "stop", "-m", "immediate"]),
            capture_output=True,
        )
        shutil.rmtree(directory, ignore_errors=True)
