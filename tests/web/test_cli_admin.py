"""`flask --app web create-user` and `seed-demo` as an administrator runs them."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from models import Answer, Conversation, User
from models.local_days import local_date
from models.reports.periods import last_days
from models.reports.responses import ResponseFilters
from models.reports.summaries import summarise
from tests.admin_support import sign_in


def test_create_user_reads_the_password_from_piped_stdin(runner, app):
    result = runner.invoke(
        args=["create-user", "Boss@Example.org", "--role", "admin"], input="a long secret pw\n"
    )
    assert result.exit_code == 0, result.output
    assert "Created admin boss@example.org." in result.output and "a long secret pw" not in result.output
    assert sign_in(app.test_client(), "boss@example.org", "a long secret pw").status_code == 302


def test_create_user_with_teams_and_refusals(runner, app):
    ok = runner.invoke(
        args=["create-user", "v@example.org", "--team", "east", "--team", "west"], input="0123456789\n"
    )
    assert ok.exit_code == 0, ok.output
    with app.extensions["heard"].db.begin() as session:
        user = session.scalar(select(User).where(User.email == "v@example.org"))
        assert user.role == "viewer" and sorted(t.team for t in user.teams) == ["east", "west"]
    short = runner.invoke(args=["create-user", "w@example.org"], input="short\n")
    assert short.exit_code != 0 and "at least 10 characters" in short.output
    again = runner.invoke(args=["create-user", "v@example.org"], input="0123456789\n")
    assert again.exit_code != 0 and "already has a login" in again.output
    team = runner.invoke(args=["create-user", "x@example.org", "--team", "mars"], input="0123456789\n")
    assert team.exit_code != 0 and "mars" in team.output


def test_seed_demo_fills_a_year_that_filters_visibly_change(runner, app, config):
    result = runner.invoke(args=["seed-demo", "--responses", "600"])
    assert result.exit_code == 0, result.output
    db = app.extensions["heard"].db
    with db.begin() as session:
        assert session.scalar(select(func.count()).select_from(Conversation)) == 600
        answers = session.scalar(select(func.count()).select_from(Answer))
        first, last = session.execute(
            select(func.min(Conversation.started_at), func.max(Conversation.started_at))
        ).one()
        channels = set(session.scalars(select(Conversation.channel).distinct()))
        zone = config.organisation.time_zone
        since, until = last_days(local_date(datetime.now(UTC), zone), zone, 365)
        summary = summarise(session, config, ResponseFilters(), since, until, "month")
    assert 3000 < answers < 3600  # about six answers a conversation, some skipped or abandoned
    assert (last - first).days > 300 and last < datetime.now(UTC)
    assert channels == {"sms", "whatsapp", "telegram"}
    by_team = {g.key: g.figures["listened"].positive_pct for g in summary.by_team}
    assert set(by_team) == {t.id for t in config.teams} and len(set(by_team.values())) == len(by_team)
    # Refuses to mix demo rows into a database that already has conversations.
    again = runner.invoke(args=["seed-demo", "--responses", "10"])
    assert again.exit_code != 0 and "--append" in again.output


def test_seed_demo_comments_are_labelled_by_the_live_labeller(runner, app, client, config):
    from bot.insights.analysis import labels_for
    from models import AnswerTheme
    from tests.admin_support import make_user

    result = runner.invoke(args=["seed-demo", "--responses", "300"])
    assert result.exit_code == 0, result.output
    with app.extensions["heard"].db.begin() as session:
        comments = session.execute(
            select(Answer.id, Answer.value, Answer.sentiment, Answer.polarity).where(
                Answer.question_id == "comment", Answer.skipped.is_(False)
            )
        ).all()
        themes: dict[int, set[str]] = {}
        for answer_id, theme in session.execute(select(AnswerTheme.answer_id, AnswerTheme.theme)):
            themes.setdefault(answer_id, set()).add(theme)
    assert len(comments) > 50
    for answer_id, text, sentiment, polarity in comments:
        live = labels_for(config, text)  # what a resident's comment with these words would get
        assert (sentiment, polarity, themes.get(answer_id, set())) == (
            live.sentiment,
            live.polarity,
            set(live.themes),
        )
    assert sum(bool(themes.get(a)) for a, *_ in comments) > len(comments) / 2
    assert {s for _, _, s, _ in comments} >= {"positive", "negative", "neutral"}
    # The newcomer's first look: themes on the comments page and per team on the dashboard.
    make_user(app.extensions["heard"].db, "m@example.org", "manager")
    sign_in(client, "m@example.org")
    page = client.get("/admin/comments?period=365").get_data(as_text=True)
    shown = page.count('data-comment="')
    assert shown > 10 and page.count("none found") < shown / 2
    dashboard = client.get("/admin/?period=365").get_data(as_text=True)
    panel = dashboard[dashboard.index('id="comment-insights"') :]
    panel = panel[: panel.index("</table>")]
    assert panel.count("<tr data-team=") == len(config.teams) and "none found" not in panel
