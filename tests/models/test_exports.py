"""CSV exports: BOM, one column per question, formula-safe cells, no contact details, streamed."""

from __future__ import annotations

import csv
import io
import sys
import tracemalloc
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import insert

from bot.channels.web import try_message
from models import Answer, Conversation
from models.reports.comments import CommentFilters
from models.reports.exports import FORMULA_STARTS, comments_csv, question_columns, responses_csv, safe_cell
from models.reports.responses import ResponseFilters
from tests.factories import T0
from tests.residents import resident_says

PHONE = "+447700900222"


def read(lines: Iterator[str]) -> tuple[str, list[dict[str, str]]]:
    """The produced file as text, and its rows as a spreadsheet would read them."""
    text = "".join(lines)
    data = text.encode("utf-8")  # what the download carries
    assert data.startswith(b"\xef\xbb\xbf")
    return text, list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.fixture
def said(db, config):
    ids = {
        "alice": resident_says(
            db, config, "Diolch o galon 🙏 roedd y gweithiwr yn hyfryd ŵyr", "alice", "east"
        ),
        "bob": resident_says(
            db,
            config,
            '=HYPERLINK("http://evil.example","click")',
            PHONE,
            "west",
            "sms",
            T0 + timedelta(days=1),
        ),
        "carol": resident_says(
            db, config, "-1 awful, still waiting", "carol", "east", at=T0 + timedelta(days=2)
        ),
        "dave": resident_says(db, config, "@SUM(A1:A9) kind staff", "dave", at=T0 + timedelta(days=3)),
        "erin": resident_says(db, config, None, "erin", "west", at=T0 + timedelta(days=4)),  # not finished
    }
    with db.begin() as session:  # a staff test run must never be exported
        for text in ["hi", "1", "1", "1", "1", "1", "Test comment from staff"]:
            try_message(session, config, "staff-key", text, "default", "en", now=T0)
    return ids


def export_responses(db, config, filters=None):
    with db.begin() as session:
        return read(responses_csv(session, config, filters or ResponseFilters()))


def test_responses_one_row_per_conversation_one_column_per_question(db, config, said):
    text, rows = export_responses(db, config)
    # Every survey's questions, each once, in config order; then each free-text question's labels.
    questions = list(dict.fromkeys(q.id for s in config.surveys for q in s.questions))
    texts = list(dict.fromkeys(q.id for s in config.surveys for q in s.questions if q.type == "text"))
    assert list(rows[0])[:11] == [
        "response_id",
        "contact_id",
        "survey",
        "team",
        "channel",
        "language",
        "status",
        "started_at",
        "completed_at",
        "started_at_local",
        "completed_at_local",
    ]
    assert "overall" in questions and "changed" in questions
    assert list(rows[0])[11:] == [
        *questions,
        *(f"{q}_{part}" for q in texts for part in ("sentiment", "themes")),
    ]
    assert [int(r["response_id"]) for r in rows] == sorted(said.values())
    alice, bob, carol, dave, erin = rows
    assert (alice["team"], alice["overall"], alice["listened"], alice["timely"]) == ("east", "1", "1", "2")
    assert alice["comment"] == "Diolch o galon 🙏 roedd y gweithiwr yn hyfryd ŵyr"
    assert (alice["comment_sentiment"], alice["comment_themes"]) == ("positive", "staff_kindness")
    assert (bob["channel"], bob["status"], erin["status"], erin["comment"]) == (
        "sms",
        "completed",
        "in_progress",
        "",
    )
    assert carol["comment_themes"] == "waiting" and carol["comment_sentiment"] == "negative"
    assert alice["contact_id"].startswith("c_") and alice["started_at"].endswith("Z")
    assert PHONE not in text and "Test comment from staff" not in text


def test_resident_text_cannot_become_a_formula(db, config, said):
    _, rows = export_responses(db, config)
    comments = [r["comment"] for r in rows]
    assert comments[1] == '\'=HYPERLINK("http://evil.example","click")'
    assert comments[2] == "'-1 awful, still waiting"
    assert comments[3] == "'@SUM(A1:A9) kind staff"
    for row in rows:
        for value in row.values():
            assert not value.startswith(FORMULA_STARTS)


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_every_formula_start_is_neutralised(start):
    assert safe_cell(f"{start}cmd|' /C calc'!A0") == f"'{start}cmd|' /C calc'!A0"


