"""Twilio SMS and WhatsApp: numbers to E.164, webhook forms to Inbound, Replies out by REST.

Inbound, `inbound_from_twilio(form, region, now)` turns the fields Twilio posts
("From", "Body", "MessageSid", "NumMedia") into an `Inbound`; the webhook route
hands it to the engine and answers with TwiML. Outbound (the outbox), the
"sms" and "whatsapp" senders send through the real twilio `Client`; they
exist only when TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM are set,
and the twilio package is imported only then.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

import phonenumbers

from bot.channels import Sender, SendError, Sent, register
from bot.conversation.messages import Inbound, Reply
from settings import Config, Environment

if TYPE_CHECKING:
    from twilio.rest import Client

WHATSAPP_PREFIX = "whatsapp:"
STATUS_CALLBACK_PATH = "/webhooks/twilio/status"
# The twilio HTTP client waits forever by default; a hung API must not hang the outbox.
SEND_TIMEOUT_SECONDS = 10.0
OPTED_OUT_AT_TWILIO = 21610
MAX_SID_LENGTH = 64  # Message.external_id's column size


def normalise_number(raw: str | None, region: str) -> str | None:
    """A phone number as E.164 ('+447700900123'), or None when it is not a number."""
    if not raw or len(raw) > 40:
        return None
    return _parse_number(raw, region)


# Residents write again and again from the same number, as Twilio writes it: parsing it
# costs more than the rest of reading the webhook's form. Keys are at most 40 characters.
@lru_cache(maxsize=4096)
def _parse_number(raw: str, region: str) -> str | None:
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    # "Possible", not "valid": Ofcom's drama and test ranges are real to us.
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def split_address(raw: str | None, region: str) -> tuple[str, str | None]:
    """'whatsapp:+44…' -> ('whatsapp', '+44…'); '+44…' -> ('sms', '+44…').

    Both channels share the E.164 number, so one STOP covers SMS and WhatsApp.
    """
    raw = (raw or "").strip()
    if raw.lower().startswith(WHATSAPP_PREFIX):
        return "whatsapp", normalise_number(raw[len(WHATSAPP_PREFIX) :], region)
    return "sms", normalise_number(raw, region)


def inbound_from_twilio(form: Mapping[str, str], region: str, now: datetime) -> Inbound | None:
    """The Inbound for one Twilio message webhook, or None without a usable sender."""
    channel, address = split_address(form.get("From"), region)
    if address is None:
        return None
    sid = (form.get("MessageSid") or form.get("SmsSid") or "").strip()[:MAX_SID_LENGTH] or None
    return Inbound(
        channel=channel,
        address=address,
        text=form.get("Body") or "",
        received_at=now,
        external_id=sid,
        has_media=_count(form.get("NumMedia")) > 0,
    )


def _count(value: str | None) -> int:
    try:
        return int((value or "0").strip())
    except ValueError:
        return 0


def twilio_client(env: Environment, timeout: float = SEND_TIMEOUT_SECONDS) -> Client:
    """The real twilio Client, talking to TWILIO_API_BASE_URL with a timeout."""
    from twilio.http.http_client import TwilioHttpClient
    from twilio.rest import Client

    class BaseUrlHttpClient(TwilioHttpClient):
        """Sends every request to `base_url` instead of https://api.twilio.com (tests: a fake)."""

        def __init__(self, base_url: str, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.base = urlsplit(base_url)

        def request(self, method: str, url: str, *args: Any, **kwargs: Any):
            parts = urlsplit(url)._replace(scheme=self.base.scheme, netloc=self.base.netloc)
            return super().request(method, urlunsplit(parts), *args, **kwargs)

    # twilio logs every request's URL and headers at INFO: keep that out of our logs.
    quiet = logging.getLogger(f"{__name__}.http")
    quiet.setLevel(logging.WARNING)
    http_client = BaseUrlHttpClient(env.twilio_api_base_url, timeout=timeout, logger=quiet)
    return Client(env.twilio_account_sid, env.twilio_auth_token, http_client=http_client)


class TwilioSender:
    """Sends one Reply as an SMS or WhatsApp message through Twilio's REST API."""

    def __init__(self, channel: str, client: Client, sender: str, status_callback: str | None) -> None:
        self.channel = channel
        self.client = client
        self.sender = sender  # a number, or a Messaging Service SID (MG…)
        self.status_callback = status_callback

    def _route(self, address: str) -> dict[str, str]:
        """To/From (or MessagingServiceSid) for this channel."""
        prefix = WHATSAPP_PREFIX if self.channel == "whatsapp" else ""
        route = {"to": prefix + address}
        if self.sender.startswith("MG"):
            route["messaging_service_sid"] = self.sender
        else:
            route["from_"] = self.sender if self.sender.startswith(prefix) else prefix + self.sender
        if self.status_callback:
            route["status_callback"] = self.status_callback
        return route

    def send(self, address: str, reply: Reply) -> Sent:
        """Hand the message to Twilio: Sent(sid) or SendError (never a number in its text)."""
        from requests import RequestException
        from twilio.base.exceptions import TwilioException, TwilioRestException

        try:
            message = self.client.messages.create(body=reply.text, **self._route(address))
        except TwilioRestException as error:
            raise _send_error(error.status, error.code) from None
        except (RequestException, TwilioException) as error:
            # Timeouts and refused connections: worth another try later.
            raise SendError(f"Twilio unreachable: {type(error).__name__}") from None
        return Sent(message.sid, status=message.status or "queued")


def _send_error(status: int, code: int | None) -> SendError:
    """Twilio's HTTP status and error code as a SendError; its message may hold the number."""
    text = f"Twilio refused the message: HTTP {status}, error {code}"
    if code == OPTED_OUT_AT_TWILIO:
        return SendError(text, opted_out=True, code=str(code))
    permanent = 400 <= status < 500 and status != 429
    return SendError(text, permanent=permanent, code=str(code) if code else None)


def sender_factory(channel: str):
    """A registry factory: a TwilioSender when Twilio is configured, else None."""

    def factory(env: Environment, config: Config) -> Sender | None:
        if not (env.twilio_account_sid and env.twilio_auth_token and env.twilio_from):
            return None
        callback = env.public_url + STATUS_CALLBACK_PATH if env.public_url else None
        return TwilioSender(channel, twilio_client(env), env.twilio_from, callback)

    return factory


register("sms", sender_factory("sms"))
register("whatsapp", sender_factory("whatsapp"))
