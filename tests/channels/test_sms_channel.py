"""bot/channels/sms.py: numbers, webhook forms, and sending through the real twilio Client."""

from __future__ import annotations

import logging

import pytest

from bot.channels import SendError, sender_for
from bot.channels.sms import inbound_from_twilio, normalise_number, split_address
from bot.conversation.messages import Reply
from settings import Environment
from tests.factories import T0
from tests.fakes.twilio_server import FROM_NUMBER
from tests.fresh_python import run_python


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("+447700900123", "+447700900123"),
        ("07700 900123", "+447700900123"),
        ("0044 7700 900123", "+447700900123"),
        ("+44 (0)7700 900123", "+447700900123"),
        ("+1 415 555 0100", "+14155550100"),
        ("VODAFONE", None),
        ("", None),
        (None, None),
        ("+4477009001234567", None),
        ("1" * 500, None),
    ],
)
def test_normalise_number_to_e164(raw, expected):
    assert normalise_number(raw, "GB") == expected


def test_region_decides_how_national_numbers_are_read():
    assert normalise_number("(415) 555-0100", "US") == "+14155550100"
    assert normalise_number("(415) 555-0100", "GB") != "+14155550100"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("+447700900123", ("sms", "+447700900123")),
        ("whatsapp:+447700900123", ("whatsapp", "+447700900123")),
        ("WhatsApp:+44 7700 900123", ("whatsapp", "+447700900123")),
        ("whatsapp:", ("whatsapp", None)),
    ],
)
def test_whatsapp_shares_the_e164_number(raw, expected):
    assert split_address(raw, "GB") == expected


def test_inbound_from_a_twilio_form():
    form = {"From": "whatsapp:+447700900123", "Body": "2 thanks", "MessageSid": "SM123", "NumMedia": "0"}
    inbound = inbound_from_twilio(form, "GB", T0)
    assert (inbound.channel, inbound.address, inbound.text) == ("whatsapp", "+447700900123", "2 thanks")
    assert inbound.external_id == "SM123" and inbound.received_at == T0 and not inbound.has_media


@pytest.mark.parametrize(
    "form, has_media, text",
    [
        ({"NumMedia": "1"}, True, ""),
        ({"NumMedia": "3", "Body": "look"}, True, "look"),
        ({"NumMedia": "lots"}, False, ""),
        ({}, False, ""),
    ],
)
def test_media_and_missing_body(form, has_media, text):
    inbound = inbound_from_twilio({"From": "+447700900123", **form}, "GB", T0)
    assert inbound.has_media is has_media and inbound.text == text and inbound.external_id is None


@pytest.mark.parametrize("sender", [None, "", "VODAFONE", "whatsapp:nobody"])
def test_no_usable_sender_gives_none(sender):
    form = {"Body": "hi"} if sender is None else {"From": sender, "Body": "hi"}
    assert inbound_from_twilio(form, "GB", T0) is None


def test_overlong_message_sid_is_cut_to_the_column_size():
    inbound = inbound_from_twilio({"From": "+447700900123", "MessageSid": "S" * 500}, "GB", T0)
    assert inbound.external_id == "S" * 64


# --- sending, through the real twilio Client to the fake Twilio server ---


def sender(channel, config, **overrides):
    env = Environment.from_environ()
    if overrides:
        from dataclasses import replace

        env = replace(env, **overrides)
    return sender_for(channel, env, config)


def test_no_sender_without_twilio_settings(config, monkeypatch):
    monkeypatch.delenv("TWILIO_ACCOUNT_SID", raising=False)
    assert sender_for("sms", Environment.from_environ(), config) is None
    assert sender_for("whatsapp", Environment.from_environ(), config) is None


def test_importing_the_channels_does_not_import_twilio():
    code = "import sys, bot.channels; assert 'sms' in bot.channels._FACTORIES; print('twilio' in sys.modules)"
    assert run_python(code).strip() == "False"


