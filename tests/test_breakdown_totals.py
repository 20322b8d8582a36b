"""The stored breakdown totals (deals/analytics/breakdown_totals.py) against the live charts.

Differential: every chart they can answer (each dimension, year/quarter/all time, every class
choice, public and staff scope) added up from the stored rows equals the live statement's,
over a synthetic set and the demo data; the pages render the same bytes either way. They are
read only while current: a write (any tracked model), a rolled-back refresh, an old refresh or
another filter sends the chart to the live statement, and every write queues one refresh per
transaction. A public reader's chart never adds an internal deal's row (a mutation that drops
the visibility condition fails the test below).
"""

from __future__ import annotations

import threading
import time
from datetime import date, timedelta
from decimal import Decimal
from io import StringIO
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser, User
from django.core.management import call_command
from django.db import connection, connections, transaction
from django.db.models import Sum
from django.http import QueryDict
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from deals.analytics import breakdown_totals
from deals.analytics.breakdowns import DIMENSIONS, _breakdown
from deals.filters import DealFilterSet
from deals.models import BreakdownTotal, BreakdownTotalsVersion, Deal, DealParty
from tests import factories as f
from tests.test_analytics_facts import pages_equal_for_readers

pytestmark = pytest.mark.django_db
postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the stored totals serve PostgreSQL only"
)

PERIODS = ("year", "quarter", "all")
CLASS_CHOICES = (["licensing"], ["m_and_a"], ["equity"], ["m_and_a", "licensing"],
                 ["licensing", "m_and_a", "equity"])  # fmt: skip
IMMEDIATE = "django.tasks.backends.immediate.ImmediateBackend"


def _charts(public: bool, picked: list[str]) -> Any:
    params = QueryDict(mutable=True)
    params.setlist("deal_class", picked)
    visible = Deal.objects.visible_to(AnonymousUser()) if public else Deal.objects.all()
    return DealFilterSet(params, queryset=visible).qs


def _all(stored: bool) -> dict[Any, Any]:
    result = {}
    with override_settings(BREAKDOWN_TOTALS=stored):
        for public in (True, False):
            for picked in CLASS_CHOICES:
                deals = _charts(public, picked)
                for dimension in DIMENSIONS:
                    for period in PERIODS:
                        # A chart of recent years (the home page's) too.
                        for since in (None, 2020, 2025):
                            result[(public, tuple(picked), dimension, period, since)] = _breakdown(
                                deals, dimension, period, since
                            )
    return result


def assert_stored_equals_live() -> None:
    assert breakdown_totals.is_current()
    stored, live = _all(True), _all(False)
    assert [key for key in live if stored[key] != live[key]] == []
    assert any(chart.cells for chart in live.values())


def _uses_stored(deals: Any, dimension: str = "licensor_country", period: str = "year") -> bool:
    return breakdown_totals.rows(deals, dimension, period) is not None


@postgres_only
def test_synthetic_data_stored_equals_live() -> None:
    call_command("seed_synthetic", deals=80, seed=5, stdout=StringIO())
    assert breakdown_totals.refresh(force=True)
    assert BreakdownTotal.objects.exists()
    assert_stored_equals_live()
    # Every chart above was answered from the stored rows, none live.
    for public in (True, False):
        for picked in CLASS_CHOICES:
            assert _uses_stored(_charts(public, picked))


@postgres_only
def test_demo_pages_render_the_same_bytes() -> None:
    call_command("load_demo", stdout=StringIO())
    assert breakdown_totals.refresh(force=True)
    assert_stored_equals_live()
    paths = (
        "/",
        "/?deal_class=m_and_a",
        "/analytics/",
        "/analytics/?period=quarter&deal_class=m_and_a",
        "/analytics/?deal_class=equity&deal_class=licensing&measure=count",
        "/api/v1/analytics/modality/?period=all",
        "/analytics/therapeutic_area.csv?period=quarter",
    )
    pages_equal_for_readers(paths, "BREAKDOWN_TOTALS")


