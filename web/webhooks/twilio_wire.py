"""Twilio's side of a webhook, done once per request: the signature check and the TwiML answer.

Both give what the twilio library gives (`RequestValidator.validate`,
`MessagingResponse`), without its per-request work: `validate` always signs the
URL twice (with and without the port) and compares character by character in
Python; `MessagingResponse` builds an ElementTree to write a few short strings.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from urllib.parse import urlparse

from twilio.request_validator import RequestValidator, add_port, remove_port

XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'


@cache
def _validator(token: str) -> RequestValidator:
    """One validator per auth token, built once per worker rather than per request."""
    return RequestValidator(token)


def signature_matches(token: str, url: str, form: Mapping[str, str], signature: str) -> bool:
    """`RequestValidator(token).validate(url, form, signature)` for a form body.

    Twilio may have signed the URL with or without its port; the second form is
    signed only when the first does not match (most requests match the first).
    """
    validator = _validator(token)
    for candidate in _signed_forms(url):
        if hmac.compare_digest(validator.compute_signature(candidate, form).encode(), signature.encode()):
            return True
    return False


@lru_cache(maxsize=256)
def _signed_forms(url: str) -> tuple[str, str]:
    """The URL without and with its port, worked out once per URL (a worker sees a few, over and over)."""
    parsed = urlparse(url)
    return remove_port(parsed), add_port(parsed)


def twiml_messages(messages: Iterable[tuple[str, str | None]]) -> str:
    """A <Response> of one <Message> per (text, action URL or None), as MessagingResponse writes it."""
    elements = []
    for text, action in messages:
        attribute = f' action="{_escape_attribute(action)}"' if action is not None else ""
        if text:
            elements.append(f"<Message{attribute}>{_escape_text(text)}</Message>")
        else:
            elements.append(f"<Message{attribute} />")
    if not elements:
        return XML_DECLARATION + "<Response />"
    return XML_DECLARATION + "<Response>" + "".join(elements) + "</Response>"


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_attribute(value: str) -> str:
    value = _escape_text(value).replace('"', "&quot;")
    return value.replace("\r", "&#13;").replace("\n", "&#10;").replace("\t", "&#09;")
