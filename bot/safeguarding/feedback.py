"""Staff marking the screen's mistakes (false alarms, missed disclosures) and exporting them as training rows.

The admin pages call these inside their request transaction with the signed-in
`User`; each mark is audited (without the resident's words). Exported rows have
the training corpus's columns, so the corpus grows from real use.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from bot.safeguarding.screen import CATEGORIES, SEVERITIES
from models import Alert, AlertEvent, Answer, Conversation, Message, ScreenFeedback, User
from models.audit import record
from models.reports.exports import BOM, csv_lines

MAX_NOTE = 1000
CORPUS_HEADER = ("text", "label", "category", "severity", "template", "register", "language")
LABELS = {"missed": "risk", "false_alarm": "ordinary"}


class FeedbackError(ValueError):
    """The mark cannot be made (unknown alert or comment, words no longer held, already marked)."""


def mark_false_alarm(
    session: Session, alert_id: int, note: str | None, user: User, now: datetime
) -> ScreenFeedback:
    """The alert's message was not a disclosure: keep a copy of its words as an ordinary example."""
    alert = session.get(Alert, alert_id, with_for_update=True)
    if alert is None:
        raise FeedbackError(f"no alert with id {alert_id}")
    if session.scalar(select(ScreenFeedback.id).where(ScreenFeedback.alert_id == alert_id).limit(1)):
        raise FeedbackError(f"alert {alert_id} is already marked as a false alarm")
    message = session.get(Message, alert.message_id) if alert.message_id else None
    if message is None or not message.body.strip():
        raise FeedbackError("the resident's words are no longer held (erased or past retention)")
    conversation = session.get(Conversation, alert.conversation_id) if alert.conversation_id else None
    note = _clean_note(note)
    feedback = ScreenFeedback(
        kind="false_alarm",
        text=message.body,
        language=conversation.language if conversation else None,
        category=alert.category,
        severity=alert.severity,
        note=note,
        alert_id=alert.id,
        user_id=user.id,
        created_at=now,
    )
    session.add(feedback)
    alert.updated_at = now
    alert.events.append(AlertEvent(kind="false_alarm", note=note, user_id=user.id, at=now))
    record(
        session,
        "alert_false_alarm",
        actor=user.email,
        user_id=user.id,
        subject=f"alert:{alert.id}",
        detail={"category": alert.category, "note_added": bool(note)},
        at=now,
    )
    return feedback


def mark_missed(
    session: Session,
    answer_id: int,
    category: str,
    severity: str,
    user: User,
    now: datetime,
    allowed_teams: frozenset[str] | None = None,
) -> ScreenFeedback:
    """A comment the screen let through should have raised an alert of `category`."""
    if category not in CATEGORIES:
        raise FeedbackError(f"unknown category {category!r}")
    if severity not in SEVERITIES:
        raise FeedbackError(f"unknown severity {severity!r}")
    answer = session.get(Answer, answer_id)
    conversation = session.get(Conversation, answer.conversation_id) if answer else None
    if (
        answer is None
        or conversation is None
        or (allowed_teams is not None and conversation.team not in allowed_teams)
    ):
        raise FeedbackError(f"no comment with id {answer_id}")
    words = (answer.value or answer.raw or "").strip()
    if not words:
        raise FeedbackError(f"comment {answer_id} has no words to learn from")
    if session.scalar(select(ScreenFeedback.id).where(ScreenFeedback.answer_id == answer_id).limit(1)):
        raise FeedbackError(f"comment {answer_id} is already marked")
    feedback = ScreenFeedback(
        kind="missed",
        text=words,
        language=conversation.language,
        category=category,
        severity=severity,
        answer_id=answer.id,
        user_id=user.id,
        created_at=now,
    )
    session.add(feedback)
    record(
        session,
        "screen_missed",
        actor=user.email,
        user_id=user.id,
        subject=f"answer:{answer.id}",
        detail={"category": category, "severity": severity},
        at=now,
    )
    return feedback


def marked_answer_ids(session: Session, answer_ids: Sequence[int]) -> set[int]:
    """Which of these comments are already marked as missed (the comments page hides the button)."""
    if not answer_ids:
        return set()
    query = select(ScreenFeedback.answer_id).where(ScreenFeedback.answer_id.in_(list(answer_ids)))
    return set(session.scalars(query))


def feedback_counts(session: Session) -> dict[str, int]:
    """How many examples of each kind are marked, and how many await their first export."""
    counts = dict.fromkeys(LABELS, 0)
    by_kind = select(ScreenFeedback.kind, func.count()).group_by(ScreenFeedback.kind)
    counts.update(session.execute(by_kind).all())
    counts["unexported"] = session.scalar(  # type: ignore[assignment]  # COUNT is never NULL
        select(func.count()).select_from(ScreenFeedback).where(ScreenFeedback.exported_at.is_(None))
    )
    return counts


def export_feedback(session: Session, actor: User | None, now: datetime) -> list[str]:
    """Every marked example as corpus CSV lines (audited); first exports are stamped `exported_at`."""
    rows = session.scalars(select(ScreenFeedback).order_by(ScreenFeedback.id)).all()
    session.execute(
        update(ScreenFeedback).where(ScreenFeedback.exported_at.is_(None)).values(exported_at=now)
    )
    record(
        session,
        "screen_feedback_export",
        actor=actor.email if actor else "cli",
        user_id=actor.id if actor else None,
        detail={"rows": len(rows)},
        at=now,
    )
    return list(_corpus_lines(rows))


def _corpus_lines(rows: Sequence[ScreenFeedback]) -> Iterator[str]:
    """Like the other exports (formula-safe cells) but without the byte order mark: corpus files have none."""
    lines = csv_lines(
        CORPUS_HEADER,
        (
            (
                # One example per line: the resident's line breaks would split a row for naive readers.
                " ".join(row.text.split()),
                LABELS[row.kind],
                row.category,
                row.severity,
                f"feedback-{row.id}",
                "real",
                row.language or "en",
            )
            for row in rows
        ),
    )
    yield next(lines).removeprefix(BOM)
    yield from lines


def _clean_note(note: str | None) -> str | None:
    note = (note or "").strip()
    if len(note) > MAX_NOTE:
        raise FeedbackError(f"a note can be at most {MAX_NOTE} characters")
    return note or None
