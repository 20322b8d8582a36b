"""No lost work: nested writes are atomic, and concurrent API edits never lose an update."""

import threading
from unittest import mock

import pytest
from django.db import connection, connections
from rest_framework.test import APIClient

from accounts.models import create_token
from companies.models import Company
from deals.models import Deal, DealParty, PaymentComponent, Source
from deals.services import save_deal
from tests.factories import CompanyFactory, DealFactory


def _body() -> dict:
    CompanyFactory(name="RemeGen", slug="remegen", country="CN")
    CompanyFactory(name="AbbVie", slug="abbvie", country="US")
    return {
        "title": "AbbVie licenses RC148",
        "deal_type": "license",
        "status": "announced",
        "announced_on": "2026-01-12",
        "parties": [
            {"role": "licensor", "company": "remegen"},
            {"role": "licensee", "company": "abbvie"},
        ],
        "sources": [{"url": "https://example.org/rc148", "publisher": "AbbVie"}],
        "payments": [
            {
                "kind": "upfront_cash",
                "disclosed": True,
                "amount": "650000000.00",
                "currency": "USD",
            },
            {"kind": "milestones", "disclosed": True, "amount": "4950000000.00", "currency": "USD"},
        ],
    }


def _fail_on_second_payment() -> mock._patch:
    real_save = PaymentComponent.save
    calls = {"n": 0}

    def save(self: PaymentComponent, *args: object, **kwargs: object) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk full (injected)")
        real_save(self, *args, **kwargs)

    return mock.patch.object(PaymentComponent, "save", save)


def _nothing_written() -> None:
    assert Deal.objects.count() == 0
    assert DealParty.objects.count() == 0
    assert PaymentComponent.objects.count() == 0
    assert Source.objects.count() == 0


@pytest.mark.django_db
def test_fault_midway_through_a_nested_write_leaves_no_partial_deal() -> None:
    body = _body()
    # The service takes resolved companies; the API's serializer resolves slugs to them.
    body["parties"] = [
        {**p, "company": Company.objects.get(slug=p["company"])} for p in body["parties"]
    ]
    with _fail_on_second_payment(), pytest.raises(RuntimeError):
        save_deal(body)
    _nothing_written()


@pytest.mark.django_db
def test_fault_midway_through_an_api_write_leaves_no_partial_deal(analyst) -> None:
    body = _body()
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {create_token(analyst, write=True)[1]}")
    with _fail_on_second_payment(), pytest.raises(RuntimeError):
        client.post("/api/v1/deals/", body, format="json")
    _nothing_written()
    # The same request without the fault goes through whole.
    assert client.post("/api/v1/deals/", body, format="json").status_code == 201
    assert PaymentComponent.objects.count() == 2


WRITERS = 16
INCREMENTS = 3


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent connections")
@pytest.mark.django_db(transaction=True)
def test_sixteen_concurrent_writers_lose_no_update(analyst) -> None:
    deal = DealFactory(summary="0")
    key = create_token(analyst, write=True)[1]
    successes: list[int] = []
    conflicts: list[int] = []
    failures: list[str] = []
    start = threading.Barrier(WRITERS)

    def writer() -> None:
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
        url = f"/api/v1/deals/{deal.slug}/"
        try:
            start.wait()
            done = 0
            for _ in range(400):  # bounded: enough retries for 16 x 3 increments
                if done == INCREMENTS:
                    break
                read = client.get(url)
                etag, count = read["ETag"], int(read.json()["summary"])
                wrote = client.patch(
                    url, {"summary": str(count + 1)}, format="json", headers={"If-Match": etag}
                )
                if wrote.status_code == 200:
                    done += 1
                    successes.append(1)
                elif wrote.status_code == 412:
                    conflicts.append(1)
                else:
                    failures.append(f"{wrote.status_code}: {wrote.content[:200]!r}")
                    return
        finally:
            connections.close_all()

    threads = [threading.Thread(target=writer) for _ in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert failures == []
    deal.refresh_from_db()
    # Every 200 was applied on top of the one before it: no update was lost.
    assert len(successes) == WRITERS * INCREMENTS
    assert deal.summary == str(WRITERS * INCREMENTS)
    print(f"concurrency: {len(successes)} writes, {len(conflicts)} stale (412), 0 lost")


@pytest.mark.django_db
def test_api_writers_cannot_set_created_by_version_or_history(analyst, django_user_model) -> None:
    body = _body()
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {create_token(analyst, write=True)[1]}")
    other = django_user_model.objects.create_user("someone-else", password="x-other-pw")
    for forged in ({"created_by": other.pk}, {"version": 99}, {"history": []}):
        response = client.post("/api/v1/deals/", {**body, **forged}, format="json")
        assert response.status_code == 400, forged
        assert next(iter(forged)) in response.json()
    created = client.post("/api/v1/deals/", body, format="json")
    assert created.status_code == 201
    deal = Deal.objects.get(slug=created.json()["slug"])
    assert deal.created_by == analyst and deal.version == 1
    assert deal.history.first().history_user == analyst
