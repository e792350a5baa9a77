"""Realistic demo data for the dashboard: `flask --app web seed-demo --responses N`.

Conversations spread over a year, on SMS, WhatsApp and Telegram, for the teams in
config.yaml; each team answers differently and gets a little better through the
year, so filters and the trend visibly change the figures. Rows go in by bulk
INSERTs (170,000 conversations in well under a minute on SQLite).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from itertools import accumulate
from typing import Protocol

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from models.answer_theme import AnswerTheme
from models.conversation import Answer, Conversation
from settings import Config, Question

CHANNELS = (("sms", 0.5), ("whatsapp", 0.2), ("telegram", 0.3))
BATCH = 5000
SKIP_RATE = 0.03
UNCLEAR_RATE = 0.01
ABANDON_RATE = 0.12
WELSH_RATE = 0.08

# Short, plain comments like residents send, by the mood of the resident's overall
# score. Their sentiment and themes are NOT written here: seed_demo labels them with
# the same function live comments go through (bot.insights.analysis.labels_for).
COMMENTS = {
    "en": {
        "positive": [
            "The social worker really listened to me.",
            "Kind staff, thank you so much.",
            "Quick reply and very helpful.",
            "They helped me stay independent at home.",
            "Lovely lady on the phone, I felt heard.",
            "Great support for me as a carer 👍",
            "Better than I expected, they sorted the grab rails fast.",
            "They came when they said and fixed the heating.",
        ],
        "neutral": [
            "Nothing to add.",
            "I had a call on Tuesday about my mum.",
            "Too early to say.",
            "My daughter dealt with most of it.",
        ],
        "negative": [
            "I waited three weeks for a call back.",
            "Nobody listened to what I needed.",
            "Had to repeat my story to four different people.",
            "The information was confusing and wrong.",
            "Still waiting for the equipment I was promised.",
            "Felt rushed, not respected at all.",
            "They said someone would ring me back and nobody did.",
            "The repair was booked twice and no one came.",
            "Lovely carers but the visits are always late.",
            "Helpful once I got through, but I was on hold for an hour.",
        ],
    },
    "cy": {
        "positive": ["Diolch yn fawr, roedd y staff yn garedig iawn.", "Gwych, help mawr."],
        "neutral": ["Iawn.", "Dim byd i'w ychwanegu."],
        "negative": ["Roedd rhaid aros yn rhy hir.", "Doedd neb yn gwrando."],
    },
}


class CommentLabels(Protocol):
    """What a labeller says about a comment (bot.insights.analysis.Labels)."""

    @property
    def polarity(self) -> float: ...
    @property
    def sentiment(self) -> str: ...
    @property
    def themes(self) -> list[str]: ...


@dataclass(frozen=True)
class SeedResult:
    conversations: int
    answers: int


def team_quality(config: Config) -> dict[str | None, float]:
    """How well each team does, 0..1: spread so the team filter changes the figures."""
    spread = (0.8, 0.55, 0.4, 0.9, 0.65, 0.7, 0.5, 0.85)
    return {team.id: spread[i % len(spread)] for i, team in enumerate(config.teams)} or {None: 0.7}


def weights_for(question: Question, quality: float) -> list[float]:
    """Answer probabilities over question.choice_values() for a team of this quality."""
    values = question.choice_values()
    if question.id == "overall" or len(values) == 6:
        good = 0.1 + 0.55 * quality
        rest = 1 - good
        return [good, rest * 0.45, rest * 0.2, rest * 0.15, rest * 0.1, rest * 0.1][: len(values)]
    if question.excluded:  # timely: yes, partly, no, did not need any
        yes = 0.2 + 0.6 * quality
        rest = 1 - yes
        return [yes, rest * 0.4, rest * 0.45, rest * 0.15][: len(values)]
    if len(values) == 4:  # approach: a lot, a bit, no, not sure
        lot = 0.15 + 0.65 * quality
        rest = 1 - lot
        return [lot, rest * 0.55, rest * 0.3, rest * 0.15]
    return [1.0] * len(values)


def _picker(config: Config, rng: random.Random) -> Callable[[Question, str | None, float], int | str]:
    """pick(question, team, year_fraction): an answer value; teams improve through the year."""
    quality = team_quality(config)
    cache: dict[tuple[str, str | None, int], tuple[list, list[float]]] = {}

    def pick(question: Question, team: str | None, progress: float) -> int | str:
        step = int(progress * 12)
        key = (question.id, team, step)
        if key not in cache:
            better = min(1.0, quality.get(team, 0.7) + 0.12 * step / 12)
            cache[key] = (question.choice_values(), list(accumulate(weights_for(question, better))))
        values, cumulative = cache[key]
        return rng.choices(values, cum_weights=cumulative)[0]

    return pick


def _comment(rng: random.Random, language: str, overall: int | str | None) -> str:
    mood = {1: "positive", 2: "positive", 4: "negative", 5: "negative"}.get(overall, "neutral")  # type: ignore[arg-type]
    if rng.random() < 0.25:  # people do not always say what their score suggests
        mood = rng.choice(("positive", "neutral", "negative"))
    return rng.choice(COMMENTS.get(language, COMMENTS["en"])[mood])


def seed_demo(
    session: Session,
    config: Config,
    conversations: int,
    end: datetime,
    seed: int = 1,
    *,
    label: Callable[[str], CommentLabels],
) -> SeedResult:
    """Insert `conversations` demo conversations with their answers, started in the year before `end`.

    `label(text)` gives each comment its sentiment and themes: pass the labeller live
    comments use (bot.insights.analysis.labels_for with the config), so demo data
    shows what the real thing would.
    """
    rng = random.Random(seed)
    label = cache(label)  # a few dozen distinct comments, labelled once each
    pick = _picker(config, rng)
    survey = config.default_survey
    teams: list[str | None] = [team.id for team in config.teams] or [None]
    channels = [channel for channel, _ in CHANNELS]
    channel_weights = [weight for _, weight in CHANNELS]
    next_id = (session.scalar(select(func.max(Conversation.id))) or 0) + 1
    next_answer_id = (session.scalar(select(func.max(Answer.id))) or 0) + 1
    # Midnight a year ago, so every start falls on a day before `end`'s day.
    start = (end - timedelta(days=365)).replace(hour=0, minute=0, second=0, microsecond=0)
    answers_total = 0
    for first in range(0, conversations, BATCH):
        conversation_rows, answer_rows, theme_rows = [], [], []
        for offset in range(min(BATCH, conversations - first)):
            conversation_id = next_id + first + offset
            progress = rng.random()
            started = start + timedelta(days=int(progress * 365), hours=9 + rng.random() * 11)
            team = rng.choice(teams)
            language = "cy" if rng.random() < WELSH_RATE else "en"
            asked = survey.questions
            status = "completed"
            if rng.random() < ABANDON_RATE:
                asked, status = asked[: rng.randrange(0, len(asked))], "abandoned"
            overall = None
            for i, question in enumerate(asked):
                at = started + timedelta(minutes=i + 1)
                row = {"id": next_answer_id, "conversation_id": conversation_id, "question_id": question.id}
                row["answered_at"] = at
                next_answer_id += 1
                roll = rng.random()
                if question.type == "text":
                    if roll < 0.4:
                        row |= {"value": None, "value_num": None, "raw": "SKIP", "skipped": True}
                    else:
                        comment = _comment(rng, language, overall)
                        labels = label(comment)
                        row |= {"value": comment, "value_num": None, "raw": comment, "skipped": False}
                        row |= {"sentiment": labels.sentiment, "polarity": labels.polarity}
                        theme_rows += [{"answer_id": row["id"], "theme": theme} for theme in labels.themes]
                elif roll < SKIP_RATE:
                    row |= {"value": None, "value_num": None, "raw": "SKIP", "skipped": True}
                elif roll < SKIP_RATE + UNCLEAR_RATE:
                    row |= {"value": None, "value_num": None, "raw": "??", "skipped": False}
                else:
                    value = pick(question, team, progress)
                    overall = value if question.id == "overall" else overall
                    numeric = value if isinstance(value, int) else None
                    row |= {"value": str(value), "value_num": numeric, "raw": str(value), "skipped": False}
                answer_rows.append({"sentiment": None, "polarity": None} | row)
            last = started + timedelta(minutes=len(asked))
            conversation_rows.append(
                {
                    "id": conversation_id,
                    "resident_id": None,
                    "channel": rng.choices(channels, weights=channel_weights)[0],
                    "survey_id": survey.id,
                    "team": team,
                    "language": language,
                    "status": status,
                    "current_question": None,
                    "unclear_count": 0,
                    "is_test": False,
                    "started_at": started,
                    "last_activity_at": last,
                    "completed_at": last if status == "completed" else None,
                }
            )
        connection = session.connection()
        connection.execute(insert(Conversation), conversation_rows)
        if answer_rows:
            connection.execute(insert(Answer), answer_rows)
        if theme_rows:
            connection.execute(insert(AnswerTheme), theme_rows)
        answers_total += len(answer_rows)
    if session.get_bind().dialect.name == "postgresql":
        # We chose the ids ourselves: move the sequence past them.
        for table in ("conversations", "answers"):
            sequence = f"pg_get_serial_sequence('{table}', 'id')"
            session.execute(text(f"SELECT setval({sequence}, (SELECT MAX(id) FROM {table}))"))
    return SeedResult(conversations, answers_total)
