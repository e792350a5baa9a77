"""Personal data stays out of logs: addresses are logged only as a short keyed hash."""

from __future__ import annotations

import hashlib
import hmac


def address_hash(address: str | int, secret: str) -> str:
    """A short, stable, keyed hash of a phone number or chat id, safe to log.

    Keyed (HMAC with SECRET_KEY) so nobody can hash every UK mobile number
    and reverse it; ten hex characters are enough to follow one person in logs.
    """
    digest = hmac.new(secret.encode(), str(address).encode("utf-8", "surrogatepass"), hashlib.sha256)
    return "addr:" + digest.hexdigest()[:10]
