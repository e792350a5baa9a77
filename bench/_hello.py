"""A bare Flask hello-world: the baseline the webhook benchmark compares against."""

from __future__ import annotations

from flask import Flask

app = Flask(__name__)
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response />'


@app.get("/healthz")
def healthz() -> str:
    return "ok"


@app.post("/webhooks/twilio/sms")
def hello() -> tuple[str, int, dict[str, str]]:
    return EMPTY_TWIML, 200, {"Content-Type": "application/xml"}
