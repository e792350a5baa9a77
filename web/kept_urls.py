"""The templates' url_for, each address remembered per worker.

A page's links to its stylesheet, scripts, sign-out and the nav are the same for every
request at the same address prefix, and Flask builds each anew (the dashboard asks for
seven: a rule looked up, its arguments checked, each part quoted). Only addresses that
depend on nothing but the endpoint, its arguments and the prefix are kept: not `_external`
ones or any with another `_` option, not blueprint-relative ones (".x"), none outside a
request. The app registers no `url_defaults`; one that did would have to be added to the key.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, has_request_context, request

KEPT_LIMIT = 2048  # endpoints x arguments seen: a few hundred in practice; past it, built each time


def init_app(app: Flask) -> None:
    build = app.url_for
    kept: dict[tuple, str] = {}

    def url_for(endpoint: str, /, **values: Any) -> str:
        if endpoint.startswith(".") or not has_request_context() or any(k.startswith("_") for k in values):
            return build(endpoint, **values)
        # Each value's type too: True and 1 are equal keys but not the same address.
        key = (endpoint, request.script_root, *((k, v.__class__, v) for k, v in values.items()))
        try:
            url = kept.get(key)
        except TypeError:  # an unhashable argument: built each time
            return build(endpoint, **values)
        if url is None:
            url = build(endpoint, **values)
            if len(kept) < KEPT_LIMIT:
                kept[key] = url
        return url

    app.jinja_env.globals["url_for"] = url_for
