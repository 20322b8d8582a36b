"""Bounded read/write load test against gunicorn on PostgreSQL (`make loadtest`).

Readers fetch the deal list, a deal and the browse page; writers create deals through the API.
At the end the number of deals created must equal the number of 201 responses, with no 5xx.
Traffic goes to 127.0.0.1 only; every loop stops after --seconds (at most 60).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.server import Server  # noqa: E402 - needs the project root on the path

DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/dealscope_loadtest"


def _manage(env: dict[str, str], *args: str) -> str:
    return subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True,
        capture_output=True, text=True,
    ).stdout  # fmt: skip


def _deal_count(env: dict[str, str]) -> int:
    count = "from deals.models import Deal; print(Deal.objects.count())"
    return int(_manage(env, "shell", "--no-imports", "-c", count).strip().splitlines()[-1])


def _request(url: str, *, data: dict | None = None, token: str = "") -> int:
    body = json.dumps(data).encode() if data is not None else None
    request = urllib.request.Request(url, data=body, method="POST" if body else "GET")  # noqa: S310
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Token {token}")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - loopback only  # nosec B310 - loopback URLs this script builds
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 599  # connection failure counts as a server error


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--readers", type=int, default=6)
    parser.add_argument("--writers", type=int, default=4)
    args = parser.parse_args()
    seconds = min(args.seconds, 60)

    db = os.environ.get("DATABASE_URL", DEFAULT_DB)
    if not db.startswith(("postgres://", "postgresql://")):
        print("loadtest needs a PostgreSQL DATABASE_URL")
        return 2
    if db == DEFAULT_DB:
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", "dealscope_loadtest"],  # noqa: S607
                       capture_output=True, check=False)  # fmt: skip
    env = {
        **os.environ, "DATABASE_URL": db, "DEBUG": "false",
        "SECRET_KEY": "loadtest-only-key-" + "0123456789" * 5,  # settings refuse short keys
        "ALLOWED_HOSTS": "127.0.0.1", "SECURE_SSL_REDIRECT": "false",
        "API_THROTTLE_ANON": "100000/min", "API_THROTTLE_USER": "100000/min",
    }  # fmt: skip
    _manage(env, "migrate", "--noinput")
    _manage(env, "collectstatic", "--noinput")  # DEBUG off serves hashed files from a manifest
    _manage(env, "load_demo")
    _manage(env, "shell", "-c",
            "from django.contrib.auth.models import User, Group;"
            "u,_=User.objects.get_or_create(username='loadtest-writer');"
            "u.groups.add(Group.objects.get(name='Analyst'))")  # fmt: skip
    token = _manage(env, "create_api_token", "loadtest-writer", "--write").strip().split()[-1]
    before = _deal_count(env)

    # The benchmark's gunicorn runner; it starts the server with this process's environment.
    os.environ.update(env)
    server = Server("config.wsgi:application", workers=4)
    base = server.base
    try:
        server.wait("/healthz")
        statuses: Counter[int] = Counter()
        created: Counter[str] = Counter()
        lock = threading.Lock()
        deadline = time.monotonic() + seconds

        def reader() -> None:
            paths = ["/api/v1/deals/?page_size=50", "/deals/", "/api/v1/deals/?conference=jpm-2026"]
            i = 0
            while time.monotonic() < deadline:
                code = _request(base + paths[i % len(paths)])
                i += 1
                with lock:
                    statuses[code] += 1

        def writer(n: int) -> None:
            i = 0
            while time.monotonic() < deadline:
                i += 1
                body = {
                    "title": f"Load test deal {n}-{i}", "deal_type": "license",
                    "status": "announced", "announced_on": "2026-01-12",
                    "visibility": "internal",
                    "parties": [{"role": "licensor", "company": "remegen"}],
                    "payments": [{"kind": "upfront_cash", "disclosed": True,
                                  "amount": "1000000.00", "currency": "USD"}],
                }  # fmt: skip
                code = _request(f"{base}/api/v1/deals/", data=body, token=token)
                with lock:
                    statuses[code] += 1
                    if code == 201:
                        created["201"] += 1

        threads = [threading.Thread(target=reader) for _ in range(args.readers)]
        threads += [threading.Thread(target=writer, args=(n,)) for n in range(args.writers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        server.stop()

    after = _deal_count(env)
    total = sum(statuses.values())
    errors = sum(n for code, n in statuses.items() if code >= 500)
    rows = after - before
    print(f"load test: {seconds} s, {args.readers} readers + {args.writers} writers")
    print(f"requests {total} ({total / seconds:.1f}/s), statuses {dict(sorted(statuses.items()))}")
    print(f"5xx errors {errors}; 201 responses {created['201']}; deals added {rows}")
    ok = errors == 0 and rows == created["201"]
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
