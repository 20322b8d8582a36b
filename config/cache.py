"""Django's Redis cache backend, without a new client object for every cache call.

``django.core.cache.backends.redis`` builds a ``redis.Redis`` client per operation, and each
one builds its table of ~170 response callbacks: about a tenth of a millisecond per call, and an
API request makes several (throttles, result cache). A client only wraps a connection pool and
is thread-safe, so one per pool is kept and reused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

if TYPE_CHECKING:
    from redis import ConnectionPool, Redis


class ReusingRedisCacheClient(RedisCacheClient):
    """RedisCacheClient that keeps one ``redis.Redis`` per connection pool."""

    # Django's private helpers this class builds on (django-stubs leaves them out): the pool
    # for reads or writes, and the client class (redis.Redis).
    _get_connection_pool: Callable[[bool], ConnectionPool]
    _client: type[Redis]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, Any] = {}

    def get_client(self, key: Any = None, *, write: bool = False) -> Any:
        pool = self._get_connection_pool(write)  # pools live as long as this object
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients.setdefault(id(pool), self._client(connection_pool=pool))
        return client


class ReusingRedisCache(RedisCache):
    """The cache backend named in settings.CACHES when REDIS_URL is set."""

    def __init__(self, server: str, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient
