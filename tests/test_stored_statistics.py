"""The stored statistics (deals/analytics/stored_statistics.py) against the live statement.

Differential: the statistics of every canonical set of deals (the deal filters and the comps
filters given only classes, in any order or none, over the public deals and over all deals),
whole and per class, read from the stored rows equal the live statement's, over a synthetic
set and the demo data, and the comps and summary pages render the same bytes either way. They
are read only while current: a write, an old refresh or another filter sends the page to the
live statement. A public reader's statistics never count an internal deal.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection
from django.http import QueryDict
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.result_cache import bump_data_version
from deals.analytics import breakdown_totals, stats, stored_statistics
from deals.analytics.comps import CompsFilterSet
from deals.analytics.stats import comps_statistics, statistics_by
from deals.analytics.tasks import refresh_breakdown_totals
from deals.filters import DealFilterSet
from deals.models import Deal, StoredStatistics
from tests import factories as f
from tests.test_analytics_facts import pages_equal, pages_equal_for_readers

pytestmark = pytest.mark.django_db
postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the stored statistics serve PostgreSQL only"
)

CHOICES = ([], ["licensing"], ["m_and_a"], ["equity"], ["m_and_a", "licensing"],
           ["equity", "licensing"], ["licensing", "m_and_a", "equity"])  # fmt: skip


def _deals(public: bool, picked: list[str], filters: Any = DealFilterSet, **more: str) -> Any:
    params = QueryDict(mutable=True)
    params.setlist("deal_class", picked)
    for name, value in more.items():
        params[name] = value
    visible = Deal.objects.public() if public else Deal.objects.all()
    return filters(params, queryset=visible).qs


def _figures(stored: bool) -> dict[Any, Any]:
    """Every canonical set's statistics, whole and per class, with the stored rows or live."""
    result = {}
    with override_settings(STORED_STATISTICS=stored, RESULT_CACHE_LOCAL=False):
        for public in (True, False):
            for picked in CHOICES:
                for filters in (DealFilterSet, CompsFilterSet):
                    deals = _deals(public, picked, filters)
                    key = (public, tuple(picked), filters.__name__)
                    result[key] = (
                        comps_statistics(deals),
                        statistics_by(deals, "deal_class"),
                    )
    return result


def assert_stored_equals_live() -> None:
    stored, live = _figures(True), _figures(False)
    assert [key for key in live if stored[key] != live[key]] == []
    assert any(whole.count for whole, _ in live.values())


def _answered(deals: Any, group: str | None = "deal_class") -> bool:
    return stored_statistics.answer(deals, group) is not None


@postgres_only
def test_synthetic_data_stored_equals_live() -> None:
    call_command("seed_synthetic", deals=80, seed=5, stdout=StringIO())
    assert stored_statistics.refresh(force=True)
    # 7 class sets and the deal list's own (no class condition), public and all.
    assert StoredStatistics.objects.count() == 16
    assert_stored_equals_live()
    # Every set above was answered from the stored rows, none live.
    for public in (True, False):
        for picked in CHOICES:
            assert _answered(_deals(public, picked))
            assert _answered(_deals(public, picked, CompsFilterSet), None)


@postgres_only
def test_demo_pages_render_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    call_command("load_demo", stdout=StringIO())
    assert stored_statistics.refresh(force=True)
    assert_stored_equals_live()
    # The comps page wants the values for its strip plot below this many deals (computed
    # live then); the demo has fewer, so the page is made to take the stored figures.
    monkeypatch.setattr(stored_statistics, "STRIP_LIMIT", 10)
    monkeypatch.setattr(stats, "STRIP_LIMIT", 10)
    paths = (
        "/comps/",
        "/comps/?deal_class=m_and_a",
        "/comps/?deal_class=licensing&deal_class=equity",
        "/api/v1/comps/",
        "/api/v1/comps/?deal_class=m_and_a&deal_class=licensing",
        "/deals/summary/",
        "/deals/summary/?deal_class=licensing",
        "/api/v1/deals/summary/",
        "/api/v1/deals/summary/?deal_class=equity&deal_class=m_and_a",
    )
    pages_equal_for_readers(paths, "STORED_STATISTICS")


