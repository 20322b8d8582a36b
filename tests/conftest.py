"""Test-wide settings and fixtures.

Test-only speedups live here, not in config/settings.py.
"""

from io import StringIO

import pytest
from django.core.management import call_command


@pytest.fixture
def demo() -> None:
    """The JPM 2026 demo data set, loaded quietly for one test (modules that share one load
    across their tests keep their own module-scoped ``demo``)."""
    call_command("load_demo", stdout=StringIO())


@pytest.fixture(autouse=True)
def _fast_tests(settings) -> None:
    # Password hashing dominates the cost of creating users; tests do not need its strength.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Production settings redirect to HTTPS and mark cookies secure; the test client and the
    # live server speak plain HTTP.
    settings.SECURE_SSL_REDIRECT = False
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    # django-axes needs the request in authenticate(), which Client.login() does not pass;
    # tests/test_security.py switches it back on to test lockouts.
    settings.AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
    # ManifestStaticFilesStorage would need collectstatic before every run.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def analyst(django_user_model):
    """A staff user in the Analyst group."""
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(
        "ana", "ana@example.org", "pw-ana-123", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Analyst"))
    return user


@pytest.fixture
def viewer(django_user_model):
    """A staff user in the Viewer group (reads everything, changes nothing)."""
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(
        "vic", "vic@example.org", "pw-vic-123", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Viewer"))
    return user


# Playwright fixtures (browser_page, new_browser_page, ...) for every test module.
from tests.browser import *  # noqa: E402, F403


@pytest.fixture(autouse=True)
def _api_throttle_off(settings) -> None:
    # The API's throttles count requests in the cache across tests; a suite makes far more
    # requests a minute than any client should. Throttling tests set their own rates.
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": None, "user": None},
    }


@pytest.fixture
def api_tokens(analyst, viewer):
    """Keys of three API tokens: an analyst's read and write tokens, and a viewer's write token."""
    from accounts.models import create_token

    return {
        "read": create_token(analyst)[1],
        "write": create_token(analyst, write=True)[1],
        "viewer_write": create_token(viewer, write=True)[1],
    }


@pytest.fixture(scope="session")
def redis_url() -> str:
    """A Redis the tests may write to (tests/redis_cache.py); skipped, or failed in CI, when
    none answers."""
    from tests.redis_cache import redis_answers, test_redis_url

    url, required = test_redis_url()
    if not redis_answers(url):
        message = f"no Redis answers at {url}"
        if required:
            pytest.fail(f"{message} (TEST_REDIS_URL is set: CI must run the Redis tests)")
        pytest.skip(f"{message}; set TEST_REDIS_URL to run the Redis tests")
    return url


@pytest.fixture
def redis_cache(settings, redis_url):
    """The default cache on Redis, under a prefix of this test's own, emptied before and after."""
    import uuid

    from django.core.cache import cache

    from tests.redis_cache import cache_settings

    settings.CACHES = cache_settings(redis_url, f"test-{uuid.uuid4().hex}")
    cache.clear()
    yield cache
    cache.clear()


@pytest.fixture
def analyst_client(client, analyst):
    """The test client logged in as the analyst."""
    client.force_login(analyst)
    return client


@pytest.fixture
def viewer_client(client, viewer):
    """The test client logged in as the viewer."""
    client.force_login(viewer)
    return client


@pytest.fixture
def refresh_requests(monkeypatch) -> list[str]:
    """The database aliases readers asked to refresh the stored figures for (the breakdown
    totals' and stored statistics' task), recorded instead of queued; the per-process
    throttle starts empty."""
    from deals.analytics import breakdown_totals

    asked: list[str] = []
    monkeypatch.setattr(breakdown_totals, "schedule", asked.append)
    monkeypatch.setattr(breakdown_totals, "_REMINDED", {})
    return asked
