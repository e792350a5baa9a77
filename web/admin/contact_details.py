"""The one page that shows a resident's contact details (from an alert or a callback), never cached."""

from __future__ import annotations

from typing import Any

from flask import render_template

Page = tuple[str, int, dict[str, str]]


def contact_details_page(details: dict[str, Any], back_url: str, what: str) -> Page:
    page = render_template("admin/contact_details.html", details=details, back_url=back_url, what=what)
    # Contact details must not stay in any cache or in the back-button history.
    return page, 200, {"Cache-Control": "no-store"}
