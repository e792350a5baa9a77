"""The conversation engine end to end through a real database."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from models import ConsentEvent, Message
from tests.factories import T0, answers_of, conversations_of, resident_of, send, texts

FULL_RUN = [
    "Hello",
    "2 thanks",
    "yes a bit",
    "Yes, a lot",
    "not sure",
    "Partly",
    "They listened, but I waited weeks.",
]


def complete_survey(db, config, address="alice", channel="console", start=T0):
    replies = []
    for i, text in enumerate(FULL_RUN):
        replies = send(db, config, text, address=address, channel=channel, at=start + timedelta(minutes=i))
    return replies


def test_first_message_starts_default_survey_with_intro_and_first_question(db, config):
    replies = send(db, config, "Hi")
    assert len(replies) == 2
    assert "Anytown Council" in replies[0].text
    assert replies[1].text.startswith("Overall, how was your experience of our service?")
    assert replies[1].question_id == "overall"
    assert ("1 Very good", "1") in replies[1].options
    [conversation] = conversations_of(db, "alice")
    assert conversation.status == "in_progress"
    assert conversation.survey_id == "default"
    assert conversation.current_question == "overall"


def test_resident_completes_survey_and_answers_hold_expected_values(db, config):
    replies = complete_survey(db, config)
    assert texts(replies) == [config.default_survey.thanks["en"], config.you_said_we_did.question["en"]]
    [conversation] = conversations_of(db, "alice")
    assert conversation.status == "completed"
    assert conversation.completed_at is not None
    answers = answers_of(db, conversation.id)
    assert {k: a.typed_value for k, a in answers.items()} == {
        "overall": 2,
        "listened": 2,
        "what_matters": 1,
        "strengths": 4,
        "timely": 2,
        "comment": "They listened, but I waited weeks.",
    }
    assert answers["comment"].sentiment == "mixed"  # listened to, but a wait: both sides
    assert answers["comment"].polarity < 0
    assert answers["overall"].raw == "2 thanks"


def test_message_after_completion_starts_a_new_conversation(db, config):
    complete_survey(db, config)
    replies = send(db, config, "hello again", at=T0 + timedelta(days=1))
    assert replies[1].question_id == "overall"
    assert [c.status for c in conversations_of(db, "alice")] == ["completed", "in_progress"]


def test_unclear_reply_gets_a_hint_then_moves_on_after_two_tries(db, config):
    send(db, config, "Hi")
    first = send(db, config, "banana")
    assert (
        first[0].text == "Sorry, I did not understand that. Please reply with a number from 1 to 6, or SKIP."
    )
    assert first[1].question_id == "overall"
    second = send(db, config, "purple")
    assert [r.question_id for r in second] == ["listened"]
    [conversation] = conversations_of(db, "alice")
    overall = answers_of(db, conversation.id)["overall"]
    assert overall.value is None and overall.skipped is False and overall.raw == "purple"


def test_clear_answer_after_one_unclear_try_resets_the_count(db, config):
    send(db, config, "Hi")
    send(db, config, "banana")
    send(db, config, "1")
    replies = send(db, config, "hmm")  # first unclear try on the next question
    assert replies[0].text.startswith("Sorry")
    assert replies[1].question_id == "listened"


def test_skip_stores_a_skipped_answer_and_asks_the_next_question(db, config):
    send(db, config, "Hi")
    replies = send(db, config, "SKIP")
    assert replies[0].question_id == "listened"
    [conversation] = conversations_of(db, "alice")
    assert answers_of(db, conversation.id)["overall"].skipped is True


def test_help_explains_and_keeps_the_place(db, config):
    send(db, config, "Hi")
    send(db, config, "1")
    replies = send(db, config, "help")
    assert "SKIP" in replies[0].text and "STOP" in replies[0].text
    assert replies[1].question_id == "listened"
    assert conversations_of(db, "alice")[0].current_question == "listened"


@pytest.mark.parametrize(
    "word", ["STOP", "stop", "Stop.", "UNSUBSCRIBE", "cancel", "END", "quit", "/stop", "stop texting me"]
)
def test_stop_opts_out_confirms_once_then_silence(db, config, word):
    send(db, config, "Hi")
    replies = send(db, config, word)
    assert texts(replies) == [config.messages["en"].opted_out.replace("{organisation}", "Anytown Council")]
    assert send(db, config, "1") == []
    assert send(db, config, "STOP") == []
    assert resident_of(db, "alice").opted_out
    assert conversations_of(db, "alice")[0].status == "opted_out"


def test_stop_on_sms_silences_whatsapp_for_the_same_number(db, config):
    send(db, config, "Hi", address="+447700900123", channel="sms")
    send(db, config, "STOP", address="+447700900123", channel="sms")
    assert send(db, config, "Hello", address="+447700900123", channel="whatsapp") == []


def test_start_opts_back_in_and_records_both_events(db, config):
    send(db, config, "Hi")
    send(db, config, "STOP")
    replies = send(db, config, "START")
    assert "again" in replies[0].text
    assert not resident_of(db, "alice").opted_out
    with db.begin() as session:
        kinds = session.scalars(select(ConsentEvent.kind).order_by(ConsentEvent.id)).all()
    assert kinds == ["opt_out", "opt_in"]
    # Next message starts a survey again.
    assert send(db, config, "hello")[1].question_id == "overall"


def test_feedback_comment_containing_stop_is_an_answer_not_an_opt_out(db, config):
    for text in ["Hi", "1", "1", "1", "1", "1"]:
        send(db, config, text)
    replies = send(db, config, "Please stop making people wait so long")
    assert not resident_of(db, "alice").opted_out
    assert replies[0].text == config.default_survey.thanks["en"]


def test_welsh_switch_mid_survey_is_remembered(db, config):
    send(db, config, "Hi")
    replies = send(db, config, "CYMRAEG")
    assert replies[0].text == config.messages["cy"].language_set
    assert replies[1].text.startswith("Yn gyffredinol")
    send(db, config, "Da iawn")
    replies = send(db, config, "Naddo")
    [conversation] = conversations_of(db, "alice")
    answers = answers_of(db, conversation.id)
    assert answers["overall"].value_num == 1 and answers["listened"].value_num == 3
    assert conversation.language == "cy"
    for text in ["1", "1", "1", "Gwasanaeth gwych, diolch"]:
        replies = send(db, config, text)
    assert replies[0].text == config.default_survey.thanks["cy"]
    # Coming back later: Welsh is remembered.
    again = send(db, config, "Helo", at=T0 + timedelta(days=40))
    assert again[0].text == config.default_survey.intro["cy"].replace("{organisation}", "Anytown Council")
    assert resident_of(db, "alice").language == "cy"


def test_english_switch_back(db, config):
    send(db, config, "Hi", language_hint="cy")
    replies = send(db, config, "ENGLISH")
    assert replies[0].text == config.messages["en"].language_set
    assert replies[1].text.startswith("Overall")


def test_language_hint_picks_welsh_for_a_new_resident(db, config):
    replies = send(db, config, "/start", channel="telegram", address="4242", language_hint="cy-GB")
    assert replies[1].text.startswith("Yn gyffredinol")


def test_idle_conversation_is_abandoned_and_next_message_starts_afresh(db, config):
    send(db, config, "Hi")
    send(db, config, "1")
    replies = send(db, config, "2", at=T0 + timedelta(days=8))
    assert replies[1].question_id == "overall"  # afresh: "2" is not an answer
    assert [c.status for c in conversations_of(db, "alice")] == ["abandoned", "in_progress"]


def test_reply_within_idle_timeout_continues(db, config):
    send(db, config, "Hi")
    replies = send(db, config, "1", at=T0 + timedelta(days=6))
    assert replies[0].question_id == "listened"


def test_same_external_id_is_stored_once_and_answered_the_same_way(db, config):
    first = send(db, config, "Hi", address="+447700900001", channel="sms", external_id="SM1")
    again = send(db, config, "Hi", address="+447700900001", channel="sms", external_id="SM1")
    assert texts(again) == texts(first)
    with db.begin() as session:
        inbound = session.scalar(select(func.count()).select_from(Message).where(Message.direction == "in"))
    assert inbound == 1
    assert len(conversations_of(db, "+447700900001", "sms")) == 1


@pytest.mark.parametrize(
    "text, team",
    [
        ("FEEDBACK EAST", "east"),
        ("feedback  west", "west"),
        ("Feedback hospital!", "hospital"),
        ("FEEDBACK", None),
    ],
)
def test_sms_keyword_chooses_survey_and_team(db, config, text, team):
    replies = send(db, config, text, address="+447700900002", channel="sms")
    assert replies[1].question_id == "overall"
    [conversation] = conversations_of(db, "+447700900002", "sms")
    assert conversation.team == team


@pytest.mark.parametrize("payload", ["team-east", "east"])
def test_deep_link_payload_attributes_the_team(db, config, payload):
    send(db, config, f"/start {payload}", address="99", channel="telegram")
    [conversation] = conversations_of(db, "99", "telegram")
    assert conversation.team == "east"


def test_media_only_message_gets_a_polite_text_only_reply(db, config):
    send(db, config, "Hi")
    replies = send(db, config, "", has_media=True)
    assert replies[0].text == config.messages["en"].text_only
    assert replies[1].question_id == "overall"


def test_huge_body_is_stored_truncated(db, config):
    send(db, config, "Hi")
    send(db, config, "x" * 200_000)
    with db.begin() as session:
        stored = session.scalars(select(Message).where(Message.direction == "in").order_by(Message.id)).all()[
            -1
        ]
    assert len(stored.body) == 2000 and stored.truncated


def test_replies_are_logged_linked_to_the_inbound_message(db, config):
    send(db, config, "Hi")
    with db.begin() as session:
        rows = session.scalars(select(Message).order_by(Message.id)).all()
    assert [r.direction for r in rows] == ["in", "out", "out"]
    assert rows[1].in_reply_to_id == rows[0].id
    assert rows[0].conversation_id == rows[1].conversation_id is not None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_engine_always_answers_any_text(db, config, text):
    """Whatever a resident sends mid-survey, they get a reply (never an exception)."""
    address = f"fuzz-{abs(hash(text))}"
    send(db, config, "Hi", address=address)
    replies = send(db, config, text, address=address)
    if not resident_of(db, address).opted_out:
        assert replies and all(r.text for r in replies)


def test_messages_from_one_resident_at_the_same_moment_never_corrupt_the_conversation(db, config):
    """Two workers handling one person's messages at once: each answer lands once, in order."""
    from concurrent.futures import ThreadPoolExecutor

    residents = [f"+4477009003{n:02d}" for n in range(4)]
    for address in residents:
        send(db, config, "Hi", address=address, channel="sms")

    def burst(address: str) -> None:
        with ThreadPoolExecutor(max_workers=2) as pool:
            list(pool.map(lambda text: send(db, config, text, address=address, channel="sms"), ["1", "1"]))

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(burst, residents))
    for address in residents:
        [conversation] = conversations_of(db, address, "sms")
        answers = answers_of(db, conversation.id)
        # The two "1"s answered the first two questions, one each.
        assert {k: a.value_num for k, a in answers.items()} == {"overall": 1, "listened": 1}
        assert conversation.current_question == "what_matters"
