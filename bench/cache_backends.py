"""Django's built-in Redis cache against a variant that reuses its client objects.

    python bench/cache_backends.py [--url redis://127.0.0.1:6379/15] [--batches 400] [--ops 25]

DealScope used a custom backend (``ReusingRedisCache``) that kept one ``redis.Redis`` client per
connection pool instead of building one per call, as Django's ``RedisCache`` does. The rule is
to use the built-in backend unless this benchmark, run in the same CI run, shows the custom one
at least 20% faster. Both run the cache calls of one API request (the anonymous throttle's
get + set, the result cache's data-version get and entry get) against the same Redis, in
small batches that alternate between the two, so that other load on the machine hits both
alike; the medians over the batches are compared (wall time, and the process's CPU time, which
is where the two differ and which waiting for Redis does not blur). Prints them and the
decision; exits 0 either way (a decision, not a test).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
THRESHOLD = 0.20  # the custom backend must be at least this much faster to be kept


def _setup() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("DEBUG", "true")
    import django

    django.setup()


def _backends() -> dict[str, type]:
    from django.core.cache.backends.redis import RedisCache, RedisCacheClient

    class ReusingRedisCacheClient(RedisCacheClient):
        """The former config/cache.py: one ``redis.Redis`` per connection pool."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._clients: dict[int, Any] = {}

        def get_client(self, key: Any = None, *, write: bool = False) -> Any:
            # Private helpers of Django's client, which django-stubs does not declare.
            pool = self._get_connection_pool(write)  # type: ignore[attr-defined]
            client = self._clients.get(id(pool))
            if client is None:
                make = self._client  # type: ignore[attr-defined]
                client = self._clients.setdefault(id(pool), make(connection_pool=pool))
            return client

    class ReusingRedisCache(RedisCache):
        def __init__(self, server: str, params: dict[str, Any]) -> None:
            super().__init__(server, params)
            self._class = ReusingRedisCacheClient

    return {"django": RedisCache, "reusing": ReusingRedisCache}


def _one_request(cache: Any, n: int) -> None:
    """The cache calls of one anonymous API list request."""
    history = cache.get("throttle_anon_127.0.0.1", [])  # AnonThrottle
    cache.set("throttle_anon_127.0.0.1", [n, *history[:5]], 60)
    version = cache.get("dealscope:data-version")  # core/result_cache.py
    cache.get(f"dealscope:count:{version}:entry")


def _batch(cache: Any, ops: int) -> tuple[float, float]:
    """Microseconds of wall and CPU time per API request's worth of cache calls."""
    wall, cpu = time.perf_counter(), time.process_time()
    for n in range(ops):
        _one_request(cache, n)
    return (time.perf_counter() - wall) / ops * 1e6, (time.process_time() - cpu) / ops * 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default_url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    parser.add_argument("--url", default=default_url)
    parser.add_argument("--batches", type=int, default=400)
    parser.add_argument("--ops", type=int, default=25, help="requests per batch")
    args = parser.parse_args()
    _setup()
    prefix = f"bench-{uuid.uuid4().hex}"
    caches = {name: cls(args.url, {"KEY_PREFIX": prefix}) for name, cls in _backends().items()}
    for cache in caches.values():
        cache.set("dealscope:data-version", "v1", 60)
        cache.set("dealscope:count:v1:entry", 42, 60)
        _batch(cache, 200)  # warm: connections open, code paths hot
    wall: dict[str, list[float]] = {name: [] for name in caches}
    cpu: dict[str, list[float]] = {name: [] for name in caches}
    for i in range(args.batches):
        order = list(caches) if i % 2 else list(reversed(caches))
        for name in order:
            w, c = _batch(caches[name], args.ops)
            wall[name].append(w)
            cpu[name].append(c)
    med_wall = {name: statistics.median(v) for name, v in wall.items()}
    med_cpu = {name: statistics.median(v) for name, v in cpu.items()}
    for name in caches:
        print(
            f"{name:8s} median {med_wall[name]:6.1f} µs wall, {med_cpu[name]:6.1f} µs CPU "
            "per request's cache calls (4 calls)"
        )
    faster = med_wall["django"] / med_wall["reusing"] - 1
    faster_cpu = med_cpu["django"] / med_cpu["reusing"] - 1
    verdict = "keep the custom backend" if faster >= THRESHOLD else "use Django's RedisCache"
    print(
        f"reusing clients is {faster:+.1%} faster in wall time ({faster_cpu:+.1%} in CPU) than "
        f"Django's RedisCache; threshold {THRESHOLD:.0%}: {verdict}"
    )
    for cache in caches.values():
        for key in (
            "throttle_anon_127.0.0.1",
            "dealscope:data-version",
            "dealscope:count:v1:entry",
        ):
            cache.delete(key)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
