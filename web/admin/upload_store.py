"""An uploaded contacts file kept on the server between "check" and "import the good rows".

The file holds phone numbers, so it never goes back to the browser: it waits
in `CONTACT_UPLOAD_DIR` (instance/uploads by default) under a random name,
the session (signed) remembers which one is this user's, and it is deleted
when used, replaced, or older than `KEEP_FOR`.
"""

from __future__ import annotations

import os
import secrets
import time
from pathlib import Path

from flask import current_app, session
from flask_login import current_user

KEEP_FOR = 30 * 60  # seconds
_KEY = "contact_upload"


def _folder() -> Path:
    folder = Path(current_app.config.get("CONTACT_UPLOAD_DIR") or Path(current_app.instance_path) / "uploads")
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def _sweep(folder: Path) -> None:
    """Forget uploads nobody came back for (other users' included)."""
    for path in folder.glob("*.csv"):
        try:
            if time.time() - path.stat().st_mtime > KEEP_FOR:
                path.unlink()
        except FileNotFoundError:
            pass  # another worker swept it first


def keep(text: str) -> str:
    """Keep `text` for this user's next step; returns the token the page posts back."""
    folder = _folder()
    _sweep(folder)
    discard()
    token = secrets.token_urlsafe(24)
    fd = os.open(folder / f"{token}.csv", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    session[_KEY] = {"token": token, "user": current_user.get_id(), "at": time.time()}
    return token


def take(token: str) -> str | None:
    """The text kept under `token` for this user, once; None if it is not theirs or too old."""
    kept = session.get(_KEY) or {}
    if not token or not secrets.compare_digest(str(kept.get("token", "")), token):
        return None
    if kept.get("user") != current_user.get_id():
        return None
    path = _folder() / f"{kept['token']}.csv"
    session.pop(_KEY, None)
    try:
        text = path.read_text(encoding="utf-8")
        path.unlink()
    except FileNotFoundError:
        return None
    if time.time() - float(kept.get("at", 0)) > KEEP_FOR:
        return None
    return text


def discard() -> None:
    """Delete this user's kept upload, if any."""
    kept = session.pop(_KEY, None)
    if kept and kept.get("token"):  # the session is signed: the name is one we made
        (_folder() / f"{kept['token']}.csv").unlink(missing_ok=True)
