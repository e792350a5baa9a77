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
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    # A page that sets its own frame-ancestors (the public embed card) decides who may frame it.
    if "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]:
        response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    # Only over https (directly or as told by a trusted proxy through ProxyFix):
    # HSTS on plain http would be ignored, and would break a local `make run`.
    if request.is_secure:
        response.headers.setdefault("Strict-Transport-Security", HSTS)
    return response


def init_app(app: Flask) -> None:
    app.after_request(add_security_headers)
