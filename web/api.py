"""The JSON API for BI tools and case systems: bearer tokens with scopes, filters, cursor pagination.

Every route names the scope it needs with `@needs(...)`; a route that names none refuses
every token (fail closed), so a new route cannot be open by accident.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from flask import Blueprint, Flask, g, jsonify, request, url_for

from bot.callbacks.handling import get_callback
from bot.callbacks.replies import ReplyRefused, Sender, send_reply
from bot.outreach.service_contacts import import_rows
from models.alert import ALERT_STATUSES
from models.api_token import look_up_token, mark_token_used
from models.base import utcnow
from models.callback import CALLBACK_STATUSES
from models.local_days import local_date, local_midnight
from models.reports.alert_feed import alert_dict, page_of_alerts
from models.reports.callbacks import callback_dicts, page_of_callbacks
from models.reports.periods import Interval, last_days
from models.reports.reading import reading
from models.reports.responses import ResponseFilters, page_of_responses, response_dict
from models.reports.summaries import summarise
from models.reports.summary_json import summary_dict
from web.extensions import heard
from web.numbers import MAX_ID, whole_number
from web.webhooks import sessionless

bp = Blueprint("api", __name__, url_prefix="/api/v1")
MAX_LIMIT = 1000
MAX_SERVICE_CONTACTS = 10_000
# endpoint -> the scope a token needs to call it (filled by @needs).
SCOPE_OF: dict[str, str] = {}


def needs(scope: str) -> Callable[[Callable], Callable]:
    """Mark a route of this blueprint as needing `scope`."""

    def mark(view: Callable) -> Callable:
        SCOPE_OF[f"{bp.name}.{view.__name__}"] = scope
        return view

    return mark


class BadQuery(ValueError):
    """A query parameter we cannot use; becomes a 400 naming the parameter."""


@bp.before_request
def require_token():
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return _unauthorised("missing bearer token")
    db = heard().db
    # Read without a transaction of its own (on PostgreSQL, no BEGIN and COMMIT round trips);
    # "last used", a minute old, is written in one of its own.
    with reading(db) as session:
        looked_up = look_up_token(session, token.strip())
    if looked_up is None:
        return _unauthorised("invalid or revoked token")
    if looked_up.mark_due:
        with db.begin() as session:
            mark_token_used(session, looked_up.token_id, looked_up.grant.last_used_at)
    found = looked_up.grant
    g.api_token_name = found.name
    # A token given teams sees only those teams (None: every team).
    g.api_allowed_teams = found.allowed_teams
    scopes = found.scope_names
    needed = SCOPE_OF.get(request.endpoint or "")
    if needed is None:
        return _forbidden("this route is not open to API tokens")
    if needed not in scopes:
        return _forbidden(f"this token lacks the {needed} scope")
    return None


def _forbidden(reason: str):
    response = jsonify(error="forbidden", detail=reason)
    response.status_code = 403
    return response


def _unauthorised(reason: str):
    response = jsonify(error="unauthorized", detail=reason)
    response.status_code = 401
    response.headers["WWW-Authenticate"] = 'Bearer realm="heard"'
    return response


@bp.errorhandler(BadQuery)
def bad_query(error: BadQuery):
    return jsonify(error="bad_request", detail=str(error)), 400


def parse_moment(name: str, value: str | None, zone: str, end_of_day: bool = False) -> datetime | None:
    """An ISO date or datetime from the query string, as aware UTC.

    A date is that day in the organisation's time zone (as `until`, the whole day);
    a time with an offset or Z means that moment; a time without one is local.
    """
    if not value:
        return None
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            return local_midnight(day + timedelta(days=1) if end_of_day else day, zone)
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=ZoneInfo(zone))
        return moment.astimezone(UTC)
    except (ValueError, OverflowError):
        raise BadQuery(f"{name}: {value!r} is not an ISO date or date-time") from None


def parse_int(name: str, value: str | None, default: int, low: int, high: int) -> int:
    if value is None or value == "":
        return default
    number = whole_number(value, low, high)
    if number is None:
        raise BadQuery(f"{name}: expected a whole number from {low} to {high}")
    return number


def filters_from_request() -> ResponseFilters:
    args = request.args
    zone = heard().config.organisation.time_zone
    return ResponseFilters(
        channel=args.get("channel") or None,
        survey=args.get("survey") or None,
        team=args.get("team") or None,
        since=parse_moment("since", args.get("since"), zone),
        until=parse_moment("until", args.get("until"), zone, end_of_day=True),
        allowed_teams=g.get("api_allowed_teams"),
    )


@bp.get("/responses")
@needs("responses:read")
def responses():
    filters = filters_from_request()
    after = parse_int("cursor", request.args.get("cursor"), 0, 0, MAX_ID)
    limit = parse_int("limit", request.args.get("limit"), 100, 1, MAX_LIMIT)
    with heard().db.begin() as session:
        rows, next_after = page_of_responses(session, filters, after, limit)
        data = [response_dict(row) for row in rows]
    return jsonify(data=data, next=_next_url("api.responses", next_after))


@bp.get("/alerts")
@needs("alerts:read")
def alerts():
    """Safeguarding alerts, oldest first; filters `status`, `team`. No contact details."""
    status = request.args.get("status") or None
    if status and status not in ALERT_STATUSES:
        raise BadQuery(f"status: expected one of {', '.join(ALERT_STATUSES)}")
    after = parse_int("cursor", request.args.get("cursor"), 0, 0, MAX_ID)
    limit = parse_int("limit", request.args.get("limit"), 100, 1, MAX_LIMIT)
    with heard().db.begin() as session:
        rows, next_after = page_of_alerts(
            session, after, limit, status, request.args.get("team") or None, g.api_allowed_teams
        )
        data = [alert_dict(row) for row in rows]
    return jsonify(data=data, next=_next_url("api.alerts", next_after))


@bp.get("/callbacks")
@needs("callbacks:reply")
def callbacks():
    """Residents who asked to be contacted, oldest first; filters `status`, `team`. No contact details."""
    status = request.args.get("status") or None
    if status and status not in CALLBACK_STATUSES:
        raise BadQuery(f"status: expected one of {', '.join(CALLBACK_STATUSES)}")
    after = parse_int("cursor", request.args.get("cursor"), 0, 0, MAX_ID)
    limit = parse_int("limit", request.args.get("limit"), 100, 1, MAX_LIMIT)
    with heard().db.begin() as session:
        rows, next_after = page_of_callbacks(
            session, after, limit, status, request.args.get("team") or None, g.api_allowed_teams
        )
        data = callback_dicts(session, rows)
    return jsonify(data=data, next=_next_url("api.callbacks", next_after))


@bp.get("/callbacks/<int:callback_id>")
@needs("callbacks:reply")
def callback(callback_id: int):
    with heard().db.begin() as session:
        found = get_callback(session, callback_id, g.api_allowed_teams)
        if found is None:
            return _not_found()
        return jsonify(callback_dicts(session, [found])[0])


@bp.post("/callbacks/<int:callback_id>/replies")
@needs("callbacks:reply")
def callback_reply(callback_id: int):
    """`{"text": "…"}` (and `"channel": "sms"` to answer a WhatsApp resident by SMS) → 202."""
    body = request.get_json(silent=True)
    text = body.get("text") if isinstance(body, dict) else None
    channel = body.get("channel") if isinstance(body, dict) else None
    if not isinstance(text, str) or channel not in (None, "sms"):
        raise BadQuery('body: expected JSON {"text": "…"}, optionally with "channel": "sms"')
    state = heard()
    with state.db.begin() as session:
        found = get_callback(session, callback_id, g.api_allowed_teams, lock=True)
        if found is None:
            return _not_found()
        try:
            entry = send_reply(
                session,
                state.config,
                found,
                text,
                Sender.api(g.api_token_name),
                utcnow(),
                by_sms=channel == "sms",
            )
        except ReplyRefused as refused:
            if refused.reason in ("empty", "too_long"):
                raise BadQuery(f"text: {refused}") from None
            response = jsonify(error="conflict", reason=refused.reason, detail=str(refused))
            response.status_code = 409
            return response
        return jsonify(message_id=entry.id), 202


def _not_found():
    """Outside the token's teams looks the same as not there at all."""
    return jsonify(error="not_found", detail="no such callback"), 404


