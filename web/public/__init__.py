"""Public results under /results: no sign-in, aggregates only, off unless config.yaml turns them on."""

from __future__ import annotations

from flask import Blueprint, Flask, Response, abort, request

from web.extensions import heard

bp = Blueprint("public", __name__)

# Public pages run no script at all, and only the embed card may be framed.
_POLICY = [
    "default-src 'self'",
    "script-src 'none'",
    "style-src 'self'",
    "img-src 'self' data:",  # the empty data: favicon stops a request for /favicon.ico
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
]
CACHE_CONTROL = "public, max-age=300"


def content_security_policy(frame_ancestors: str = "'none'") -> str:
    return "; ".join([*_POLICY, f"frame-ancestors {frame_ancestors}"])


@bp.before_request
def _only_when_enabled() -> None:
    if not heard().config.public_results.enabled:
        abort(404)


@bp.after_request
def _cacheable(response: Response) -> Response:
    """Shared caches may keep a page for five minutes; an unchanged page answers 304."""
    if response.status_code != 200:
        return response
    if request.endpoint == "public.embed":
        allowed = heard().config.public_results.embed_allowed_on
        response.headers["Content-Security-Policy"] = content_security_policy(" ".join(allowed) or "*")
    else:
        response.headers["Content-Security-Policy"] = content_security_policy()
    response.headers["Cache-Control"] = CACHE_CONTROL
    response.add_etag()
    response.make_conditional(request)  # turns this response into a 304 when the ETag matches
    return response


def init_app(app: Flask) -> None:
    from web.public import routes  # noqa: F401 - registers the routes on bp

    app.register_blueprint(bp)
