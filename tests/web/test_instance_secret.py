"""The SECRET_KEY kept in instance/ when none is set: one key, even when processes start at once."""

from __future__ import annotations

import stat
import threading

from web import _instance_secret


def test_the_key_is_made_once_readable_only_by_its_owner_and_kept(tmp_path):
    instance = tmp_path / "instance"
    key = _instance_secret(instance)
    assert len(key) == 64 and _instance_secret(instance) == key
    assert stat.S_IMODE((instance / "secret_key").stat().st_mode) == 0o600
    assert [p.name for p in instance.iterdir()] == ["secret_key"]  # no draft left behind


def test_starting_at_once_everyone_gets_the_same_key(tmp_path):
    """gunicorn workers (or test workers) starting together must not each make a key of their own."""
    for attempt in range(10):
        instance = tmp_path / str(attempt)
        start = threading.Barrier(8)
        keys: list[str] = []

        def start_up(instance=instance, start=start, keys=keys) -> None:
            start.wait()
            keys.append(_instance_secret(instance))

        threads = [threading.Thread(target=start_up) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(keys) == 8 and len(set(keys)) == 1, keys
        assert keys[0] == (instance / "secret_key").read_text()
