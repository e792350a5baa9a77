"""TRUSTED_PROXIES: X-Forwarded-* headers count only when the deployment says a proxy sets them."""

from __future__ import annotations

import pytest
from flask import request

from settings import ConfigError, Environment

FORWARDED = {
    "X-Forwarded-Proto": "https",
    "X-Forwarded-For": "203.0.113.9",
    "X-Forwarded-Host": "heard.example.org",
}


def seen_by_the_app(monkeypatch, config, database_url, proxies: str | None) -> dict:
    from web import create_app

    if proxies is not None:
        monkeypatch.setenv("TRUSTED_PROXIES", proxies)
    app = create_app(
        {"TESTING": True, "HEARD_CONFIG": config, "DATABASE_URL": database_url, "SECRET_KEY": "t"}
    )

    @app.get("/_seen")
    def seen() -> dict:
        return {"secure": request.is_secure, "remote": request.remote_addr, "host": request.host}

    try:
        return app.test_client().get("/_seen", headers=FORWARDED).get_json()
    finally:
        app.extensions["heard"].db.dispose()


@pytest.mark.parametrize("proxies", [None, "0"])
def test_forwarded_headers_are_ignored_without_a_trusted_proxy(monkeypatch, config, database_url, proxies):
    seen = seen_by_the_app(monkeypatch, config, database_url, proxies)
    assert seen == {"secure": False, "remote": "127.0.0.1", "host": "localhost"}


def test_one_trusted_proxy_makes_the_forwarded_scheme_address_and_host_count(
    monkeypatch, config, database_url
):
    seen = seen_by_the_app(monkeypatch, config, database_url, "1")
    assert seen == {"secure": True, "remote": "203.0.113.9", "host": "heard.example.org"}


def test_trusted_proxies_must_be_a_number():
    with pytest.raises(ConfigError, match="TRUSTED_PROXIES"):
        Environment.from_environ({"TRUSTED_PROXIES": "yes"})
