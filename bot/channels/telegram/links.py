"""Telegram deep links for teams, and QR codes of them for leaflets and posters.

A resident who opens `https://t.me/<bot>?start=team-east` (or scans its QR
code) sends `/start team-east`; the engine starts the team's survey and
records the team (`bot.conversation.engine.resolve_payload`).

    url = team_deep_link("heard_council_bot", "east")
    Path("east.png").write_bytes(qr_png(url))
"""

from __future__ import annotations

import io
import re

# Telegram allows A-Z, a-z, 0-9, _ and - in a start payload, up to 64 characters.
_PAYLOAD = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_USERNAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")


def team_payload(team_id: str) -> str:
    """The /start payload naming a team: 'team-east'."""
    payload = f"team-{team_id}"
    if not _PAYLOAD.match(payload):
        raise ValueError(f"team id {team_id!r} cannot be used in a Telegram link")
    return payload


def team_deep_link(bot_username: str, team_id: str) -> str:
    """'https://t.me/<bot>?start=team-<team id>' for a bot username (with or without '@')."""
    username = bot_username.removeprefix("@")
    if not _USERNAME.match(username):
        raise ValueError(f"{bot_username!r} is not a Telegram bot username")
    return f"https://t.me/{username}?start={team_payload(team_id)}"


def qr_png(url: str, scale: int = 10) -> bytes:
    """A PNG of a QR code for `url`: black on white, with the standard quiet zone."""
    buffer = io.BytesIO()
    import segno  # about 10 MB, for the one command that draws a QR code

    segno.make(url, error="m", micro=False).save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()
