"""The project's setup promises: settings from the environment, health check, local login."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

ROOT = Path(__file__).resolve().parent.parent


def _settings_in_subprocess(env: dict[str, str], expr: str) -> subprocess.CompletedProcess:
    """Import config.settings in a fresh interpreter with ``env`` and print ``expr``."""
    ours = {"SECRET_KEY", "DEBUG", "DATABASE_URL"}
    clean = {k: v for k, v in os.environ.items() if k not in ours}
    return subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-c", f"import config.settings as s; print({expr})"],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_settings_refuse_to_start_without_secret_key_when_debug_is_off() -> None:
    result = _settings_in_subprocess({"DEBUG": "false"}, "s.SECRET_KEY")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


STRONG_KEY = "k3y-" + "abcdefghij0123456789" * 3  # 64 characters, 24 distinct


@pytest.mark.parametrize(
    "key",
    ["x", "short-but-varied-key", "x" * 60, "ab" * 40, "django-insecure-" + "q1w2e3r4t5y6" * 5],
    ids=["one-char", "20-chars", "60-same-chars", "2-distinct-chars", "django-insecure"],
)
def test_settings_refuse_a_weak_secret_key_when_debug_is_off(key: str) -> None:
    result = _settings_in_subprocess({"DEBUG": "false", "SECRET_KEY": key}, "s.SECRET_KEY")
    assert result.returncode != 0
    assert "SECRET_KEY is too weak" in result.stderr


def test_settings_accept_a_strong_key_and_any_key_with_debug_on() -> None:
    strong = _settings_in_subprocess({"DEBUG": "false", "SECRET_KEY": STRONG_KEY}, "'ok'")
    assert strong.returncode == 0, strong.stderr
    dev = _settings_in_subprocess({"DEBUG": "true", "SECRET_KEY": "x"}, "s.SECRET_KEY")
    assert dev.stdout.strip() == "x"


def test_settings_default_to_sqlite_and_read_database_url() -> None:
    sqlite = _settings_in_subprocess({"DEBUG": "true"}, "s.DATABASES['default']['ENGINE']")
    assert sqlite.stdout.strip() == "django.db.backends.sqlite3"
    pg = _settings_in_subprocess(
        {"SECRET_KEY": STRONG_KEY, "DATABASE_URL": "postgres://u@db.example:5432/deals"},
        "s.DATABASES['default']['ENGINE'], s.DATABASES['default']['NAME']",
    )
    assert pg.stdout.split() == ["django.db.backends.postgresql", "deals"]


@pytest.mark.django_db
def test_healthz_reports_database_ok(client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


@pytest.mark.django_db
def test_local_analyst_gets_a_random_password_printed_once(settings, capsys) -> None:
    settings.DEBUG = True
    call_command("ensure_local_analyst")
    first = capsys.readouterr().out
    user = get_user_model().objects.get(username="analyst")
    password = first.split("password: ")[1].split()[0]
    assert len(password) >= 12 and user.check_password(password)
    assert user.groups.filter(name="Analyst").exists()
    call_command("ensure_local_analyst")
    assert password not in capsys.readouterr().out  # never printed again


@pytest.mark.django_db
def test_local_analyst_is_refused_with_debug_off(settings) -> None:
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("ensure_local_analyst")


@pytest.mark.django_db
def test_roles_migration_creates_viewer_and_analyst_groups() -> None:
    from django.contrib.auth.models import Group

    viewer = Group.objects.get(name="Viewer")
    analyst = Group.objects.get(name="Analyst")
    viewer_codes = set(viewer.permissions.values_list("codename", flat=True))
    analyst_codes = set(analyst.permissions.values_list("codename", flat=True))
    assert "view_internal_deal" in viewer_codes and "view_deal" in viewer_codes
    assert not {c for c in viewer_codes if c.startswith(("add_", "change_", "delete_"))}
    assert {"add_deal", "change_deal", "delete_deal", "change_paymentcomponent"} <= analyst_codes


@pytest.mark.django_db(transaction=True)
def test_roles_come_back_after_a_flush() -> None:
    # Transactional tests flush every table; the groups are re-created on post_migrate.
    from django.contrib.auth.models import Group

    call_command("flush", "--noinput", verbosity=0)
    assert set(Group.objects.values_list("name", flat=True)) >= {"Viewer", "Analyst"}
    assert Group.objects.get(name="Viewer").permissions.filter(codename="view_deal").exists()
