"""The rights derivation's plain-row reading (deals/rights/lean.py) against a reading built here
from model instances, the way the pages read deals before: same deals, same facts, same
licenses set apart for want of a territory, for every asset of the demo and of a synthetic set
(with its takeovers, regions, options and ended deals). Also: a rights map loads a fixed number
of queries, and its rows carry the deals and companies they show."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Prefetch, QuerySet
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from companies.models import Asset
from deals.models import Deal, DealAsset, DealParty
from deals.rights.dealfacts import TAKEOVERS, facts_from
from deals.rights.derive import DealFacts, Kind
from deals.rights.lean import inputs_by_asset
from deals.rights.load import rights_for_assets


def _instances(visible: QuerySet[Deal]) -> QuerySet[Deal]:
    return visible.select_related(None).prefetch_related(
        Prefetch("parties", queryset=DealParty.objects.order_by("order", "pk")),
        "territories__region",
        "events",
    )


def _facts(deal: Deal) -> DealFacts | None:
    lines = []
    for line in deal.territories.all():
        region = line.region if line.region_id else None
        members = [str(c) for c in region.countries] if region is not None else None
        lines.append((line.code, line.excluded, members))
    return facts_from(
        deal.pk,
        deal.deal_type,
        deal.status,
        deal.signed_on or deal.announced_on,
        deal.exclusive,
        [(p.role, p.company_id) for p in deal.parties.all()],
        lines,
        [(event.kind, event.date) for event in deal.events.all()],
        deal.signed_on_precision if deal.signed_on is not None else deal.announced_on_precision,
        tuple(
            (event.date, event.date_precision)
            for event in deal.events.all()
            if event.date is not None and event.date_precision != "day"
        ),
    )


def _reference(asset: Asset, visible: QuerySet[Deal]) -> tuple[list[DealFacts], list[int]]:
    """One asset at a time, from instances: its own deals, then takeovers of any company in
    them (or of the originator), and of those takeovers' parties, until none is new."""
    own_ids = DealAsset.objects.filter(asset=asset, deal__in=visible.values("pk")).values("deal")
    own = [d for d in _instances(visible.filter(pk__in=own_ids)) if d.deal_type not in TAKEOVERS]
    companies = {asset.owner_id} if asset.owner_id else set()
    for deal in own:
        companies |= {p.company_id for p in deal.parties.all() if p.company_id}
    takeovers: dict[int, Deal] = {}
    todo = set(companies)
    seen_companies: set[int] = set()
    while todo:
        company = todo.pop()
        seen_companies.add(company)
        for deal in _instances(
            visible.filter(
                deal_type__in=TAKEOVERS, parties__role="target", parties__company=company
            )
        ):
            fact = _facts(deal)
            if fact is None or fact.grantor != company or deal.pk in takeovers:
                continue
            takeovers[deal.pk] = deal
            todo |= {p.company_id for p in deal.parties.all() if p.company_id} - seen_companies
    chosen, without = [], []
    for deal in [*own, *takeovers.values()]:
        fact = _facts(deal)
        if fact is None:
            continue
        if fact.kind is not Kind.ACQUISITION and not fact.countries:
            without.append(deal.pk)
        else:
            chosen.append(fact)
    return sorted(chosen, key=lambda f: f.id), sorted(without)


def _agree(visible: QuerySet[Deal]) -> int:
    assets = list(Asset.objects.order_by("pk"))
    found = inputs_by_asset(assets, visible)
    compared = 0
    for asset in assets:
        facts, without = _reference(asset, visible)
        lean = found[asset.pk]
        assert sorted(lean.facts, key=lambda f: f.id) == facts, asset.slug
        assert sorted(lean.without_territory) == without, asset.slug
        compared += len(facts) + len(without)
    return compared


@pytest.fixture(scope="module")
def synthetic(django_db_setup, django_db_blocker):
    """One synthetic set for the module (seeding is the slow part)."""
    with django_db_blocker.unblock():
        call_command("seed_synthetic", deals=250, verbosity=0)
    yield
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, verbosity=0)


@pytest.mark.django_db
def test_the_plain_reading_equals_one_from_instances_on_a_synthetic_set(synthetic) -> None:
    assert Deal.objects.filter(deal_type__in=TAKEOVERS).exists()
    assert _agree(Deal.objects.public()) > 100
    assert _agree(Deal.objects.all()) > 100  # what staff see, internal deals included


@pytest.mark.django_db
def test_the_plain_reading_equals_one_from_instances_on_the_demo() -> None:
    call_command("load_demo", verbosity=0)
    assert _agree(Deal.objects.public()) > 0


# Own deals' links (1) and facts (3: deals with their parties, territory, events); up to four
# takeover rounds (2 + 3 each: the targeted deals, which are visible takeovers, their facts);
# then the deals shown and their sources (2) and the companies (1).
MAX_QUERIES = 1 + 3 + 4 * 5 + 2 + 1


@pytest.mark.django_db
def test_a_rights_map_shows_its_deals_and_companies_in_a_fixed_number_of_queries(
    synthetic,
) -> None:
    assets = sorted(
        Asset.objects.select_related("owner"),
        key=lambda a: (-DealAsset.objects.filter(asset=a).count(), a.pk),
    )[:12]
    with CaptureQueriesContext(connection) as queries:
        maps = rights_for_assets(assets, Deal.objects.public(), timezone.localdate())
    assert len(queries) <= MAX_QUERIES, len(queries)
    # The parties come with their deals, not in a statement of their own per round.
    sql = [q["sql"] for q in queries.captured_queries]
    assert not [
        q
        for q in sql
        if q.startswith('SELECT "deals_dealparty"."deal_id"') and '"role"' in q.split("FROM")[0]
    ]
    shown = 0
    with CaptureQueriesContext(connection) as later:
        for asset in assets:
            rights = maps[asset.pk]
            for row in rights.rows:
                if row.deal is not None:
                    assert rights.deals[row.deal.pk] is row.deal
                    list(row.deal.sources.all())
                    shown += 1
                if row.company is not None:
                    assert row.company.name
            for deal in rights.without_territory:
                assert deal.title
            for conflict in rights.rights.conflicts:
                assert {conflict.standing_deal, conflict.conflicting_deal} <= rights.deals.keys()
    assert shown > 0
    assert len(later) == 0  # everything a page shows was loaded with the map
