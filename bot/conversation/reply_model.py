"""The learned fallback behind the rules: proposes a value only when it is confident."""

from __future__ import annotations

from settings import Question


def propose(question: Question, text: str) -> int | str | None:
    """A value for a reply the rules found nothing in, or None (ask again)."""
    return None
