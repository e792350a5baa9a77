"""POST /webhooks/twilio/sms and /webhooks/twilio/status: Twilio's calls into Heard.

Every request must carry a valid X-Twilio-Signature for the URL Twilio called:
PUBLIC_URL + path when PUBLIC_URL is set, else the request's own URL (which
honours werkzeug's ProxyFix when the deployment wraps the app in it). Anything
else is refused with 403 before it is read further, and nothing is stored.
"""

from __future__ import annotations

import logging

from flask import Blueprint, Flask, Response, current_app, request

from bot.channels.sms import STATUS_CALLBACK_PATH, inbound_from_twilio
from bot.conversation.engine import handle
from bot.conversation.foresight import foresee
from bot.conversation.messages import Reply
from bot.outreach.delivery import link_reply, record_status
from bot.privacy.redaction import address_hash
from models.base import utcnow
from web.extensions import heard
from web.numbers import form_id
from web.webhooks.twilio_wire import signature_matches, twiml_messages

log = logging.getLogger(__name__)
bp = Blueprint("twilio", __name__, url_prefix="/webhooks/twilio")

# An SMS is at most 1,600 characters, but a resident's 200 kB paste must still get
# an answer rather than a 413; beyond this the request is refused with a clean 413.
MAX_WEBHOOK_BYTES = 1024 * 1024
TWILIO_CHANNELS = ("sms", "whatsapp")


@bp.before_request
def require_twilio_signature() -> Response | None:
    """Raise the body limits for these routes, then refuse anything Twilio did not sign."""
    request.max_content_length = MAX_WEBHOOK_BYTES
    request.max_form_memory_size = MAX_WEBHOOK_BYTES
    token = heard().env.twilio_auth_token
    signature = request.headers.get("X-Twilio-Signature", "")
    url = called_url()
    if not token:
        reason = "TWILIO_AUTH_TOKEN is not set"
    elif not signature:
        reason = "no X-Twilio-Signature header"
    elif None in request.form:  # a multipart part werkzeug could not name; Twilio never sends one
        reason = "a form field has no name"
    elif not signature_matches(token, url, request.form, signature):
        reason = f"signature does not match {url} (is PUBLIC_URL right?)"
    else:
        return None
    # Never log the form: it holds the sender's phone number.
    log.warning("Refused a Twilio webhook to %s: %s", request.path, reason)
    return Response("Forbidden\n", status=403, mimetype="text/plain")


def called_url() -> str:
    """The URL Twilio called, as it signed it (never request.full_path: it adds a lone '?')."""
    public_url = heard().env.public_url
    if not public_url:
        return request.url
    query = request.query_string.decode("latin-1")
    return public_url + request.path + (f"?{query}" if query else "")


@bp.post("/sms")
def inbound_message() -> Response:
    """A resident's SMS or WhatsApp message: the engine's replies as TwiML."""
    state = heard()
    inbound = inbound_from_twilio(request.form, state.config.organisation.phone_region, utcnow())
    if inbound is None:
        log.info(
            "Twilio message %r has no usable From: not answered", request.form.get("MessageSid", "")[:64]
        )
        return twiml([])
    foresight = foresee(state.db, state.config, inbound)  # SQLite: the costly reading before the write lock
    with state.db.begin() as session:
        replies = handle(session, state.config, inbound, foresight)
    who = address_hash(inbound.address, current_app.config["SECRET_KEY"])
    log.info("%s from %s (%s): %d replies", inbound.channel, who, inbound.external_id, len(replies))
    return twiml(replies)


@bp.post("/status")
def delivery_status() -> tuple[str, int]:
    """A delivery report for a message we sent: its status only moves forward."""
    form, state = request.form, heard()
    sid = (form.get("MessageSid") or form.get("SmsSid") or "")[:64]
    status = (form.get("MessageStatus") or form.get("SmsStatus") or "").lower()
    reply = request.args.get("reply", "")
    if sid:
        with state.db.begin() as session:
            if (reply_id := form_id(reply)) is not None:  # a TwiML reply's first report: learn its sid
                link_reply(session, reply_id, sid)
            record_status(session, TWILIO_CHANNELS, sid, status, form.get("ErrorCode"), utcnow())
    return "", 204


def twiml(replies: list[Reply]) -> Response:
    """One <Message> per reply, in order; an empty <Response/> sends nothing.

    Each <Message action=…> asks Twilio to report that reply's delivery, naming
    our message id in the (signed) URL so the report can find the row.
    """
    base = (heard().env.public_url or request.url_root.rstrip("/")) + STATUS_CALLBACK_PATH
    messages = [
        (reply.text, f"{base}?reply={reply.message_id}" if reply.message_id else None) for reply in replies
    ]
    return Response(twiml_messages(messages), mimetype="application/xml")


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
