"""CSV exports of responses and comments, streamed line by line.

Each export is a generator of text lines (the first starts with a UTF-8 byte
order mark so Excel reads Welsh and emoji), fed by a query that yields rows
in batches: a big export never sits in memory. Cells a spreadsheet would run
as a formula are neutralised. No phone number or chat id is ever written:
a resident appears only as their pseudonymous contact id. Times appear twice:
in UTC (`…_at`, ISO 8601 with a Z) and as the organisation's local date and
time (`…_at_local`, "YYYY-MM-DD HH:MM:SS"), whose date is the day the
dashboard counts them on.

From a Flask route, open the session inside the generator so it lives as
long as the download:

    def lines():
        with db.begin() as session:
            yield from responses_csv(session, config, filters)
    return Response(stream_with_context(lines()), mimetype="text/csv")
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from models.base import iso_utc
from models.conversation import Answer, Conversation
from models.reports.comments import CommentFilters, themes_by_answer
from models.reports.responses import ResponseFilters
from models.resident import Resident
from settings import Config, Organisation

BOM = "\ufeff"
# A spreadsheet treats a cell starting with one of these as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BATCH = 500
DEFAULT_TIME_ZONE = Organisation().time_zone


def safe_cell(value: object) -> object:
    """A value as one CSV cell: text that could start a formula gets a leading '."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return value  # numbers we computed; a number cannot carry a formula
    if isinstance(value, datetime):
        return iso_utc(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_lines(header: Sequence[str], rows: Iterable[Sequence[object]]) -> Iterator[str]:
    """The header (after the BOM), then each row, one CSV line at a time."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def line(cells: Sequence[object]) -> str:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow([safe_cell(cell) for cell in cells])
        return buffer.getvalue()

    yield BOM + line(header)
    for row in rows:
        yield line(row)


def question_columns(config: Config) -> tuple[list[str], list[str]]:
    """Every question id in config.yaml (in survey order, once each), and those of free text."""
    questions, texts = [], []
    for survey in config.surveys:
        for question in survey.questions:
            if question.id not in questions:
                questions.append(question.id)
                if question.type == "text":
                    texts.append(question.id)
    return questions, texts


RESPONSE_FIELDS = ["response_id", "contact_id", "survey", "team", "channel", "language", "status"]
RESPONSE_DATES = ["started_at", "completed_at", "started_at_local", "completed_at_local"]


def local_time(moment: datetime | None, zone: str) -> str | None:
    """A UTC moment as the organisation's wall-clock time, the way spreadsheets read it."""
    return moment.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M:%S") if moment else None


def _batches(session: Session, query, batch: int) -> Iterator[Sequence]:
    # yield_per: a server-side cursor on PostgreSQL, rows fetched `batch` at a time.
    yield from session.execute(query.execution_options(yield_per=batch)).partitions()


def responses_csv(
    session: Session, config: Config, filters: ResponseFilters, batch: int = BATCH
) -> Iterator[str]:
    """One row per conversation, one column per question, plus each comment's sentiment and themes."""
    questions, text_questions = question_columns(config)
    header = RESPONSE_FIELDS + RESPONSE_DATES + questions
    header += [f"{q}_{part}" for q in text_questions for part in ("sentiment", "themes")]
    query = filters.apply(
        select(
            Conversation.id,
            Resident.public_id,
            Conversation.survey_id,
            Conversation.team,
            Conversation.channel,
            Conversation.language,
            Conversation.status,
            Conversation.started_at,
            Conversation.completed_at,
        ).outerjoin(Resident, Conversation.resident_id == Resident.id)
    ).order_by(Conversation.id)
    zone = config.organisation.time_zone
    return csv_lines(header, _response_rows(session, query, questions, text_questions, batch, zone))


def _response_rows(session, query, questions, text_questions, batch, zone) -> Iterator[list[object]]:
    for rows in _batches(session, query, batch):
        # Plain rows, not ORM objects: nothing piles up in the caller's session.
        found = session.execute(
            select(
                Answer.conversation_id,
                Answer.question_id,
                Answer.id,
                Answer.value,
                Answer.value_num,
                Answer.sentiment,
            ).where(Answer.conversation_id.in_([row[0] for row in rows]), Answer.skipped.is_(False))
        )
        answers: dict[int, dict[str, Row[Any]]] = {}
        for answer in found:
            answers.setdefault(answer.conversation_id, {})[answer.question_id] = answer
        themes = themes_by_answer(
            session, [a.id for by_question in answers.values() for a in by_question.values()]
        )
        for row in rows:
            given = answers.get(row[0], {})
            cells = [*row, local_time(row.started_at, zone), local_time(row.completed_at, zone)]
            for q in questions:
                answer = given.get(q)
                # Skipped and unanswered questions are blank; numbers stay numbers.
                cells.append(None if answer is None else _first_not_none(answer.value_num, answer.value))
            for q in text_questions:
                answer = given.get(q)
                cells += [answer and answer.sentiment, answer and "; ".join(themes.get(answer.id, ()))]
            yield cells


def _first_not_none(*values: object) -> object:
    return next((v for v in values if v is not None), None)


COMMENT_FIELDS = [
    "comment_id",
    "response_id",
    "survey",
    "question",
    "team",
    "channel",
    "language",
    "answered_at",
    "answered_at_local",
    "sentiment",  # positive | negative | mixed | neutral
    "sentiment_score",  # -1 (negative) .. 1 (positive)
    "themes",
    "comment",
]


def comments_csv(
    session: Session, filters: CommentFilters, batch: int = BATCH, *, time_zone: str = DEFAULT_TIME_ZONE
) -> Iterator[str]:
    """One row per comment matching the comments page's filters, oldest first."""
    query = filters.apply(
        select(
            Answer.id,
            Conversation.id,
            Conversation.survey_id,
            Answer.question_id,
            Conversation.team,
            Conversation.channel,
            Conversation.language,
            Answer.answered_at,
            Answer.sentiment,
            Answer.polarity,
            Answer.value,
        ).join(Conversation, Answer.conversation_id == Conversation.id)
    ).order_by(Answer.id)
    return csv_lines(COMMENT_FIELDS, _comment_rows(session, query, batch, time_zone))


def _comment_rows(session: Session, query, batch: int, zone: str) -> Iterator[list[object]]:
    for rows in _batches(session, query, batch):
        themes = themes_by_answer(session, [row[0] for row in rows])
        for row in rows:
            *fields, sentiment, score, comment = row
            local = local_time(row.answered_at, zone)
            yield [*fields, local, sentiment, score, "; ".join(themes.get(row[0], ())), comment]