@postgres_only
def test_the_default_page_reads_no_deal_when_current() -> None:
    call_command("seed_synthetic", deals=30, seed=2, stdout=StringIO())
    breakdown_totals.refresh(force=True)
    with override_settings(RESULT_CACHE_LOCAL=False), CaptureQueriesContext(connection) as ctx:
        assert Client().get("/analytics/").status_code == 200
    charts = [q["sql"] for q in ctx.captured_queries if "FROM deals_breakdowntotal b" in q["sql"]]
    assert len(charts) == 4  # licensor country, modality, therapeutic area, deal type
    assert not any("deals_dealgroupfact" in q["sql"] for q in ctx.captured_queries)
    # The API and a staff reader's page (all deals) too.
    staff = Client()
    staff.force_login(User.objects.create_superuser("totals-admin", "a@example.com", "x"))
    for client, path in ((Client(), "/api/v1/analytics/therapeutic_area/?period=quarter"),
                         (staff, "/analytics/?deal_class=m_and_a&deal_class=equity"),
                         (Client(), "/")):  # fmt: skip
        with override_settings(RESULT_CACHE_LOCAL=False), CaptureQueriesContext(connection) as ctx:
            assert client.get(path).status_code == 200, path
        sqls = [q["sql"] for q in ctx.captured_queries]
        assert any("FROM deals_breakdowntotal b" in sql for sql in sqls), path
        assert not any("deals_dealgroupfact" in sql for sql in sqls), path


@pytest.fixture
def world() -> dict[str, Any]:
    kr, us = f.CompanyFactory(country="KR"), f.CompanyFactory(country="US")
    deals = []
    for i, (licensor, visibility) in enumerate(
        [(kr, Deal.Visibility.PUBLIC), (us, Deal.Visibility.PUBLIC), (kr, Deal.Visibility.INTERNAL)]
    ):
        deal = f.DealFactory(
            title=f"deal {i}", announced_on=date(2025, 3 + i, 1), visibility=visibility
        )
        f.DealPartyFactory(deal=deal, company=licensor, role=DealParty.Role.LICENSOR)
        f.PaymentFactory(deal=deal, amount=Decimal(10 + i))
        deals.append(deal)
    breakdown_totals.refresh(force=True)
    return {"kr": kr, "us": us, "deals": deals}


@postgres_only
def test_a_write_makes_them_unused_until_the_refresh(world: dict[str, Any]) -> None:
    public = _charts(True, ["licensing"])
    assert _uses_stored(public)
    world["deals"][2].visibility = Deal.Visibility.PUBLIC  # an internal deal made public
    world["deals"][2].save()
    assert not breakdown_totals.is_current()
    assert not _uses_stored(public)
    live = _breakdown(public, "licensor_country", "year")
    assert live.cell(2025, "KR").deals == 2
    assert breakdown_totals.refresh()
    assert _uses_stored(public)
    assert _breakdown(public, "licensor_country", "year") == live
    assert_stored_equals_live()


@postgres_only
def test_a_company_write_and_a_payment_write_move_them_too(world: dict[str, Any]) -> None:
    world["kr"].country = "JP"
    world["kr"].save()
    assert not breakdown_totals.is_current()
    breakdown_totals.refresh()
    f.PaymentFactory(deal=world["deals"][0], amount=Decimal(5))
    assert not breakdown_totals.is_current()
    breakdown_totals.refresh()
    assert_stored_equals_live()


@postgres_only
def test_only_the_canonical_queries_are_answered(world: dict[str, Any]) -> None:
    params = QueryDict("deal_class=licensing&licensor_country=KR")
    filtered = DealFilterSet(params, queryset=Deal.objects.public()).qs
    assert breakdown_totals.scope_of(filtered) is None
    assert not _uses_stored(filtered)
    assert not _uses_stored(Deal.objects.public())  # pipeline deals included: not a chart query
    assert (
        breakdown_totals.rows(_charts(True, ["licensing"]), "licensor_country", "conference")
        is None
    )
    assert breakdown_totals.scope_of(_charts(True, ["licensing"])) == (True, ("licensing",))
    assert breakdown_totals.scope_of(_charts(False, ["m_and_a", "equity"])) == (
        False, ("equity", "m_and_a"),
    )  # fmt: skip


