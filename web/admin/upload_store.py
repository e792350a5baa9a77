"""An uploaded contacts file kept between "check" and "import the good rows", in the database.

The file holds phone numbers, so it never goes back to the browser: the page
carries only a random token, the row belongs to the user who checked it, and it
is deleted when used, replaced, or 30 minutes old (models.pending_upload). Any web
worker on any host can finish the import.
"""

from __future__ import annotations

from flask_login import current_user

from models.base import utcnow
from models.pending_upload import discard_uploads, keep_upload, take_upload
from web.extensions import heard


def keep(text: str) -> str:
    """Keep `text` for this user's next step; returns the token the page posts back."""
    with heard().db.begin() as session:
        return keep_upload(session, current_user.id, text, utcnow())


def take(token: str) -> str | None:
    """The text kept under `token` for this user, once; None if it is not theirs or too old."""
    with heard().db.begin() as session:
        return take_upload(session, token, current_user.id, utcnow())


def discard() -> None:
    """Forget this user's kept upload, if any."""
    with heard().db.begin() as session:
        discard_uploads(session, current_user.id)
