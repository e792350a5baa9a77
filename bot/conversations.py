"""Moving one conversation through its survey: answer, skip, ask, finish."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot import consent
from bot.answers import parse_answer
from bot.followups import on_answer
from bot.insights import annotate
from bot.messages import Reply, clip
from bot.surveys import fill, next_question, question_options, question_prompt, unclear_hint
from models import Answer, Contact, Conversation
from models.bulk import among
from settings import Config, Question, Survey


def open_conversation(session: Session, contact: Contact) -> Conversation | None:
    """The contact's conversation in progress, if any (the newest one)."""
    return session.scalar(
        select(Conversation)
        .where(Conversation.contact_id == contact.id, Conversation.status == "in_progress")
        .order_by(Conversation.id.desc())
        .limit(1)
    )


def latest(session: Session, contact: Contact) -> Conversation | None:
    return session.scalar(
        select(Conversation)
        .where(Conversation.contact_id == contact.id)
        .order_by(Conversation.id.desc())
        .limit(1)
    )


def abandon_open(session: Session, contact: Contact) -> None:
    abandon_open_for(session, [contact.id])


def abandon_open_for(session: Session, contact_ids: list[int]) -> None:
    session.execute(
        update(Conversation)
        .where(among(session, Conversation.contact_id, contact_ids), Conversation.status == "in_progress")
        .values(status="abandoned", current_question=None)
    )


def expire_if_idle(config: Config, conversation: Conversation, now: datetime) -> bool:
    """Mark a conversation left unanswered too long as abandoned; True if it was."""
    if now - conversation.last_activity_at < config.conversation.idle_timeout:
        return False
    conversation.status = "abandoned"
    conversation.current_question = None
    return True


def survey_of(config: Config, conversation: Conversation) -> Survey:
    # A survey removed from config.yaml mid-conversation: carry on with the default.
    return config.survey(conversation.survey_id) or config.default_survey


def current_question(config: Config, conversation: Conversation) -> Question | None:
    if conversation.current_question is None:
        return None
    return survey_of(config, conversation).question(conversation.current_question)


def ask(question: Question, language: str) -> Reply:
    return Reply(question_prompt(question, language), question.id, question_options(question, language))


def repeat_question(config: Config, conversation: Conversation) -> list[Reply]:
    question = current_question(config, conversation)
    return [ask(question, conversation.language)] if question else []


def advance(session: Session, config: Config, conversation: Conversation, now: datetime) -> list[Reply]:
    """Ask the next unanswered question, or finish with the thank-you."""
    session.flush()
    answered = set(
        session.scalars(select(Answer.question_id).where(Answer.conversation_id == conversation.id))
    )
    return ask_next(config, conversation, answered, now)


def ask_next(config: Config, conversation: Conversation, answered: set[str], now: datetime) -> list[Reply]:
    """Given the questions already answered: the next one, or the thank-you."""
    survey = survey_of(config, conversation)
    question = next_question(survey, answered)
    conversation.unclear_count = 0
    conversation.last_activity_at = now
    if question is None:
        conversation.status = "completed"
        conversation.completed_at = now
        conversation.current_question = None
        thanks = Reply(fill(config, survey.thanks[conversation.language]))
        return [thanks, *consent.ask(config, survey, conversation, now)]
    conversation.current_question = question.id
    return [ask(question, conversation.language)]


def skip(
    session: Session, config: Config, conversation: Conversation, raw: str, now: datetime
) -> list[Reply]:
    question = current_question(config, conversation)
    if question is not None:
        _store(session, conversation, question.id, None, raw, now, skipped=True)
    return advance(session, config, conversation, now)


def answer(
    session: Session, config: Config, conversation: Conversation, raw: str, now: datetime
) -> list[Reply]:
    """Store the reply to the current question if it is understood; else ask again."""
    question = current_question(config, conversation)
    if question is None:
        return advance(session, config, conversation, now)
    parsed = parse_answer(question, raw, conversation.language)
    if parsed.ok:
        answer = _store(session, conversation, question.id, parsed.value, raw, now)
        if question.type == "text":
            annotate(session, config, answer, str(parsed.value))
        return advance(session, config, conversation, now)
    conversation.unclear_count += 1
    conversation.last_activity_at = now
    if conversation.unclear_count >= config.conversation.unclear_tries:
        # Don't trap the resident: keep what they said and move on.
        _store(session, conversation, question.id, None, raw, now)
        return advance(session, config, conversation, now)
    return [
        Reply(unclear_hint(config, question, conversation.language)),
        ask(question, conversation.language),
    ]


def _store(
    session: Session,
    conversation: Conversation,
    question_id: str,
    value: int | str | None,
    raw: str,
    now: datetime,
    skipped: bool = False,
) -> Answer:
    raw_text, _ = clip(raw)
    answer = Answer(
        conversation_id=conversation.id,
        question_id=question_id,
        value=None if value is None else clip(str(value))[0],
        value_num=value if isinstance(value, int) else None,
        raw=raw_text,
        skipped=skipped,
        answered_at=now,
    )
    session.add(answer)
    # Answering (even SKIP) cancels the reminder for this conversation at once.
    on_answer(session, conversation.id, now)
    return answer
