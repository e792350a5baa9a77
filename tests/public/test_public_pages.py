"""The public pages over HTTP: off by default, suppression, who never counts, Welsh, caching, headers."""

from __future__ import annotations

import csv
import html
import io
import re
from datetime import UTC, datetime
from functools import partial

import pytest

from bot.insights.analysis import labels_for
from bot.privacy.erasure import erase_person
from models import Resident
from models.demo import seed_demo
from models.logins import create_user
from tests.public.conftest import config_with, new_resident, respond
from web import create_app

PAGES = ["/results", "/results/east", "/results.csv", "/results/east/embed"]
SECRET = "Mrs Jones at 12 Elm Street shouted at me"


def figure(html: str, question: str = "listened") -> str:
    """What the latest quarter's table shows for a question: a percentage or the suppression words."""
    cell = re.search(rf'data-figure="{question}">(.*?)</td>', html, re.S)
    assert cell, html
    text = re.sub(r"<svg.*?</svg>", "", cell.group(1), flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", text).split())


@pytest.mark.parametrize("url", PAGES)
def test_off_by_default_every_public_url_is_not_found(database_url, url):
    app = create_app({"HEARD_CONFIG": config_with(), "DATABASE_URL": database_url, "SECRET_KEY": "x"})
    assert app.extensions["heard"].config.public_results.enabled is False
    assert app.test_client().get(url).status_code == 404
    app.extensions["heard"].db.dispose()


@pytest.mark.parametrize("answers, shown", [(9, "Not enough answers to publish"), (10, "80.0%")])
def test_a_group_under_min_count_shows_no_figure(client, db, answers, shown):
    for i in range(answers):
        respond(db, 1 if i < 8 else 5)
    page = client.get("/results/east").text
    assert figure(page) == shown
    if answers < 10:  # nothing that would let anyone work the figure out
        assert "88.9%" not in page and ">9<" not in page


def test_the_public_minimum_is_applied_on_top_of_the_staff_one(app, db):
    for _ in range(12):
        respond(db, 1)
    strict = config_with(enabled=True, min_count=20)
    other = create_app(
        {"HEARD_CONFIG": strict, "DATABASE_URL": app.config["DATABASE_URL"], "SECRET_KEY": "x"}
    )
    assert figure(app.test_client().get("/results/east").text) == "100.0%"
    assert figure(other.test_client().get("/results/east").text) == "Not enough answers to publish"
    other.extensions["heard"].db.dispose()


def test_test_conversations_and_erased_people_never_count(client, db):
    for _ in range(10):
        respond(db, 1)
    for _ in range(5):
        respond(db, 5, is_test=True)  # the try-it page's conversations
    erased = new_resident(db, "erased-person")
    for _ in range(3):
        respond(db, 5, resident_id=erased)
    assert figure(client.get("/results/east").text) == "76.9%"  # 10 of 13
    with db.begin() as session:
        user = create_user(session, "dpo@example.org", "x" * 12, "admin")
        erase_person(session, session.get(Resident, erased), user, datetime.now(UTC))
    assert figure(client.get("/results/east").text) == "100.0%"


def test_themes_leave_out_residents_who_opted_out_and_never_show_comment_text(client, db):
    for _ in range(10):
        respond(db, 1, comment=SECRET, themes=("waiting",))
    gone = new_resident(db, "opted-out", opted_out=True)
    for _ in range(6):
        respond(db, 1, resident_id=gone, comment=SECRET, themes=("housing",))
    pages = [client.get(url).text for url in [*PAGES, "/results?lang=cy", "/results.csv?lang=cy"]]
    themes = re.search(r"<table class=\"table\" data-themes>.*?</table>", pages[1], re.S).group(0)
    assert "waiting" in themes and "100.0%" in themes and "housing" not in themes
    for page in pages:
        assert SECRET not in page and "Elm Street" not in page
        assert not re.search(r"\d\d:\d\d", page)  # no times of day, so no exact timestamps


def test_themes_of_too_few_comments_are_suppressed(client, db):
    for _ in range(9):
        respond(db, 1, comment="slow", themes=("waiting",))
    page = client.get("/results/east").text
    assert re.search(r'<p class="suppressed" data-themes>Not enough answers to publish</p>', page)


def test_welsh_pages_from_config_yaml_and_unknown_languages_fall_back(client, db, config):
    for _ in range(10):
        respond(db, 1)
    welsh = html.unescape(client.get("/results/east?lang=cy").text)
    wording = config.public_results.text["cy"]
    assert '<html lang="cy">' in welsh and wording.intro in welsh
    assert "Tîm ardal y dwyrain" in welsh and "Gwrando" in welsh
    assert '<a href="/results/east?lang=en" lang="en" hreflang="en">English</a>' in welsh
    for odd in ["xx", "<script>", "cy\x00", "ÿ" * 5000]:
        response = client.get("/results", query_string={"lang": odd})
        assert response.status_code == 200 and '<html lang="en">' in response.text
    embed = html.unescape(client.get("/results/west/embed?lang=cy").text)
    assert config.public_results.text["cy"].suppressed in embed


def test_unknown_teams_and_hostile_paths_are_not_found(client):
    for url in ["/results/nope", "/results/%00", "/results/" + "a" * 5000, "/results/east/embed/x"]:
        assert client.get(url).status_code == 404


def test_pages_are_cacheable_with_an_etag_and_answer_304_when_unchanged(client, db):
    for _ in range(10):
        respond(db, 1)
    for url in PAGES:
        first = client.get(url)
        assert first.status_code == 200 and first.headers["Cache-Control"] == "public, max-age=300"
        etag = first.headers["ETag"]
        again = client.get(url, headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.data == b""
    before = client.get("/results/east").headers["ETag"]
    respond(db, 5)
    changed = client.get("/results/east", headers={"If-None-Match": before})
    assert changed.status_code == 200 and changed.headers["ETag"] != before


def test_no_script_anywhere_and_only_the_embed_card_may_be_framed(client, app, database_url):
    for url in ["/results", "/results/east", "/results.csv"]:
        headers = client.get(url).headers
        assert "script-src 'none'" in headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert headers["X-Frame-Options"] == "DENY"
    embed = client.get("/results/east/embed")
    assert "<script" not in embed.text and "X-Frame-Options" not in embed.headers
    assert "frame-ancestors *" in embed.headers["Content-Security-Policy"]
    assert 'target="_top"' in embed.text
    narrow = config_with(enabled=True, embed_allowed_on=["https://www.anytown.gov.uk"])
    other = create_app({"HEARD_CONFIG": narrow, "DATABASE_URL": database_url, "SECRET_KEY": "x"})
    csp = other.test_client().get("/results/east/embed").headers["Content-Security-Policy"]
    assert csp.endswith("frame-ancestors https://www.anytown.gov.uk")
    other.extensions["heard"].db.dispose()
    assert client.get("/admin/sign-in").headers["X-Frame-Options"] == "DENY"  # staff pages unchanged


def test_csv_is_open_data_with_the_same_suppression(client, db, config):
    for _ in range(10):
        respond(db, 1)
    for _ in range(3):
        respond(db, 1, team="west")
    response = client.get("/results.csv")
    assert response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.text)))
    teams = [t.id for t in config.teams]
    assert len(rows) == 4 * (1 + len(teams)) * 5  # quarters x (organisation + teams) x questions
    east = next(r for r in rows if r["team"] == "east" and r["question"] == "listened")
    west = next(r for r in rows if r["team"] == "west" and r["question"] == "listened")
    everyone = next(r for r in rows if r["team"] == "" and r["question"] == "listened")
    assert (east["answered"], east["positive_pct"], east["goal_met"], east["note"]) == (
        "10",
        "100.0",
        "yes",
        "",
    )
    assert (west["answered"], west["positive_pct"], west["note"]) == ("", "", "Not enough answers to publish")
    assert (everyone["answered"], everyone["positive_pct"]) == ("13", "100.0")
    welsh = list(csv.DictReader(io.StringIO(client.get("/results.csv?lang=cy").text)))
    assert welsh[0].keys() == rows[0].keys() and welsh[1]["question_text"] == "Gwrando"


def test_seed_demo_data_reads_as_a_whole_page(client, db, config):
    with db.begin() as session:
        seed_demo(session, config, 1500, datetime.now(UTC), seed=5, label=partial(labels_for, config))
    page = client.get("/results").text
    assert page.count("Goal met") + page.count("Goal not met") >= 5
    for team in config.teams:
        assert f'href="/results/{team.id}?lang=en"' in page
