"""Hostile bodies at /webhooks/twilio/sms and /status: never a 500, nothing stored unless signed."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from werkzeug.datastructures import MultiDict

import models
from models import Message
from tests.hostile_bodies import CONTENT_TYPES, EXAMPLES, encode_form, form_pairs, huge, raw_bodies
from tests.twilio_requests import (  # noqa: F401 - twilio_env is an autouse fixture
    PUBLIC_URL,
    SMS_PATH,
    STATUS_PATH,
    signature,
    twilio_env,
    twiml_messages,
)

pytestmark = pytest.mark.slow
FIELDS = [
    "MessageSid",
    "SmsSid",
    "AccountSid",
    "From",
    "To",
    "Body",
    "NumMedia",
    "MessageStatus",
    "SmsStatus",
]
FIELDS += ["ErrorCode", "WaId", "ProfileName"]
KNOWN_SID = "SM" + "f" * 32  # a message we sent, so unsigned status reports have something to change
NUMBERS = ["+447700900111", "whatsapp:+447700900112", "07700 900113", "+1555", "", KNOWN_SID]
FUZZ = settings(
    max_examples=EXAMPLES // 2,  # half signed, half not, per webhook
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)


def fingerprint(db) -> tuple:
    """Row counts of every table, and the known message's status: what an unsigned request must not change."""
    counts = " UNION ALL ".join(f"SELECT count(*) FROM {t.name}" for t in models.Base.metadata.sorted_tables)
    with db.engine.connect() as connection:
        rows = tuple(connection.execute(text(counts)).scalars())
        known = connection.execute(
            text("SELECT id, external_id, status, error_code FROM messages ORDER BY id LIMIT 1")
        ).all()
    return rows, tuple(map(tuple, known))


@pytest.fixture
def known_message(app) -> None:
    with app.extensions["heard"].db.begin() as session:
        session.add(Message(channel="sms", direction="out", external_id=KNOWN_SID, body="Hi", status="sent"))


PATHS = {"sms": [SMS_PATH], "status": [STATUS_PATH, STATUS_PATH + "?reply=1", STATUS_PATH + "?reply=x%00"]}
UNSIGNED = ["no header", "wrong signature", "signed for another URL"]


def cases(signing: list[str], paths: list[str]) -> st.SearchStrategy[dict]:
    """A request to one of the webhooks: form pairs or raw bytes, a content type, and how it is signed."""
    return st.fixed_dictionaries(
        {
            "path": st.sampled_from(
                [SMS_PATH, STATUS_PATH, STATUS_PATH + "?reply=1", STATUS_PATH + "?reply=x%00"]
            ),
            "pairs": form_pairs(FIELDS, NUMBERS),
            "content_type": st.sampled_from(CONTENT_TYPES),
            "raw": raw_bodies(),
            "signed": st.sampled_from(signing),
            "huge": huge,
        }
    )


def post(client, case: dict):
    """Send the case: a form (urlencoded or multipart) or raw bytes, signed as the case says."""
    pairs, content_type, raw = case["pairs"], case["content_type"], case["raw"]
    if case["huge"] is not None:
        pairs, raw = [*pairs, ("Body", case["huge"])], case["huge"].encode()
    form = MultiDict(pairs)
    headers = {}
    signed_params = form if content_type and "form" in content_type and "latin" not in content_type else {}
    if case["signed"] == "signed":
        headers["X-Twilio-Signature"] = signature(PUBLIC_URL + case["path"], signed_params)
    elif case["signed"] == "wrong signature":
        headers["X-Twilio-Signature"] = "bm90IGEgc2lnbmF0dXJl"
    elif case["signed"] == "signed for another URL":
        headers["X-Twilio-Signature"] = signature("https://attacker.example" + case["path"], signed_params)
    if content_type == "multipart/form-data":
        return client.post(case["path"], data=form, headers=headers, content_type=content_type)
    body = encode_form(pairs) if content_type and "form" in content_type else raw
    return client.post(case["path"], data=body, headers=headers, content_type=content_type)


@pytest.mark.parametrize("webhook", PATHS)
def test_unsigned_hostile_bodies_are_refused_and_change_nothing(app, known_message, webhook):
    client, db = app.test_client(), app.extensions["heard"].db
    before = fingerprint(db)

    @FUZZ
    @given(case=cases(UNSIGNED, PATHS[webhook]))
    def check(case: dict) -> None:
        response = post(client, case)
        assert response.status_code in (403, 413), response.data[:300]

    check()
    assert fingerprint(db) == before, "an unsigned request changed the database"


@pytest.mark.parametrize("webhook", PATHS)
def test_signed_hostile_bodies_never_get_a_500(app, known_message, webhook):
    client = app.test_client()
    answered = []  # 200s from /sms: bodies the engine took

    @FUZZ
    @given(case=cases(["signed"], PATHS[webhook]))
    def check(case: dict) -> None:
        response = post(client, case)
        assert response.status_code < 500, response.data[:300]
        if response.status_code == 200 and case["path"] == SMS_PATH:
            twiml_messages(response.data)  # well-formed TwiML whatever the resident sent
            answered.append(case)

    check()
    if webhook == "sms":
        assert len(answered) > EXAMPLES // 40, "too few signed messages reached the engine to prove anything"


def test_a_nameless_multipart_field_is_refused_not_a_500(client):
    """Found by the fuzz: werkzeug names a part called "\\r" None, which broke the signature check."""
    body = b'--b\r\nContent-Disposition: form-data; name="\r"\r\n\r\nx\r\n--b--\r\n'
    headers = {"X-Twilio-Signature": signature(PUBLIC_URL + SMS_PATH, {})}
    response = client.post(
        SMS_PATH, data=body, headers=headers, content_type="multipart/form-data; boundary=b"
    )
    assert response.status_code == 403
