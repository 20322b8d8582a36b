"""API tokens: created by command or admin, stored as digests only, scoped, optionally expiring;
and throttling that answers 429 with Retry-After.
"""

from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command
from knox.models import AuthToken
from rest_framework.test import APIClient

from accounts.models import TokenScope

pytestmark = pytest.mark.django_db


def _create(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("create_api_token", *args, stdout=out, stderr=err)
    return out.getvalue().strip(), err.getvalue()


def test_create_api_token_prints_a_key_that_is_stored_only_as_a_digest(analyst) -> None:
    key, note = _create("ana")
    assert len(key) == 64 and "read-only" in note
    token = AuthToken.objects.get(user=analyst)
    assert token.digest != key and key not in token.digest
    assert not AuthToken.objects.filter(digest=key).exists()
    assert token.scope.scope == TokenScope.Scope.READ
    assert token.expiry is None  # expiry is optional

    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert client.get("/api/v1/deals/").status_code == 200
    assert client.post("/api/v1/companies/", {"name": "X"}, format="json").status_code == 403


def test_create_api_token_with_write_scope_lets_an_analyst_write(analyst) -> None:
    key, note = _create("ana", "--write", "--expires-in-days", "30")
    assert "read and write" in note and "30 days" in note
    token = AuthToken.objects.get(user=analyst)
    assert token.scope.scope == TokenScope.Scope.WRITE and token.expiry is not None

    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert client.post("/api/v1/companies/", {"name": "New Bio"}, format="json").status_code == 201


def test_create_api_token_warns_when_the_user_cannot_write(viewer) -> None:
    _key, note = _create("vic", "--write")
    assert "lacks the permission" in note


@pytest.mark.parametrize(
    ("args", "message"),
    [(("nobody",), "No user named"), (("ana", "--expires-in-days", "0"), "at least 1")],
)
def test_create_api_token_rejects_bad_input(analyst, args, message) -> None:
    with pytest.raises(CommandError, match=message):
        _create(*args)


def test_admin_creates_a_scoped_token_and_shows_the_key_once(admin_client, analyst) -> None:
    response = admin_client.post(
        "/admin/knox/authtoken/add/",
        {
            "user": analyst.pk,
            "expiry_0": "",
            "expiry_1": "",
            "scope-TOTAL_FORMS": "1",
            "scope-INITIAL_FORMS": "0",
            "scope-MIN_NUM_FORMS": "1",
            "scope-MAX_NUM_FORMS": "1",
            "scope-0-scope": "write",
            "scope-0-description": "nightly import",
        },
        follow=True,
    )
    assert response.status_code == 200
    token = AuthToken.objects.get(user=analyst)
    assert token.scope.scope == "write" and token.scope.description == "nightly import"
    shown = [str(m) for m in response.context["messages"] if str(m).startswith("TOKEN ")]
    assert len(shown) == 1
    key = shown[0].removeprefix("TOKEN ")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert (
        client.post("/api/v1/companies/", {"name": "Via admin"}, format="json").status_code == 201
    )
    listing = admin_client.get("/admin/knox/authtoken/")
    assert listing.status_code == 200 and "Read and write" in listing.content.decode()


@pytest.fixture
def low_rates(settings) -> None:
    cache.clear()
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "3/minute", "user": "5/minute"},
    }
    yield
    cache.clear()


def test_anonymous_clients_are_throttled_with_retry_after(low_rates) -> None:
    client = APIClient()
    statuses = [client.get("/api/v1/deals/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = client.get("/api/v1/deals/")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    assert "throttled" in response.json()["detail"].lower()


def test_token_clients_get_their_own_higher_allowance(low_rates, api_tokens) -> None:
    anonymous = APIClient()
    for _ in range(3):
        anonymous.get("/api/v1/deals/")
    assert anonymous.get("/api/v1/deals/").status_code == 429

    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {api_tokens['read']}")
    statuses = [client.get("/api/v1/deals/").status_code for _ in range(6)]
    assert statuses == [200] * 5 + [429]
    assert int(client.get("/api/v1/deals/")["Retry-After"]) > 0


def test_an_anonymous_request_is_counted_by_the_anonymous_throttle_only(low_rates) -> None:
    from django.contrib.auth.models import AnonymousUser
    from django.test import RequestFactory
    from rest_framework.request import Request

    from core.api.policies import AnonThrottle, UserThrottle

    request = Request(RequestFactory().get("/api/v1/deals/"))
    request.user = AnonymousUser()
    # One throttle, two cache round trips, per anonymous request (not four).
    assert UserThrottle().get_cache_key(request, None) is None
    assert AnonThrottle().get_cache_key(request, None) is not None


def test_a_made_up_forwarded_for_does_not_escape_the_anonymous_limit(low_rates) -> None:
    # The outside test's bypass: a new X-Forwarded-For on every request. With no proxy
    # configured (NUM_PROXIES=0, the default) the socket's address is what counts.
    client = APIClient()
    statuses = [
        client.get("/api/v1/deals/", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code
        for n in range(6)
    ]
    assert statuses == [200, 200, 200, 429, 429, 429]


def test_behind_a_configured_proxy_the_address_it_saw_counts(low_rates, settings) -> None:
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    client = APIClient()
    # The client's own prefix ("1.1.1.1, ...") is ignored: the last hop is our proxy's view.
    first = [
        client.get("/api/v1/deals/", HTTP_X_FORWARDED_FOR=f"1.1.1.{n}, 198.51.100.7").status_code
        for n in range(4)
    ]
    assert first == [200, 200, 200, 429]
    other = client.get("/api/v1/deals/", HTTP_X_FORWARDED_FOR="198.51.100.8")
    assert other.status_code == 200  # another real client behind the same proxy


def test_num_proxies_comes_from_the_environment_and_defaults_to_zero() -> None:
    from tests.test_setup import _settings_in_subprocess

    expr = "s.REST_FRAMEWORK['NUM_PROXIES']"
    assert _settings_in_subprocess({"DEBUG": "true"}, expr).stdout.strip() == "0"
    behind = _settings_in_subprocess({"DEBUG": "true", "NUM_PROXIES": "2"}, expr)
    assert behind.stdout.strip() == "2"


def test_requests_with_invalid_tokens_are_throttled_too(low_rates) -> None:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token " + "0" * 64)
    statuses = [client.get("/api/v1/deals/").status_code for _ in range(5)]
    assert statuses == [401, 401, 401, 429, 429]
    assert int(client.get("/api/v1/deals/")["Retry-After"]) > 0
    # A write without any credentials counts as well.
    anonymous = APIClient(REMOTE_ADDR="192.0.2.50")
    writes = [anonymous.post("/api/v1/deals/", {}, format="json").status_code for _ in range(4)]
    assert writes == [401, 401, 401, 429]
