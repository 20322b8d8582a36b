"""Production settings and security headers."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_deploy_check_passes_with_production_settings() -> None:
    env = {
        **{
            k: v
            for k, v in os.environ.items()
            if k not in {"DEBUG", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
        },
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "dealscope.example.org",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/admin/login/", "/healthz"])
def test_responses_carry_security_headers(client, settings, path: str) -> None:
    settings.SECURE_HSTS_SECONDS = 31_536_000
    response = client.get(path, secure=True)
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


@pytest.mark.django_db
def test_plain_http_is_redirected_to_https_in_production(client, settings) -> None:
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/healthz")
    assert response.status_code == 301
    assert response["Location"].startswith("https://")


def _admin_login(client, username: str, password: str, ip: str):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
    )


@pytest.fixture
def axes_on(settings):
    from datetime import timedelta

    settings.AUTHENTICATION_BACKENDS = [
        "axes.backends.AxesStandaloneBackend",
        "django.contrib.auth.backends.ModelBackend",
    ]
    settings.AXES_FAILURE_LIMIT = 3
    settings.AXES_COOLOFF_TIME = timedelta(seconds=1)
    return settings


@pytest.mark.django_db
def test_admin_login_locks_after_repeated_failures_for_that_user_and_ip_only(
    client, django_user_model, axes_on
) -> None:
    django_user_model.objects.create_user("ana", password="right-pass-123", is_staff=True)
    for _ in range(2):
        assert _admin_login(client, "ana", "wrong", "10.0.0.9").status_code == 200
    # The third failure reaches the limit of 3 and locks that username + address.
    assert _admin_login(client, "ana", "wrong", "10.0.0.9").status_code == 429
    # Locked: even the right password is refused from that address, with a clear 429.
    locked = _admin_login(client, "ana", "right-pass-123", "10.0.0.9")
    assert locked.status_code == 429
    # Someone failing from elsewhere cannot lock the analyst out of their own address.
    other = client.__class__()
    assert _admin_login(other, "ana", "right-pass-123", "10.0.0.1").status_code == 302


@pytest.mark.django_db
def test_admin_lockout_expires_after_the_cool_off(client, django_user_model, axes_on) -> None:
    import time

    django_user_model.objects.create_user("ana", password="right-pass-123", is_staff=True)
    for _ in range(3):
        _admin_login(client, "ana", "wrong", "10.0.0.9")
    assert _admin_login(client, "ana", "right-pass-123", "10.0.0.9").status_code == 429
    time.sleep(1.2)
    assert _admin_login(client, "ana", "right-pass-123", "10.0.0.9").status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/deals/", "/api/v1/deals/", "/api/docs/", "/admin/login/"])
def test_pages_and_api_carry_a_content_security_policy(client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert (
        "script-src 'self'" in policy
        and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    )
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_a_made_up_forwarded_for_does_not_escape_a_login_lockout(
    client, django_user_model, axes_on
) -> None:
    django_user_model.objects.create_user("ana", password="right-pass-123", is_staff=True)

    def login(forwarded: str) -> int:
        return client.post(
            "/admin/login/?next=/admin/",
            {"username": "ana", "password": "wrong"},
            REMOTE_ADDR="10.0.0.9",
            HTTP_X_FORWARDED_FOR=forwarded,
        ).status_code

    assert [login(f"203.0.113.{n}") for n in range(4)] == [200, 200, 429, 429]


@pytest.mark.django_db
def test_behind_a_configured_proxy_lockouts_follow_the_address_it_saw(
    client, django_user_model, axes_on
) -> None:
    axes_on.NUM_PROXIES = 1
    django_user_model.objects.create_user("ana", password="right-pass-123", is_staff=True)

    def login(forwarded: str) -> int:
        return client.post(
            "/admin/login/?next=/admin/",
            {"username": "ana", "password": "wrong"},
            REMOTE_ADDR="10.0.0.1",  # the load balancer
            HTTP_X_FORWARDED_FOR=forwarded,
        ).status_code

    # A client's own prefix is ignored; the proxy's entry (the last) is the address.
    assert [login(f"1.1.1.{n}, 198.51.100.7") for n in range(3)] == [200, 200, 429]
    assert login("198.51.100.8") == 200  # another client behind the same proxy