@postgres_only
def test_the_default_pages_rank_no_deal_when_current(monkeypatch: pytest.MonkeyPatch) -> None:
    call_command("seed_synthetic", deals=30, seed=2, stdout=StringIO())
    stored_statistics.refresh(force=True)
    monkeypatch.setattr(stored_statistics, "STRIP_LIMIT", 5)
    monkeypatch.setattr(stats, "STRIP_LIMIT", 5)
    for path in ("/api/v1/deals/summary/", "/deals/summary/", "/api/v1/comps/", "/comps/"):
        with (
            override_settings(RESULT_CACHE_LOCAL=False),
            CaptureQueriesContext(connection) as ctx,
        ):
            assert Client().get(path).status_code == 200
        sqls = [q["sql"] for q in ctx.captured_queries]
        assert not any("PERCENTILE_CONT" in sql for sql in sqls), path
        assert any("deals_storedstatistics" in sql for sql in sqls), path


@pytest.fixture
def world() -> dict[str, Any]:
    deals = []
    for i, visibility in enumerate(
        [Deal.Visibility.PUBLIC, Deal.Visibility.PUBLIC, Deal.Visibility.INTERNAL]
    ):
        deal = f.DealFactory(
            title=f"deal {i}", announced_on=date(2025, 3 + i, 1), visibility=visibility
        )
        f.PaymentFactory(deal=deal, amount=Decimal(10 + 1000 * i))
        deals.append(deal)
    stored_statistics.refresh(force=True)
    return {"deals": deals}


@postgres_only
def test_a_write_makes_them_unused_until_the_refresh(world: dict[str, Any]) -> None:
    public = _deals(True, ["licensing"])
    assert _answered(public)
    world["deals"][2].visibility = Deal.Visibility.PUBLIC  # an internal deal made public
    world["deals"][2].save()
    assert not _answered(public)
    with override_settings(RESULT_CACHE_LOCAL=False):
        live = comps_statistics(public)
    assert live.count == 3
    assert stored_statistics.refresh()
    assert not stored_statistics.refresh()  # current: nothing to do
    assert _answered(public)
    with override_settings(RESULT_CACHE_LOCAL=False):
        assert comps_statistics(public) == live
    assert_stored_equals_live()


@postgres_only
def test_only_the_canonical_sets_are_answered(world: dict[str, Any]) -> None:
    assert stored_statistics.scope_of(_deals(True, ["licensing"], q="deal")) is None
    assert stored_statistics.scope_of(_deals(True, ["licensing"], status="negotiation")) is None
    assert stored_statistics.scope_of(Deal.objects.public()) is None  # pipeline deals included
    assert stored_statistics.answer(_deals(True, ["licensing"]), "deal_type") is None
    assert stored_statistics.scope_of(_deals(True, [])) == (True, ())
    # The comps filters apply the default class when none is picked.
    assert stored_statistics.scope_of(_deals(False, [], CompsFilterSet)) == (False, ("licensing",))
    assert stored_statistics.scope_of(_deals(False, ["m_and_a", "equity"])) == (
        False, ("equity", "m_and_a"),
    )  # fmt: skip
    # Any other columns or related rows fetched do not matter: the deal ids do.
    assert stored_statistics.scope_of(_deals(True, ["licensing"]).select_related("conference"))


@postgres_only
def test_a_public_page_never_counts_an_internal_deal(world: dict[str, Any]) -> None:
    with override_settings(RESULT_CACHE_LOCAL=False):
        public = comps_statistics(_deals(True, ["licensing"]))
        staff = comps_statistics(_deals(False, ["licensing"]))
        assert _answered(_deals(True, ["licensing"]))
        body = Client().get("/api/v1/deals/summary/").json()
    assert (public.count, staff.count) == (2, 3)
    assert body["count"] == 2
    assert Decimal(body["classes"][0]["upfront"]["sum"]) == Decimal("1020.00")


@postgres_only
def test_old_rows_are_not_read_and_ask_for_a_refresh(
    world: dict[str, Any], refresh_requests: list[str]
) -> None:
    asked = refresh_requests
    assert _answered(_deals(True, ["licensing"]))
    StoredStatistics.objects.update(computed_at=timezone.now() - timedelta(seconds=3600))
    with override_settings(RESULT_CACHE_SECONDS=600):
        assert not _answered(_deals(True, ["licensing"]))
        assert not _answered(_deals(False, ["licensing"]))  # asked once per interval
    assert asked == ["default"]


