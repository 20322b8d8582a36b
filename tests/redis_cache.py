"""Redis for the tests: which server, and a cache that cleans up only after itself.

``TEST_REDIS_URL`` names the Redis database the tests use (``.ci/run`` starts a server and sets
it; locally the default is database 15 on 127.0.0.1). When it is set and nothing answers, the
Redis tests fail; when it is unset they are skipped, so a laptop without Redis still runs the
suite.

The tests use Django's own ``RedisCache``, the production backend, with one change: ``clear()``
deletes this test's keys (a unique prefix) instead of flushing the whole database, which other
processes on a shared Redis may be using.
"""

from __future__ import annotations

import os
from typing import Any

import redis
from django.core.cache.backends.redis import RedisCache

DEFAULT_URL = "redis://127.0.0.1:6379/15"


def test_redis_url() -> tuple[str, bool]:
    """The URL, and whether it was asked for explicitly (then a dead server is a failure)."""
    url = os.environ.get("TEST_REDIS_URL", "")
    return (url or DEFAULT_URL), bool(url)


test_redis_url.__test__ = False  # type: ignore[attr-defined]  # a helper, not a pytest test


def redis_answers(url: str) -> bool:
    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=0.5).ping())
    except redis.RedisError:
        return False


class PrefixClearingRedisCache(RedisCache):
    """Django's RedisCache whose ``clear()`` removes only the keys under its own prefix."""

    def clear(self) -> None:
        client = self._cache.get_client(write=True)
        keys = list(client.scan_iter(match=f"{self.key_prefix}:*", count=500))
        if keys:
            client.delete(*keys)


def cache_settings(url: str, prefix: str, **options: Any) -> dict[str, Any]:
    """settings.CACHES for a test on Redis."""
    return {
        "default": {
            "BACKEND": "tests.redis_cache.PrefixClearingRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": prefix,
            **options,
        }
    }
