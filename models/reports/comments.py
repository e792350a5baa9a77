"""Residents' comments for the comments page and dashboard: lists, counts, one conversation.

A comment is a free-text answer that was scored (it has a sentiment). Every
query goes through ResponseFilters, so test conversations never count and a
viewer sees only their teams. Nothing here returns a phone number or chat id,
except `contact_details_for_allowed_roles`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Select, String, func, literal, select, union_all
from sqlalchemy.orm import Session

from models.answer_theme import AnswerTheme
from models.conversation import Answer, Conversation
from models.message import Message
from models.reports.responses import ResponseFilters
from models.resident import Resident

SENTIMENTS = ("positive", "neutral", "mixed", "negative")
# A mixed comment ("kind staff but I waited 3 months") carries a complaint, so the
# negative share and the "negative or mixed" filter count it with the negative ones.
NEGATIVE_SIDE = ("negative", "mixed")
NEGATIVE_OR_MIXED = "negative_or_mixed"
# Roles that may see how to reach a resident (models.user.ROLES).
CONTACT_DETAIL_ROLES = frozenset({"admin", "manager"})
# Breakdowns with fewer comments than this should not show a share (privacy).
SMALL_NUMBER = 5


@dataclass(frozen=True)
class CommentFilters:
    """ResponseFilters (team, period, channel, survey, allowed teams) plus comment-only filters."""

    responses: ResponseFilters = field(default_factory=ResponseFilters)
    sentiment: str | None = None
    theme: str | None = None
    search: str | None = None  # every word must appear, any case

    def apply(self, query: Select) -> Select:
        """Narrow a query that selects from Answer joined to Conversation."""
        query = self.responses.apply(query).where(Answer.sentiment.is_not(None), Answer.value.is_not(None))
        if self.sentiment == NEGATIVE_OR_MIXED:
            query = query.where(Answer.sentiment.in_(NEGATIVE_SIDE))
        elif self.sentiment:
            query = query.where(Answer.sentiment == self.sentiment)
        if self.theme:
            themed = select(AnswerTheme.answer_id).where(AnswerTheme.theme == self.theme)
            query = query.where(Answer.id.in_(themed))
        for word in (self.search or "").split():
            query = query.where(Answer.value.icontains(word, autoescape=True))
        return query


@dataclass(frozen=True)
class Comment:
    answer_id: int
    conversation_id: int
    survey: str
    question: str
    text: str
    sentiment: str
    polarity: float | None
    themes: tuple[str, ...]
    team: str | None
    channel: str
    language: str
    answered_at: datetime


@dataclass(frozen=True)
class CommentPage:
    items: list[Comment]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def has_next(self) -> bool:
        return self.page < self.pages


def _comments_query(filters: CommentFilters) -> Select:
    query = select(Answer, Conversation).join(Conversation, Answer.conversation_id == Conversation.id)
    return filters.apply(query)


def themes_by_answer(session: Session, answer_ids: list[int]) -> dict[int, tuple[str, ...]]:
    """The stored themes of each answer, in one query."""
    found: dict[int, list[str]] = {}
    if answer_ids:
        rows = session.execute(
            select(AnswerTheme.answer_id, AnswerTheme.theme)
            .where(AnswerTheme.answer_id.in_(answer_ids))
            .order_by(AnswerTheme.answer_id, AnswerTheme.theme)
        )
        for answer_id, theme in rows:
            found.setdefault(answer_id, []).append(theme)
    return {answer_id: tuple(themes) for answer_id, themes in found.items()}


def _comment(answer: Answer, conversation: Conversation, themes: tuple[str, ...]) -> Comment:
    return Comment(
        answer_id=answer.id,
        conversation_id=conversation.id,
        survey=conversation.survey_id,
        question=answer.question_id,
        text=answer.value or "",
        sentiment=answer.sentiment or "",
        polarity=answer.polarity,
        themes=themes,
        team=conversation.team,
        channel=conversation.channel,
        language=conversation.language,
        answered_at=answer.answered_at,
    )


def list_comments(
    session: Session, filters: CommentFilters, page: int = 1, per_page: int = 50
) -> CommentPage:
    """One page of comments, newest first, with the total that match."""
    page, per_page = max(1, page), max(1, min(per_page, 500))
    query = _comments_query(filters)
    total = session.scalar(select(func.count()).select_from(query.with_only_columns(Answer.id).subquery()))
    rows = session.execute(
        query.order_by(Answer.answered_at.desc(), Answer.id.desc())
        .offset((page - 1) * per_page)
        .limit(per_page)
    ).all()
    themes = themes_by_answer(session, [answer.id for answer, _ in rows])
    items = [_comment(answer, conversation, themes.get(answer.id, ())) for answer, conversation in rows]
    return CommentPage(items=items, total=total or 0, page=page, per_page=per_page)


def untagged_comments(session: Session, filters: CommentFilters, limit: int = 2000) -> list[str]:
    """The newest `limit` comments that match no configured theme (for emerging topics)."""
    themed = select(AnswerTheme.answer_id)
    query = filters.apply(
        select(Answer.value).join(Conversation, Answer.conversation_id == Conversation.id)
    ).where(Answer.id.not_in(themed))
    return list(session.scalars(query.order_by(Answer.answered_at.desc(), Answer.id.desc()).limit(limit)))


@dataclass(frozen=True)
class TeamInsight:
    """One team's comments at a glance (team None: comments not linked to a team)."""

    team: str | None
    comments: int
    negative: int  # negative or mixed (NEGATIVE_SIDE)
    top_themes: list[tuple[str, int]]

    @property
    def negative_share(self) -> float | None:
        """Negative or mixed comments as a fraction of all comments; None when there are none."""
        return self.negative / self.comments if self.comments else None

    @property
    def suppressed(self) -> bool:
        """Too few comments to show a share without risking who said it."""
        return self.comments < SMALL_NUMBER


