"""The comments page and dashboard queries, on comments made through the real engine."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.channels.web import try_message
from models import Conversation
from models.reports.comments import (
    CommentFilters,
    contact_details_for_allowed_roles,
    conversation_detail,
    list_comments,
    team_insights,
)
from models.reports.responses import ResponseFilters
from tests.factories import T0
from tests.residents import resident_says

PHONE = "+447700900111"
CHAT_ID = "987654321"


@pytest.fixture
def said(db, config):
    """Four residents' comments over four days, and a staff member trying the survey."""
    ids = {
        "alice": resident_says(
            db, config, "Kind staff but I waited weeks for the repairs 😡", "alice", "east"
        ),
        "bob": resident_says(
            db, config, "Lovely friendly staff, thank you", PHONE, "west", "sms", T0 + timedelta(days=1)
        ),
        "carol": resident_says(
            db, config, "Nobody called me back", CHAT_ID, "east", "telegram", T0 + timedelta(days=2)
        ),
        "dave": resident_says(db, config, "Gwasanaeth ŴYCH, diolch", "dave", None, at=T0 + timedelta(days=3)),
    }
    with db.begin() as session:  # a test run by staff: a complaint that must never count
        for text in [
            "FEEDBACK EAST",
            "1",
            "yes a lot",
            "yes a lot",
            "no",
            "no",
            "Awful, still waiting for repairs",
        ]:
            try_message(session, config, "staff-session-1", text, "default", "en", now=T0)
    return ids


def comments(db, **filters):
    with db.begin() as session:
        return list_comments(session, CommentFilters(**filters))


def texts_of(page):
    return [c.text for c in page.items]


def test_lists_every_real_comment_newest_first_with_sentiment_and_themes(db, said):
    page = comments(db)
    assert page.total == 4
    assert texts_of(page) == [
        "Gwasanaeth ŴYCH, diolch",
        "Nobody called me back",
        "Lovely friendly staff, thank you",
        "Kind staff but I waited weeks for the repairs 😡",
    ]
    alice = page.items[-1]
    assert (alice.team, alice.channel, alice.sentiment, alice.question) == (
        "east",
        "console",
        "mixed",  # kind staff, but a wait: both sides
        "comment",
    )
    assert alice.themes == ("housing", "staff_kindness", "waiting")
    assert alice.conversation_id == said["alice"]
    assert page.items[1].channel == "telegram" and page.items[2].sentiment == "positive"
    assert PHONE not in repr(page) and CHAT_ID not in repr(page)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"responses": ResponseFilters(team="east")}, ["carol", "alice"]),
        ({"responses": ResponseFilters(channel="sms")}, ["bob"]),
        (
            {"responses": ResponseFilters(since=T0 + timedelta(days=1), until=T0 + timedelta(days=3))},
            ["carol", "bob"],
        ),
        ({"sentiment": "positive"}, ["dave", "bob"]),
        ({"sentiment": "neutral"}, []),
        ({"sentiment": "negative"}, ["carol"]),  # a plain complaint: no emotional word in it
        ({"sentiment": "mixed"}, ["alice"]),
        ({"sentiment": "negative_or_mixed"}, ["carol", "alice"]),
        ({"theme": "staff_kindness"}, ["bob", "alice"]),
        ({"theme": "communication"}, ["carol"]),
        ({"search": "STAFF"}, ["bob", "alice"]),
        ({"search": "staff kind"}, ["alice"]),
        ({"search": "ŵych"}, ["dave"]),
        ({"search": "100%_"}, []),
        ({"theme": "waiting", "responses": ResponseFilters(team="west")}, []),
        ({"responses": ResponseFilters(allowed_teams=frozenset({"west"}))}, ["bob"]),
        ({"responses": ResponseFilters(team="east", allowed_teams=frozenset({"west"}))}, []),
    ],
)
def test_filters(db, said, filters, expected):
    assert [c.conversation_id for c in comments(db, **filters).items] == [said[name] for name in expected]


def test_pages(db, said):
    with db.begin() as session:
        first = list_comments(session, CommentFilters(), page=1, per_page=3)
        second = list_comments(session, CommentFilters(), page=2, per_page=3)
    assert (first.total, first.pages, first.has_next, len(first.items)) == (4, 2, True, 3)
    assert (second.has_next, texts_of(second)) == (
        False,
        ["Kind staff but I waited weeks for the repairs 😡"],
    )


def test_team_insights_count_comments_negatives_and_top_themes(db, said):
    with db.begin() as session:
        insights = {i.team: i for i in team_insights(session, CommentFilters(), top=2)}
    assert set(insights) == {"east", "west", None}
    east = insights["east"]
    # Carol's plain complaint and Alice's mixed comment both count towards the negative share.
    assert (east.comments, east.negative, east.negative_share, east.suppressed) == (2, 2, 1.0, True)
    # communication, housing, staff_kindness and waiting once each: ties in name order.
    assert east.top_themes == [("communication", 1), ("housing", 1)]
    assert insights["west"].top_themes == [("staff_kindness", 1)]
    assert insights["west"].negative_share == 0.0


def test_team_insights_respect_a_viewers_teams(db, said):
    with db.begin() as session:
        insights = team_insights(session, CommentFilters(ResponseFilters(allowed_teams=frozenset({"west"}))))
    assert [(i.team, i.comments) for i in insights] == [("west", 1)]


def test_a_whole_conversation_without_contact_details(db, said):
    with db.begin() as session:
        detail = conversation_detail(session, said["bob"], ResponseFilters())
    assert (detail.team, detail.channel, detail.status) == ("west", "sms", "completed")
    assert [a.question for a in detail.answers] == [
        "overall",
        "listened",
        "what_matters",
        "strengths",
        "timely",
        "comment",
    ]
    assert detail.answers[-1].themes == ("staff_kindness",) and detail.answers[-1].sentiment == "positive"
    assert [m.direction for m in detail.messages[:3]] == ["in", "out", "out"]
    # The thank-you, then the optional "you said, we did" consent question.
    assert detail.messages[-2].body.startswith("Thank you for your answers")
    assert detail.resident.startswith("c_")
    assert PHONE not in repr(detail)


def test_a_conversation_outside_the_viewers_teams_or_a_test_is_not_found(db, said):
    with db.begin() as session:
        assert (
            conversation_detail(session, said["bob"], ResponseFilters(allowed_teams=frozenset({"east"})))
            is None
        )
        assert conversation_detail(session, 10_000, ResponseFilters()) is None
        assert all(conversation_detail(session, i, ResponseFilters()) for i in said.values())
        [test_id] = session.scalars(select(Conversation.id).where(Conversation.is_test.is_(True)))
        assert conversation_detail(session, test_id, ResponseFilters()) is None


def test_contact_details_only_for_allowed_roles(db, said):
    with db.begin() as session:
        with pytest.raises(PermissionError):
            contact_details_for_allowed_roles(session, said["bob"], ResponseFilters(), "viewer")
        details = contact_details_for_allowed_roles(session, said["bob"], ResponseFilters(), "manager")
        assert (details.phone, details.telegram_chat_id, details.opted_out) == (PHONE, None, False)
        carol = contact_details_for_allowed_roles(session, said["carol"], ResponseFilters(), "admin")
        assert carol.telegram_chat_id == int(CHAT_ID)
        hidden = ResponseFilters(allowed_teams=frozenset({"east"}))
        assert contact_details_for_allowed_roles(session, said["bob"], hidden, "admin") is None
