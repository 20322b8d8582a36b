"""The benchmark's database and settings: production-like, on PostgreSQL, seeded once."""

from __future__ import annotations

import os
import socket
import sys
from urllib.parse import urlsplit, urlunsplit

BENCH_URL = "postgres://postgres@127.0.0.1:5432/dealscope_bench"
SCALE_URL = "postgres://postgres@127.0.0.1:5432/dealscope_bench_scale"
REDIS_URL = "redis://127.0.0.1:6379/15"  # a database of its own, cleared before each run


def configure_environment(database_url: str) -> None:
    """Production-like settings for a local run: DEBUG off, plain HTTP, no throttling 429s."""
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("SECRET_KEY", "bench-only-" + "x" * 40)
    os.environ["ALLOWED_HOSTS"] = "testserver,127.0.0.1,localhost"
    os.environ["SECURE_SSL_REDIRECT"] = "false"  # loopback speaks HTTP
    # The throttles still run (their cost is part of a request); the rate only keeps a load
    # test from turning into 429s.
    os.environ["API_THROTTLE_ANON"] = "10000000/s"
    os.environ["API_THROTTLE_USER"] = "10000000/s"
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    # Redis, when it runs here, as in production: the throttles' counters live there. The
    # result cache (deals/result_cache.py) stays off, so that every row does its real work;
    # the rows marked "result cache" turn it on, to show what it saves.
    if redis_available():
        os.environ.setdefault("REDIS_URL", REDIS_URL)
    os.environ["RESULT_CACHE"] = "false"


def redis_available() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


def ensure_database(url: str) -> None:
    """Create the database named in ``url`` if the server does not have it yet."""
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urlunsplit(parts._replace(path="/postgres"))
    try:
        with psycopg.connect(admin, autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as error:
        sys.exit(f"PostgreSQL is not reachable at {admin}: {error}".strip())


def prepare(deals: int, seed: int) -> None:
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("seed_synthetic", deals=deals, seed=seed, verbosity=1)
    # DEBUG off serves hashed static names from the manifest that collectstatic writes.
    call_command("collectstatic", verbosity=0, interactive=False)
