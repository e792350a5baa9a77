"""The end-of-survey "you said, we did" consent question and the resident's YES or NO.

The answer is kept on the conversation (not as an Answer), so it never counts
as a survey question in figures, and in the consent history (ConsentEvent).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from bot.conversation import store
from bot.conversation.answers import parse_answer
from bot.conversation.messages import Reply
from bot.conversation.per_config import once_per_config
from bot.conversation.surveys import fill, question_options
from models import Conversation, Resident
from settings import Config, Question, Survey

CONSENT_KINDS = {True: "ysd_yes", False: "ysd_no"}


def ask(config: Config, survey: Survey, conversation: Conversation, now: datetime) -> list[Reply]:
    """The consent question after the thank-you, when the survey asks it."""
    if not survey.ask_you_said_we_did:
        return []
    conversation.you_said_we_did_asked_at = now
    question = _question(config)
    text = fill(config, question.text[conversation.language])
    # No question id: it is asked after the survey has ended, so a Telegram tap on it cannot be
    # matched to the conversation's current question and would be refused as expired.
    return [Reply(text, None, question_options(question, conversation.language))]


def take_answer(
    session: Session,
    config: Config,
    resident: Resident,
    conversation: Conversation | None,
    channel: str,
    text: str,
    now: datetime,
) -> list[Reply] | None:
    """Record YES or NO to a pending consent question; None when this reply is not one."""
    if conversation is None or conversation.you_said_we_did_asked_at is None:
        return None
    if conversation.you_said_we_did is not None:
        return None
    if now - conversation.you_said_we_did_asked_at > config.conversation.idle_timeout:
        return None
    parsed = parse_answer(_question(config), text, conversation.language)
    if not parsed.ok or parsed.value not in ("yes", "no"):
        return None
    agreed = parsed.value == "yes"
    store.log_consent(session, resident.id, CONSENT_KINDS[agreed], channel, "survey", now)
    # Changed after the event is written, so the turn writes it with the conversation's other
    # changes rather than the ORM flushing it before the event's INSERT.
    conversation.you_said_we_did = agreed
    wording = config.you_said_we_did.thanks_yes if agreed else config.you_said_we_did.thanks_no
    return [Reply(fill(config, wording[conversation.language]))]


@once_per_config  # a new Question would have its phrases compiled again (0.36 ms an answer)
def _question(config: Config) -> Question:
    return Question(id="you_said_we_did", type="yes_no", text=config.you_said_we_did.question)
