"""Telegram deep links for teams and their QR codes."""

from __future__ import annotations

import pytest

from bot.channels.telegram.links import qr_png, team_deep_link


@pytest.mark.parametrize("username", ["heard_council_bot", "@heard_council_bot"])
def test_a_team_link_starts_the_bot_with_the_team_payload(username):
    assert team_deep_link(username, "east") == "https://t.me/heard_council_bot?start=team-east"


@pytest.mark.parametrize(
    "username, team",
    [("no spaces bot", "east"), ("abc", "east"), ("heard_bot", "east/west"), ("heard_bot", "x" * 60)],
)
def test_links_telegram_would_not_accept_are_refused(username, team):
    with pytest.raises(ValueError):
        team_deep_link(username, team)


def test_the_qr_code_is_a_png_that_depends_on_the_link():
    east = qr_png(team_deep_link("heard_council_bot", "east"))
    assert east.startswith(b"\x89PNG\r\n\x1a\n")
    assert east == qr_png(team_deep_link("heard_council_bot", "east"))
    assert east != qr_png(team_deep_link("heard_council_bot", "west"))
