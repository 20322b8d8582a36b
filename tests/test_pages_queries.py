"""Every browse page, export and feed runs the same number of queries for 1 row as for 20."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from companies.models import Asset, Company
from deals.models import Conference, Deal, DealEvent, PaymentComponent
from tests.factories import (
    AssetFactory,
    CompanyFactory,
    ConferenceFactory,
    DealAssetFactory,
    DealEventFactory,
    DealFactory,
    DealPartyFactory,
    DealTerritoryFactory,
    PaymentFactory,
    RegionFactory,
    RoyaltyFactory,
    SourceFactory,
    TargetFactory,
)

pytestmark = pytest.mark.django_db

COUNTRIES = ["CN", "KR", "US", "JP", "CH", "GB", "DE", "FR"]


def _add_deals(n: int, conference: Conference, buyer: Company, shared: Asset) -> None:
    """``n`` fully described deals: parties, two assets with targets, money, territory, source."""
    start = Deal.objects.count()
    for i in range(start, start + n):
        deal = DealFactory(
            conference=conference,
            announced_on=date(2026, 1, 12) + timedelta(days=i % 5),
            headline_amount=Decimal(100_000_000 + i),
            headline_currency="USD",
        )
        seller = CompanyFactory(country=COUNTRIES[i % len(COUNTRIES)])
        DealPartyFactory(deal=deal, company=seller, role="licensor", order=0)
        DealPartyFactory(deal=deal, company=buyer, role="licensee", order=1)
        own = AssetFactory(owner=seller, modality=["adc", "bispecific", "sirna"][i % 3])
        own.targets.add(TargetFactory(name=f"T{i}"))
        DealAssetFactory(deal=deal, asset=own)
        DealAssetFactory(deal=deal, asset=shared)
        DealTerritoryFactory(deal=deal, region=RegionFactory(code="WW", name="Worldwide"))
        PaymentFactory(deal=deal, amount=Decimal(10_000_000 + i))
        PaymentFactory(
            deal=deal,
            kind=PaymentComponent.Kind.MILESTONES,
            disclosed=False,
            amount=None,
            currency="",
        )
        SourceFactory(deal=deal)
        RoyaltyFactory(deal=deal)


def _add_detail_rows(deal: Deal, n: int) -> None:
    """``n`` more payments, sources and events on one deal (the rows of a detail page)."""
    for i in range(n):
        source = SourceFactory(deal=deal)
        PaymentFactory(
            deal=deal, kind=PaymentComponent.Kind.OTHER, amount=Decimal(1000 + i), source=source
        )
        DealEventFactory(
            deal=deal, kind=DealEvent.Kind.OTHER, date=date(2026, 2, 1) + timedelta(days=i)
        )


def _queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200, url
    return len(captured.captured_queries)


def test_query_count_per_page_is_constant_in_the_number_of_rows(client: Client) -> None:
    conference = ConferenceFactory(year=2026, slug="jpm-2026")
    buyer = CompanyFactory(name="Bigco", country="US")
    shared = AssetFactory(name="Shared platform", owner=buyer, modality="platform")
    _add_deals(1, conference, buyer, shared)
    seller = Deal.objects.get().parties.get(role="licensor").company

    pages = {
        "home": reverse("deals:home"),
        "deal list": reverse("deals:deal_list"),
        "deal list, filtered and sorted": reverse("deals:deal_list")
        + "?conference=jpm-2026&licensee_country=US&ordering=-upfront_usd",
        "export csv": reverse("deals:deal_export", args=["csv"]),
        "export xlsx": reverse("deals:deal_export", args=["xlsx"]),
        "conference list": reverse("deals:conference_list"),
        "conference detail": conference.get_absolute_url(),
        "company list": reverse("companies:company_list"),
        "company detail (licensee)": buyer.get_absolute_url(),
        "company detail (licensor)": seller.get_absolute_url(),
        "asset list": reverse("companies:asset_list"),
        "asset detail": shared.get_absolute_url(),
        "deal feed": reverse("deals:deal_feed"),
        "conference feed": reverse("deals:conference_feed", args=[conference.slug]),
        "company feed": reverse("deals:company_feed", args=[buyer.slug]),
    }
    for url in pages.values():  # warm per-process caches (content types, templates)
        _queries(client, url)
    one = {name: _queries(client, url) for name, url in pages.items()}

    _add_deals(19, conference, buyer, shared)
    for url in pages.values():  # the same warm state: counts cached for the new data version
        _queries(client, url)
    twenty = {name: _queries(client, url) for name, url in pages.items()}

    report = "\n".join(f"{name:32} {one[name]:3} {twenty[name]:3}" for name in pages)
    print(f"\nqueries per page (1 row, 20 rows)\n{report}")
    assert one == twenty, report


def test_deal_page_query_count_is_constant_in_terms_sources_events_and_comparables(
    client: Client,
) -> None:
    """The deal page's rows: its payments, sources and events, and the comparable deals panel."""
    conference = ConferenceFactory(year=2026, slug="jpm-2026")
    buyer = CompanyFactory(name="Bigco", country="US")
    shared = AssetFactory(name="Shared platform", owner=buyer, modality="platform")
    _add_deals(2, conference, buyer, shared)  # the deal, and one deal comparable with it
    deal = Deal.objects.order_by("pk").first()
    _add_detail_rows(deal, 1)
    url = deal.get_absolute_url()
    _queries(client, url)  # warm per-process caches
    one = _queries(client, url)

    _add_deals(19, conference, buyer, shared)  # 20 comparable deals
    _add_detail_rows(deal, 19)  # 20 more payments, sources and events
    twenty = _queries(client, url)
    print(f"\ndeal detail: {one} queries with 1 row of each, {twenty} with 20")
    assert one == twenty


def test_company_page_loads_the_rows_of_all_its_role_groups_together(client: Client) -> None:
    """A company dealing in three roles has its three deal tables' rows loaded in one go (one
    statement on PostgreSQL, one query with its prefetches elsewhere), not once per group;
    each group still lists its latest deals, newest first, and none of the others'."""
    conference = ConferenceFactory(year=2026, slug="jpm-2026")
    buyer = CompanyFactory(name="Bigco", country="US")
    shared = AssetFactory(name="Shared platform", owner=buyer, modality="platform")
    _add_deals(12, conference, buyer, shared)  # Bigco licenses in 12 deals
    for i, role in enumerate(["licensor", "partner"]):
        deal = DealFactory(announced_on=date(2025, 6, 1 + i), title=f"Bigco as {role}")
        DealPartyFactory(deal=deal, company=buyer, role=role, order=0)
        DealPartyFactory(deal=deal, company=CompanyFactory(), role="licensee", order=1)
    url = buyer.get_absolute_url()
    client.get(url)  # warm per-process caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    groups = response.context["groups"]
    assert [g["key"] for g in groups] == ["licensor", "licensee", "other"]
    # The deal table's asset cells (phase at signing): read once for all groups.
    table_reads = [q["sql"] for q in captured.captured_queries if "phase_at_signing" in q["sql"]]
    assert len(table_reads) == 1, table_reads

    listed = {g["key"]: [d.title for d in g["deals"]] for g in groups}
    assert listed["licensor"] == ["Bigco as licensor"]
    assert listed["other"] == ["Bigco as partner"]
    expected = list(
        Deal.objects.filter(parties__company=buyer, parties__role="licensee")
        .order_by("-announced_on", "-pk")
        .values_list("title", flat=True)[:10]
    )
    assert listed["licensee"] == expected
