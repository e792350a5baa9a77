"""Alerts with category and severity on staff pages, marking the screen's mistakes, its performance page."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from bot.safeguarding.performance import EvaluationMissing, load_evaluation
from models import Alert, AlertEvent, Answer, ScreenFeedback
from settings import ROOT, Safeguarding
from tests.admin_support import csrf_token, post_form
from tests.residents import resident_says
from tests.safeguarding_pages import EAST_PHONE, MISSED, WEST_PHONE, audit_actions, client_for, raise_alert

EVALUATION = {
    "trained_at": "2026-11-30",
    "data_sha256": "ab" * 32,
    "folds": "5 folds grouped by category and template",
    "threshold": 0.65,
    "overall": {
        "disclosures": 1200,
        "recall": {"rules": 0.61, "classifier": 0.83, "both": 0.9},
        "ordinary": 3000,
        "false_alarms": {"rules": 0.02, "classifier": 0.04, "both": 0.05},
    },
    "categories": {
        "financial": {"n": 80, "recall": {"rules": 0.4, "classifier": 0.7, "both": 0.775}},
        "suicide_self_harm": {"n": 150, "recall": {"rules": 0.9, "classifier": 0.92, "both": 0.973}},
    },
    "registers": {"texting/en": {"n": 200, "recall": {"rules": 0.5, "classifier": 0.8, "both": 0.85}}},
    "ordinary_kinds": {
        "idiom_death": {"n": 243, "false_alarms": {"rules": 0.0041, "classifier": 0, "both": 0.0041}},
    },
    "holdout": {
        "overall": {
            "disclosures": 76,
            "recall": {"rules": 0.4079, "classifier": 0.6974, "both": 0.8026},
            "ordinary": 53,
            "false_alarms": {"rules": 0.0755, "classifier": 0.0189, "both": 0.0943},
        },
        "categories": {"financial": {"n": 6, "recall": {"rules": 0.1667, "classifier": 0.5, "both": 0.6667}}},
    },
}


@pytest.fixture
def evaluation_path(tmp_path):
    path = tmp_path / "evaluation.json"
    path.write_text(json.dumps(EVALUATION), encoding="utf-8")
    return path


@pytest.fixture
def config(config, evaluation_path):
    """The shipped config, reading the evaluation from a file this test controls."""
    safeguarding = config.safeguarding.model_copy(update={"evaluation": evaluation_path})
    return config.model_copy(update={"safeguarding": safeguarding})


@pytest.fixture
def db(app):
    return app.extensions["heard"].db


def rows_in_order(page: str) -> list[int]:
    return [int(i) for i in re.findall(r'<tr data-alert="(\d+)"', page)]


def test_urgent_open_alerts_come_first_then_open_concerns_then_acknowledged_and_closed(app, db, config):
    urgent = raise_alert(db, config, EAST_PHONE, "east", "I want to end my life")
    concern = raise_alert(db, config, WEST_PHONE, "west", "I feel unsafe at home")
    acknowledged = raise_alert(db, config, "+447700900777", "east", "I'm going to kill myself")
    closed = raise_alert(db, config, "+447700900888", "east", "I'm desperate")
    with db.begin() as session:
        session.execute(update(Alert).where(Alert.id == acknowledged).values(status="acknowledged"))
        session.execute(update(Alert).where(Alert.id == closed).values(status="closed"))
    manager = client_for(app, "lead@example.org", "manager")
    page = manager.get("/admin/alerts").text
    # The concern is newer than the urgent alert, yet comes after it.
    assert rows_in_order(page) == [urgent, concern, acknowledged, closed]
    assert ">Urgent</span>" in page and ">Concern</span>" in page  # said in words, not colour alone
    assert "Suicide or self-harm" in page and "Immediate danger or crisis" in page
    only_urgent = manager.get("/admin/alerts?severity=urgent").text
    assert rows_in_order(only_urgent) == [urgent, acknowledged]
    assert rows_in_order(manager.get("/admin/alerts?category=crisis").text) == [concern, closed]
    assert rows_in_order(manager.get("/admin/alerts?category=crisis&status=closed").text) == [closed]
    assert rows_in_order(manager.get("/admin/alerts?severity=concern&team=west").text) == [concern]
    # An unknown filter value filters nothing but the user's scope.
    assert rows_in_order(manager.get("/admin/alerts?severity=<script>").text) == rows_in_order(page)
    viewer = client_for(app, "west@example.org", "viewer", ("west",))
    assert rows_in_order(viewer.get("/admin/alerts?severity=urgent").text) == []


def test_one_alert_shows_category_severity_reason_and_layer_and_older_alerts_say_so(app, db, config):
    alert_id = raise_alert(db, config, EAST_PHONE, "east", "I want to end my life")
    older = raise_alert(db, config, WEST_PHONE, "west", "I feel unsafe at home")
    with db.begin() as session:
        session.execute(
            update(Alert)
            .where(Alert.id == older)
            .values(category=None, severity=None, reason=None, layer=None)
        )
        reason = session.get(Alert, alert_id).reason
    manager = client_for(app, "lead@example.org", "manager")
    page = manager.get(f"/admin/alerts/{alert_id}").text
    assert "Suicide or self-harm" in page and ">Urgent<" in page and reason in page
    assert "a configured phrasing (rules)" in page
    old = manager.get(f"/admin/alerts/{older}").text
    assert old.count("raised before categories") == 2 and "Why it was flagged" not in old
    assert "raised before categories" in manager.get("/admin/alerts").text


def test_a_manager_marks_a_false_alarm_with_a_note_once_and_it_is_audited(app, db, config):
    alert_id = raise_alert(db, config, EAST_PHONE, "east", "I am so scared")
    page = f"/admin/alerts/{alert_id}"
    manager = client_for(app, "lead@example.org", "manager")
    assert "Mark as false alarm" in manager.get(page).text
    response = post_form(manager, page, f"{page}/false-alarm", {"note": "nervous about a form"})
    assert response.status_code == 302
    shown = manager.get(page).text
    assert "Marked as a false alarm: its words will be exported" in shown
    assert "Mark as false alarm</button>" not in shown and "nervous about a form" in shown
    again = post_form(manager, f"/admin/alerts/{alert_id}", f"{page}/false-alarm", {})
    assert "already marked" in manager.get(again.location).text
    with db.begin() as session:
        [feedback] = session.scalars(select(ScreenFeedback)).all()
        assert (feedback.kind, feedback.alert_id, feedback.category) == ("false_alarm", alert_id, "crisis")
        assert session.get(Alert, alert_id).status == "open"  # marking does not close it
    marked = ("lead@example.org", "alert_false_alarm", f"alert:{alert_id}")
    assert audit_actions(db, "alert_false") == [marked]
    too_long = post_form(manager, page, f"{page}/false-alarm", {"note": "x" * 1001})
    assert "at most 1,000 characters" in manager.get(too_long.location).text


def test_a_viewer_may_not_mark_see_the_performance_page_or_download(app, db, config):
    alert_id = raise_alert(db, config, EAST_PHONE, "east", "I am so scared")
    answer_conversation = resident_says(db, config, MISSED, "mo", "east", at=_recent())
    viewer = client_for(app, "east@example.org", "viewer", ("east",))
    page = f"/admin/alerts/{alert_id}"
    assert "Mark as false alarm" not in viewer.get(page).text
    assert post_form(viewer, page, f"{page}/false-alarm", {}).status_code == 403
    comments = viewer.get("/admin/comments").text
    assert MISSED in comments and "This should have been flagged" not in comments
    answer_id = _answer_id(db, answer_conversation)
    refused = post_form(viewer, "/admin/comments", f"/admin/comments/{answer_id}/missed", _missed())
    assert refused.status_code == 403
    assert viewer.get("/admin/screen").status_code == 403
    assert post_form(viewer, "/admin/comments", "/admin/screen/feedback.csv", {}).status_code == 403
    assert "Screen performance" not in viewer.get("/admin/").text
    with db.begin() as session:
        assert session.scalars(select(ScreenFeedback)).all() == []


def test_a_manager_records_from_the_comments_page_that_a_comment_should_have_been_flagged(app, db, config):
    answer_id = _answer_id(db, resident_says(db, config, MISSED, "mo", "east", at=_recent()))
    with db.begin() as session:
        assert session.scalars(select(Alert)).all() == []  # the screen let it through
    manager = client_for(app, "lead@example.org", "manager")
    page = manager.get("/admin/comments").text
    assert "This should have been flagged" in page and f'id="missed-category-{answer_id}"' in page
    token = csrf_token(page)
    url = f"/admin/comments/{answer_id}/missed"
    bad = manager.post(url, data={**_missed(category="sadness"), "csrf_token": token})
    assert bad.status_code == 302 and "choose a category" in manager.get(bad.location).text
    back = "/admin/comments?q=evenings"
    done = manager.post(url, data={**_missed(), "next": back, "csrf_token": token})
    assert done.location == back  # back to the same filtered page
    assert "Marked: this should have been flagged." in manager.get(back).text
    # Another site is never a place to be sent back to.
    elsewhere = manager.post(url, data={**_missed(), "next": "https://evil.example/", "csrf_token": token})
    assert elsewhere.location == "/admin/comments"
    with db.begin() as session:
        [feedback] = session.scalars(select(ScreenFeedback)).all()
        assert (feedback.kind, feedback.category, feedback.severity) == ("missed", "financial", "urgent")
        assert feedback.text == MISSED
    marked = ("lead@example.org", "screen_missed", f"answer:{answer_id}")
    assert audit_actions(db, "screen_missed") == [marked]


def table_row(page: str, table: str, row: str) -> list[str]:
    """The cells of one row of one table, as shown."""
    found = re.search(rf'<table class="table" id="{table}">(.*?)</table>', page, re.S)
    assert found, table
    cells = re.search(rf'<tr data-row="{row}">(.*?)</tr>', found.group(1), re.S)
    assert cells, (table, row)
    return [c.strip() for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", cells.group(1))]


def test_the_performance_page_shows_per_category_figures_and_the_training_date(app, config):
    admin = client_for(app, "admin@example.org", "admin")
    page = admin.get("/admin/screen").text
    assert "How the screen performs" in page and "2026-11-30" in page
    financial = ["Financial or material abuse", "80", "40.0%", "70.0%", "77.5%"]
    assert table_row(page, "folds-by-category", "financial") == financial
    overall = ["All categories", "1,200", "61.0%", "83.0%", "90.0%"]
    assert table_row(page, "folds-by-category", "All categories") == overall
    texting = ["texting/en", "200", "50.0%", "80.0%", "85.0%"]
    assert table_row(page, "folds-by-register", "texting/en") == texting
    idioms = ["idiom death", "243", "0.4%", "0.0%", "0.4%"]
    assert table_row(page, "folds-false-alarms-by-kind", "idiom_death") == idioms
    assert "rules 2.0%, classifier 4.0%, both together 5.0%" in page
    # The separately written held-out set comes first: the closest guide to unseen replies.
    assert page.index('id="holdout-by-category"') < page.index('id="folds-by-category"')
    held_out = ["Financial or material abuse", "6", "16.7%", "50.0%", "66.7%"]
    assert table_row(page, "holdout-by-category", "financial") == held_out
    assert "rules 7.5%, classifier 1.9%, both together 9.4%" in page
    assert "Screen performance" in admin.get("/admin/").text


def test_the_performance_page_reads_the_file_part_1_ships(app, config):
    """The repository's own evaluation file, when there is one, fills the page without a gap."""
    shipped = ROOT / "data" / "safeguarding" / "evaluation.json"
    if not shipped.exists():
        pytest.skip("no evaluation shipped on this branch yet")
    figures = json.loads(shipped.read_text(encoding="utf-8"))
    evaluation = load_evaluation(shipped)
    assert evaluation.trained_at == figures["trained_at"]
    assert {row.name for row in evaluation.cross_validated.categories} == set(figures["categories"])
    for row in evaluation.cross_validated.categories:
        assert row.n is not None and None not in row.recall.values(), row.name