@pytest.mark.parametrize(
    ("value", "cell"), [("fine", "fine"), (None, ""), (3, 3), (-0.5, -0.5), (True, "yes")]
)
def test_other_cells_pass_through(value, cell):
    assert safe_cell(value) == cell


def test_responses_follow_the_filters(db, config, said):
    _, rows = export_responses(db, config, ResponseFilters(team="east"))
    assert [int(r["response_id"]) for r in rows] == [said["alice"], said["carol"]]
    _, rows = export_responses(db, config, ResponseFilters(allowed_teams=frozenset({"west"})))
    assert [int(r["response_id"]) for r in rows] == [said["bob"], said["erin"]]


def test_comments_export_follows_the_comment_filters(db, config, said):
    with db.begin() as session:
        text, rows = read(comments_csv(session, CommentFilters(sentiment="negative")))
    assert list(rows[0]) == [
        "comment_id",
        "response_id",
        "survey",
        "question",
        "team",
        "channel",
        "language",
        "answered_at",
        "answered_at_local",
        "sentiment",
        "sentiment_score",
        "themes",
        "comment",
    ]
    carol = [r for r in rows if int(r["response_id"]) == said["carol"]]
    assert [(r["comment"], r["themes"]) for r in carol] == [("'-1 awful, still waiting", "waiting")]
    assert {r["sentiment"] for r in rows} == {"negative"} and "kind staff" not in text
    assert all(-1 <= float(r["sentiment_score"]) < 0 for r in rows)
    with db.begin() as session:
        _, rows = read(comments_csv(session, CommentFilters(search="ŴYR")))
    assert [r["comment"] for r in rows] == ["Diolch o galon 🙏 roedd y gweithiwr yn hyfryd ŵyr"]
    with db.begin() as session:
        text, rows = read(comments_csv(session, CommentFilters()))
    assert len(rows) == 4 and "Test comment from staff" not in text


def test_question_columns_come_from_config_once_each(config):
    questions, texts = question_columns(config)
    # The re-contact survey's own questions follow; its "comment" shares the default's column.
    assert questions == [q.id for q in config.default_survey.questions] + ["changed", "still_need"]
    assert texts == ["comment"]


def _many_conversations(db, count: int) -> None:
    """`count` completed conversations with a comment each, inserted in bulk (volume, not behaviour)."""
    conversations, answers = Conversation.__table__, Answer.__table__
    with db.engine.begin() as connection:
        connection.execute(
            insert(conversations),
            [
                dict(
                    id=c,
                    channel="sms",
                    survey_id="default",
                    team="east",
                    language="cy",
                    status="completed",
                    current_question=None,
                    unclear_count=0,
                    completed_at=None,
                    started_at=T0 + timedelta(seconds=c),
                    last_activity_at=T0,
                    is_test=False,
                )
                for c in range(1, count + 1)
            ],
        )
        connection.execute(
            insert(answers),
            [
                dict(
                    conversation_id=c,
                    question_id=q,
                    value=v,
                    value_num=n,
                    raw=v,
                    skipped=False,
                    sentiment=s,
                    polarity=None,
                    answered_at=T0,
                )
                for c in range(1, count + 1)
                for q, v, n, s in (
                    ("overall", "1", 1, None),
                    ("comment", f"Staff hyfryd 👍 rhif {c}", None, "positive"),
                )
            ],
        )


def _peak_while_streaming(db, config, filters: ResponseFilters) -> tuple[int, int, int]:
    """(peak bytes allocated, rows, bytes the lines would take if all held) while consuming the export."""
    with db.begin() as session:
        lines = responses_csv(session, config, filters)
        assert iter(lines) is lines  # a generator, not a finished list
        tracemalloc.start()
        rows = chars = 0
        for line in lines:
            rows += 1
            chars += sys.getsizeof(line)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak, rows - 1, chars


@pytest.mark.slow
def test_a_big_export_streams_in_bounded_memory(db, config):
    _many_conversations(db, 20_000)
    small_peak, small_rows, _ = _peak_while_streaming(
        db, config, ResponseFilters(until=T0 + timedelta(seconds=2_001))
    )
    big_peak, big_rows, big_held = _peak_while_streaming(db, config, ResponseFilters())
    assert (small_rows, big_rows) == (2_000, 20_000)
    print(f"peak {small_peak} bytes for 2,000 rows, {big_peak} for 20,000 (all lines: {big_held})")
    # Ten times the rows, about the same memory: batches, not the whole file.
    assert big_peak < 2 * small_peak
    # Well under what holding every line of the file at once would take.
    assert big_peak < big_held / 2
