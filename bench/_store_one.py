"""The least a storing webhook can do: check Twilio's signature, INSERT one row, answer one TwiML message.

A second baseline for bench/sms_webhook.py: how far the real webhook (the
engine's whole turn) is from a webhook that only keeps the message.
"""

from __future__ import annotations

import os

from flask import Flask, Response, request
from sqlalchemy import insert
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from models import Message
from models.base import utcnow
from models.db import Database

app = Flask(__name__)
database = Database(os.environ["DATABASE_URL"])
validator = RequestValidator(os.environ["TWILIO_AUTH_TOKEN"])
STORE = insert(Message.__table__)


@app.get("/healthz")
def healthz() -> str:
    return "ok"


@app.post("/webhooks/twilio/sms")
def store_one() -> Response:
    url = os.environ["PUBLIC_URL"] + request.path
    if not validator.validate(url, request.form, request.headers.get("X-Twilio-Signature", "")):
        return Response("Forbidden\n", status=403)
    row = dict(channel="sms", direction="in", external_id=request.form.get("MessageSid"), status="received")
    with database.engine.begin() as connection:
        connection.execute(
            STORE, dict(row, body=request.form.get("Body", ""), truncated=False, created_at=utcnow())
        )
    reply = MessagingResponse()
    reply.message("Thank you.")
    return Response(str(reply), mimetype="application/xml")
