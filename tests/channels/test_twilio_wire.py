"""The webhook's own signature check and TwiML give exactly what the twilio library gives."""

from __future__ import annotations

import random

import pytest
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse
from werkzeug.datastructures import MultiDict

from web.webhooks.twilio_wire import compute_signature, signature_matches, twiml_messages

TOKEN = "wire-test-token"
FORM = MultiDict([("Body", "Yes & <no>"), ("From", "+447700900123"), ("MessageSid", "SM" + "0" * 32)])
# Characters XML escapes differently in text and in attributes, and some it leaves alone.
TRICKY = ["&", "<", ">", '"', "'", "\r", "\n", "\t", "é", "ŵ", "😀", "]]>", "\x01", " ", "a", "?", "="]


def twilio_twiml(messages: list[tuple[str, str | None]]) -> str:
    response = MessagingResponse()
    for text, action in messages:
        response.message(text, action=action)
    return str(response)


def test_twiml_is_byte_for_byte_what_messaging_response_writes():
    rng = random.Random(20)
    cases = [
        [],
        [("", None)],
        [("", "https://h/s?reply=1")],
        [("Thanks", None), ("Next?", "https://h/s?reply=2&x=1")],
    ]
    for _ in range(300):
        cases.append(
            [
                (
                    "".join(rng.choice(TRICKY) for _ in range(rng.randint(0, 12))),
                    None if rng.random() < 0.3 else "https://h/s?reply=" + "".join(rng.choices(TRICKY, k=5)),
                )
                for _ in range(rng.randint(1, 3))
            ]
        )
    for messages in cases:
        assert twiml_messages(messages) == twilio_twiml(messages)


@pytest.mark.parametrize(
    ("signed_url", "called_url"),
    [
        ("https://heard.example.org/webhooks/twilio/sms", "https://heard.example.org/webhooks/twilio/sms"),
        (
            "https://heard.example.org:443/webhooks/twilio/sms",
            "https://heard.example.org/webhooks/twilio/sms",
        ),
        (
            "https://heard.example.org/webhooks/twilio/sms",
            "https://heard.example.org:443/webhooks/twilio/sms",
        ),
        ("http://heard.example.org:80/w?a=1", "http://heard.example.org/w?a=1"),
    ],
)
def test_a_signature_twilio_accepts_is_accepted(signed_url, called_url):
    signature = RequestValidator(TOKEN).compute_signature(signed_url, FORM)
    assert RequestValidator(TOKEN).validate(called_url, FORM, signature)
    assert signature_matches(TOKEN, called_url, FORM, signature)


@pytest.mark.parametrize(
    ("token", "url", "form"),
    [
        ("another-token", "https://heard.example.org/webhooks/twilio/sms", FORM),
        (TOKEN, "https://heard.example.org/webhooks/twilio/other", FORM),
        (TOKEN, "http://heard.example.org/webhooks/twilio/sms", FORM),
        (
            TOKEN,
            "https://heard.example.org/webhooks/twilio/sms",
            MultiDict([*FORM.items(multi=True), ("X", "")]),
        ),
    ],
)
def test_a_signature_twilio_refuses_is_refused(token, url, form):
    signature = RequestValidator(TOKEN).compute_signature(
        "https://heard.example.org/webhooks/twilio/sms", FORM
    )
    assert not RequestValidator(token).validate(url, form, signature)
    assert not signature_matches(token, url, form, signature)
    assert not signature_matches(
        TOKEN, "https://heard.example.org/webhooks/twilio/sms", FORM, signature[:-2] + "é"
    )


def test_signatures_are_the_validators_for_any_form():
    # Repeated fields, repeated values, empty ones and characters beyond ASCII, in a werkzeug
    # form and a plain dict, under two tokens: the worker's keyed HMAC is copied, never changed.
    rng = random.Random(15)
    names = ["Body", "From", "To", "MessageSid", "NumMedia", "é", "a", "A", ""]
    for _ in range(300):
        pairs = [
            (rng.choice(names), "".join(rng.choice(TRICKY) for _ in range(rng.randint(0, 6))))
            for _ in range(rng.randint(0, 8))
        ]
        token = rng.choice([TOKEN, "another-token"])
        url = "https://heard.example.org/webhooks/twilio/sms" + rng.choice(["", "?a=1", "?b=é"])
        for form in (MultiDict(pairs), dict(pairs)):
            assert compute_signature(token, url, form) == RequestValidator(token).compute_signature(url, form)
