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


# Phone numbers (+447700900123, 07700 900123) and chat ids: 8 or more digits in a row,
# optionally with a leading + and single spaces. Other numbers in logs are shorter.
# A Twilio SID (two capitals, 32 hex digits: SM…, AC…) is no one's number and is
# kept whole, so a log line can be matched with the Twilio console.
_LONG_NUMBER = re.compile(r"(?P<sid>\b[A-Z]{2}[0-9a-f]{32}\b)|\+?\d(?:[ ]?\d){7,}")


def redact(text: str) -> str:
    """`text` with anything that looks like a phone number or chat id blanked out."""
    return _LONG_NUMBER.sub(lambda match: match["sid"] or "[number]", text)


class RedactingFormatter(logging.Formatter):
    """A log formatter that never writes a phone number or chat id, even from a database error."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))