@postgres_only
@override_settings(
    TASKS={"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
)
def test_the_refresh_task_computes_them(world: dict[str, Any]) -> None:
    world["deals"][0].title = "renamed"
    world["deals"][0].save()
    assert not _answered(_deals(True, ["licensing"]))
    refresh_breakdown_totals.enqueue()
    assert _answered(_deals(True, ["licensing"]))
    assert breakdown_totals.is_current()


def test_sqlite_and_switched_off_always_compute_live(world: dict[str, Any]) -> None:
    public = _deals(True, ["licensing"])
    with override_settings(STORED_STATISTICS=False):
        assert not _answered(public)
    if connection.vendor == "sqlite":
        assert not stored_statistics.refresh(force=True)
        assert not _answered(public)
        assert not StoredStatistics.objects.exists()


def test_the_json_keeps_every_figure_exactly() -> None:
    # Values, exponents and the too-few case's own values survive the row's JSON.
    f.PaymentFactory(deal=f.DealFactory(title="one", announced_on=date(2025, 1, 2)))
    with override_settings(STORED_STATISTICS=False, RESULT_CACHE_LOCAL=False):
        few = comps_statistics(Deal.objects.all(), with_values=True)
    assert few.upfront.values == (Decimal("50000000.00"),)
    assert stored_statistics.decode(stored_statistics.encode(few)) == few
    shaped = few.upfront.__class__(**{**few.upfront.__dict__, "total": Decimal("1.50E+3")})
    back = stored_statistics.decode(
        stored_statistics.encode(few.__class__(**{**few.__dict__, "upfront": shaped}))
    )
    assert str(back.upfront.total) == "1.50E+3"


@postgres_only
def test_the_unfiltered_lists_are_counted_from_them(world: dict[str, Any]) -> None:
    paths = ("/api/v1/deals/", "/api/v1/deals/?deal_class=licensing", "/deals/")
    for path in paths:
        with (
            override_settings(RESULT_CACHE_LOCAL=False),
            CaptureQueriesContext(connection) as ctx,
        ):
            response = Client().get(path)
        assert response.status_code == 200, path
        assert not any("COUNT(*)" in q["sql"] for q in ctx.captured_queries), path
    assert Client().get("/api/v1/deals/").json()["count"] == 2  # the internal deal left out
    pages_equal(Client(), paths, "STORED_STATISTICS")
    # Not current after a write: counted, and right.
    f.DealFactory(title="new", announced_on=date(2025, 9, 1))
    with override_settings(RESULT_CACHE_LOCAL=False), CaptureQueriesContext(connection) as ctx:
        assert Client().get("/api/v1/deals/").json()["count"] == 3
    assert any("COUNT(*)" in q["sql"] for q in ctx.captured_queries)
    # A filtered list is always counted.
    with override_settings(RESULT_CACHE_LOCAL=False), CaptureQueriesContext(connection) as ctx:
        assert Client().get("/api/v1/deals/?q=deal").status_code == 200
    assert stored_statistics.stored_count(_deals(True, ["licensing"], q="deal")) is None


@postgres_only
def test_a_deal_in_no_class_keeps_the_unfiltered_list_exact(world: dict[str, Any]) -> None:
    # A type the classes do not name (raw SQL, an old fixture): no class, but a deal the list
    # shows and counts. The list's own row counts it; per class, the page is computed live.
    Deal.objects.filter(pk=world["deals"][0].pk).update(deal_type="mystery")
    bump_data_version()
    assert stored_statistics.refresh()
    unfiltered = _deals(True, [])
    with override_settings(RESULT_CACHE_LOCAL=False):
        assert stored_statistics.stored_count(unfiltered) == unfiltered.count() == 2
        assert stored_statistics.answer(unfiltered, "deal_class") is None
        assert stored_statistics.answer(unfiltered, None) is not None
        assert Client().get("/api/v1/deals/").json()["count"] == 2
    assert_stored_equals_live()


@postgres_only
def test_rows_in_another_layout_are_not_read(world: dict[str, Any]) -> None:
    # A row written by another release (a deploy): not current, computed again, never a 500.
    public = _deals(True, ["licensing"])
    assert _answered(public)
    for row in StoredStatistics.objects.all():
        row.statistics = {**row.statistics, "format": stored_statistics.FORMAT + 1}
        row.save()
    assert not _answered(public)
    assert stored_statistics.stored_count(public) is None
    assert Client().get("/api/v1/deals/summary/").status_code == 200
    assert stored_statistics.refresh()
    assert _answered(public)
    # Unreadable JSON in the current layout: computed live too.
    StoredStatistics.objects.update(statistics={"format": stored_statistics.FORMAT})
    assert not _answered(public)
    assert Client().get("/comps/").status_code == 200
