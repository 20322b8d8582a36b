"""Exact list counts cached without Redis, under the data version the database holds.

A list's ``count`` is a COUNT over every visible deal; with no shared cache it is kept in each
process under deals.DataVersion's token (core/result_cache.py), which every write moves in its
own transaction. A repeated list must not count again, and every write path must change the
count on the very next request.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from core import result_cache
from deals.models import DataVersion, Deal, PaymentComponent
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_shared_cache(settings: Any) -> None:
    settings.RESULT_CACHE_ENABLED = False  # the path of every installation without Redis
    result_cache._LOCAL_COUNTS.clear()


def count(query: dict[str, str] | None = None) -> int:
    response = APIClient().get("/api/v1/deals/", query or {})
    assert response.status_code == 200, response.content
    return int(response.json()["count"])


def count_queries(query: dict[str, str] | None = None) -> int:
    with CaptureQueriesContext(connection) as captured:
        count(query)
    return sum(1 for q in captured.captured_queries if q["sql"].lstrip().upper().startswith(
        "SELECT COUNT"))  # fmt: skip


def test_a_repeated_list_does_not_count_again() -> None:
    f.DealFactory.create_batch(3)
    assert count_queries() == 1
    assert count_queries() == 0
    assert count() == 3
    # Another filter is another count.
    assert count_queries({"has_upfront": "true"}) == 1


def test_every_write_path_changes_the_count_at_once() -> None:
    deal = f.DealFactory(headline_amount=Decimal("100.00"), headline_currency="USD")
    f.DealFactory()
    assert count() == 2
    # create
    created = f.DealFactory()
    assert count() == 3
    # update (a filtered count moves)
    big = {"min_headline_usd": "1000"}
    assert count(big) == 0
    deal.headline_amount = Decimal("5000.00")
    deal.save()
    assert count(big) == 1
    # visibility change: an anonymous reader no longer counts it
    created.visibility = Deal.Visibility.INTERNAL
    created.save()
    assert count() == 2
    # payment change
    upfront = {"has_upfront": "true"}
    assert count(upfront) == 0
    payment = f.PaymentFactory(
        deal=deal, kind=PaymentComponent.Kind.UPFRONT_CASH, amount=Decimal("10.00")
    )
    assert count(upfront) == 1
    payment.delete()
    assert count(upfront) == 0
    # delete
    deal.delete()
    assert count() == 1


def test_a_bulk_write_that_bumps_changes_the_count() -> None:
    deal = f.DealFactory()
    assert count() == 1
    Deal.objects.filter(pk=deal.pk).update(status=Deal.Status.NEGOTIATION)  # no signal
    result_cache.bump_data_version()  # what bulk writers (seed_synthetic) call
    assert count() == 0


def test_the_stamp_comes_back_when_its_row_is_gone() -> None:
    DataVersion.objects.all().delete()  # a flushed table
    f.DealFactory()
    assert count() == 1  # counted, not cached under a missing stamp
    assert DataVersion.objects.count() == 1  # the write put the row back


def summary() -> dict[str, Any]:
    response = APIClient().get("/api/v1/deals/summary/")
    assert response.status_code == 200, response.content
    return dict(response.json())


def test_the_summary_is_computed_once_per_data_version_and_never_stale() -> None:
    deal = f.DealFactory()
    f.PaymentFactory(deal=deal, amount=Decimal("50000000"))
    deal.save()
    first = summary()
    assert first["count"] == 1
    with CaptureQueriesContext(connection) as captured:
        assert summary() == first
    # Only the data-version lookup: the statistics come from this process's cache.
    others = [q["sql"][:80] for q in captured.captured_queries if "dataversion" not in q["sql"]]
    assert others == []
    # A payment added, a deal added, a deal made internal: each shows at once.
    f.PaymentFactory(deal=deal, kind="upfront_equity", amount=Decimal("25000000"))
    deal.save()
    upfront = summary()["classes"][0]["upfront"]
    assert Decimal(upfront["sum"]) == Decimal("75000000")
    other = f.DealFactory()
    assert summary()["count"] == 2
    other.visibility = Deal.Visibility.INTERNAL
    other.save()
    assert summary()["count"] == 1
