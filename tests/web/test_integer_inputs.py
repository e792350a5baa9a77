"""No whole number in a URL, query string or form can make a 500 (issue 21, finding 4).

Routes come from the app's URL map, so a new route is covered without anyone listing it.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.admin_support import make_user, sign_in
from tests.factories import api_token

# Query and form fields that carry numbers somewhere in the app.
NUMBER_FIELDS = ("page", "cursor", "limit", "assignee", "user", "period", "outreach_message_id")
ALL_SCOPES = ("responses:read", "alerts:read", "contacts:write", "callbacks:reply")
SKIP_PREFIXES = ("/static", "/webhooks")  # webhooks need provider signatures: fuzzed in their own tests
ARGUMENT = re.compile(r"<(?:[a-z]+:)?([a-z_]+)>")

HOSTILE = ("0", "-1", "2147483648", "9223372036854775808", "99999999999999999999999", "1e9", "²", "١")
numbers = st.integers(min_value=-(10**30), max_value=10**30).map(str)


def routes(app=None) -> list[tuple[str, str]]:
    """(method, rule) for every route the app serves, bar the skipped prefixes."""
    if app is None:
        from settings import load_config
        from web import create_app

        built = create_app({"HEARD_CONFIG": load_config(), "DATABASE_URL": "sqlite://", "SECRET_KEY": "x"})
        try:
            return routes(built)
        finally:
            built.extensions["heard"].db.dispose()
    found = []
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith(SKIP_PREFIXES):
            continue
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            found.append((method, rule.rule))
    return found


@pytest.fixture
def signed_in_admin(app, client):
    make_user(app.extensions["heard"].db, "root@example.org", "admin")
    sign_in(client, "root@example.org")
    app.config["WTF_CSRF_ENABLED"] = False  # reach the route, not the CSRF check
    return client


def test_every_route_is_in_the_list(app):
    rules = {rule for _, rule in routes(app)}
    assert {"/admin/alerts/<int:alert_id>", "/admin/outreach", "/api/v1/alerts"} <= rules


ROUTES = routes()


def ask(app, client, runner, method: str, rule: str, number: str) -> None:
    """`number` in every path argument, query field and form field of one route: never a 500."""
    url = ARGUMENT.sub(number, rule)
    query = {field: number for field in NUMBER_FIELDS}
    headers = {}
    if rule.startswith("/api/"):
        scopes = [arg for scope in ALL_SCOPES for arg in ("--scope", scope)]
        headers["Authorization"] = "Bearer " + app.config.setdefault(
            "_fuzz_token", api_token(runner, "fuzz", *scopes)
        )
    response = client.open(url, method=method, query_string=query, data=query, headers=headers)
    assert response.status_code < 500, f"{method} {url} with {number!r} answered {response.status_code}"


@pytest.mark.parametrize(("method", "rule"), ROUTES, ids=[f"{m} {r}" for m, r in ROUTES])
@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(number=numbers)
def test_no_number_anywhere_makes_a_500(app, signed_in_admin, runner, method, rule, number):
    ask(app, signed_in_admin, runner, method, rule, number)
    for hostile in HOSTILE:
        ask(app, signed_in_admin, runner, method, rule, hostile)


@pytest.mark.parametrize(
    "url",
    [
        "/admin/outreach?page=99999999999999999999999",
        "/admin/audit?page=99999999999999999999999",
        "/admin/comments?page=99999999999999999999999",
        "/admin/conversations/99999999999999999999999",
        "/admin/alerts/99999999999999999999999",
        "/admin/alerts/99999999999999999999999/conversation",
    ],
)
def test_the_reported_urls_answer_without_a_500(signed_in_admin, url):
    response = signed_in_admin.get(url)
    assert response.status_code == (200 if "page=" in url else 404)


def test_an_oversized_assignee_is_a_400(signed_in_admin):
    response = signed_in_admin.post("/admin/alerts/1/assign", data={"assignee": "99999999999999999999999"})
    assert response.status_code == 400
