"""Twilio's side of a webhook, done once per request: the signature check and the TwiML answer.

Both give what the twilio library gives (`RequestValidator.validate`,
`MessagingResponse`), without its per-request work: `validate` always signs the
URL twice (with and without the port) and compares character by character in
Python; its `compute_signature` keys a new HMAC each time and asks a werkzeug form
for `getall` first, raising and catching an AttributeError for every field;
`MessagingResponse` builds an ElementTree to write a few short strings.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from urllib.parse import urlparse

from twilio.request_validator import add_port, remove_port

XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'


@cache
def _keyed(token: str) -> hmac.HMAC:
    """HMAC-SHA1 keyed with the auth token once per worker: each signature starts from a copy."""
    return hmac.new(token.encode("utf-8"), digestmod=hashlib.sha1)


def signature_matches(token: str, url: str, form: Mapping[str, str], signature: str) -> bool:
    """`RequestValidator(token).validate(url, form, signature)` for a form body.

    Twilio may have signed the URL with or without its port; the second form is
    signed only when the first does not match (most requests match the first).
    """
    expected = signature.encode()
    for candidate in _signed_forms(url):
        if hmac.compare_digest(compute_signature(token, candidate, form).encode(), expected):
            return True
    return False


def compute_signature(token: str, url: str, form: Mapping[str, str]) -> str:
    """`RequestValidator(token).compute_signature(url, form)`: the URL, then each field's values, sorted."""
    # As the validator asks: a multi-dict's `getall` (aiohttp), else `getlist` (werkzeug), else the value.
    values_of = getattr(form, "getall", None) or getattr(form, "getlist", None) or (lambda name: [form[name]])
    signed = url + "".join(
        name + value for name in sorted(set(form)) for value in sorted(set(values_of(name)))
    )
    mac = _keyed(token).copy()
    mac.update(signed.encode("utf-8"))
    return base64.b64encode(mac.digest()).decode("utf-8").strip()


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