def _next_url(endpoint: str, next_after: int | None) -> str | None:
    """The URL of the following page (same filters), or None on the last page."""
    if next_after is None:
        return None
    query = {k: v for k, v in request.args.items() if k != "cursor"}
    return url_for(endpoint, _external=True, cursor=next_after, **query)


@bp.post("/contacts")
@needs("contacts:write")
def service_contacts():
    body = request.get_json(silent=True)
    rows = body.get("contacts") if isinstance(body, dict) else None
    if not isinstance(rows, list) or len(rows) > MAX_SERVICE_CONTACTS:
        raise BadQuery(
            f'body: expected JSON {{"contacts": [...]}} with at most {MAX_SERVICE_CONTACTS} contacts'
        )
    partial = request.args.get("partial", "").lower() in ("true", "1", "yes")
    state = heard()
    with state.db.begin() as session:
        report = import_rows(
            session, state.config, rows, partial, source="api", first_row=1, allowed_teams=g.api_allowed_teams
        )
    return jsonify(report.as_dict()), (201 if report.ok or partial else 422)


@bp.get("/summary")
@needs("responses:read")
def summary():
    """The dashboard's figures for the same filters, from models.reports.summaries (one source of truth)."""
    filters = filters_from_request()
    asked = request.args.get("interval") or "week"
    if asked not in ("week", "month"):
        raise BadQuery("interval: expected week or month")
    interval: Interval = "month" if asked == "month" else "week"
    zone = heard().config.organisation.time_zone
    default_since, default_until = last_days(local_date(datetime.now(UTC), zone), zone)
    since, until = filters.since or default_since, filters.until or default_until
    if since >= until:
        raise BadQuery("since: must be before until")
    state = heard()
    if filters.survey and state.config.survey(filters.survey) is None:
        raise BadQuery(f"survey: no survey {filters.survey!r} in config.yaml")
    with reading(state.db) as session:
        result = summarise(session, state.config, filters, since, until, interval)
    return jsonify(summary_dict(result, state.config.organisation.default_language))


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
    # Bearer tokens, not cookies: a staff cookie sent along is neither read nor re-signed.
    sessionless.init_app(app, (f"{bp.url_prefix}/",))
