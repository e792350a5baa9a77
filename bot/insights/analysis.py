"""What free text says: a sentiment label (config.yaml `sentiment`) and themes (`themes`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Select, delete, func, insert, select, update
from sqlalchemy.orm import Session

from bot.insights.sentiment import score
from bot.insights.sentiment_model import classify
from bot.insights.themes import themes_of
from models import Answer, AnswerTheme, Conversation
from settings import Config, Sentiment


def polarity(text: str, method: str = "textblob") -> float:
    """The score of `text` in [-1, 1] by `method` (bot/insights/sentiment.py); needs no NLTK corpus."""
    return score(text, method)


def sentiment_label(score: float, thresholds: Sentiment) -> str:
    """positive / neutral / negative by the thresholds in config.yaml (the lexicon methods)."""
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


def sentiment_of(text: str, config: Sentiment) -> tuple[str, float]:
    """The label and score of `text` by the configured method.

    "model" (the default) can say "mixed"; the lexicon methods only positive / neutral / negative.
    """
    if config.method == "model":
        return classify(text)
    score_ = polarity(text, config.method)
    return sentiment_label(score_, config), score_


def labels_for(config: Config, text: str) -> Labels:
    label, score_ = sentiment_of(text, config.sentiment)
    return Labels(score_, label, themes_of(text, config.themes))


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


def _stored_answers() -> Select:
    return (
        select(Answer.id, Answer.value, Answer.question_id, Conversation.survey_id)
        .join(Conversation, Answer.conversation_id == Conversation.id)
        .where(Answer.value.is_not(None), Answer.skipped.is_(False))
    )


def answers_to_relabel(session: Session) -> int:
    """How many stored answers recompute_insights will look at (for a progress bar)."""
    return session.scalar(select(func.count()).select_from(_stored_answers().subquery())) or 0


def recompute_insights(
    session: Session, config: Config, batch: int = 1000, progress: Callable[[int], None] | None = None
) -> int:
    """Relabel every stored comment after config.yaml's sentiment or themes change (or an upgrade).

    Works in batches of `batch` answers on plain rows (no ORM objects), each batch one
    UPDATE by primary key, one DELETE of old themes and one INSERT of new ones, so memory
    stays flat and 100,000 comments take minutes. `progress(n)` is told how many answers
    each batch looked at. Returns the number of comments relabelled.
    """
    query = _stored_answers().order_by(Answer.id).limit(batch)
    count, after = 0, 0
    seen: dict[str, Labels] = {}  # the same words get the same labels: "Nothing to add" once
    while rows := session.execute(query.where(Answer.id > after)).all():
        updates, themes = [], []
        for answer_id, value, question_id, survey_id in rows:
            if _is_text_question(config, survey_id, question_id):
                text = value or ""
                labels = seen.get(text) or seen.setdefault(text, labels_for(config, text))
                if len(seen) > 50_000:
                    seen.clear()
                updates.append({"id": answer_id, "sentiment": labels.sentiment, "polarity": labels.polarity})
                themes += [{"answer_id": answer_id, "theme": theme} for theme in labels.themes]
        if updates:
            session.execute(update(Answer), updates)
            session.execute(delete(AnswerTheme).where(AnswerTheme.answer_id.in_([u["id"] for u in updates])))
        if themes:
            session.execute(insert(AnswerTheme), themes)
        count += len(updates)
        after = rows[-1][0]
        if progress is not None:
            progress(len(rows))
    return count
