"""What a turn can work out before it takes SQLite's write lock: the reply's reading and the screen.

SQLite lets one transaction write at a time, and a turn's transaction takes the
lock at its first statement (BEGIN IMMEDIATE, `models/db.py`): whatever the turn
works out inside it, the other worker waits for. The costly parts of a turn are
pure (the parse of a reply against its question, a comment's sentiment and themes,
the safeguarding screen: each a function of the text and what it answers), so
`foresee` works them out first, against where the resident stood on a snapshot
read without the lock. The turn then runs as ever, under the lock, from its own
reads: it takes a foreseen result only when its inputs are the very same (the same
question object, language and text), so a conversation another worker moved in
between (an answer stored, a question skipped) is read, parsed and decided afresh.
Nothing foreseen is ever written as it stands: the decisions are the turn's.

PostgreSQL locks only the resident's row, so the other worker is never held up by
a turn's parse there; the snapshot would be one more statement for nothing, and
`foresee` answers None.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.conversation import progress, residents, store
from bot.conversation.answers import Parsed, parse_answer
from bot.conversation.keywords import classify
from bot.conversation.messages import Inbound
from bot.insights.analysis import Labels, labels_for
from bot.safeguarding.screen import screen
from models.db import Database
from models.resident import ADDRESS_COLUMN
from settings import Config, Question


@dataclass(frozen=True)
class Foresight:
    """Readings of one message's text worked out before the turn; each kept with what it read."""

    text: str
    screened_clean: bool  # the screen found nothing in `text`
    question: Question | None = None  # the question `parsed` reads the text against
    language: str | None = None
    parsed: Parsed | None = None
    labels: Labels | None = None  # of str(parsed.value), for a text question

    def parse(self, question: Question, text: str, language: str) -> Parsed:
        """`parse_answer(question, text, language)`, foreseen when it was for these very inputs."""
        same = question is self.question and (language, text) == (self.language, self.text)
        if self.parsed is not None and same:
            return self.parsed
        return parse_answer(question, text, language)

    def labels_of(self, config: Config, text: str) -> Labels:
        """`labels_for(config, text)`, foreseen when it was for this text."""
        if self.labels is not None and self.parsed is not None and text == str(self.parsed.value):
            return self.labels
        return labels_for(config, text)

    def nothing_to_screen(self, text: str) -> bool:
        """True when the screen has read this text already and found nothing."""
        return self.screened_clean and text == self.text


def foresee(db: Database, config: Config, inbound: Inbound) -> Foresight | None:
    """The screen's and (where a question waits) the parse's result for this message; None on PostgreSQL."""
    if db.dialect == "postgresql":
        return None
    text = inbound.text
    clean = screen(config.safeguarding, text) is None
    question, language = _waiting_question(db, config, inbound)
    if question is None or language is None:
        return Foresight(text, clean)
    parsed = parse_answer(question, text, language)
    labels = labels_for(config, str(parsed.value)) if parsed.ok and question.type == "text" else None
    return Foresight(text, clean, question, language, parsed, labels)


def _waiting_question(db: Database, config: Config, inbound: Inbound) -> tuple[Question | None, str | None]:
    """The question the message most likely answers (on a snapshot, no lock), and its language."""
    key = ADDRESS_COLUMN.get(inbound.channel)
    if key is None or classify(inbound.text) is not None or not inbound.text.strip():
        return None, None  # a keyword, an empty message or a channel unknown: no reply to parse
    try:
        seen = store.glimpse(db, key, residents.address_value(inbound.channel, inbound.address))
    except db.engine.dialect.loaded_dbapi.Error:
        return None, None  # only a guess: a busy database leaves it all to the turn, as before
    if seen is None or seen.opted_out or seen.survey_id is None or seen.current_question is None:
        return None, None
    return progress.question_of(config, seen.survey_id, seen.current_question), seen.language
