"""The rows each benchmark returns, the one summary table `make bench` prints, and peak memory from /proc."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Row:
    bench: str
    database: str
    measure: str
    result: str
    ratio: str
    peak_rss: str = ""


COLUMNS = ("bench", "database", "measure", "result", "ratio", "peak RSS")


def table(rows: list[Row]) -> str:
    """A plain-text table, one line per row, columns padded to fit."""
    cells = [COLUMNS] + [(r.bench, r.database, r.measure, r.result, r.ratio, r.peak_rss) for r in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(COLUMNS))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)) for line in cells]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def peak_mb(pid: int | str = "self") -> float:
    """A process's peak resident memory (VmHWM) in MB; 0 when /proc cannot tell."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def reset_peak() -> None:
    """Start this process's VmHWM afresh (Linux: 5 to clear_refs), so each bench reports its own peak."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def gunicorn_peaks(pid_file: Path) -> str:
    """Peak RSS of a gunicorn master and each of its workers, e.g. "master 31 + workers 52, 50 MB"."""
    try:
        master = int(pid_file.read_text())
        workers = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    except (OSError, ValueError):
        return "?"
    return f"master {peak_mb(master):.0f} + workers {', '.join(f'{peak_mb(w):.0f}' for w in workers)} MB"


def gunicorn_sharing(pid_file: Path) -> str:
    """Each worker's memory now, as RSS / PSS / private MB (/proc/PID/smaps_rollup).

    RSS (and its peak, VmHWM) counts every page a worker maps, shared or not; PSS
    splits a shared page between the processes sharing it; private pages are the
    worker's alone, what one more worker would cost.
    """
    try:
        master = int(pid_file.read_text())
        workers = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    except (OSError, ValueError):
        return "?"
    return ", ".join(_sharing(worker) for worker in workers) + " MB (RSS / PSS / private)"


def _sharing(pid: str) -> str:
    kb: dict[str, int] = {}
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            name, _, rest = line.partition(":")
            if rest.strip().endswith("kB"):
                kb[name] = int(rest.split()[0])
    except OSError:
        return "?"
    private = kb.get("Private_Clean", 0) + kb.get("Private_Dirty", 0)
    return f"{kb.get('Rss', 0) / 1024:.0f} / {kb.get('Pss', 0) / 1024:.0f} / {private / 1024:.0f}"


def gunicorn_cpu_seconds(pid_file: Path) -> float:
    """CPU time (user + system) the workers of a gunicorn master have used so far."""
    master = int(pid_file.read_text())
    workers = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for worker in workers:
        # Fields 14 and 15 of /proc/PID/stat, counted after the ")" that ends the command name.
        fields = Path(f"/proc/{worker}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])
    return total / ticks


def this_process() -> str:
    return f"{peak_mb():.0f} MB (in-process)"