@pytest.mark.parametrize("content", [None, "{not json", "[1, 2]", "\xff\xfe"])
def test_the_performance_page_says_clearly_when_the_evaluation_is_missing_or_unreadable(
    app, config, evaluation_path, content
):
    if content is None:
        evaluation_path.unlink()
    else:
        evaluation_path.write_bytes(content.encode("latin-1"))
    manager = client_for(app, "lead@example.org", "manager")
    response = manager.get("/admin/screen")
    assert response.status_code == 200
    assert 'id="evaluation-missing"' in response.text and "No figures to show" in response.text
    assert "Download the marked examples" in response.text  # marking and export work regardless


def test_the_download_is_a_post_audited_and_in_the_corpus_format(app, db, config):
    alert_id = raise_alert(db, config, EAST_PHONE, "east", "I am so scared")
    manager = client_for(app, "lead@example.org", "manager")
    post_form(manager, f"/admin/alerts/{alert_id}", f"/admin/alerts/{alert_id}/false-alarm", {})
    assert manager.get("/admin/screen/feedback.csv").status_code == 405
    assert manager.post("/admin/screen/feedback.csv").status_code == 400  # no CSRF token
    page = manager.get("/admin/screen").text
    assert "False alarms marked: 1" in page and "Not yet exported: 1" in page
    response = manager.post("/admin/screen/feedback.csv", data={"csrf_token": csrf_token(page)})
    assert response.status_code == 200 and response.headers["Cache-Control"] == "no-store"
    assert "attachment" in response.headers["Content-Disposition"]
    [row] = list(csv.DictReader(io.StringIO(response.text)))
    assert (row["text"], row["label"], row["register"]) == ("I am so scared", "ordinary", "real")
    assert "Not yet exported: 0" in manager.get("/admin/screen").text
    assert audit_actions(db, "screen_feedback") == [("lead@example.org", "screen_feedback_export", None)]


