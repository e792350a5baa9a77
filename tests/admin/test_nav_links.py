"""The admin nav, written once per role, page and address prefix, reads as base.html's loop wrote it."""

from __future__ import annotations

import pytest
from flask import url_for

from models.user import ROLES
from tests.admin_support import make_user, sign_in
from web.admin.nav import NAV, nav_links

# base.html's loop before the links were built in Python (`nav_items` as `_nav_context` gave them).
JINJA_LOOP = (
    """{% for item, current in nav_items %}
        <li><a href="{{ url_for(item.endpoint) }}"{% if current %} aria-current="page"{% endif %}>"""
    """{{ item.label }}</a></li>
      {% endfor %}"""
)

ENDPOINTS = [item.endpoint for item in NAV] + ["admin.conversation", "admin.user_edit", "auth.sign_in"]


@pytest.mark.parametrize("prefix", ["", "/heard"])
def test_links_match_the_template_loop_for_every_role_and_page(app, prefix):
    loop = app.jinja_env.from_string(JINJA_LOOP)
    for role in ROLES:
        for endpoint in ENDPOINTS:
            with app.test_request_context("/admin/", base_url=f"http://localhost{prefix}/"):
                items = [(item, item.is_current(endpoint)) for item in NAV if role in item.roles]
                assert nav_links(role, endpoint, url_for) == loop.render(nav_items=items), (role, endpoint)
    with app.test_request_context("/admin/", base_url=f"http://localhost{prefix}/"):
        assert f'href="{prefix}/admin/users"' in nav_links("admin", "admin.users", url_for)


def test_each_role_gets_its_own_links_from_the_kept_ones(app):
    """The links are kept per app by role, page and prefix: a viewer after an admin sees a viewer's nav."""
    db = app.extensions["heard"].db
    pages = {}
    for role in ("admin", "viewer", "admin"):
        make_user(db, f"{role}-nav@example.org", role) if role not in pages else None
        client = app.test_client()
        sign_in(client, f"{role}-nav@example.org")
        pages.setdefault(role, []).append(client.get("/admin/").text)
    assert 'href="/admin/users"' in pages["admin"][0] and 'href="/admin/users"' not in pages["viewer"][0]
    assert 'href="/admin/" aria-current="page"' in pages["viewer"][0]
    assert pages["admin"][0].count("<li><a") == pages["admin"][1].count("<li><a") == len(NAV)
