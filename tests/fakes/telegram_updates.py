"""Updates as Telegram sends them, for tests to enqueue on the fake Bot API server."""

from __future__ import annotations

import time
from typing import Any

RESIDENT = {"id": 42, "is_bot": False, "first_name": "Ann", "language_code": "en"}


def _user(chat_id: int, language_code: str | None) -> dict[str, Any]:
    user = RESIDENT | {"id": chat_id}
    if language_code is None:
        user.pop("language_code")
    else:
        user["language_code"] = language_code
    return user


def message(
    chat_id: int,
    *,
    text: str | None = None,
    language_code: str | None = "en",
    chat_type: str = "private",
    **extra,
) -> dict[str, Any]:
    """A Message object from a resident (or a group, with chat_type)."""
    body: dict[str, Any] = {
        "message_id": int(time.time() * 1000) % 1_000_000,
        "date": int(time.time()),
        "chat": {"id": chat_id, "type": chat_type}
        | ({"first_name": "Ann"} if chat_type == "private" else {"title": "A group"}),
        "from": _user(abs(chat_id), language_code),
    }
    if text is not None:
        body["text"] = text
        if text.startswith("/"):
            command = text.split()[0]
            body["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
    return body | extra


def text_update(update_id: int, chat_id: int, text: str, **kwargs: Any) -> dict[str, Any]:
    return {"update_id": update_id, "message": message(chat_id, text=text, **kwargs)}


def callback_update(
    update_id: int, chat_id: int, data: str, tapped: dict[str, Any], language_code: str | None = "en"
) -> dict[str, Any]:
    """A button tap on `tapped`: the Message a send produced (`Call.result`)."""
    return {
        "update_id": update_id,
        "callback_query": {
            "id": f"cb{update_id}",
            "from": _user(chat_id, language_code),
            "chat_instance": f"ci{chat_id}",
            "data": data,
            "message": tapped,
        },
    }


def media_update(update_id: int, chat_id: int, kind: str, chat_type: str = "private") -> dict[str, Any]:
    """A photo, sticker or voice note with no text."""
    media = {
        "photo": {"photo": [{"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 90}]},
        "sticker": {
            "sticker": {
                "file_id": "s1",
                "file_unique_id": "u2",
                "type": "regular",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
            }
        },
        "voice": {"voice": {"file_id": "v1", "file_unique_id": "u3", "duration": 2}},
    }[kind]
    return {"update_id": update_id, "message": message(chat_id, chat_type=chat_type, **media)}


def edited_update(
    update_id: int, chat_id: int, text: str, language_code: str | None = "en"
) -> dict[str, Any]:
    edited = message(chat_id, text=text, language_code=language_code, edit_date=int(time.time()))
    return {"update_id": update_id, "edited_message": edited}


def channel_post_update(update_id: int, chat_id: int = -100123, text: str = "news") -> dict[str, Any]:
    post = {
        "message_id": 5,
        "date": int(time.time()),
        "chat": {"id": chat_id, "type": "channel", "title": "News"},
        "text": text,
    }
    return {"update_id": update_id, "channel_post": post}
