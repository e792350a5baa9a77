"""Things worked out from `config.yaml` once per worker, not once per message.

A `Config` is a pydantic model and not hashable, so results are kept by the
config's identity; each entry holds its config, so the id cannot be reused by
another object while it is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import wraps
from typing import Concatenate, ParamSpec, TypeVar

from settings import Config

_P = ParamSpec("_P")
_T = TypeVar("_T")
# Tests build many configs; a worker has one. Past this many entries the cache starts again.
CACHE_LIMIT = 256


def once_per_config(build: Callable[Concatenate[Config, _P], _T]) -> Callable[Concatenate[Config, _P], _T]:
    """`build(config, *keys)`, computed once per config object and (hashable) keys."""
    cache: dict[tuple[Hashable, ...], tuple[Config, _T]] = {}

    @wraps(build)
    def cached(config: Config, *args: _P.args, **kwargs: _P.kwargs) -> _T:
        key = (id(config), *args, *sorted(kwargs.items()))
        found = cache.get(key)
        if found is not None and found[0] is config:
            return found[1]
        value = build(config, *args, **kwargs)
        if len(cache) >= CACHE_LIMIT:
            cache.clear()
        cache[key] = (config, value)
        return value

    return cached