def test_the_cli_writes_the_marked_examples_to_a_file(app, db, config, runner, tmp_path):
    alert_id = raise_alert(db, config, EAST_PHONE, "east", "I am so scared")
    manager = client_for(app, "lead@example.org", "manager")
    post_form(manager, f"/admin/alerts/{alert_id}", f"/admin/alerts/{alert_id}/false-alarm", {})
    out = tmp_path / "feedback.csv"
    result = runner.invoke(args=["export-screen-feedback", str(out)])
    assert result.exit_code == 0 and "1 examples written" in result.output
    header = "text,label,category,severity,template,register,language\r\n"
    assert out.read_bytes().decode("utf-8").startswith(header)
    failed = runner.invoke(args=["export-screen-feedback", str(tmp_path / "missing" / "x.csv")])
    assert failed.exit_code == 1 and "cannot write" in failed.output and "Traceback" not in failed.output
    assert [a for _, a, _ in audit_actions(db, "screen_feedback")] == ["screen_feedback_export"]


def test_the_evaluation_path_defaults_to_a_file_inside_the_repository():
    default = Safeguarding(enabled=False).evaluation_path
    assert default == ROOT / "data" / "safeguarding" / "evaluation.json"
    elsewhere = Safeguarding(enabled=False, evaluation="/srv/eval.json")
    assert elsewhere.evaluation_path.as_posix() == "/srv/eval.json"


