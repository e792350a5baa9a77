"""Every response carries the security headers; HSTS only over https."""

from __future__ import annotations

import pytest

PATHS = ["/healthz", "/admin/sign-in", "/admin/", "/api/v1/responses", "/no-such-page"]


@pytest.mark.parametrize("path", PATHS)
def test_security_headers_on_every_kind_of_response(client, path):
    response = client.get(path)
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "Strict-Transport-Security" not in response.headers


def test_hsts_over_https(client):
    response = client.get("/healthz", base_url="https://heard.example.org")
    assert response.headers["Strict-Transport-Security"].startswith("max-age=")


def test_no_template_has_inline_script_or_style():
    """CSP forbids inline script and style: keep them in web/static."""
    import re
    from pathlib import Path

    for template in Path("web/templates").rglob("*.html"):
        text = template.read_text()
        scripts = re.findall(r"<script(?![^>]*\b(src=|type=\"application/json\"))[^>]*>", text)
        assert not scripts, f"{template}: inline <script>"
        assert not re.search(r"\son[a-z]+=|\sstyle=|<style", text), f"{template}: inline handler or style"


@pytest.mark.parametrize(
    "own",
    [
        [],
        [("content-security-policy", "frame-ancestors https://council.example")],
        [("Content-Security-Policy", "default-src 'none'"), ("x-frame-options", "SAMEORIGIN")],
        [("Referrer-Policy", "no-referrer"), ("Referrer-Policy", "origin"), ("X-Content-Type-Options", "")],
        [("Strict-Transport-Security", "max-age=60"), ("Content-Type", "text/plain")],
    ],
)
@pytest.mark.parametrize("scheme", ["http", "https"])
def test_headers_added_as_setdefault_adds_them(app, own, scheme):
    """A header the response set itself stays, whatever its case; the rest come in order, as
    one `Headers.setdefault` after another would leave them (the hook's earlier form)."""
    from flask import Response

    from web.security import CSP, HSTS, add_security_headers

    expected = Response(headers=own)
    expected.headers.setdefault("Content-Security-Policy", CSP)
    expected.headers.setdefault("X-Content-Type-Options", "nosniff")
    if "frame-ancestors 'none'" in expected.headers["Content-Security-Policy"]:
        expected.headers.setdefault("X-Frame-Options", "DENY")
    expected.headers.setdefault("Referrer-Policy", "same-origin")
    if scheme == "https":
        expected.headers.setdefault("Strict-Transport-Security", HSTS)
    with app.test_request_context("/", base_url=f"{scheme}://heard.example.org"):
        got = add_security_headers(Response(headers=own))
    assert list(got.headers.items()) == list(expected.headers.items())
