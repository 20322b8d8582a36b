"""The shared cache: Django's own RedisCache when REDIS_URL is set, tested against a real Redis.

bench/cache_backends.py compares it with the custom backend it replaced (one client object per
connection pool): CI runs both in the same run, and the custom one was 6-11% faster, under the
20% that would have justified keeping it.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_setup import _settings_in_subprocess


def test_redis_url_selects_djangos_redis_backend() -> None:
    result = _settings_in_subprocess(
        {"DEBUG": "true", "REDIS_URL": "redis://cache.example:6379/2"},
        "s.CACHES['default']['BACKEND'], s.CACHES['default']['LOCATION'], s.RESULT_CACHE_ENABLED",
    )
    assert result.stdout.split() == [
        "django.core.cache.backends.redis.RedisCache",
        "redis://cache.example:6379/2",
        "True",
    ]
    local = _settings_in_subprocess({"DEBUG": "true", "REDIS_URL": ""}, "s.RESULT_CACHE_ENABLED")
    assert local.stdout.strip() == "False"


def test_it_is_a_working_shared_cache(redis_cache: Any) -> None:
    from django.core.cache import caches
    from django.core.cache.backends.redis import RedisCache

    assert isinstance(caches["default"], RedisCache)
    redis_cache.set("k", {"n": 1}, 30)
    assert redis_cache.get("k") == {"n": 1}
    assert redis_cache.add("k", "other") is False
    redis_cache.set("counter", 0, 30)
    assert redis_cache.incr("counter") == 1
    redis_cache.delete("k")
    assert redis_cache.get("k", "gone") == "gone"


def test_a_second_client_sees_the_first_ones_writes(redis_cache: Any, redis_url: str) -> None:
    # What "shared by every gunicorn worker" means: another connection, another cache object.
    from django.core.cache import caches
    from django.core.cache.backends.redis import RedisCache

    other = RedisCache(redis_url, {"KEY_PREFIX": caches["default"].key_prefix})
    redis_cache.set("seen-by-others", 7, 30)
    assert other.get("seen-by-others") == 7


@pytest.mark.django_db
def test_the_api_throttle_counts_in_redis(redis_cache: Any, settings: Any) -> None:
    from rest_framework.test import APIClient

    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "2/minute", "user": None},
    }
    client = APIClient()
    assert [client.get("/api/v1/deals/").status_code for _ in range(3)] == [200, 200, 429]
    from django.core.cache import caches

    keys = redis_cache._cache.get_client().keys(f"{caches['default'].key_prefix}:*")
    assert any(b"throttle_anon" in key for key in keys)
