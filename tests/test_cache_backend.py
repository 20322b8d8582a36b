"""config/cache.py: Django's Redis backend reusing its client objects (needs Redis here)."""

from __future__ import annotations

import socket
import uuid

import pytest

from config.cache import ReusingRedisCache


def _redis_up() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


pytestmark = pytest.mark.skipif(not _redis_up(), reason="no Redis at 127.0.0.1:6379")


def test_it_is_a_working_cache_that_reuses_one_client() -> None:
    cache = ReusingRedisCache("redis://127.0.0.1:6379/14", {"KEY_PREFIX": uuid.uuid4().hex})
    cache.set("k", {"n": 1}, 30)
    assert cache.get("k") == {"n": 1}
    cache.set("counter", 0, 30)
    assert cache.incr("counter") == 1
    cache.delete("k")
    assert cache.get("k", "gone") == "gone"
    client = cache._cache
    assert client.get_client() is client.get_client()
    assert client.get_client(write=True) is client.get_client(write=True)