@postgres_only
def test_a_public_chart_never_adds_an_internal_row(world: dict[str, Any]) -> None:
    public = _charts(True, ["licensing"])
    staff = _charts(False, ["licensing"])
    assert _uses_stored(public) and _uses_stored(staff)
    # The internal deal is the only one of 2025-05 (KR): only staff count it.
    assert _breakdown(public, "licensor_country", "quarter").cell("2025-Q2", "KR").deals == 0
    assert _breakdown(staff, "licensor_country", "quarter").cell("2025-Q2", "KR").deals == 1
    body = Client().get("/api/v1/analytics/licensor_country/?period=quarter").json()
    assert not any(r["period"] == "2025-Q2" and r["group"] == "KR" for r in body["rows"])


@postgres_only
def test_old_rows_are_not_read_and_ask_for_a_refresh(
    world: dict[str, Any], refresh_requests: list[str]
) -> None:
    asked = refresh_requests
    assert _uses_stored(_charts(True, ["licensing"]))
    assert asked == []
    BreakdownTotalsVersion.objects.update(computed_at=timezone.now() - timedelta(seconds=3600))
    with override_settings(RESULT_CACHE_SECONDS=600):
        assert not breakdown_totals.is_current()
        assert not _uses_stored(_charts(True, ["licensing"]))
        assert not _uses_stored(_charts(False, ["licensing"]))  # asked once per interval
    assert asked == ["default"]


@postgres_only
def test_a_rolled_back_refresh_leaves_them_unused(world: dict[str, Any]) -> None:
    world["deals"][0].title = "renamed"
    world["deals"][0].save()
    with pytest.raises(RuntimeError), transaction.atomic():
        breakdown_totals.refresh()
        assert breakdown_totals.is_current()
        raise RuntimeError
    assert not breakdown_totals.is_current()


@postgres_only
@override_settings(
    TASKS={"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
)
def test_every_write_queues_one_refresh_per_transaction(world: dict[str, Any]) -> None:
    with transaction.atomic():
        for deal in world["deals"]:
            deal.title += " (edited)"
            deal.save()
        callbacks = [e[1] for e in connection.run_on_commit]
        assert callbacks.count(breakdown_totals._CALLBACKS["default"]) == 1
    assert not breakdown_totals.is_current()
    # The test's own transaction never commits: run what its commit would run (the immediate
    # backend runs the queued task there and then).
    breakdown_totals._CALLBACKS["default"]()
    assert breakdown_totals.is_current()
    assert_stored_equals_live()


def test_sqlite_and_switched_off_always_compute_live(world: dict[str, Any]) -> None:
    public = _charts(True, ["licensing"])
    with override_settings(BREAKDOWN_TOTALS=False):
        assert not _uses_stored(public)
    if connection.vendor == "sqlite":
        assert not breakdown_totals.refresh(force=True)
        assert not _uses_stored(public)
        assert not BreakdownTotal.objects.exists()


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_two_refreshes_at_once_count_each_deal_once() -> None:
    # Without the refresh's table lock, the second one's DELETE waits for the rows the first
    # deleted, skips them once it commits and never sees the rows it inserted: both sets stay,
    # every sum twice.
    for i in range(3):
        f.DealFactory(title=f"concurrent {i}", announced_on=date(2025, 1 + i, 2))
    first_open, commit_first = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def first() -> None:
        try:
            with transaction.atomic():
                breakdown_totals.refresh(force=True)
                first_open.set()
                commit_first.wait(10)
        except BaseException as error:  # reported below, not lost in the thread
            errors.append(error)
        finally:
            connections.close_all()

    def second() -> None:
        try:
            breakdown_totals.refresh(force=True)
        except BaseException as error:
            errors.append(error)
        finally:
            connections.close_all()

    one = threading.Thread(target=first)
    one.start()
    assert first_open.wait(10)
    two = threading.Thread(target=second)
    two.start()
    time.sleep(0.5)  # the second is now waiting on the first
    commit_first.set()
    one.join(20)
    two.join(20)
    assert errors == []
    once = BreakdownTotal.objects.filter(dimension="deal_type").aggregate(n=Sum("deals"))["n"]
    assert once == Deal.objects.filter(announced_on__isnull=False).count() == 3
    assert_stored_equals_live()
