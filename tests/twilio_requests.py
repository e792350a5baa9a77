"""Building webhook requests the way Twilio does: form fields signed with RequestValidator."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET

import pytest
from sqlalchemy import func, select
from twilio.request_validator import RequestValidator

AUTH_TOKEN = "webhook-test-auth-token"
PUBLIC_URL = "https://heard.example.org"
SMS_PATH = "/webhooks/twilio/sms"
STATUS_PATH = "/webhooks/twilio/status"
_sids = itertools.count(1)


def signature(url: str, params: dict[str, str], token: str = AUTH_TOKEN) -> str:
    return RequestValidator(token).compute_signature(url, params)


def message_form(text: str, sender: str = "+447700900123", **extra: str) -> dict[str, str]:
    """The fields of an inbound-message webhook (a new MessageSid each time unless given)."""
    form = {
        "MessageSid": f"SM{next(_sids):032x}",
        "AccountSid": "AC" + "a1" * 16,
        "From": sender,
        "To": "+447700900000",
        "Body": text,
        "NumMedia": "0",
    }
    return form | extra


def post_signed(client, path: str, form: dict[str, str], url: str | None = None, token: str = AUTH_TOKEN):
    """POST `form` to `path`, signed for `url` (default PUBLIC_URL + path)."""
    headers = {"X-Twilio-Signature": signature(url or PUBLIC_URL + path, form, token)}
    return client.post(path, data=form, headers=headers)


def twiml_messages(body: bytes | str) -> list[str]:
    """The texts of the <Message> elements in a TwiML response, in order."""
    root = ET.fromstring(body)  # noqa: S314 - our own response
    assert root.tag == "Response"
    return [element.text or "" for element in root.findall("Message")]


@pytest.fixture(autouse=True)
def twilio_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """TWILIO_AUTH_TOKEN and PUBLIC_URL, set before the app is built (autouse runs first)."""
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", AUTH_TOKEN)
    monkeypatch.setenv("PUBLIC_URL", PUBLIC_URL + "/")  # a trailing slash is tolerated


def count(db, model) -> int:
    with db.begin() as session:
        return session.scalar(select(func.count()).select_from(model))
