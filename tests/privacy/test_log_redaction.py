"""Phone numbers in any format stay out of the access log and application logs (issue 21, finding 6)."""

from __future__ import annotations

import io
import logging
import sys
import threading
import urllib.request
from urllib.parse import quote, quote_plus

import pytest
from werkzeug.serving import make_server

from bot.privacy.redaction import RedactingFormatter, redact
from tests.admin_support import make_user, sign_in

WRITTEN = [
    "07700 900555",
    "07700-900-555",
    "(07700) 900555",
    "07700 900 555",
    "+44 7700 900555",
    "+44 (0)7700 900555",
    "+447700900555",
    "07700.900.555",
    "447700900555",
]


def _digits_left(text: str) -> bool:
    return "900555" in text or "900 555" in text or "900-555" in text or "900.555" in text


@pytest.mark.parametrize("number", WRITTEN)
@pytest.mark.parametrize("encode", [str, quote, quote_plus], ids=["plain", "percent", "plus"])
def test_numbers_in_every_format_are_blanked(number, encode):
    line = (
        f'127.0.0.1 - - [02/Dec/2026 01:00:00] "GET /admin/comments?q={encode(number)}&page=2 HTTP/1.1" 200 -'
    )
    redacted = redact(line)
    assert not _digits_left(redacted), redacted
    assert "[number]" in redacted and "page=2" in redacted and "HTTP/1.1" in redacted


@pytest.mark.parametrize(
    "kept",
    ["at 2026-11-27 10:00", "from 192.168.100.200", "answer 4 of 5", "page 12345", "[02/Dec/2026 01:00:00]"],
)
def test_dates_addresses_and_small_numbers_are_kept(kept):
    assert redact(kept) == kept


def test_the_access_log_of_a_real_request_has_no_number(app, client):
    """A staff search for a number, served by werkzeug as `flask serve` does, logs no digits of it."""
    from web import _configure_logging

    make_user(app.extensions["heard"].db, "ann@example.org", "manager")
    sign_in(client, "ann@example.org")
    cookie = client.get_cookie("session").value
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    root = logging.getLogger()
    root.addHandler(handler)
    _configure_logging()  # what create_app does: every root handler redacts
    assert isinstance(handler.formatter, RedactingFormatter)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        for number in WRITTEN:
            url = f"http://127.0.0.1:{server.port}/admin/comments?q={quote_plus(number)}"
            request = urllib.request.Request(url, headers={"Cookie": f"session={cookie}"})
            with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - http to 127.0.0.1
                assert response.status == 200
        logging.getLogger("heard.test").warning("searched for %s", WRITTEN[0])
    finally:
        server.shutdown()
        thread.join(5)
        root.removeHandler(handler)
    logged = stream.getvalue()
    assert logged.count("GET /admin/comments?q=[number]") == len(WRITTEN), logged
    assert "searched for [number]" in logged
    assert not _digits_left(logged), logged


LINES = [  # (message, whether a number is blanked in it)
    ("sms from addr:1a2b3c4d5e (SM0123456789abcdef0123456789abcdef): 2 replies", False),  # a SID is kept
    ("sent SM0123456789abcdef0123456789abcdef to 07700 900555", True),
    ("SM0123456789abcdef0123456789abcdef447700900555", True),  # a number glued to a SID
    ("call back on (07700) 900-555 after 5", True),
    ("chat 123456789 wrote", True),
    ("in Arabic-Indic digits \u0660\u0667\u0667\u0660\u0660\u0669\u0660\u0660\u0665\u0665\u0665", True),
    ("answer 4 of 5 at 2026-11-27 10:00", False),
    ("no digits at all", False),
]


@pytest.mark.parametrize(("message", "blanked"), LINES)
def test_the_formatter_redacts_a_message_as_redacting_the_whole_line_would(message, blanked):
    """Only the message is scanned (the time, level and name are the formatter's own), to the same effect."""
    fmt = "%(asctime)s %(levelname)s %(name)s: %(message)s"
    record = logging.LogRecord("heard.test", logging.INFO, __file__, 1, "%s", (message,), None)
    line = RedactingFormatter(fmt).format(record)
    assert line == redact(logging.Formatter(fmt).format(record))
    assert ("[number]" in line) is blanked, line


def test_a_traceback_and_a_format_of_other_fields_are_redacted_whole():
    try:
        raise ValueError("no such resident +447700900555")
    except ValueError:
        record = logging.LogRecord("heard.test", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    assert not _digits_left(RedactingFormatter("%(message)s").format(record))
    record = logging.LogRecord("heard.test", logging.INFO, __file__, 1, "hello", (), None)
    record.phone = "07700 900555"
    assert RedactingFormatter("%(message)s %(phone)s").format(record) == "hello [number]"
