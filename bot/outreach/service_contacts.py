"""Recording service contacts to follow up: one core for the API, the CLI and the admin upload.

Every row is checked first. With errors and `partial=False` nothing is
imported; with `partial=True` the good rows are. Row numbers are the ones
staff see: a CSV's first data row is row 2 (the header is row 1).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from bot.outreach.rules import record_service_contact
from bot.outreach.service_contact_rows import ServiceContactRow, check_row
from models.base import utcnow
from settings import Config

COLUMNS = (
    "phone",
    "telegram_chat_id",
    "channel",
    "team",
    "contacted_at",
    "referred_at",
    "language",
    "consent",
)
REQUIRED_COLUMNS = ("team", "contacted_at", "consent")
TEAM_NOT_ALLOWED = "team not allowed for this token"


class ImportFileError(ValueError):
    """The file itself cannot be read as contacts (not a row problem)."""


@dataclass(frozen=True)
class RowError:
    row: int
    error: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.error}"


@dataclass
class ImportReport:
    imported: int = 0
    duplicates: int = 0  # rows recorded before (e.g. a retried upload): skipped
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def as_dict(self) -> dict[str, Any]:
        """The JSON answer of POST /api/v1/contacts (docs/api.md)."""
        return {"imported": self.imported, "errors": [{"row": e.row, "error": e.error} for e in self.errors]}


def check_rows(
    config: Config,
    rows: Iterable[Mapping[str, Any]],
    now: datetime,
    first_row: int = 1,
    allowed_teams: frozenset[str] | None = None,
) -> tuple[list[ServiceContactRow], list[RowError]]:
    """Every row checked: the good ones and every problem, by row number.

    `allowed_teams` (None: any team) limits whose residents a caller may ask Heard to text.
    """
    good: list[ServiceContactRow] = []
    errors: list[RowError] = []
    for number, row in enumerate(rows, start=first_row):
        if not isinstance(row, Mapping):
            errors.append(RowError(number, "expected an object with the contact's fields"))
            continue
        checked, problems = check_row(config, row, now)
        if checked and allowed_teams is not None and checked.team not in allowed_teams:
            checked, problems = None, [*problems, TEAM_NOT_ALLOWED]
        errors += [RowError(number, problem) for problem in problems]
        if checked:
            good.append(checked)
    return good, errors


def import_rows(
    session: Session,
    config: Config,
    rows: Iterable[Mapping[str, Any]],
    partial: bool = False,
    now: datetime | None = None,
    source: str = "admin",
    first_row: int = 2,
    progress: Callable[[int], None] | None = None,
    allowed_teams: frozenset[str] | None = None,
) -> ImportReport:
    """Check all rows, then record the good ones (all or nothing unless `partial`)."""
    now = now or utcnow()
    good, errors = check_rows(config, rows, now, first_row, allowed_teams)
    report = ImportReport(errors=errors)
    if errors and not partial:
        return report
    for row in good:
        if record_service_contact(session, config, row, now, source):
            report.imported += 1
        else:
            report.duplicates += 1
        if progress:
            progress(1)
    return report


def read_csv(text: str) -> list[dict[str, str | None]]:  # None: a short row's missing cells
    """CSV text to rows keyed by normalised column name; a missing column is a file error."""
    text = text.removeprefix("\ufeff")  # Excel's UTF-8 byte order mark
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames:
        raise ImportFileError("the file is empty: expected a header row")
    names = [(name or "").strip().lower().replace(" ", "_") for name in reader.fieldnames]
    missing = [c for c in REQUIRED_COLUMNS if c not in names]
    if "phone" not in names and "telegram_chat_id" not in names:
        missing.insert(0, "phone or telegram_chat_id")
    if missing:
        raise ImportFileError(f"missing column(s): {', '.join(missing)} (columns: {', '.join(COLUMNS)})")
    return [dict(zip(names, (row.get(k) for k in reader.fieldnames), strict=True)) for row in reader]
