"""Addresses the admin used before the vocabulary change, redirected so bookmarks keep working.

Each redirect needs the same role as the page it leads to, so it tells nobody more
than the page would; the query string (a team, a page number) is kept.
"""

from __future__ import annotations

from flask import redirect, request, url_for
from werkzeug.wrappers import Response

from web.admin import bp
from web.auth.roles import role_required


def _moved(endpoint: str) -> Response:
    target = url_for(endpoint)
    query = request.query_string.decode("ascii", "replace")
    return redirect(f"{target}?{query}" if query else target, code=301)


@bp.get("/prompts")
def old_prompts():
    return _moved("admin.outreach")


@bp.get("/contacts/upload")
@role_required("admin", "manager")
def old_contacts_upload():
    return _moved("admin.service_contacts_upload")
