"""A fake Telegram Bot API server on 127.0.0.1 for tests (stdlib only).

Point python-telegram-bot at it with `base_url=server.base_url`
(TELEGRAM_API_BASE_URL). Tests enqueue updates (built with tests.fakes.telegram_updates),
the real PTB `Application` fetches them with getUpdates, and tests read what
the bot sent with `server.sent_to(chat)` / `server.calls(method)`. A chat can be
blocked, after which sendMessage answers 403 like Telegram does.

    with FakeTelegram() as server:
        server.enqueue(text_update(server.next_update_id(), chat_id=42, text="hi"))
        server.wait_for(lambda: server.sent_to(42))
"""

from __future__ import annotations

import collections
import contextlib
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

TOKEN = "123456:TEST-token"
BOT_USER = {
    "id": 7000001,
    "is_bot": True,
    "first_name": "Heard",
    "username": "heard_test_bot",
    "can_join_groups": False,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
BLOCKED = {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"}
# Parameters PTB sends JSON-encoded inside a form field.
JSON_FIELDS = {"reply_markup", "commands", "allowed_updates", "scope", "entities"}
# Long polls are capped so tests and shutdown never wait long.
MAX_LONG_POLL = 1.0


@dataclass
class Call:
    """One Bot API request as the fake received it."""

    method: str
    params: dict[str, Any]
    result: dict[str, Any] | None = None  # the Message a send or edit produced


@dataclass
class FakeState:
    updates: list[dict[str, Any]] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    blocked: set[int] = field(default_factory=set)
    # Chat id -> number of next sendMessage calls to fail with HTTP 500.
    failing: dict[int, int] = field(default_factory=dict)
    webhook_url: str = ""
    webhook_secret: str = ""
    long_polls: int = 0  # getUpdates calls waiting right now


class FakeTelegram:
    """The fake server; use as a context manager or call start()/stop()."""

    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self.state = FakeState()
        self._lock = threading.Condition()
        self._update_ids = itertools.count(1000)
        # Telegram numbers messages per chat, so two residents' messages share ids.
        self._message_ids: dict[int | None, itertools.count] = collections.defaultdict(
            lambda: itertools.count(1)
        )
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # --- lifecycle ---
    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    def start(self) -> FakeTelegram:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FakeTelegram:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    # --- what tests do ---
    def next_update_id(self) -> int:
        return next(self._update_ids)

    def enqueue(self, update: dict[str, Any]) -> dict[str, Any]:
        """Make an update available to getUpdates (it stays until confirmed by offset)."""
        with self._lock:
            self.state.updates.append(update)
            self._lock.notify_all()
        return update

    def block(self, chat_id: int) -> None:
        """From now on sendMessage to this chat answers 403 'bot was blocked by the user'."""
        with self._lock:
            self.state.blocked.add(chat_id)

    def fail_next(self, chat_id: int, times: int = 1) -> None:
        """The next `times` sends to this chat answer HTTP 500."""
        with self._lock:
            self.state.failing[chat_id] = times

    def calls(self, method: str | None = None) -> list[Call]:
        with self._lock:
            return [c for c in self.state.calls if method is None or c.method == method]

    def sent_to(self, chat_id: int) -> list[Call]:
        """Every successful sendMessage to `chat_id`, in order."""
        return [c for c in self.calls("sendMessage") if int(c.params["chat_id"]) == chat_id]

    def texts_to(self, chat_id: int) -> list[str]:
        return [c.params["text"] for c in self.sent_to(chat_id)]

    def long_polls(self) -> int:
        """getUpdates calls still waiting (a stopped bot's last one ends within MAX_LONG_POLL)."""
        with self._lock:
            return self.state.long_polls

    def pending_updates(self) -> int:
        with self._lock:
            return len(self.state.updates)

    def wait_for(self, predicate: Callable[[], Any], timeout: float = 10.0) -> Any:
        """Poll `predicate` until it is truthy; fail the test after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = predicate()
            if value:
                return value
            time.sleep(0.02)
        raise AssertionError(f"timed out after {timeout}s waiting for {predicate}")

    # --- the Bot API ---
    def api(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """Answer one Bot API call: (HTTP status, JSON body)."""
        if method == "getUpdates":
            return 200, {"ok": True, "result": self._get_updates(params)}
        with self._lock:
            return self._answer(method, params)

    def _answer(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        chat_id = int(params["chat_id"]) if "chat_id" in params else None
        if method in ("sendMessage", "editMessageText", "editMessageReplyMarkup"):
            if chat_id in self.state.blocked:
                self.state.calls.append(Call(method + ":refused", params))
                return 403, BLOCKED
            if self.state.failing.get(chat_id):
                self.state.failing[chat_id] -= 1
                return 500, {"ok": False, "error_code": 500, "description": "Internal Server Error"}
        call = Call(method, params)
        self.state.calls.append(call)
        if method == "getMe":
            return 200, {"ok": True, "result": BOT_USER}
        if method == "sendMessage":
            call.result = self._message(chat_id, params)
            return 200, {"ok": True, "result": call.result}
        if method in ("editMessageText", "editMessageReplyMarkup"):
            call.result = self._message(chat_id, params, int(params["message_id"]))
            return 200, {"ok": True, "result": call.result}
        if method == "setWebhook":
            self.state.webhook_url = params.get("url", "")
            self.state.webhook_secret = params.get("secret_token", "")
            return 200, {"ok": True, "result": True}
        if method == "deleteWebhook":
            self.state.webhook_url = self.state.webhook_secret = ""
            return 200, {"ok": True, "result": True}
        if method == "getWebhookInfo":
            info = {"url": self.state.webhook_url, "has_custom_certificate": False}
            return 200, {"ok": True, "result": info | {"pending_update_count": len(self.state.updates)}}
        if method in ("answerCallbackQuery", "setMyCommands", "deleteMyCommands", "close", "logOut"):
            return 200, {"ok": True, "result": True}
        return 404, {"ok": False, "error_code": 404, "description": "Not Found"}

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        """Confirm updates below `offset`, then long-poll briefly for new ones."""
        offset = int(params.get("offset") or 0)
        wait = min(float(params.get("timeout") or 0), MAX_LONG_POLL)
        deadline = time.monotonic() + wait
        with self._lock:
            self.state.calls.append(Call("getUpdates", params))
            self.state.long_polls += 1
            try:
                while True:
                    if offset:
                        self.state.updates = [u for u in self.state.updates if u["update_id"] >= offset]
                    if self.state.updates or time.monotonic() >= deadline:
                        limit = int(params.get("limit") or 100)
                        return list(self.state.updates[:limit])
                    self._lock.wait(timeout=max(0.0, deadline - time.monotonic()))
            finally:
                self.state.long_polls -= 1

    def _message(self, chat_id: int | None, params: dict[str, Any], message_id: int | None = None) -> dict:
        message = {
            "message_id": message_id or next(self._message_ids[chat_id]),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": "Ann"},
            "from": BOT_USER,
            "text": params.get("text", ""),
        }
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        return message


def _handler_for(fake: FakeTelegram) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            self._serve()

        def do_GET(self) -> None:
            self._serve()

        def _serve(self) -> None:
            prefix = f"/bot{fake.token}/"
            if not self.path.startswith(prefix):
                self._reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
                return
            method = self.path[len(prefix) :].split("?")[0]
            self._reply(*fake.api(method, self._params()))

        def _params(self) -> dict[str, Any]:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if "json" in (self.headers.get("Content-Type") or ""):
                return json.loads(body or b"{}")
            params: dict[str, Any] = dict(parse_qsl(body.decode(), keep_blank_values=True))
            for name in JSON_FIELDS & params.keys():
                params[name] = json.loads(params[name])
            return params

        def _reply(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            # A bot that stops gives up on its long poll: nobody is listening any more.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(data)

        def log_message(self, *_: object) -> None:
            """Quiet: tests read calls from the fake, not from stderr."""

    return Handler
