"""The app's Flask class (web/app_class.py): a function's sync check made once, answered as Flask does."""

from __future__ import annotations

from dataclasses import dataclass

import flask.app
import pytest
from flask import Flask

from web.app_class import HeardFlask


def test_each_hook_and_view_is_asked_about_once_whatever_the_number_of_requests(app, monkeypatch):
    asked = []
    real = flask.app.iscoroutinefunction
    monkeypatch.setattr(flask.app, "iscoroutinefunction", lambda func: asked.append(func) or real(func))
    client = app.test_client()
    for _ in range(3):
        assert client.get("/healthz").status_code == 200
    assert asked, "Flask asks about its hooks"
    assert len(asked) == len(set(asked))  # Flask's own asks about each again on every request


@dataclass  # eq without a hash: its bound methods cannot be remembered
class _Unhashable:
    def hook(self) -> None:
        return None


class _Hashable:
    def hook(self) -> None:
        return None


def _plain() -> None:
    return None


async def _coroutine() -> None:
    return None


def _answer(app: Flask, base: type[Flask], func) -> object:
    try:
        synced = base.ensure_sync(app, func)
    except RuntimeError as error:  # Flask's async support needs asgiref
        return ("raised", str(error))
    return "as it is" if synced is func else "wrapped"


@pytest.mark.parametrize("func", [_plain, _Hashable().hook, _Unhashable().hook, _coroutine])
def test_every_answer_is_flasks_the_first_time_and_every_time_after(func):
    app = HeardFlask(__name__)
    flasks = _answer(app, Flask, func)
    assert [_answer(app, HeardFlask, func) for _ in range(3)] == [flasks] * 3
