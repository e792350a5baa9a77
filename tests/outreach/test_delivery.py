"""Delivery status callbacks: a status only moves forward; 21610 opts the person out."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from bot.outreach.delivery import record_status
from models import ConsentEvent, Message, Resident
from models.message import STATUS_ORDER
from tests.factories import T0, send
from tests.twilio_requests import (
    PUBLIC_URL,
    SMS_PATH,
    STATUS_PATH,
    message_form,
    post_signed,
    twilio_env,  # noqa: F401 - autouse fixture
)

NUMBER = "+447700900123"
SIDS = itertools.count(1)


def outbound(db, config, sid: str = "SM" + "0" * 32, channel: str = "sms") -> int:
    """A resident mid-survey and one message we sent them through the REST API."""
    send(db, config, "Hi", address=NUMBER, channel=channel)
    with db.begin() as session:
        resident = session.scalar(select(Resident))
        row = Message(
            resident_id=resident.id,
            channel=channel,
            direction="out",
            body="Reminder",
            status="queued",
            external_id=sid,
            created_at=T0,
        )
        session.add(row)
        session.flush()
        return row.id


def stored(db, message_id: int) -> Message:
    with db.begin() as session:
        return session.get(Message, message_id)


def callback(client, status: str, sid: str = "SM" + "0" * 32, error: str | None = None, to: str = NUMBER):
    form = {
        "MessageSid": sid,
        "MessageStatus": status,
        "To": to,
        "From": "+447700900000",
        "AccountSid": "AC1",
    }
    form |= {"ErrorCode": error} if error else {}
    response = post_signed(client, STATUS_PATH, form)
    assert response.status_code == 204
    return response


@pytest.mark.parametrize(
    "reports, final",
    [
        (["sent", "delivered"], "delivered"),
        (["delivered", "sent"], "delivered"),  # out of order
        (["sent", "sent", "sent"], "sent"),  # repeated
        (["delivered", "queued", "sending", "sent"], "delivered"),
        (["accepted", "sending"], "sending"),
        (["sent", "delivered", "read"], "read"),
        (["nonsense", "sent"], "sent"),
    ],
)
def test_status_only_moves_forward(client, app, config, reports, final):
    db = app.extensions["heard"].db
    message_id = outbound(db, config)
    for status in reports:
        callback(client, status)
    assert stored(db, message_id).status == final


def test_whatsapp_reports_update_whatsapp_messages(client, app, config):
    db = app.extensions["heard"].db
    message_id = outbound(db, config, channel="whatsapp")
    callback(client, "delivered", to=f"whatsapp:{NUMBER}")
    assert stored(db, message_id).status == "delivered"


def test_error_code_is_kept(client, app, config):
    db = app.extensions["heard"].db
    message_id = outbound(db, config)
    callback(client, "undelivered", error="30003")
    callback(client, "sent")
    row = stored(db, message_id)
    assert (row.status, row.error_code) == ("undelivered", "30003")


def test_unknown_sid_or_empty_report_changes_nothing(client, app, config):
    db = app.extensions["heard"].db
    message_id = outbound(db, config)
    callback(client, "delivered", sid="SM" + "9" * 32)
    post_signed(client, STATUS_PATH, {})
    assert stored(db, message_id).status == "queued"


def test_21610_opts_the_resident_out_everywhere_once(client, app, config):
    db = app.extensions["heard"].db
    message_id = outbound(db, config)
    callback(client, "failed", error="21610")
    callback(client, "failed", error="21610")  # repeated report
    assert stored(db, message_id).error_code == "21610"
    with db.begin() as session:
        resident = session.scalar(select(Resident))
        events = session.scalars(select(ConsentEvent)).all()
    assert resident.opted_out
    assert [(e.kind, e.reason) for e in events] == [("opt_out", "provider_21610")]
    # Silence afterwards, on WhatsApp too.
    assert send(db, config, "1", address=NUMBER, channel="whatsapp") == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(reports=st.lists(st.sampled_from(STATUS_ORDER), max_size=8))
def test_any_order_of_reports_ends_at_the_furthest_status(db, config, reports):
    sid = f"SM{next(SIDS):032d}"
    with db.begin() as session:
        session.add(
            Message(channel="sms", direction="out", body="x", status="queued", external_id=sid, created_at=T0)
        )
    for status in reports:
        with db.begin() as session:
            record_status(session, ["sms", "whatsapp"], sid, status, None, T0)
    with db.begin() as session:
        final = session.scalar(select(Message.status).where(Message.external_id == sid))
    assert final == max(["queued", *reports], key=STATUS_ORDER.index)


def test_twiml_replies_ask_for_reports_that_find_their_rows(client, app):
    db = app.extensions["heard"].db
    form = message_form("Hi", sender=NUMBER)
    response = post_signed(client, SMS_PATH, form)
    root = ET.fromstring(response.data)  # noqa: S314 - our own response
    actions = [element.get("action") for element in root.findall("Message")]
    with db.begin() as session:
        rows = session.scalars(select(Message).where(Message.direction == "out").order_by(Message.id)).all()
    assert actions == [f"{PUBLIC_URL}{STATUS_PATH}?reply={row.id}" for row in rows] and len(rows) == 2
    # Twilio reports each reply to its action URL, signed for that URL (query included).
    for n, action in enumerate(actions):
        report = {"MessageSid": f"SMreply{n:027d}", "MessageStatus": "delivered", "To": NUMBER}
        # A genuine signature replayed against another row's URL is refused.
        other_row = action.removeprefix(PUBLIC_URL) + "0"
        assert post_signed(client, other_row, report, url=action).status_code == 403
        assert post_signed(client, action.removeprefix(PUBLIC_URL), report, url=action).status_code == 204
    with db.begin() as session:
        stored = [session.get(Message, row.id) for row in rows]
    assert [(m.external_id, m.status) for m in stored] == [
        (f"SMreply{n:027d}", "delivered") for n in range(2)
    ]
    # A repeat of the same inbound message is answered with the same actions.
    assert post_signed(client, SMS_PATH, form).data == response.data


def test_a_report_reusing_a_known_sid_links_nothing_and_never_fails(client, app):
    db = app.extensions["heard"].db
    form = message_form("Hi", sender=NUMBER)
    root = ET.fromstring(post_signed(client, SMS_PATH, form).data)  # noqa: S314
    action = root.find("Message").get("action")
    report = {"MessageSid": form["MessageSid"], "MessageStatus": "sent", "To": NUMBER}
    assert post_signed(client, action.removeprefix(PUBLIC_URL), report, url=action).status_code == 204
    with db.begin() as session:
        outbound = session.scalars(select(Message.external_id).where(Message.direction == "out")).all()
    assert outbound == [None, None]
