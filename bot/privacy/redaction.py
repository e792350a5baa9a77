"""Personal data stays out of logs: addresses are logged only as a short keyed hash."""

from __future__ import annotations

import hashlib
import hmac
import logging
import re


def address_hash(address: str | int, secret: str) -> str:
    """A short, stable, keyed hash of a phone number or chat id, safe to log.

    Keyed (HMAC with SECRET_KEY) so nobody can hash every UK mobile number
    and reverse it; ten hex characters are enough to follow one person in logs.
    """
    digest = hmac.new(secret.encode(), str(address).encode("utf-8", "surrogatepass"), hashlib.sha256)
    return "addr:" + digest.hexdigest()[:10]


# Phone numbers and chat ids: 8 or more digits, however they are written: "07700 900555",
# "07700-900-555", "(07700) 900555", "+44 (0)7700 900555", and URL-encoded in a query string
# ("07700+900555", "07700%20900555", "%2B447700900555"). Other numbers in logs are shorter.
# A Twilio SID (two capitals, 32 hex digits: SM…, AC…) is no one's number and is
# kept whole, so a log line can be matched with the Twilio console.
_SEPARATOR = r"(?:[ \-.()/+_]|%20|%28|%29|%2[dD]|%2[bB])"
_LONG_NUMBER = re.compile(
    rf"(?P<sid>\b[A-Z]{{2}}[0-9a-f]{{32}}\b)|(?:\+|%2[bB])?\(?\d(?:{_SEPARATOR}{{0,4}}\d){{7,}}\)?"
)
# Digit runs that are not numbers of people: dates (2026-11-27, with an hour) and IPv4 addresses.
_NOT_A_NUMBER = re.compile(r"\d{4}-\d\d-\d\d(?:[ T]\d\d)?|\d{1,3}(?:\.\d{1,3}){3}")


def _blank(match: re.Match[str]) -> str:
    if match["sid"] or _NOT_A_NUMBER.fullmatch(match[0]):
        return match[0]
    return "[number]"


def redact(text: str) -> str:
    """`text` with anything that looks like a phone number or chat id blanked out."""
    return _LONG_NUMBER.sub(_blank, text)


class RedactingFormatter(logging.Formatter):
    """A log formatter that never writes a phone number or chat id, even from a database error."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))
