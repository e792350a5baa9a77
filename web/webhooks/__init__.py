"""Webhooks: HTTP entry points that providers (Twilio, Telegram) call."""

from __future__ import annotations

from flask import Flask

from web.webhooks import sessionless, telegram, twilio_sms


def init_app(app: Flask) -> None:
    twilio_sms.init_app(app)
    telegram.init_app(app)
    sessionless.init_app(app, ("/webhooks/",))
