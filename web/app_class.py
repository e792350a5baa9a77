"""The app's Flask class: each hook's and view's sync check made once, not on every request."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Flask

# Hooks, views and error handlers are a few dozen; a caller handing new callables each time stops here.
KNOWN_LIMIT = 1024


class HeardFlask(Flask):
    """Flask, remembering which functions are plain `def`s.

    Flask passes every before- and after-request hook, the view and each teardown
    through `ensure_sync` on every request, and each time asks `inspect` whether it is a
    coroutine function: six questions a webhook whose answers never change.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._plain: set[Callable[..., Any]] = set()

    def ensure_sync(self, func: Callable[..., Any]) -> Callable[..., Any]:
        try:
            if func in self._plain:
                return func
        except TypeError:  # a bound method of an unhashable object: asked every time, as Flask does
            return super().ensure_sync(func)
        synced = super().ensure_sync(func)
        if synced is func and len(self._plain) < KNOWN_LIMIT:  # an `async def` is wrapped anew each time
            self._plain.add(func)
        return synced
