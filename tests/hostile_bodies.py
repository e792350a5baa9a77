"""Hypothesis strategies for hostile webhook bodies: unicode, huge, control characters, injections."""

from __future__ import annotations

import json
import os
from typing import Any
from urllib.parse import urlencode

from hypothesis import strategies as st

# Payloads aimed at the admin (HTML), the database (SQL) and spreadsheets (CSV formulas).
PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "</textarea><svg onload=alert(1)>",
    "'; DROP TABLE messages; --",
    "1' OR '1'='1",
    '=HYPERLINK("http://x.invalid","click")',
    "+SUM(1+1)*cmd|' /C calc'!A0",
    "@SUM(1)",
    "-1+1",
    "\x00\x01\x07\x1b[31m\x7f\u202e\ufeff\r\n",
    "{{7*7}} {% raw %}${7*7}",
    "%s%s%n %x",
    "STOP",
    "1",
    "👍👍",
]
HUGE = ["x" * 200_000, "👍" * 60_000, "A" * 1_100_000]  # the last is over MAX_WEBHOOK_BYTES
# One request in ~30 carries a huge field: encoding megabytes every time would eat the time budget.
huge = st.sampled_from([None] * 90 + HUGE)

# Bodies per webhook, half signed: HEARD_FUZZ_EXAMPLES=10000 for the full run (docs/operations.md);
# the default keeps `make test` within its time budget on both databases.
EXAMPLES = int(os.environ.get("HEARD_FUZZ_EXAMPLES", "0")) or (
    600 if os.environ.get("DATABASE_URL", "").startswith("postgres") else 2_000
)

texts = st.one_of(
    st.text(max_size=200),
    st.sampled_from(PAYLOADS),
    st.lists(st.sampled_from(PAYLOADS), min_size=2, max_size=4).map("".join),
)


def form_pairs(fields: list[str], numbers: list[str]) -> st.SearchStrategy[list[tuple[str, str]]]:
    """Form fields as (name, value) pairs: known and unknown names, some missing, some repeated."""
    name = st.one_of(st.sampled_from(fields), st.text(max_size=20))
    value = st.one_of(texts, st.sampled_from(numbers))
    return st.lists(st.tuples(name, value), max_size=12)


CONTENT_TYPES = [
    "application/x-www-form-urlencoded",
    "multipart/form-data",
    "application/json",
    "text/plain; charset=utf-8",
    "application/xml",
    "application/x-www-form-urlencoded; charset=latin-1",
    None,
]


@st.composite
def raw_bodies(draw: st.DrawFn) -> bytes:
    """Bytes that need not be valid anything: arbitrary, bad UTF-8, broken JSON, huge."""
    return draw(
        st.one_of(
            st.binary(max_size=300),
            texts.map(lambda t: t.encode("utf-8")),
            st.sampled_from([b"\xff\xfe\x00", b"{not json", b"[]", b'"x"', b"null", b"%%%", b"a=%ZZ&b"]),
        )
    )


def json_values() -> st.SearchStrategy[Any]:
    """Any JSON value, with hostile strings."""
    scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), texts)
    return st.recursive(
        scalars,
        lambda inner: st.one_of(
            st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)
        ),
        max_leaves=12,
    )


def encode_form(pairs: list[tuple[str, str]]) -> bytes:
    return urlencode(pairs).encode("ascii")


def dump(value: Any) -> bytes:
    return json.dumps(value).encode("utf-8")
