"""The labelled reply table in data/replies/: its rows, its questions, and how a parse is scored."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from settings import Config, Question, load_config, read_yaml

TABLE_DIR = Path(__file__).resolve().parents[2] / "data" / "replies"
REASK = "reask"
OUTCOMES = ("understood", "reasked", "misread")


@dataclass(frozen=True)
class Row:
    """One reply and what a person would store for it (None: ask again)."""

    kind: str  # choice, scale, yes_no, yes_no_partly, number
    question_id: str
    language: str
    reply: str
    expected: int | str | None
    template: str  # the phrasing family: held out whole in grouped evaluation
    register: str  # plain, shorthand, idiom, ...


def _value(text: str) -> int | str | None:
    if text == REASK:
        return None
    return int(text) if text.lstrip("-").isdecimal() else text


def load_rows(path: Path = TABLE_DIR / "replies.csv") -> list[Row]:
    """Every row of the table."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Row(
                r["question_kind"],
                r["question_id"],
                r["language"],
                r["reply"],
                _value(r["expected"]),
                r["template"],
                r["register"],
            )
            for r in csv.DictReader(handle)
        ]


def load_questions(config: Config | None = None) -> dict[str, Question]:
    """The shipped surveys' questions plus the table's own scale, yes/no and number questions."""
    config = config or load_config()
    questions = {q.id: q for survey in config.surveys for q in survey.questions}
    extra = read_yaml((TABLE_DIR / "questions.yaml").read_text(encoding="utf-8"))
    questions |= {q["id"]: Question.model_validate(q) for q in extra}
    return questions


def outcome(expected: int | str | None, ok: bool, value: object) -> str:
    """understood (stored what was meant, or asked again when it should be), reasked, or misread."""
    if not ok:
        return "understood" if expected is None else "reasked"
    return "understood" if value == expected else "misread"


def tally(outcomes: Iterable[tuple[str, str]]) -> dict[str, dict[str, float]]:
    """Percent of each outcome per group, from (group, outcome) pairs."""
    counts: dict[str, dict[str, int]] = {}
    for group, result in outcomes:
        counts.setdefault(group, dict.fromkeys(OUTCOMES, 0))[result] += 1
    return {
        group: {name: 100 * n / sum(c.values()) for name, n in c.items()} | {"n": sum(c.values())}
        for group, c in sorted(counts.items())
    }


def score(rows: Iterable[Row], parse: Callable[[Row], tuple[bool, object]]) -> list[tuple[Row, str]]:
    """Each row with its outcome under `parse` (which returns ok and value)."""
    return [(row, outcome(row.expected, *parse(row))) for row in rows]
