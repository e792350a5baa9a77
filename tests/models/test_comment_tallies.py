"""comment_tallies, kept by triggers, equals a recount of the comments after every kind of write."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import delete, select, update

from bot.insights.analysis import annotate, recompute_insights
from bot.privacy.erasure import erase_person
from bot.privacy.retention import apply_retention
from models import Answer, AnswerTheme, CommentRollup, CommentTally, Conversation, Resident
from models.comment_tallies import comment_tallies_cover, kept_team_insights
from models.local_days import local_date, local_midnight, stored_time_zone
from models.reports.comments import CommentFilters, team_insights
from models.reports.periods import bucket_start, days_between
from models.reports.responses import ResponseFilters
from models.tallies import use_time_zone
from tests.admin_support import add_random_response

LONDON = "Europe/London"
# Said by residents, labelled by the configured sentiment and theme rules.
COMMENTS = (
    "The staff were kind and listened to me",
    "I waited three months and nobody called back",
    "Kind staff but the wait was far too long",
    "It was fine",
    "Nobody explained what would happen next, very confusing",
    "Brilliant service, sorted my housing repair quickly",
)


def kept(db) -> dict:
    with db.begin() as session:
        rows = session.execute(select(CommentTally).where(CommentTally.n != 0)).scalars()
        return {(r.survey_id, r.day, r.team, r.channel, r.sentiment, r.theme): r.n for r in rows}


def recounted(db) -> dict:
    """The kept counts by their definition, from the answers and their themes."""
    out: dict = {}
    with db.begin() as session:
        zone = stored_time_zone(session)
        rows = session.execute(
            select(Answer, Conversation)
            .join(Conversation, Answer.conversation_id == Conversation.id)
            .where(Answer.sentiment.is_not(None), Answer.value.is_not(None), Conversation.is_test.is_(False))
        ).all()
        themes: dict[int, list[str]] = {}
        for answer_id, theme in session.execute(select(AnswerTheme.answer_id, AnswerTheme.theme)):
            themes.setdefault(answer_id, []).append(theme)
        for answer, conversation in rows:
            day = local_date(conversation.started_at, zone).isoformat()
            base = (
                conversation.survey_id,
                day,
                conversation.team or "",
                conversation.channel,
                answer.sentiment,
            )
            for theme in ["", *themes.get(answer.id, [])]:
                out[(*base, theme)] = out.get((*base, theme), 0) + 1
    return out


def add_comments(db, config, rng: random.Random, count: int) -> list[int]:
    """Conversations whose free-text answer is scored and themed as the bot does it."""
    ids = []
    for _ in range(count):
        day = date(2026, 10, 1) + timedelta(days=rng.randint(-20, 40))
        started = local_midnight(day, LONDON) + timedelta(minutes=rng.choice([-30, 0, 30, 600]))
        conversation_id = add_random_response(db, rng, started)
        with db.begin() as session:  # the survey's free-text question, scored once it has words
            text = rng.choice(COMMENTS)
            answer = session.scalars(
                select(Answer).where(
                    Answer.conversation_id == conversation_id, Answer.question_id == "comment"
                )
            ).one()
            answer.value = answer.raw = text
            session.flush()
            annotate(session, config, answer, text)
        ids.append(conversation_id)
    return ids


@pytest.fixture
def comments(db, config):
    ids = add_comments(db, config, random.Random(23), 40)
    assert kept(db) == recounted(db)
    assert any(key[5] for key in kept(db)), "the comments should carry some themes"
    return ids


def test_kept_counts_follow_edits_moves_and_deletes(db, comments):
    ids = comments
    with db.begin() as session:
        first = session.scalars(
            select(Answer).where(Answer.conversation_id == ids[0], Answer.sentiment.is_not(None))
        )
        for answer in first:
            answer.sentiment = "negative" if answer.sentiment != "negative" else "positive"
        session.execute(update(Answer).where(Answer.conversation_id == ids[1]).values(sentiment=None))
        session.execute(update(Answer).where(Answer.conversation_id == ids[2]).values(value=None))
        session.execute(
            update(Conversation).where(Conversation.id == ids[3]).values(team="west", channel="web")
        )
        session.execute(update(Conversation).where(Conversation.id == ids[4]).values(is_test=True))
        session.execute(
            update(Conversation)
            .where(Conversation.id == ids[5])
            .values(started_at=datetime(2026, 10, 25, 0, 30, tzinfo=UTC))
        )
        themed = select(AnswerTheme.answer_id).join(Answer).where(Answer.conversation_id.in_(ids[6:9]))
        session.execute(delete(AnswerTheme).where(AnswerTheme.answer_id.in_(themed)))
        session.add(
            AnswerTheme(
                answer_id=session.scalar(
                    select(Answer.id).where(Answer.conversation_id == ids[9], Answer.sentiment.is_not(None))
                ),
                theme="made_up_theme",
            )
        )
    assert kept(db) == recounted(db)
    with db.begin() as session:
        session.execute(delete(Answer).where(Answer.conversation_id == ids[10]))
        session.execute(delete(Conversation).where(Conversation.id.in_(ids[11:14])))
    assert kept(db) == recounted(db)


def test_kept_counts_follow_recompute_insights(db, config, comments):
    with db.begin() as session:
        # As after a change of config.yaml: every label wrong, then relabelled in batches.
        session.execute(update(Answer).where(Answer.sentiment.is_not(None)).values(sentiment="neutral"))
        session.execute(delete(AnswerTheme))
    assert kept(db) == recounted(db)
    with db.begin() as session:
        assert recompute_insights(session, config, batch=7) > 0
    assert kept(db) == recounted(db)


def test_kept_counts_follow_erasure_and_retention(db, config, comments):
    ids = comments
    with db.begin() as session:
        person = Resident(public_id="erased-person")
        session.add(person)
        session.flush()
        session.execute(
            update(Conversation).where(Conversation.id.in_(ids[:5])).values(resident_id=person.id)
        )
    with db.begin() as session:
        erase_person(session, session.get(Resident, person.id), None, datetime.now(UTC))
    assert kept(db) == recounted(db)
    rules = config.retention.model_copy(update={"answers_after": timedelta(days=60)})
    with db.begin() as session:
        apply_retention(
            session, config.model_copy(update={"retention": rules}), datetime(2026, 12, 1, tzinfo=UTC)
        )
        assert (
            session.scalar(
                select(Conversation.id).where(Conversation.started_at < datetime(2026, 10, 1, tzinfo=UTC))
            )
            is None
        )
    assert kept(db) == recounted(db) != {}


def test_kept_counts_follow_the_time_zone(db, comments):
    with db.begin() as session:
        assert use_time_zone(session, "America/New_York") is True
    assert kept(db) == recounted(db)
    with db.begin() as session:
        use_time_zone(session, LONDON)
    assert kept(db) == recounted(db)


@pytest.mark.parametrize(
    "filters",
    [
        ResponseFilters(),
        ResponseFilters(team="east"),
        ResponseFilters(channel="telegram"),
        ResponseFilters(allowed_teams=frozenset({"west"})),
        ResponseFilters(survey="default", channel="sms", allowed_teams=frozenset({"east", "west"})),
    ],
)
def test_the_panel_from_kept_counts_equals_the_panel_from_the_comments(db, comments, filters):
    since, until = days_between(date(2026, 9, 20), date(2026, 10, 25), LONDON)
    chosen = CommentFilters(responses=ResponseFilters(**{**filters.__dict__, "since": since, "until": until}))
    with db.begin() as session:
        assert comment_tallies_cover(chosen, LONDON, stored_time_zone(session))
        live = team_insights(session, chosen)
        assert kept_team_insights(session, chosen, LONDON) == live
    assert any(insight.comments for insight in live) or filters.allowed_teams == frozenset({"west"})


def test_the_kept_counts_do_not_cover_part_days_or_comment_filters(db):
    since, until = days_between(date(2026, 9, 20), date(2026, 10, 25), LONDON)
    with db.begin() as session:
        zone = stored_time_zone(session)
    whole = ResponseFilters(since=since, until=until)
    assert comment_tallies_cover(CommentFilters(responses=whole), LONDON, zone)
    assert not comment_tallies_cover(CommentFilters(responses=whole), "America/New_York", zone)
    assert not comment_tallies_cover(CommentFilters(responses=whole, sentiment="negative"), LONDON, zone)
    part = ResponseFilters(since=since + timedelta(hours=3), until=until)
    assert not comment_tallies_cover(CommentFilters(responses=part), LONDON, zone)


def rolled_up(db) -> dict:
    with db.begin() as session:
        rows = session.execute(select(CommentRollup).where(CommentRollup.n != 0)).scalars()
        return {(r.survey_id, r.week, r.team, r.channel, r.sentiment, r.theme): r.n for r in rows}


def weeks_of(counts: dict) -> dict:
    """The daily counts added into their weeks: what comment_rollups holds by definition."""
    out: dict = {}
    for (survey, day, *rest), n in counts.items():
        key = (survey, bucket_start(date.fromisoformat(day), "week").isoformat(), *rest)
        out[key] = out.get(key, 0) + n
    return {key: n for key, n in out.items() if n}


def test_weekly_rollups_follow_the_daily_counts(db, comments):
    ids = comments
    assert rolled_up(db) == weeks_of(recounted(db)) != {}
    with db.begin() as session:
        session.execute(update(Conversation).where(Conversation.id == ids[0]).values(team="west"))
        session.execute(
            update(Conversation)
            .where(Conversation.id == ids[1])
            .values(started_at=local_midnight(date(2026, 11, 2), LONDON) - timedelta(minutes=1))
        )
        session.execute(delete(Conversation).where(Conversation.id == ids[2]))
        use_time_zone(session, "America/New_York")
    assert rolled_up(db) == weeks_of(recounted(db))


def test_a_built_panel_statement_answers_later_periods_and_filters_with_their_own_values(db, comments):
    """The statement is built once per filter shape: later teams, channels and periods get their own."""
    periods = [
        (date(2026, 9, 20), date(2026, 10, 25)),
        (date(2026, 9, 16), date(2026, 10, 15)),  # Wednesday to Thursday
        (date(2026, 10, 21), date(2026, 10, 27)),  # across the clock change, no whole week
    ]
    with db.begin() as session:
        for first, last in periods:
            since, until = days_between(first, last, LONDON)
            for team, channel in (("east", "sms"), ("west", "telegram"), ("east", "telegram")):
                responses = ResponseFilters(team=team, channel=channel, since=since, until=until)
                chosen = CommentFilters(responses=responses)
                assert kept_team_insights(session, chosen, LONDON) == team_insights(session, chosen)
            everyone = CommentFilters(responses=ResponseFilters(since=since, until=until))
            live = team_insights(session, everyone)
            assert kept_team_insights(session, everyone, LONDON) == live
            assert any(insight.comments for insight in live), (first, last)