def test_the_false_alarm_and_its_note_join_the_alerts_history(app, db, config):
    alert_id = raise_alert(db, config, EAST_PHONE, "east", "I am so scared")
    manager = client_for(app, "lead@example.org", "manager")
    page = f"/admin/alerts/{alert_id}"
    post_form(manager, page, f"{page}/false-alarm", {"note": "worried about forms"})
    with db.begin() as session:
        kinds = [(e.kind, e.note) for e in session.scalars(select(AlertEvent).order_by(AlertEvent.id))]
    assert kinds == [("raised", None), ("false_alarm", "worried about forms")]
    history = re.search(r'<ol class="history" id="history">(.*?)</ol>', manager.get(page).text, re.S).group(1)
    assert "false alarm" in history and "lead@example.org" in history


def _recent() -> datetime:
    return datetime.now(UTC) - timedelta(days=1)


def _answer_id(db, conversation_id: int) -> int:
    """The conversation's free-text comment."""
    with db.begin() as session:
        comment = (Answer.conversation_id == conversation_id) & (Answer.question_id == "comment")
        return session.scalar(select(Answer.id).where(comment))


def _missed(category: str = "financial", severity: str = "urgent") -> dict[str, str]:
    return {"category": category, "severity": severity}


def test_a_missing_evaluation_inside_the_repository_is_named_without_the_server_path():
    with pytest.raises(EvaluationMissing) as missing:
        load_evaluation(ROOT / "data" / "safeguarding" / "no-such-evaluation.json")
    assert "data/safeguarding/no-such-evaluation.json" in str(missing.value)
    assert str(ROOT) not in str(missing.value)


@pytest.mark.parametrize("threshold", [None, 0.7, EVALUATION["threshold"]])
def test_the_performance_page_says_when_the_council_set_its_own_cut_off(config, database_url, threshold):
    # The figures are read at the shipped cut: a council that keeps it (or sets none) needs no notice.
    from web import create_app

    safeguarding = config.safeguarding.model_copy(update={"classifier_threshold": threshold})
    own = config.model_copy(update={"safeguarding": safeguarding})
    app = create_app(
        {"TESTING": True, "HEARD_CONFIG": own, "DATABASE_URL": database_url, "SECRET_KEY": "test"}
    )
    try:
        page = client_for(app, "admin@example.org", "admin").get("/admin/screen").text
    finally:
        app.extensions["heard"].db.dispose()
    own_cut = threshold not in (None, EVALUATION["threshold"])
    assert ('id="council-threshold"' in page) is own_cut
    if own_cut:
        assert "safeguarding.classifier_threshold: 0.7" in page


def test_the_missed_example_is_still_missed(config):
    # The pages' "missed disclosure" tests need a comment the screen does not flag; if this
    # fails, the screen got better: choose another example in tests/safeguarding_pages.py.
    from bot.safeguarding.screen import screen

    assert screen(config.safeguarding, MISSED) is None
