"""How a figure reads on the dashboard, worked out in Python once per figure.

The breakdown tables (a year by week is hundreds of cells) are built here as rows of
ready text rather than by two Jinja macro calls per cell, which cost more than
counting the answers behind them. The macros in admin/_figures.html use the same
two functions, so a figure reads the same wherever it is shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from models.reports.summaries import Figures, Group
from settings import Question

FEW = "fewer than 5"  # a figure resting on fewer than 5 answers is words, never a number


def percent_text(figures: Figures, attribute: str) -> str:
    if figures.suppressed:
        return FEW
    value = getattr(figures, attribute)
    return "–" if value is None else f"{value:.1f}%"


def count_text(figures: Figures) -> str:
    return FEW if figures.count is None else f"{figures.count:,}"


@dataclass(frozen=True)
class Cell:
    key: str  # the data-figure name without its measure: trend.2026-11-23.listened
    positive: str
    count: str | None  # None when suppressed: no "of n" hint


@dataclass(frozen=True)
class Row:
    label: str
    cells: tuple[Cell, ...]


def breakdown_rows(groups: Iterable[Group], questions: Iterable[Question], prefix: str) -> list[Row]:
    """One row per group: % positive and its count for each question."""
    ids = [q.id for q in questions]
    rows = []
    for group in groups:
        key = f"{prefix}{group.key or 'none'}."
        cells = []
        for question_id in ids:
            figures = group.figures[question_id]
            shown_count = None if figures.suppressed else count_text(figures)
            cells.append(Cell(key + question_id, percent_text(figures, "positive_pct"), shown_count))
        rows.append(Row(group.label, tuple(cells)))
    return rows
