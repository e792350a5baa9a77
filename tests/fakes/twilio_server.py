"""A fake Twilio REST API on 127.0.0.1 for the real twilio Client to talk to.

Usage (the `fake_twilio` fixture gives a started one and sets the TWILIO_* variables):

    fake = FakeTwilio().start()          # fake.base_url -> TWILIO_API_BASE_URL
    fake.fail_next(2, status=500)        # the next two sends answer HTTP 500
    fake.opted_out.add("+447700900123")  # sends to it answer 400 / code 21610
    fake.delay_next(1, seconds=2)        # the next send answers late (timeouts)
    fake.messages                        # every accepted message, as Twilio's fields
    fake.requests                        # every request, accepted or not
    fake.stop()

Only `POST /2010-04-01/Accounts/{AccountSid}/Messages.json` is served, with
HTTP Basic auth checked like Twilio does.
"""

from __future__ import annotations

import base64
import json
import secrets
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest

ACCOUNT_SID = "AC" + "a1" * 16
AUTH_TOKEN = "fake-twilio-auth-token"
FROM_NUMBER = "+447700900000"


@dataclass
class RecordedRequest:
    method: str
    path: str
    form: dict[str, str]
    status: int = 0


@dataclass
class _Planned:
    status: int
    code: int | None = None
    delay: float = 0.0


@dataclass
class FakeTwilio:
    account_sid: str = ACCOUNT_SID
    auth_token: str = AUTH_TOKEN
    messages: list[dict[str, str]] = field(default_factory=list)
    requests: list[RecordedRequest] = field(default_factory=list)
    # Numbers (E.164, with or without "whatsapp:") that answer error 21610.
    opted_out: set[str] = field(default_factory=set)
    _plan: list[_Planned] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self) -> FakeTwilio:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                fake._answer(self)

            def log_message(self, *args: object) -> None:
                pass  # quiet: requests are recorded instead

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def fail_next(self, n: int = 1, status: int = 500, code: int | None = None) -> None:
        """The next `n` sends answer `status` (with Twilio error `code`, if given)."""
        with self._lock:
            self._plan += [_Planned(status, code) for _ in range(n)]

    def delay_next(self, n: int = 1, seconds: float = 1.0) -> None:
        """The next `n` sends succeed, but only after `seconds`."""
        with self._lock:
            self._plan += [_Planned(201, delay=seconds) for _ in range(n)]

    def environ(self, public_url: str | None = None) -> dict[str, str]:
        """The environment variables that point Heard at this fake."""
        env = {
            "TWILIO_ACCOUNT_SID": self.account_sid,
            "TWILIO_AUTH_TOKEN": self.auth_token,
            "TWILIO_FROM": FROM_NUMBER,
            "TWILIO_API_BASE_URL": self.base_url,
        }
        return env | ({"PUBLIC_URL": public_url} if public_url else {})

    # --- serving ---
    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length).decode("utf-8", "replace")
        form = {k: v[-1] for k, v in parse_qs(raw, keep_blank_values=True).items()}
        record = RecordedRequest("POST", handler.path, form)
        with self._lock:
            self.requests.append(record)
            planned = self._plan.pop(0) if self._plan else None
        status, body = self._respond(handler, form, planned)
        record.status = status
        payload = json.dumps(body).encode()
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(payload)))
            handler.end_headers()
            handler.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # a delayed answer: the client timed out and hung up, as the test meant it to

    def _respond(self, handler, form: dict[str, str], planned: _Planned | None) -> tuple[int, dict]:
        if handler.path != f"/2010-04-01/Accounts/{self.account_sid}/Messages.json":
            return 404, _error(20404, "The requested resource was not found", 404)
        expected = base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        if handler.headers.get("Authorization") != f"Basic {expected}":
            return 401, _error(20003, "Authenticate", 401)
        if planned and planned.delay:
            time.sleep(planned.delay)
        elif planned:
            return planned.status, _error(planned.code or 20500, "Planned failure", planned.status)
        to = form.get("To", "")
        if not to:
            return 400, _error(21604, "A 'To' phone number is required.", 400)
        if not form.get("From") and not form.get("MessagingServiceSid"):
            return 400, _error(21603, "A 'From' phone number is required.", 400)
        if to in self.opted_out or to.removeprefix("whatsapp:") in self.opted_out:
            return 400, _error(21610, "Attempt to send to unsubscribed recipient", 400)
        return 201, self._accept(form)

    def _accept(self, form: dict[str, str]) -> dict[str, object]:
        sid = "SM" + secrets.token_hex(16)
        now = format_datetime(datetime.now(UTC), usegmt=True)
        message = {
            "sid": sid,
            "account_sid": self.account_sid,
            "to": form["To"],
            "from": form.get("From"),
            "messaging_service_sid": form.get("MessagingServiceSid"),
            "body": form.get("Body", ""),
            "status": "queued" if form.get("From") else "accepted",
            "status_callback": form.get("StatusCallback"),
            "num_segments": "1",
            "num_media": "0",
            "direction": "outbound-api",
            "api_version": "2010-04-01",
            "date_created": now,
            "date_updated": now,
            "date_sent": None,
            "error_code": None,
            "error_message": None,
            "price": None,
            "uri": f"/2010-04-01/Accounts/{self.account_sid}/Messages/{sid}.json",
        }
        with self._lock:
            self.messages.append(message)
        return message


def _error(code: int, message: str, status: int) -> dict[str, object]:
    return {
        "code": code,
        "message": message,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }


@pytest.fixture
def fake_twilio(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeTwilio]:
    """A running fake Twilio API, with TWILIO_* set so Heard's senders use it."""
    fake = FakeTwilio().start()
    for name, value in fake.environ().items():
        monkeypatch.setenv(name, value)
    yield fake
    fake.stop()
