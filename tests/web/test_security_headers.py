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
