"""A turn's readings worked out before the write lock (bot/conversation/foresight.py).

What is foreseen on a snapshot is used only when the turn, under the lock, reads
the same question, language and text; a conversation another turn moved in between
is read afresh, so no question is answered twice and none is skipped.
"""

from __future__ import annotations

import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select

from bot.conversation import foresight as foresight_module
from bot.conversation import store
from bot.conversation.answers import parse_answer
from bot.conversation.engine import handle
from bot.conversation.foresight import Foresight, foresee
from bot.conversation.messages import Inbound
from bot.insights.analysis import labels_for
from models import Alert
from tests.factories import T0, answers_of, conversations_of, send

SURVEY_QUESTIONS = ("overall", "listened", "what_matters")


def inbound(text: str, address: str = "alice") -> Inbound:
    return Inbound(channel="console", address=address, text=text, received_at=T0)


def question(config, question_id: str):
    return config.default_survey.question(question_id)


@pytest.fixture
def sqlite_only(db):
    if db.dialect == "postgresql":
        pytest.skip("PostgreSQL locks the resident's row only: nothing is foreseen there")


@pytest.fixture
def counted_parses(monkeypatch):
    """How many times the parser runs from here on, outside what was foreseen."""
    calls: list[str] = []

    def counting(question, text, language="en"):
        calls.append(question.id)
        return parse_answer(question, text, language)

    monkeypatch.setattr(foresight_module, "parse_answer", counting)
    return calls


def test_a_reply_is_parsed_before_the_turn_and_not_again_inside_it(db, config, sqlite_only, counted_parses):
    send(db, config, "Hi")
    seen = foresee(db, config, inbound("not sure"))
    assert seen is not None and seen.question is question(config, "overall")
    counted_parses.clear()  # foresee's own parse above
    with db.begin() as session:
        handle(session, config, inbound("not sure"), seen)
    assert counted_parses == [], "the turn parsed again what was foreseen for the same question"
    [conversation] = conversations_of(db, "alice")
    expected = parse_answer(question(config, "overall"), "not sure").value
    assert answers_of(db, conversation.id)["overall"].value_num == expected
    assert conversation.current_question == "listened"


def test_a_reading_foreseen_for_a_question_another_turn_answered_is_not_used(
    db, config, sqlite_only, counted_parses
):
    send(db, config, "Hi")
    stale = foresee(db, config, inbound("not sure"))  # read while "overall" waited
    send(db, config, "1")  # another turn answers "overall" in between
    as_overall = parse_answer(question(config, "overall"), "not sure").value
    as_listened = parse_answer(question(config, "listened"), "not sure").value
    assert as_overall != as_listened  # else this test could not tell the two apart
    counted_parses.clear()
    with db.begin() as session:
        handle(session, config, inbound("not sure"), stale)
    assert counted_parses == ["listened"], "the moved conversation's question is parsed afresh"
    [conversation] = conversations_of(db, "alice")
    answers = answers_of(db, conversation.id)
    assert {key: answer.value_num for key, answer in answers.items()} == {
        "overall": 1,
        "listened": as_listened,
    }
    assert conversation.current_question == "what_matters"


def test_a_comments_labels_are_used_only_for_the_text_they_were_worked_out_from(config):
    comment = next(q for q in config.default_survey.questions if q.type == "text")
    parsed = parse_answer(comment, "kind staff", "en")
    foreseen = labels_for(config, str(parsed.value))
    seen = Foresight("kind staff", True, comment, "en", parsed, foreseen)
    assert seen.labels_of(config, str(parsed.value)) is foreseen
    assert seen.labels_of(config, "a long wait") == labels_for(config, "a long wait")
    assert seen.labels_of(config, "a long wait") is not foreseen


def test_the_screen_is_skipped_only_for_the_very_text_it_found_nothing_in(db, config, sqlite_only):
    send(db, config, "Hi")
    clean = foresee(db, config, inbound("fine thanks"))
    assert clean is not None and clean.nothing_to_screen("fine thanks")
    # A foresight of another text never stands in for the screen of this one.
    worrying = "I want to kill myself"
    assert not clean.nothing_to_screen(worrying)
    with db.begin() as session:
        handle(session, config, inbound(worrying), clean)
    risky = foresee(db, config, inbound(worrying))
    assert risky is not None and not risky.nothing_to_screen(worrying)
    with db.begin() as session:
        alerts = session.scalar(select(func.count()).select_from(Alert))
    assert alerts == 1, "the disclosure was screened under the lock and raised its alert"


def test_foresight_reads_nothing_for_keywords_strangers_or_the_opted_out(db, config, sqlite_only):
    assert foresee(db, config, inbound("not sure", address="nobody")).parsed is None
    send(db, config, "Hi")
    assert foresee(db, config, inbound("HELP")).parsed is None
    send(db, config, "STOP")
    assert foresee(db, config, inbound("not sure")).parsed is None


def test_a_snapshot_that_cannot_be_read_leaves_the_parse_to_the_turn(db, config, sqlite_only, monkeypatch):
    send(db, config, "Hi")

    def busy(*_args):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(store, "glimpse", busy)
    seen = foresee(db, config, inbound("not sure"))
    assert seen is not None and seen.parsed is None and seen.nothing_to_screen("not sure")
    with db.begin() as session:
        handle(session, config, inbound("not sure"), seen)
    [conversation] = conversations_of(db, "alice")
    assert conversation.current_question == "listened"


def test_foresight_is_none_on_postgresql(db, config):
    if db.dialect != "postgresql":
        pytest.skip("PostgreSQL only")
    send(db, config, "Hi")
    assert foresee(db, config, inbound("not sure")) is None


def test_glimpse_reads_the_open_conversations_question_and_nothing_for_a_stranger(db, config):
    assert store.glimpse(db, "local_address", "nobody") is None
    send(db, config, "Hi")
    assert store.glimpse(db, "local_address", "alice") == store.Glimpse(False, "default", "overall", "en")
    send(db, config, "STOP")
    assert store.glimpse(db, "local_address", "alice") == store.Glimpse(True, None, None, None)


@pytest.mark.parametrize("texts", [("1", "1"), ("not sure", "2")])
def test_two_turns_at_once_for_one_resident_answer_each_question_once(db, config, texts):
    """Both read the snapshot before either takes the lock; the second sees the first one's answer."""
    send(db, config, "Hi")
    both_foreseen = threading.Barrier(2)

    def turn(text: str) -> None:
        seen = foresee(db, config, inbound(text))
        both_foreseen.wait()  # neither takes the lock before both have read the snapshot
        with db.begin() as session:
            handle(session, config, inbound(text), seen)

    with ThreadPoolExecutor(2) as pool:
        list(pool.map(turn, texts))
    [conversation] = conversations_of(db, "alice")
    answers = answers_of(db, conversation.id)
    assert set(answers) == {"overall", "listened"}, "a question answered twice or skipped"
    assert conversation.current_question == "what_matters"
    # Each answer is its own text read against its own question, whichever turn went first.
    readings = {
        (
            parse_answer(question(config, "overall"), first).value,
            parse_answer(question(config, "listened"), second).value,
        )
        for first, second in (texts, texts[::-1])
    }
    assert (answers["overall"].value_num, answers["listened"].value_num) in readings
