"""``/api/v1/saved-searches/`` and webhooks: own searches only, 400s naming the parameter,
signed deliveries to a local receiver, SSRF refusals, retries and disabling."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from accounts.models import create_token
from companies.models import Asset
from deals.alerts import delivery, matching
from deals.alerts.models import Delivery, SavedSearch, WebhookSubscription
from deals.models import Deal
from tests.test_alerts import QUERY, _cn_bispecific

pytestmark = pytest.mark.django_db

KEYS = {"id", "name", "query", "email", "webhook_url", "feed_url", "created_at"}


class Receiver:
    """A local HTTP server that records every POST and answers ``status``."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.status = 200
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append({"headers": self.headers, "body": body})
                self.send_response(receiver.status)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    yield server
    server.close()


@pytest.fixture
def reader(django_user_model):
    return django_user_model.objects.create_user("rita", "rita@example.org", "pw-rita-123")


def _client(user) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {create_token(user)[1]}")
    return client


def test_create_list_detail_delete_own_saved_search(reader, django_user_model):
    api = _client(reader)
    answer = api.post(
        "/api/v1/saved-searches/", {"name": "CN bispecifics", "query": QUERY, "email": "daily"}
    )
    assert answer.status_code == 201, answer.json()
    body = answer.json()
    assert set(body) == KEYS
    assert body["query"] == QUERY and body["email"] == "daily" and body["webhook_url"] is None
    assert "/feeds/saved/" in body["feed_url"]
    listed = api.get("/api/v1/saved-searches/").json()
    assert listed["count"] == 1 and set(listed["results"][0]) == KEYS
    detail = f"/api/v1/saved-searches/{body['id']}/"
    assert api.get(detail).json() == body
    other = _client(django_user_model.objects.create_user("otto", "o@example.org", "pw"))
    assert other.get(detail).status_code == 404
    assert other.get("/api/v1/saved-searches/").json()["count"] == 0
    assert other.delete(detail).status_code == 404
    assert APIClient().get("/api/v1/saved-searches/").status_code == 401
    assert api.delete(detail).status_code == 204
    assert not SavedSearch.objects.exists()


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("licencee=pfizer", "licencee"),
        ("licensor_country=ZZ", "licensor_country"),
        ("modality=teleportation", "modality"),
        ("announced_after=yesterday", "announced_after"),
    ],
)
def test_query_the_deal_list_rejects_is_a_400_naming_the_parameter(reader, query, param):
    answer = _client(reader).post("/api/v1/saved-searches/", {"name": "x", "query": query})
    assert answer.status_code == 400
    messages = answer.json()["query"]
    assert any(message.startswith(f"{param}:") for message in messages)
    assert not SavedSearch.objects.exists()


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.org/hook",
        "file:///etc/passwd",
        "http://127.0.0.1:9/hook",
        "http://localhost/hook",
        "http://10.1.2.3/hook",
        "http://192.168.0.10/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/hook",
        "http://user:pw@example.org/hook",
    ],
)
def test_unsafe_webhook_urls_are_refused_and_nothing_is_stored(reader, url):
    answer = _client(reader).post(
        "/api/v1/saved-searches/", {"name": "x", "query": QUERY, "webhook_url": url}
    )
    assert answer.status_code == 400, answer.json()
    assert "webhook_url" in answer.json()
    assert not SavedSearch.objects.exists() and not WebhookSubscription.objects.exists()


def test_private_webhook_allowed_only_with_the_setting(reader, settings, receiver):
    settings.WEBHOOKS_ALLOW_PRIVATE = True
    api = _client(reader)
    answer = api.post(
        "/api/v1/saved-searches/", {"name": "x", "query": QUERY, "webhook_url": receiver.url}
    )
    assert answer.status_code == 201
    body = answer.json()
    secret = body["webhook_secret"]
    assert len(secret) >= 32 and body["webhook_url"] == receiver.url
    # Shown once: never again.
    assert "webhook_secret" not in api.get(f"/api/v1/saved-searches/{body['id']}/").json()
    assert WebhookSubscription.objects.get().secret == secret


def _hooked_search(user, url: str) -> WebhookSubscription:
    search = SavedSearch.objects.create(user=user, name="hook", query=QUERY)
    return WebhookSubscription.objects.create(saved_search=search, url=url)


def test_matching_deal_is_posted_once_with_a_valid_signature(reader, settings, receiver):
    settings.WEBHOOKS_ALLOW_PRIVATE = True
    hook = _hooked_search(reader, receiver.url)
    deal = _cn_bispecific()
    created = matching.record_deliveries(deal.pk)
    assert [d.channel for d in created] == ["webhook"]
    delivery.deliver_pending()
    matching.record_deliveries(deal.pk)
    delivery.deliver_pending()
    assert len(receiver.requests) == 1
    sent = receiver.requests[0]
    expected = hmac.new(hook.secret.encode(), sent["body"], hashlib.sha256).hexdigest()
    assert sent["headers"]["X-DealScope-Signature"] == f"sha256={expected}"
    assert sent["headers"]["X-DealScope-Delivery"] == str(created[0].pk)
    payload = json.loads(sent["body"])
    assert payload["id"] == deal.pk and payload["slug"] == deal.slug
    assert payload["totals_usd"]["upfront"] == "500000000.00"
    assert "analyst_notes" not in payload  # a reader's view of the deal
    assert Delivery.objects.get().status == Delivery.Status.SENT


def test_internal_and_non_matching_deals_post_nothing(reader, settings, receiver):
    settings.WEBHOOKS_ALLOW_PRIVATE = True
    _hooked_search(reader, receiver.url)
    internal = _cn_bispecific(visibility=Deal.Visibility.INTERNAL, title="Secret")
    other = _cn_bispecific(title="Other")
    Asset.objects.filter(deal_assets__deal=other).update(modality="antibody")
    assert matching.record_deliveries(internal.pk) == []
    assert matching.record_deliveries(other.pk) == []
    delivery.deliver_pending()
    assert receiver.requests == []


def test_failing_receiver_is_retried_with_backoff_then_disabled(reader, settings, receiver):
    settings.WEBHOOKS_ALLOW_PRIVATE = True
    receiver.status = 500
    hook = _hooked_search(reader, receiver.url)
    matching.record_deliveries(_cn_bispecific().pk)
    delivery.deliver_pending()
    row = Delivery.objects.get()
    assert row.status == Delivery.Status.PENDING and row.attempts == 1
    assert row.next_attempt_at is not None and row.next_attempt_at > timezone.now()
    assert delivery.deliver_pending() == 0  # not due yet: backoff
    attempts = 1
    while row.status == Delivery.Status.PENDING:
        Delivery.objects.filter(pk=row.pk).update(
            next_attempt_at=timezone.now() - timedelta(seconds=1)
        )
        delivery.deliver_pending()
        row.refresh_from_db()
        attempts += 1
    assert row.status == Delivery.Status.FAILED and attempts == delivery.WEBHOOK_MAX_ATTEMPTS
    assert "500" in row.log
    assert len(receiver.requests) == delivery.WEBHOOK_MAX_ATTEMPTS
    # More failing deliveries: the subscription is disabled after repeated failures.
    for n in range(3):
        matching.record_deliveries(_cn_bispecific(title=f"More {n}").pk)
    for _ in range(10):
        Delivery.objects.filter(status="pending").update(next_attempt_at=None)
        delivery.deliver_pending()
    hook.refresh_from_db()
    assert hook.failures >= delivery.WEBHOOK_DISABLE_AFTER and not hook.active
    assert matching.record_deliveries(_cn_bispecific(title="After").pk) == []
