"""The teams page: SMS keywords, Telegram deep links from getMe (asked once), QR code PNGs."""

from __future__ import annotations

import pytest

from bot.channels.telegram.links import qr_png
from settings import Environment
from tests.admin_support import make_user, sign_in
from tests.fakes.telegram_server import TOKEN

LINK = "https://t.me/heard_test_bot?start=team-east"


def staff(app, role: str = "manager", teams: tuple[str, ...] = ()):
    make_user(app.extensions["heard"].db, f"{role}@example.org", role, teams)
    client = app.test_client()
    sign_in(client, f"{role}@example.org")
    return client


@pytest.fixture
def with_telegram(app, telegram_env):
    app.extensions["heard"].env = telegram_env  # the fake Bot API answers getMe
    return app


def test_each_team_has_its_keywords_link_and_qr_code(with_telegram, fake):
    client = staff(with_telegram)
    page = client.get("/admin/teams").text
    assert "<code>FEEDBACK EAST</code>" in page and "<code>FEEDBACK CARERS</code>" in page
    assert f'href="{LINK}"' in page
    assert 'href="/admin/teams/east/telegram-qr.png" download>Download QR code (PNG)' in page
    client.get("/admin/teams")
    assert len(fake.calls("getMe")) == 1  # the username is cached for the process


def test_the_qr_code_is_a_png_of_the_teams_link_to_download(with_telegram, fake):
    response = staff(with_telegram).get("/admin/teams/east/telegram-qr.png")
    assert response.status_code == 200 and response.mimetype == "image/png"
    assert response.data.startswith(b"\x89PNG\r\n\x1a\n")
    assert response.data == qr_png(LINK)  # segno's rendering of exactly that link
    assert response.headers["Content-Disposition"] == 'attachment; filename="telegram-east.png"'


def test_viewers_get_their_teams_only(with_telegram, fake):
    viewer = staff(with_telegram, "viewer", ("west",))
    page = viewer.get("/admin/teams").text
    assert "start=team-west" in page and "team-east" not in page and "FEEDBACK EAST" not in page
    assert viewer.get("/admin/teams/east/telegram-qr.png").status_code == 404
    assert viewer.get("/admin/teams/nowhere/telegram-qr.png").status_code == 404
    assert viewer.get("/admin/teams/west/telegram-qr.png").status_code == 200


def test_without_a_token_the_page_says_how_to_set_telegram_up(app):
    client = staff(app)
    page = client.get("/admin/teams").text
    assert (
        "Telegram is not set up" in page
        and "TELEGRAM_BOT_TOKEN" in page
        and "t.me/" not in page.replace("https://t.me/BotFather", "")
    )
    assert "<code>FEEDBACK WEST</code>" in page  # keywords work without Telegram
    assert client.get("/admin/teams/east/telegram-qr.png").status_code == 404


def test_when_telegram_does_not_answer_the_page_says_so(app, fake):
    base_url = fake.base_url
    fake.stop()
    app.extensions["heard"].env = Environment.from_environ(
        {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": base_url}
    )
    client = staff(app)
    page = client.get("/admin/teams")
    assert page.status_code == 200 and "Telegram did not answer" in page.text
    assert client.get("/admin/teams/east/telegram-qr.png").status_code == 503
