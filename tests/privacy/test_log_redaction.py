"""Phone numbers in any format stay out of the access log and application logs (issue 21, finding 6)."""

from __future__ import annotations

import io
import logging
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