def test_sms_is_sent_and_returns_twilios_sid(fake_twilio, config):
    sent = sender("sms", config).send("+447700900123", Reply("Hello there"))
    [message] = fake_twilio.messages
    assert sent.external_id == message["sid"] and sent.external_id.startswith("SM")
    assert sent.status == "queued"
    assert (message["to"], message["from"], message["body"]) == ("+447700900123", FROM_NUMBER, "Hello there")
    assert message["status_callback"] is None  # no PUBLIC_URL, no callback


def test_sending_logs_no_number(fake_twilio, config, caplog):
    fake_twilio.opted_out.add("+447700900124")
    with caplog.at_level(logging.DEBUG):
        sender("sms", config).send("+447700900123", Reply("Hi"))
        with pytest.raises(SendError):
            sender("sms", config).send("+447700900124", Reply("Hi"))
    assert "7700900" not in caplog.text


def test_whatsapp_prefixes_both_numbers_and_asks_for_status_callbacks(fake_twilio, config):
    sender("whatsapp", config, public_url="https://heard.example.org").send("+447700900123", Reply("Hi"))
    [message] = fake_twilio.messages
    assert (message["to"], message["from"]) == ("whatsapp:+447700900123", f"whatsapp:{FROM_NUMBER}")
    assert message["status_callback"] == "https://heard.example.org/webhooks/twilio/status"


def test_messaging_service_sid_is_sent_instead_of_from(fake_twilio, config):
    service = "MG" + "b2" * 16
    sent = sender("sms", config, twilio_from=service).send("+447700900123", Reply("Hi"))
    [message] = fake_twilio.messages
    assert message["messaging_service_sid"] == service and message["from"] is None
    assert sent.status == "accepted"


def test_twilio_opt_out_21610_is_a_permanent_opted_out_error(fake_twilio, config):
    fake_twilio.opted_out.add("+447700900123")
    with pytest.raises(SendError) as caught:
        sender("sms", config).send("+447700900123", Reply("Hi"))
    error = caught.value
    assert error.opted_out and error.permanent and error.code == "21610"
    assert "7700900123" not in str(error)
    assert fake_twilio.messages == []


@pytest.mark.parametrize(
    "status, code, permanent",
    [(500, None, False), (503, 20503, False), (429, 20429, False), (400, 21211, True), (404, 20404, True)],
)
def test_server_errors_are_temporary_and_client_errors_permanent(
    fake_twilio, config, status, code, permanent
):
    fake_twilio.fail_next(1, status=status, code=code)
    with pytest.raises(SendError) as caught:
        sender("sms", config).send("+447700900123", Reply("Hi"))
    assert caught.value.permanent is permanent and not caught.value.opted_out
    # The failure was for that one request only: the next send goes through.
    assert sender("sms", config).send("+447700900123", Reply("Hi")).external_id


def test_wrong_auth_token_is_permanent(fake_twilio, config):
    with pytest.raises(SendError) as caught:
        sender("sms", config, twilio_auth_token="wrong").send("+447700900123", Reply("Hi"))
    assert caught.value.permanent and caught.value.code == "20003"


def test_timeout_is_temporary(fake_twilio, config):
    from bot.channels.sms import TwilioSender, twilio_client

    fake_twilio.delay_next(1, seconds=1.0)
    client = twilio_client(Environment.from_environ(), timeout=0.2)
    with pytest.raises(SendError) as caught:
        TwilioSender("sms", client, FROM_NUMBER, None).send("+447700900123", Reply("Hi"))
    assert not caught.value.permanent


def test_unreachable_api_is_temporary(config, fake_twilio):
    fake_twilio.stop()  # the port is closed now: connection refused
    with pytest.raises(SendError) as caught:
        sender("sms", config).send("+447700900123", Reply("Hi"))
    assert not caught.value.permanent
    fake_twilio.start()  # so the fixture can stop it again
