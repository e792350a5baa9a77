"""Moving one conversation through its survey: answer, skip, ask, finish."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from bot.callbacks import offer
from bot.conversation import consent, store
from bot.conversation.answers import parse_answer
from bot.conversation.messages import Reply, clip
from bot.conversation.surveys import fill, next_question, question_options, question_prompt, unclear_hint
from bot.insights.analysis import Labels, labels_for
from bot.outreach.rules import on_answer
from models import Conversation, Resident
from models.bulk import among
from settings import Config, Question, Survey

if TYPE_CHECKING:
    from bot.conversation.foresight import Foresight


def open_conversation(session: Session, resident: Resident) -> Conversation | None:
    """The contact's conversation in progress, if any (the newest one)."""
    return session.scalar(_OPEN, {"resident_id": resident.id})


def latest(session: Session, resident: Resident) -> Conversation | None:
    return session.scalar(_LATEST, {"resident_id": resident.id})


# Built once, with bound parameters: every inbound message runs these.
_LATEST = (
    select(Conversation)
    .where(Conversation.resident_id == bindparam("resident_id"))
    .order_by(Conversation.id.desc())
    .limit(1)
)
_OPEN = _LATEST.where(Conversation.status == "in_progress")


def abandon_open(session: Session, resident: Resident) -> None:
    abandon_open_for(session, [resident.id])


def abandon_open_for(session: Session, resident_ids: list[int]) -> None:
    session.execute(
        update(Conversation)
        .where(among(session, Conversation.resident_id, resident_ids), Conversation.status == "in_progress")
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
    return _survey(config, conversation.survey_id)


def _survey(config: Config, survey_id: str) -> Survey:
    # A survey removed from config.yaml mid-conversation: carry on with the default.
    return config.survey(survey_id) or config.default_survey


def current_question(config: Config, conversation: Conversation) -> Question | None:
    if conversation.current_question is None:
        return None
    return question_of(config, conversation.survey_id, conversation.current_question)


def question_of(config: Config, survey_id: str, question_id: str) -> Question | None:
    """The question `question_id` of the survey `survey_id` (the default survey's if that one is gone)."""
    return _survey(config, survey_id).question(question_id)


def ask(question: Question, language: str) -> Reply:
    """The question as a reply: its wording and buttons, worked out once per question and language."""
    found = _ASKED.get((id(question), language))
    if found is not None and found[0] is question:
        return found[1]
    reply = Reply(question_prompt(question, language), question.id, question_options(question, language))
    if len(_ASKED) >= _ASKED_LIMIT:  # tests build many configs; a worker has one
        _ASKED.clear()
    _ASKED[(id(question), language)] = (question, reply)  # the question kept: its id is not reused
    return reply


# A Reply is frozen and a question comes from config.yaml: no need to build it for every message.
_ASKED: dict[tuple[int, str], tuple[Question, Reply]] = {}
_ASKED_LIMIT = 1024


def repeat_question(config: Config, conversation: Conversation) -> list[Reply]:
    question = current_question(config, conversation)
    return [ask(question, conversation.language)] if question else []


def advance(session: Session, config: Config, conversation: Conversation, now: datetime) -> list[Reply]:
    """Ask the next unanswered question, or finish with the thank-you."""
    return ask_next(config, conversation, answered(session, conversation), now, session)


def answered(session: Session, conversation: Conversation) -> store.Answered:
    """The answers (and skips) this conversation has stored, by question id."""
    session.flush()
    return store.answers_of(session, conversation.id)


def ask_next(
    config: Config,
    conversation: Conversation,
    answered: store.Answered,
    now: datetime,
    session: Session | None = None,
) -> list[Reply]:
    """Given the answers stored so far: the next question, or the thank-you and a closing question.

    The closing question is the callback offer when config makes it (only with a
    `session`: the offer may open a callback later), else the "you said, we did" question.
    """
    survey = survey_of(config, conversation)
    question = next_question(survey, answered)
    conversation.unclear_count = 0
    conversation.last_activity_at = now
    if question is None:
        conversation.status = "completed"
        conversation.completed_at = now
        conversation.current_question = None
        thanks = Reply(fill(config, survey.thanks[conversation.language]))
        closing = offer.ask(config, survey, conversation, answered, now) if session is not None else []
        return [thanks, *(closing or consent.ask(config, survey, conversation, now))]
    conversation.current_question = question.id
    return [ask(question, conversation.language)]


def skip(
    session: Session,
    config: Config,
    conversation: Conversation,
    raw: str,
    now: datetime,
    done: store.Answered | None = None,
) -> list[Reply]:
    """Store a skip for the current question and ask the next (`done`: the answered ids, if known)."""
    done = answered(session, conversation) if done is None else done
    question = current_question(config, conversation)
    if question is not None:
        _store(session, conversation, done, question.id, None, raw, now, skipped=True)
    return ask_next(config, conversation, done, now, session)


def answer(
    session: Session,
    config: Config,
    conversation: Conversation,
    raw: str,
    now: datetime,
    done: store.Answered | None = None,
    foresight: Foresight | None = None,
) -> list[Reply]:
    """Store the reply to the current question if it is understood; else ask again.

    `done`: the ids of the questions already answered, when the caller has read them;
    `foresight`: the reply's reading worked out before the turn, used if it read this question.
    """
    question = current_question(config, conversation)
    if question is None:
        return ask_next(
            config, conversation, answered(session, conversation) if done is None else done, now, session
        )
    if foresight is not None:
        parsed = foresight.parse(question, raw, conversation.language)
    else:
        parsed = parse_answer(question, raw, conversation.language)
    if parsed.ok:
        done = answered(session, conversation) if done is None else done
        labels = _labels(config, str(parsed.value), foresight) if question.type == "text" else None
        _store(session, conversation, done, question.id, parsed.value, raw, now, labels=labels)
        return ask_next(config, conversation, done, now, session)
    conversation.unclear_count += 1
    conversation.last_activity_at = now
    if conversation.unclear_count >= config.conversation.unclear_tries:
        # Don't trap the resident: keep what they said and move on.
        done = answered(session, conversation) if done is None else done
        _store(session, conversation, done, question.id, None, raw, now)
        return ask_next(config, conversation, done, now, session)
    return [
        Reply(unclear_hint(config, question, conversation.language)),
        ask(question, conversation.language),
    ]


def _labels(config: Config, text: str, foresight: Foresight | None) -> Labels:
    return foresight.labels_of(config, text) if foresight is not None else labels_for(config, text)


def _store(
    session: Session,
    conversation: Conversation,
    done: store.Answered,
    question_id: str,
    value: int | str | None,
    raw: str,
    now: datetime,
    skipped: bool = False,
    labels: Labels | None = None,
) -> None:
    """Store an answer to `question_id` (and its labels), and add it to `done`."""
    stored = store.Stored(
        value=None if value is None else clip(str(value))[0],
        value_num=value if isinstance(value, int) else None,
        sentiment=labels.sentiment if labels else None,
    )
    store.insert_answer(
        session,
        dict(
            stored._asdict(),
            conversation_id=conversation.id,
            question_id=question_id,
            raw=clip(raw)[0],
            skipped=skipped,
            polarity=labels and labels.polarity,
            answered_at=now,
        ),
        tuple(labels.themes) if labels else (),
    )
    if not done:
        # The first answer (even SKIP) cancels the conversation's reminder at once;
        # a reminder only ever waits on a conversation nobody has answered yet.
        on_answer(session, conversation.id, now)
    done[question_id] = stored
