"""CSV downloads of responses and comments for the comments page's filters; each one is audited."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

from flask import Response, stream_with_context
from flask_login import current_user

from models.audit import record
from models.reports.comments import CommentFilters
from models.reports.exports import comments_csv, responses_csv
from models.reports.periods import period_days
from web.admin import bp
from web.admin.comments import comment_form
from web.extensions import heard


def _audit(kind: str, filters: CommentFilters) -> None:
    """Who exported what; the search words themselves are not kept (they could be a number)."""
    r = filters.responses
    assert r.since is not None and r.until is not None  # an export's period is always bounded
    first, last = period_days(r.since, r.until, heard().config.organisation.time_zone)
    detail: dict[str, object] = {
        "kind": kind,
        "since": first.isoformat(),
        "until": last.isoformat(),
        "team": r.team,
        "channel": r.channel,
        "teams": sorted(r.allowed_teams) if r.allowed_teams is not None else "all",
    }
    if kind == "comments":
        detail.update(sentiment=filters.sentiment, theme=filters.theme, search=bool(filters.search))
    with heard().db.begin() as session:
        record(session, "export", actor=current_user.email, user_id=current_user.id, detail=detail)


def _download(kind: str, lines: Callable[..., Iterator[str]], since: datetime, until: datetime) -> Response:
    def stream() -> Iterator[str]:
        # The session lives as long as the download, so rows are read as they are sent.
        with heard().db.begin() as session:
            yield from lines(session)

    first, last = period_days(since, until, heard().config.organisation.time_zone)
    name = f"heard-{kind}-{first:%Y-%m-%d}-to-{last:%Y-%m-%d}.csv"
    return Response(
        stream_with_context(stream()),
        # content_type, not mimetype: werkzeug would add a second "; charset=utf-8".
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"},
    )


@bp.get("/export/comments.csv")
def export_comments() -> Response:
    _form, filters, since, until = comment_form()
    _audit("comments", filters)
    zone = heard().config.organisation.time_zone
    return _download("comments", lambda session: comments_csv(session, filters, time_zone=zone), since, until)


@bp.get("/export/responses.csv")
def export_responses() -> Response:
    _form, filters, since, until = comment_form()
    _audit("responses", filters)
    config = heard().config
    return _download(
        "responses", lambda session: responses_csv(session, config, filters.responses), since, until
    )
