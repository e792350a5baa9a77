"""The end-of-survey offer, "Would you like someone from <team> to contact you?", and its YES or NO.

Asked once, after the thank-you, when config `callbacks.offer` says so (`always`, or
`when_negative`: an answer the survey scores negative, or a negative comment). It is
asked instead of the "you said, we did" question, which follows the YES or NO. The
answer is kept on the conversation; a YES opens a callback (`opening.py`).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from bot.callbacks.opening import open_callback
from bot.callbacks.wording import due_words, say
from bot.callbacks.working_days import due_day
from bot.conversation import consent
from bot.conversation.answers import parse_answer
from bot.conversation.messages import Reply
from bot.conversation.per_config import once_per_config
from bot.conversation.store import Answered
from bot.conversation.surveys import question_options
from models import Conversation, Resident
from settings import Config, Question, Survey

QUESTION_ID = "callback"
# A reply that is neither YES nor NO gets the question once more, then is left alone.
UNCLEAR_TRIES = 1


def is_negative(survey: Survey, answered: Answered) -> bool:
    """True when an answer is one the survey scores negative, or a comment reads negative."""
    for question_id, (value, value_num, sentiment) in answered.items():
        if sentiment == "negative":
            return True
        question = survey.question(question_id)
        stored = value_num if value_num is not None else value
        if question is not None and stored is not None and stored in question.negative:
            return True
    return False


def ask(
    config: Config, survey: Survey, conversation: Conversation, answered: Answered, now: datetime
) -> list[Reply]:
    """The offer after the thank-you, when config says to make it; [] otherwise.

    `answered`: the conversation's stored answers, as the turn read and wrote them.
    """
    mode = config.callbacks.offer
    if mode == "never" or conversation.is_test:
        return []
    if mode == "when_negative" and not is_negative(survey, answered):
        return []
    conversation.callback_offered_at = now
    return [_offer(config, conversation)]


def take_answer(
    session: Session,
    config: Config,
    resident: Resident,
    conversation: Conversation | None,
    text: str,
    now: datetime,
) -> list[Reply] | None:
    """YES or NO to a pending offer; None when this message is not an answer to one."""
    if conversation is None or conversation.callback_offered_at is None:
        return None
    if conversation.callback_wanted is not None:
        return None
    if now - conversation.callback_offered_at > config.conversation.idle_timeout:
        return None  # silence: nothing changes
    language = conversation.language
    parsed = parse_answer(_question(config, conversation), text, language)
    if not parsed.ok or parsed.value not in ("yes", "no"):
        if conversation.unclear_count >= UNCLEAR_TRIES:
            return None
        conversation.unclear_count += 1
        return [_offer(config, conversation)]  # it already says: reply YES or NO
    conversation.unclear_count = 0
    wanted = parsed.value == "yes"
    conversation.callback_wanted = wanted
    survey = config.survey(conversation.survey_id) or config.default_survey
    # The "you said, we did" question waited for this one.
    after = consent.ask(config, survey, conversation, now)
    if not wanted:
        return [Reply(say(config, "declined", language, conversation.team)), *after]
    open_callback(session, config, resident, conversation, now)
    due = due_words(due_day(config, now))
    return [Reply(say(config, "opened", language, conversation.team, due=due)), *after]


def _question(config: Config, conversation: Conversation) -> Question:
    return _question_for_team(config, conversation.team)


@once_per_config  # a new Question would have its phrases compiled again (0.36 ms an answer)
def _question_for_team(config: Config, team: str | None) -> Question:
    wording = {lang: say(config, "question", lang, team) for lang in config.callbacks.question}
    return Question(id=QUESTION_ID, type="yes_no", text=wording)


def _offer(config: Config, conversation: Conversation) -> Reply:
    question = _question(config, conversation)
    # No question id on the buttons: a tap is read as a plain YES or NO after the survey ended.
    return Reply(
        question.text[conversation.language], options=question_options(question, conversation.language)
    )
