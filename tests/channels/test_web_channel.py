"""Try-it: staff chat with a survey through the real engine; it never counts anywhere."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from bot.channels.web import TryError, address_for_staff_session, start_try, try_message
from models import Conversation, Resident
from models.reports.comments import CommentFilters, conversation_detail, list_comments, team_insights
from models.reports.exports import comments_csv, responses_csv
from models.reports.responses import ResponseFilters, page_of_responses
from tests.factories import T0, api_token, texts
from tests.residents import resident_says

SURVEY_RUN = ["1", "yes a lot", "yes a bit", "no", "partly", "Awful wait, staff were rude"]


def try_all(db, config, key, lines, survey="default", language="en"):
    replies = []
    with db.begin() as session:
        for line in lines:
            replies = try_message(session, config, key, line, survey, language, now=T0)
    return replies


def conversations_of_tester(db, key):
    with db.begin() as session:
        resident = session.scalar(
            select(Resident).where(Resident.local_address == address_for_staff_session(key))
        )
        return list(
            session.scalars(
                select(Conversation).where(Conversation.resident_id == resident.id).order_by(Conversation.id)
            )
        )


def test_the_first_message_starts_the_chosen_survey_and_the_rest_answer_it(db, config):
    with db.begin() as session:
        first = try_message(session, config, "key-1", "hello", "default", "en", now=T0)
    assert "Thank you for talking to Anytown Council" in first[0].text
    assert first[1].question_id == "overall"
    last = try_all(db, config, "key-1", SURVEY_RUN)
    assert texts(last)[0] == "Thank you for your answers. They help us learn what works and what to change."
    [conversation] = conversations_of_tester(db, "key-1")
    assert (conversation.is_test, conversation.status, conversation.channel) == (True, "completed", "web")


def test_welsh_and_a_fresh_start(db, config):
    with db.begin() as session:
        replies = start_try(session, config, "key-2", "default", "cy", now=T0)
    assert replies[0].text.startswith("Diolch am siarad")
    try_all(db, config, "key-2", ["1"], language="cy")
    with db.begin() as session:  # choosing again starts afresh, in English now
        replies = start_try(session, config, "key-2", "default", "en", now=T0)
    assert replies[1].question_id == "overall"
    statuses = [(c.language, c.status, c.is_test) for c in conversations_of_tester(db, "key-2")]
    assert statuses == [("cy", "abandoned", True), ("en", "in_progress", True)]


def test_after_finishing_the_next_message_starts_another_test_run(db, config):
    try_all(db, config, "key-3", ["hi", *SURVEY_RUN, "again please"])
    assert [c.is_test for c in conversations_of_tester(db, "key-3")] == [True, True]


def test_each_staff_session_is_its_own_tester_and_its_key_is_not_stored(db, config):
    try_all(db, config, "secret-session-a", ["hi"])
    try_all(db, config, "secret-session-b", ["hi"])
    with db.begin() as session:
        addresses = list(session.scalars(select(Resident.local_address)))
        assert sorted(addresses) == sorted(
            [address_for_staff_session("secret-session-a"), address_for_staff_session("secret-session-b")]
        )
        assert all(a.startswith("try-") and "secret" not in a for a in addresses)
        assert session.scalar(select(Resident.phone).where(Resident.phone.is_not(None))) is None


def test_keywords_that_start_a_survey_inside_try_it_stay_test_conversations(db, config):
    try_all(db, config, "key-4", ["hi", "FEEDBACK EAST", "STOP"])
    with db.begin() as session:
        replies = try_message(session, config, "key-4", "hello again", "default", "en", now=T0)
    assert replies[1].question_id == "overall"  # restarting after STOP works for a tester
    conversations = conversations_of_tester(db, "key-4")
    assert len(conversations) == 3 and all(c.is_test for c in conversations)
    assert conversations[1].team == "east"


@pytest.mark.parametrize(("survey", "language"), [("nope", "en"), ("default", "fr")])
def test_an_unknown_survey_or_language_is_refused(db, config, survey, language):
    with db.begin() as session, pytest.raises(TryError):
        start_try(session, config, "key-5", survey, language, now=T0)


def test_try_it_conversations_never_appear_in_any_figure(db, config, client, runner):
    real = resident_says(db, config, "Awful wait, staff were rude", "resident", "east")
    try_all(db, config, "key-6", ["FEEDBACK EAST", *SURVEY_RUN])  # same team, same words
    try_all(db, config, "key-7", ["hi", *SURVEY_RUN])
    [test_id, *_] = [c.id for c in conversations_of_tester(db, "key-6")]

    token = api_token(runner)
    body = json.loads(client.get("/api/v1/responses", headers={"Authorization": f"Bearer {token}"}).data)
    assert [r["id"] for r in body["data"]] == [real]

    everyone = ResponseFilters()
    with db.begin() as session:
        rows, _ = page_of_responses(session, everyone)
        assert [r.id for r in rows] == [real]
        assert [c.conversation_id for c in list_comments(session, CommentFilters()).items] == [real]
        [east] = team_insights(session, CommentFilters())
        assert (east.team, east.comments, east.negative) == ("east", 1, 1)
        assert conversation_detail(session, test_id, everyone) is None
        responses = "".join(responses_csv(session, config, everyone)).splitlines()
        comments = "".join(comments_csv(session, CommentFilters())).splitlines()
    assert len(responses) == 2 and responses[1].startswith(f"{real},")
    assert len(comments) == 2 and f",{real}," in comments[1]
