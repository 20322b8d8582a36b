"""Read replicas: reads go to a random replica, writes and migrations to the primary ("default").

Active only when ``DATABASE_REPLICA_URLS`` is set (config/settings.py adds the aliases
``replica_0``, ``replica_1``... and this router). Replicas lag the primary by a little, so a
reader must never miss its own writes; three rules keep that true:

- inside a transaction on the primary every read stays on the primary;
- once a request (or a management command) has written, the rest of it reads the primary;
- :class:`ReplicaPinMiddleware` then keeps that browser on the primary for a few seconds
  (``REPLICA_PIN_SECONDS``) with a cookie, so the page after "Save" shows what was saved.

Sessions, API tokens and login-attempt records always use the primary: a replica a second
behind would log a user out right after logging in.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

import environ
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Model
from django.http import HttpRequest, HttpResponse

REPLICA_PREFIX = "replica_"
PIN_COOKIE = "dealscope_primary"
# Tables whose staleness breaks logins or locks: read where they are written.
PRIMARY_ONLY_APPS = frozenset({"sessions", "knox", "axes", "accounts"})

# True once the current request or command has written; reads then stay on the primary.
_wrote: ContextVar[bool] = ContextVar("dealscope_wrote_to_primary", default=False)
# True while serving a browser that wrote a moment ago (it carries the pin cookie).
_pinned: ContextVar[bool] = ContextVar("dealscope_pinned_to_primary", default=False)


def replica_databases(urls: list[str], primary: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """DATABASES entries ``replica_0``, ``replica_1``... for ``urls``, tuned like ``primary``.

    Each replica keeps the primary's connection reuse and health checks, and is a test
    mirror of "default" so that a test run never creates a separate database for it.
    """
    replicas: dict[str, dict[str, Any]] = {}
    for index, url in enumerate(u.strip() for u in urls):
        if not url:
            continue
        config = environ.Env.db_url_config(url)
        if config["ENGINE"] != primary["ENGINE"]:
            raise ValueError(
                f"DATABASE_REPLICA_URLS entry {index} uses {config['ENGINE']}, "
                f"but the primary uses {primary['ENGINE']}: a replica must be the same database."
            )
        for key in ("CONN_MAX_AGE", "CONN_HEALTH_CHECKS", "OPTIONS"):
            if key in primary and key not in config:
                config[key] = primary[key]
        config["TEST"] = {"MIRROR": DEFAULT_DB_ALIAS}
        replicas[f"{REPLICA_PREFIX}{len(replicas)}"] = config
    return replicas


def replica_aliases() -> list[str]:
    """The configured replica aliases, in order."""
    return [alias for alias in connections if alias.startswith(REPLICA_PREFIX)]


class PrimaryReplicaRouter:
    """Send reads to a random replica and everything else to the primary."""

    def db_for_read(self, model: type[Model], **hints: Any) -> str:
        if _wrote.get() or _pinned.get() or connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return DEFAULT_DB_ALIAS
        if model._meta.app_label in PRIMARY_ONLY_APPS:
            return DEFAULT_DB_ALIAS
        instance = hints.get("instance")
        if instance is not None and instance._state.db:
            # Related objects come from where their parent was read: one consistent snapshot.
            return instance._state.db
        replicas = replica_aliases()
        return random.choice(replicas) if replicas else DEFAULT_DB_ALIAS

    def db_for_write(self, model: type[Model], **hints: Any) -> str:
        _wrote.set(True)
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1: Model, obj2: Model, **hints: Any) -> bool | None:
        # Replicas hold the primary's rows, so objects read from any of them may be related.
        ours = {DEFAULT_DB_ALIAS, *replica_aliases()}
        if obj1._state.db in ours and obj2._state.db in ours:
            return True
        return None

    def allow_migrate(
        self, db: str, app_label: str, model_name: str | None = None, **hints: Any
    ) -> bool:
        # Replicas receive the schema through replication, never from migrate.
        return db == DEFAULT_DB_ALIAS


class ReplicaPinMiddleware:
    """Read from the primary for the rest of a request that wrote, and briefly after it."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        wrote = _wrote.set(False)
        pinned = _pinned.set(PIN_COOKIE in request.COOKIES)
        try:
            response = self.get_response(request)
            if _wrote.get():
                # Only a write starts (or extends) the pin; reading under it does not.
                response.set_cookie(
                    PIN_COOKIE,
                    "1",
                    max_age=getattr(settings, "REPLICA_PIN_SECONDS", 5),
                    secure=settings.SESSION_COOKIE_SECURE,
                    httponly=True,
                    samesite="Lax",
                )
            return response
        finally:
            _wrote.reset(wrote)
            _pinned.reset(pinned)


def reset_pin() -> None:
    """Forget an earlier write in this context (tests and long-running workers)."""
    _wrote.set(False)
    _pinned.set(False)
