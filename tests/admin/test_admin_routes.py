"""Every admin route needs sign-in; only admins manage users and tokens."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models import ApiToken, User
from tests.admin_support import make_user, post_form, sign_in
from web import create_app

# Endpoints under /admin that must answer without a signed-in user.
PUBLIC = {"auth.sign_in"}


def admin_routes() -> list[tuple[str, str, str]]:
    """(endpoint, method, url) for every rule under /admin, with sample values for its arguments."""
    from settings import load_config

    app = create_app({"HEARD_CONFIG": load_config(), "DATABASE_URL": "sqlite://", "SECRET_KEY": "x"})
    routes = []
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/admin") or rule.endpoint in PUBLIC:
            continue
        url = rule.rule
        for argument in rule.arguments:
            url = url.replace(f"<int:{argument}>", "1").replace(f"<{argument}>", "x")
            url = url.replace(f"<string:{argument}>", "x").replace(f"<path:{argument}>", "x")
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            routes.append((rule.endpoint, method, url))
    app.extensions["heard"].db.dispose()
    return routes


ROUTES = admin_routes()


def test_the_route_list_is_not_empty():
    endpoints = {endpoint for endpoint, _, _ in ROUTES}
    assert {
        "admin.dashboard",
        "admin.users",
        "admin.tokens",
        "admin.token_revoke",
        "auth.sign_out",
    } <= endpoints


@pytest.mark.parametrize(("endpoint", "method", "url"), ROUTES, ids=[f"{m} {u}" for _, m, u in ROUTES])
def test_every_admin_route_requires_sign_in(app, endpoint, method, url):
    app.config["WTF_CSRF_ENABLED"] = False  # so a POST reaches the sign-in check, not the CSRF check
    response = app.test_client().open(url, method=method)
    if endpoint == "auth.sign_out":
        assert response.status_code == 302 and response.location.startswith("/admin/sign-in")
        return
    assert response.status_code == 302, f"{method} {url} answered {response.status_code}"
    assert response.location.startswith("/admin/sign-in?next=")


ADMIN_ONLY = [(e, m, u) for e, m, u in ROUTES if e.startswith(("admin.user", "admin.token"))]


@pytest.mark.parametrize("role", ["viewer", "manager"])
@pytest.mark.parametrize(
    ("endpoint", "method", "url"), ADMIN_ONLY, ids=[f"{m} {u}" for _, m, u in ADMIN_ONLY]
)
def test_only_admins_manage_users_and_tokens(app, role, endpoint, method, url):
    db = app.extensions["heard"].db
    make_user(db, "staff@example.org", role, ("east",))
    client = app.test_client()
    sign_in(client, "staff@example.org")
    app.config["WTF_CSRF_ENABLED"] = False
    response = client.open(url, method=method)
    assert response.status_code == 403 and "You cannot see this page" in response.text


def test_nav_shows_admin_pages_to_admins_only(client, app):
    db = app.extensions["heard"].db
    make_user(db, "viewer@example.org", "viewer")
    sign_in(client, "viewer@example.org")
    page = client.get("/admin/").text
    assert 'href="/admin/"' in page and "/admin/users" not in page and "/admin/tokens" not in page


@pytest.fixture
def admin_client(client, app):
    make_user(app.extensions["heard"].db, "root@example.org", "admin")
    sign_in(client, "root@example.org")
    return client


def test_admin_creates_a_viewer_who_can_then_sign_in(admin_client, app):
    data = {
        "email": "New@Example.org",
        "role": "viewer",
        "teams": ["east", "carers"],
        "password": "long enough pw",
    }
    response = post_form(admin_client, "/admin/users/new", "/admin/users/new", data)
    assert response.status_code == 302
    assert "new@example.org" in admin_client.get("/admin/users").text
    with app.extensions["heard"].db.begin() as session:
        user = session.scalar(select(User).where(User.email == "new@example.org"))
        assert user.role == "viewer" and sorted(t.team for t in user.teams) == ["carers", "east"]
    assert sign_in(app.test_client(), "new@example.org", "long enough pw").status_code == 302


def test_short_password_and_duplicate_email_are_refused_with_a_message(admin_client):
    short = post_form(
        admin_client, "/admin/users/new", "/admin/users/new", {"email": "a@x.org", "password": "short"}
    )
    assert short.status_code == 200 and "at least 10 characters" in short.text
    again = {"email": "root@example.org", "role": "viewer", "password": "long enough pw"}
    duplicate = post_form(admin_client, "/admin/users/new", "/admin/users/new", again)
    assert "already has a login" in duplicate.text


def test_admin_changes_role_teams_and_deactivates(admin_client, app):
    db = app.extensions["heard"].db
    user_id = make_user(db, "ann@example.org", "viewer", ("east",))
    page = f"/admin/users/{user_id}"
    response = post_form(admin_client, page, page, {"role": "viewer", "teams": ["west"]})  # active unticked
    assert response.status_code == 302
    with db.begin() as session:
        user = session.get(User, user_id)
        assert user.active is False and [t.team for t in user.teams] == ["west"]
    assert sign_in(app.test_client(), "ann@example.org").status_code == 200  # refused


def test_the_last_admin_cannot_demote_themselves(admin_client, app):
    with app.extensions["heard"].db.begin() as session:
        root_id = session.scalar(select(User.id).where(User.email == "root@example.org"))
    page = f"/admin/users/{root_id}"
    response = post_form(admin_client, page, page, {"role": "viewer", "active": "y"})
    assert response.status_code == 200 and "last active admin" in response.text


def test_token_is_shown_once_works_and_can_be_revoked(admin_client, app):
    created = post_form(admin_client, "/admin/tokens", "/admin/tokens", {"name": "Power BI"})
    assert created.status_code == 200 and created.headers["Cache-Control"] == "no-store"
    token = created.text.split('id="new-token">')[1].split("<")[0]
    assert token.startswith("hrd_")
    assert token not in admin_client.get("/admin/tokens").text  # only shown that once
    api = app.test_client()
    headers = {"Authorization": f"Bearer {token}"}
    assert api.get("/api/v1/summary", headers=headers).status_code == 200
    with app.extensions["heard"].db.begin() as session:
        token_id = session.scalar(select(ApiToken.id))
    revoked = post_form(admin_client, "/admin/tokens", f"/admin/tokens/{token_id}/revoke", {})
    assert revoked.status_code == 302
    assert api.get("/api/v1/summary", headers=headers).status_code == 401
    assert "revoked" in admin_client.get("/admin/tokens").text


def test_a_token_can_be_limited_to_teams_from_the_page(admin_client, app):
    created = post_form(
        admin_client, "/admin/tokens", "/admin/tokens", {"name": "East BI", "teams": ["east"]}
    )
    assert created.status_code == 200 and "<td>East locality team</td>" in created.text
    with app.extensions["heard"].db.begin() as session:
        token = session.scalar(select(ApiToken))
        assert token.allowed_teams == frozenset({"east"})
