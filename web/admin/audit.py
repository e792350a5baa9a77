"""GET /admin/audit: the audit log of staff actions, newest first, for admins."""

from __future__ import annotations

from flask import render_template, request

from models.audit import page_of_entries
from models.logins import list_users
from web.admin import bp
from web.admin.forms import options
from web.admin.safeguarding_forms import AuditFilterForm
from web.auth.roles import role_required
from web.extensions import heard

PER_PAGE = 50


@bp.get("/audit")
@role_required("admin")
def audit():
    form = AuditFilterForm(request.args)
    with heard().db.begin() as session:
        staff = [(str(u.id), u.email) for u in list_users(session)]
    form.user.choices = options([("", "Anyone")] + staff)
    valid = form.validate()
    action = (form.action.data or None) if valid else None
    user_id = int(form.user.data) if valid and form.user.data else None
    page = (form.page.data or 1) if valid else 1
    with heard().db.begin() as session:
        entries, more = page_of_entries(session, action, user_id, page, PER_PAGE)
    filters = {k: v for k, v in (("action", action), ("user", user_id)) if v}
    return render_template(
        "admin/audit.html", form=form, entries=entries, page=page, more=more, filters=filters
    )