def team_insights(session: Session, filters: CommentFilters, top: int = 3) -> list[TeamInsight]:
    """Per team: how many comments, how many negative or mixed, and the most frequent themes."""
    # One read of the comments (answers through the partial index ix_answers_comments),
    # counted twice: by sentiment, and by theme. A theme row has sentiment NULL.
    found = (
        filters.apply(
            select(Answer.id.label("answer_id"), Conversation.team, Answer.sentiment)
            .select_from(Answer)
            .join(Conversation, Answer.conversation_id == Conversation.id)
        )
        .cte("found")
        .prefix_with("MATERIALIZED")
    )
    no_theme = literal(None, String).label("theme")
    by_sentiment = select(found.c.team, found.c.sentiment, no_theme, func.count()).group_by(
        found.c.team, found.c.sentiment
    )
    by_theme = (
        select(found.c.team, literal(None, String), AnswerTheme.theme, func.count())
        .join(AnswerTheme, AnswerTheme.answer_id == found.c.answer_id)
        .group_by(found.c.team, AnswerTheme.theme)
    )
    return insights_from_counts(session.execute(union_all(by_sentiment, by_theme)), top)


def insights_from_counts(
    counts: Iterable[tuple[str | None, str | None, str | None, int]], top: int = 3
) -> list[TeamInsight]:
    """TeamInsights from (team, sentiment, theme, count) rows: a theme row (theme set) or a comment row."""
    totals: Counter[str | None] = Counter()
    negatives: Counter[str | None] = Counter()
    themes: dict[str | None, list[tuple[str, int]]] = {}
    for team, sentiment, theme, count in counts:
        if theme is not None:
            themes.setdefault(team, []).append((theme, count))
            continue
        totals[team] += count
        if sentiment in NEGATIVE_SIDE:
            negatives[team] += count
    return [
        TeamInsight(
            team=team,
            comments=totals[team],
            negative=negatives[team],
            # Most frequent first; ties in name order so the page does not shuffle.
            top_themes=sorted(themes.get(team, []), key=lambda pair: (-pair[1], pair[0]))[:top],
        )
        for team in sorted(totals, key=lambda t: (t is None, t or ""))
    ]


@dataclass(frozen=True)
class AnswerLine:
    question: str
    value: int | str | None
    raw: str | None
    skipped: bool
    sentiment: str | None
    themes: tuple[str, ...]
    answered_at: datetime


@dataclass(frozen=True)
class MessageLine:
    direction: str  # in | out
    body: str
    status: str | None
    created_at: datetime


@dataclass(frozen=True)
class ConversationDetail:
    """A whole conversation as staff read it; `contact` is the pseudonymous id, never an address."""

    id: int
    resident: str | None
    survey: str
    team: str | None
    channel: str
    language: str
    status: str
    started_at: datetime
    completed_at: datetime | None
    answers: list[AnswerLine]
    messages: list[MessageLine]


def _visible_conversation(session: Session, conversation_id: int, filters: ResponseFilters):
    query = select(Conversation, Resident.public_id).outerjoin(
        Resident, Conversation.resident_id == Resident.id
    )
    return session.execute(filters.apply(query).where(Conversation.id == conversation_id)).first()


def conversation_detail(
    session: Session, conversation_id: int, filters: ResponseFilters
) -> ConversationDetail | None:
    """Every answer and message of one conversation; None when absent or not visible to these filters."""
    found = _visible_conversation(session, conversation_id, filters)
    if found is None:
        return None
    conversation, public_id = found
    themes = themes_by_answer(session, [answer.id for answer in conversation.answers])
    messages = session.scalars(
        select(Message)
        .where(Message.conversation_id == conversation.id)
        .order_by(Message.created_at, Message.id)
    )
    return ConversationDetail(
        id=conversation.id,
        resident=public_id,
        survey=conversation.survey_id,
        team=conversation.team,
        channel=conversation.channel,
        language=conversation.language,
        status=conversation.status,
        started_at=conversation.started_at,
        completed_at=conversation.completed_at,
        answers=[
            AnswerLine(
                a.question_id,
                a.typed_value,
                a.raw,
                a.skipped,
                a.sentiment,
                themes.get(a.id, ()),
                a.answered_at,
            )
            for a in conversation.answers
        ],
        messages=[MessageLine(m.direction, m.body, m.status, m.created_at) for m in messages],
    )


@dataclass(frozen=True)
class ContactDetails:
    resident: str
    phone: str | None
    telegram_chat_id: int | None
    opted_out: bool


def contact_details_for_allowed_roles(
    session: Session, conversation_id: int, filters: ResponseFilters, role: str
) -> ContactDetails | None:
    """How to reach the resident behind a conversation: only for CONTACT_DETAIL_ROLES."""
    if role not in CONTACT_DETAIL_ROLES:
        raise PermissionError(f"the {role!r} role may not see contact details")
    found = _visible_conversation(session, conversation_id, filters)
    if found is None or found[0].resident_id is None:
        return None
    resident = session.get(Resident, found[0].resident_id)
    if resident is None:  # erased since the page was drawn
        return None
    return ContactDetails(resident.public_id, resident.phone, resident.telegram_chat_id, resident.opted_out)
