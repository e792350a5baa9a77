"""Whole numbers from URLs and forms, range-checked so no database ever sees one it cannot hold.

`<int:...>` (and its alias `<id:...>`) in every route is IdConverter: 1 to MAX_ID, else 404.
Pages come through `page_number`; ids typed into forms through `form_id`.
"""

from __future__ import annotations

import re

from flask import Flask
from werkzeug.routing import IntegerConverter, Map

# PostgreSQL INTEGER's largest value (SQLite holds more, but both databases must answer alike).
MAX_ID = 2**31 - 1
MAX_PAGE = 100_000
_DIGITS = re.compile(r"[0-9]{1,20}")  # ASCII only: str.isdigit() also says yes to "²"


class IdConverter(IntegerConverter):
    """A database id in a URL: 1..MAX_ID, anything else is 404 (never an OverflowError)."""

    def __init__(self, map: Map, min: int = 1, max: int = MAX_ID) -> None:
        super().__init__(map, fixed_digits=0, min=min, max=max)


def whole_number(text: str | None, low: int, high: int) -> int | None:
    """`text` as an int in low..high, or None (missing, not ASCII digits, or out of range)."""
    if text is None or not _DIGITS.fullmatch(text.strip()):
        return None
    number = int(text.strip())
    return number if low <= number <= high else None


def form_id(text: str | None) -> int | None:
    """An id chosen in a form (e.g. a staff member), or None when it cannot be one."""
    return whole_number(text, 1, MAX_ID)


def page_number(text: str | None) -> int:
    """A `?page=` value: 1 when missing or nonsense; past MAX_PAGE, MAX_PAGE (an empty last page)."""
    text = (text or "").strip()
    if not (text.isascii() and text.isdigit()):
        return 1
    digits = text.lstrip("0")
    if len(digits) > len(str(MAX_PAGE)):
        return MAX_PAGE
    return min(max(1, int(digits or "0")), MAX_PAGE)


def init_app(app: Flask) -> None:
    """Must run before any blueprint registers a rule: rules pick their converter when added."""
    app.url_map.converters["int"] = IdConverter
    app.url_map.converters["id"] = IdConverter
