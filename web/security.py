"""Security headers on every response: no inline script, no framing, HSTS over https."""

from __future__ import annotations

from flask import Flask, Response, request

# Scripts and styles only from our own static files (Chart.js is vendored there);
# a resident's text that slipped past escaping still could not run.
CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
HSTS = "max-age=31536000; includeSubDomains"


def add_security_headers(response: Response) -> Response:
    """Each header below unless the response set its own (as `Headers.setdefault` would, in this order).

    Looked up once in a set of the names present: each `setdefault` walked the headers and
    raised and caught a KeyError for every header missing, most of a webhook's after-request work.
    """
    headers = response.headers
    present: dict[str, str] = {}
    for name, value in headers.items():
        present.setdefault(name.lower(), value)
    policy = present.get("content-security-policy", CSP)
    wanted = [("Content-Security-Policy", CSP), ("X-Content-Type-Options", "nosniff")]
    # A page that sets its own frame-ancestors (the public embed card) decides who may frame it.
    if "frame-ancestors 'none'" in policy:
        wanted.append(("X-Frame-Options", "DENY"))
    wanted.append(("Referrer-Policy", "same-origin"))
    # Only over https (directly or as told by a trusted proxy through ProxyFix):
    # HSTS on plain http would be ignored, and would break a local `make run`.
    if request.is_secure:
        wanted.append(("Strict-Transport-Security", HSTS))
    for name, value in wanted:
        if name.lower() not in present:
            headers.add(name, value)
    return response


def init_app(app: Flask) -> None:
    app.after_request(add_security_headers)
