"""Emerging topics: comments that match no theme, grouped into suggestions on an admin page."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta

from bot.insights.topics import MIN_COMMENTS, emerging_topics
from settings import DEFAULT_CONFIG_PATH, parse_config, read_yaml
from tests.admin_support import make_user, sign_in
from tests.residents import resident_says

BINS = [
    "The bins were not collected on Tuesday",
    "Bin collection missed again this week",
    "Our recycling bins have not been emptied",
    "Missed bin collection for the whole street",
    "The bin men skipped our road",
    "Bins left overflowing, collection never came",
    "Nobody collected the garden waste bin",
    "The bins on our street were missed twice",
    "Bin day came and went, bins still full",
]
PARKING = [
    "No parking spaces near the office",
    "Parking outside the office is impossible",
    "Could not park anywhere near the office",
    "The car park at the office was full",
    "Parking for blue badge holders is too far from the office",
    "Had to park a mile from the office",
    "There is nowhere to park at the office",
]
LIFT = ["The lift in the tower block is broken", "Lift out of order again", "The lift is stuck"]


def family(topic) -> str:
    """Which list every example of a topic comes from ("mixed" when more than one)."""
    found = {
        name
        for name, texts in (("bins", BINS), ("parking", PARKING), ("lift", LIFT))
        for e in topic.examples
        if e in texts
    }
    return found.pop() if len(found) == 1 else "mixed"


def test_untagged_comments_group_by_what_they_are_about():
    topics = emerging_topics(BINS + PARKING + LIFT)
    assert sorted(family(t) for t in topics) == ["bins", "parking"]  # three lift comments: too few
    assert all(t.comments >= MIN_COMMENTS and len(t.examples) == 3 for t in topics)
    by_family = {family(t): t for t in topics}
    assert {"bins", "bin", "collection", "collected"} & set(by_family["bins"].words[:3])
    assert {"parking", "park", "office"} & set(by_family["parking"].words[:3])


def test_a_suggestion_comes_with_config_lines_that_parse_as_a_theme():
    topic = emerging_topics(BINS + PARKING)[0]
    data = read_yaml(DEFAULT_CONFIG_PATH.read_text(encoding="utf-8"))
    added = read_yaml("themes:\n" + topic.config_lines())["themes"]
    data["themes"] |= added
    config = parse_config(data)
    assert list(added) == [topic.name] and topic.name in config.themes
    assert re.fullmatch(r"[a-z0-9_]+", topic.name)


def test_too_few_or_empty_comments_give_no_topics():
    assert emerging_topics([]) == []
    assert emerging_topics(BINS[: MIN_COMMENTS - 1]) == []
    assert emerging_topics(["", " ", "ok", "👍", "\x00"] * 3) == []


def test_the_page_shows_topics_escaped_with_config_lines_and_hides_small_ones(app, config):
    db = app.extensions["heard"].db
    now = datetime.now(UTC).replace(microsecond=0)
    hostile = "<script>alert(1)</script> the bins were not collected"
    for i, text in enumerate([*BINS, hostile, *LIFT, "Kind staff, no waiting"]):
        resident_says(db, config, text, f"r-{i}", "east", at=now - timedelta(days=1, minutes=i))
    make_user(db, "manager@example.org", "manager")
    client = app.test_client()
    sign_in(client, "manager@example.org")
    response = client.get("/admin/comments/topics?period=30&team=east")
    assert response.status_code == 200
    page = response.text
    assert page.count("data-topic=") == 1  # the bins; the three lift comments are too few to show
    assert "<script>alert(1)</script>" not in page
    examples = [
        html.unescape(e) for e in re.findall(r"<li class=\"comment__text\" data-example>(.*?)</li>", page)
    ]
    assert len(examples) == 3 and set(examples) <= set(BINS) | {hostile}
    assert "&lt;script&gt;" in page or hostile not in examples
    lines = html.unescape(re.search(r"<pre data-config-lines>(.*?)</pre>", page, re.S).group(1))
    assert re.fullmatch(r"  [a-z0-9_]+: \[[a-z, ]+\]", lines.strip("\n")), lines
    assert "Kind staff" not in page  # it matches configured themes, so it is not "emerging"
    # Another team's page sees none of these comments.
    assert "data-topic=" not in client.get("/admin/comments/topics?period=30&team=west").text
