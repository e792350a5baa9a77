"""What free text says: a sentiment label (config.yaml `sentiment`) and themes (`themes`)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.insights.sentiment import score
from bot.insights.themes import themes_of
from models import Answer, AnswerTheme, Conversation
from settings import Config, Sentiment


def polarity(text: str, method: str = "textblob") -> float:
    """The score of `text` in [-1, 1] by `method` (bot/insights/sentiment.py); needs no NLTK corpus."""
    return score(text, method)


def sentiment_label(score: float, thresholds: Sentiment) -> str:
    """positive / neutral / negative by the thresholds in config.yaml."""
    if score > thresholds.positive_above:
        return "positive"
    if score < thresholds.negative_below:
        return "negative"
    return "neutral"


@dataclass(frozen=True)
class Labels:
    """What a free-text answer says, as stored with it."""

    polarity: float
    sentiment: str
    themes: list[str]


def labels_for(config: Config, text: str) -> Labels:
    score_ = polarity(text, config.sentiment.method)
    return Labels(score_, sentiment_label(score_, config.sentiment), themes_of(text, config.themes))


def annotate(session: Session, config: Config, answer: Answer, text: str) -> None:
    """Score a free-text answer and (re)store its themes; the caller owns the transaction."""
    labels = labels_for(config, text)
    answer.polarity, answer.sentiment = labels.polarity, labels.sentiment
    if answer.id is not None:
        session.execute(delete(AnswerTheme).where(AnswerTheme.answer_id == answer.id))
    session.add_all(AnswerTheme(answer=answer, theme=theme) for theme in labels.themes)


def _is_text_question(config: Config, survey_id: str, question_id: str) -> bool:
    survey = config.survey(survey_id) or config.default_survey
    question = survey.question(question_id)
    return question is not None and question.type == "text"


def recompute_insights(session: Session, config: Config, batch: int = 500) -> int:
    """Relabel every stored comment after config.yaml's sentiment or themes change; the count.

    Works in batches of `batch` answers so memory stays flat on a big table.
    """
    query = (
        select(Answer, Conversation.survey_id)
        .join(Conversation, Answer.conversation_id == Conversation.id)
        .where(Answer.value.is_not(None), Answer.skipped.is_(False))
        .order_by(Answer.id)
        .limit(batch)
    )
    count, after = 0, 0
    while rows := session.execute(query.where(Answer.id > after)).all():
        for answer, survey_id in rows:
            if _is_text_question(config, survey_id, answer.question_id):
                annotate(session, config, answer, answer.value or "")
                count += 1
        after = rows[-1][0].id
        session.flush()
    return count
