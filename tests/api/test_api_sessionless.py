"""The API opens no cookie session (web/webhooks/sessionless.py): a staff cookie sent with a
bearer token is neither read nor re-signed, and the admin beside it still uses its session."""

from __future__ import annotations

import pytest
from flask.sessions import SecureCookieSessionInterface

from tests.admin_support import make_user, sign_in


@pytest.fixture
def token(runner) -> str:
    result = runner.invoke(args=["create-api-token", "powerbi"])
    assert result.exit_code == 0, result.output
    return result.output.strip().splitlines()[-1]


@pytest.mark.parametrize("path", ["/api/v1/summary", "/api/v1/responses", "/api/v1/nowhere"])
def test_an_api_call_with_a_staff_cookie_opens_and_sends_no_session(app, client, token, monkeypatch, path):
    make_user(app.extensions["heard"].db, "ann@example.org", "manager")
    assert sign_in(client, "ann@example.org").status_code == 302
    cookie = client.get_cookie("session")
    assert cookie is not None
    opened: list[str] = []
    real_open = SecureCookieSessionInterface.open_session

    def counting_open(self, app_, request):
        opened.append(request.path)
        return real_open(self, app_, request)

    monkeypatch.setattr(SecureCookieSessionInterface, "open_session", counting_open)
    response = client.get(path, headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == (404 if path.endswith("nowhere") else 200)
    assert "Set-Cookie" not in response.headers and "Cookie" not in response.headers.get("Vary", "")
    assert opened == []
    assert client.get_cookie("session").value == cookie.value  # kept as it was
    page = client.get("/admin/")
    assert page.status_code == 200 and "ann@example.org" in page.text
    assert opened == ["/admin/"] and "Set-Cookie" in page.headers


def test_the_cookie_alone_does_not_open_the_api(app, client):
    make_user(app.extensions["heard"].db, "ann@example.org", "manager")
    assert sign_in(client, "ann@example.org").status_code == 302
    response = client.get("/api/v1/summary")
    assert response.status_code == 401 and "Set-Cookie" not in response.headers
