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
_SID = r"\b[A-Z]{2}[0-9a-f]{32}\b"
_LONG_NUMBER = re.compile(rf"(?P<sid>{_SID})|(?:\+|%2[bB])?\(?\d(?:{_SEPARATOR}{{0,4}}\d){{7,}}\)?")
# Digit runs that are not numbers of people: dates (2026-11-27, with an hour) and IPv4 addresses.
_NOT_A_NUMBER = re.compile(r"\d{4}-\d\d-\d\d(?:[ T]\d\d)?|\d{1,3}(?:\.\d{1,3}){3}")


def _blank(match: re.Match[str]) -> str:
    if match["sid"] or _NOT_A_NUMBER.fullmatch(match[0]):
        return match[0]
    return "[number]"


_DIGIT = re.compile(r"\d")  # any the number pattern's \d matches, not only ASCII ones
_A_SID = re.compile(_SID)
_FEWEST_DIGITS = 8  # in a number `_LONG_NUMBER` blanks


def redact(text: str) -> str:
    """`text` with anything that looks like a phone number or chat id blanked out."""
    # A number to blank has eight digits outside any SID (the scan takes a SID whole, and no
    # number runs into one). Most log lines have fewer, and counting costs a fifth of the scan.
    if len(_DIGIT.findall(_A_SID.sub("", text))) < _FEWEST_DIGITS:
        return text
    return _LONG_NUMBER.sub(_blank, text)


# Fields the formatter fills in itself: the time, the level and the logger's name never hold a number.
_OWN_FIELDS = {"asctime", "levelname", "name"}


class RedactingFormatter(logging.Formatter):
    """A log formatter that never writes a phone number or chat id, even from a database error."""

    def __init__(self, fmt: str | None = None, *args: object, **kwargs: object) -> None:
        super().__init__(fmt, *args, **kwargs)  # type: ignore[arg-type]
        fields = set(re.findall(r"%\((\w+)\)", self._fmt or ""))
        # The line's own fields need no scan (the time alone is ten digits): only the message is redacted.
        self._message_only = isinstance(self._style, logging.PercentStyle) and fields <= _OWN_FIELDS | {
            "message"
        }

    def format(self, record: logging.LogRecord) -> str:
        if not self._message_only or record.exc_info or record.exc_text or record.stack_info:
            return redact(super().format(record))  # a traceback may quote anything: all of it
        record.message = redact(record.getMessage())
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        return self.formatMessage(record)
