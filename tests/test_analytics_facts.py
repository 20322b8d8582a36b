"""The stored analytics groups (deals/analytics/facts.py) against the live computation.

Differential: every breakdown (each stored dimension, each period, public and staff scope) and
the statistics pages read through the stored rows equal the same figures computed live
(``ANALYTICS_FACTS`` off), over the demo data, a synthetic set, and after each kind of write
that can move a deal between groups. A wrong or stale row fails them (the tests below
corrupt one and check that the comparison sees it).
"""

from __future__ import annotations

import re
from datetime import date
from io import StringIO
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser, User
from django.core.management import call_command
from django.db import transaction
from django.test import Client, override_settings

from companies.models import Modality, TherapeuticArea
from deals.analytics import facts
from deals.analytics.breakdowns import DIMENSIONS, breakdown
from deals.models import Deal, DealAsset, DealGroupFact, DealParty
from tests import factories as f

pytestmark = pytest.mark.django_db

CSRF = re.compile(rb'name="csrfmiddlewaretoken" value="[^"]*"')
PERIODS = ("year", "quarter", "all", "conference")
PAGES = ("/analytics/", "/analytics/?period=quarter&deal_class=m_and_a", "/api/v1/deals/summary/")


def _scopes() -> list[Any]:
    return [Deal.objects.visible_to(AnonymousUser()), Deal.objects.all()]


def _all_breakdowns() -> dict[Any, Any]:
    result = {}
    for scope, deals in enumerate(_scopes()):
        for dimension in DIMENSIONS:
            for period in PERIODS:
                data = breakdown(deals, dimension, period)
                result[(scope, dimension, period)] = (
                    data.periods, data.groups, data.cells, data.totals,
                )  # fmt: skip
    return result


def _differences() -> list[Any]:
    """Breakdowns whose stored-row figures differ from the live ones (none, when exact)."""
    with override_settings(RESULT_CACHE_LOCAL=False, ANALYTICS_FACTS=True):
        fast = _all_breakdowns()
    with override_settings(RESULT_CACHE_LOCAL=False, ANALYTICS_FACTS=False):
        live = _all_breakdowns()
    return [key for key in live if fast[key] != live[key]]


def assert_exact() -> None:
    assert facts.stale_deals() == set()
    assert _differences() == []


def pages_equal(
    client: Client, paths: tuple[str, ...] = PAGES, setting: str = "ANALYTICS_FACTS"
) -> None:
    """Each page's body is the same with ``setting`` on (a fast path) and off (live)."""
    for path in paths:
        bodies = []
        for on in (True, False):
            with override_settings(RESULT_CACHE_LOCAL=False, **{setting: on}):
                response = client.get(path)
            assert response.status_code == 200, path
            # The CSRF token of a signed-in page's logout form differs per request.
            bodies.append(CSRF.sub(b"", response.content))
        assert bodies[0] == bodies[1], path


def pages_equal_for_readers(paths: tuple[str, ...], setting: str) -> None:
    """:func:`pages_equal` for an anonymous reader and for staff (who see internal deals)."""
    from django.contrib.auth.models import User

    staff = User.objects.create_superuser(f"{setting.lower()}-staff", "staff@example.com", "x")
    signed_in = Client()
    signed_in.force_login(staff)
    for client in (Client(), signed_in):
        pages_equal(client, paths, setting)


def _corrupt_and_detect() -> None:
    """Move one stored row to another group: the comparison must see it."""
    row = DealGroupFact.objects.filter(dimension="licensor_country").order_by("pk").first()
    assert row is not None
    DealGroupFact.objects.filter(pk=row.pk).update(grp="JP" if row.grp != "JP" else "KR")
    assert facts.stale_deals() == {row.deal_id}
    assert _differences() != []


def test_demo_data_fast_equals_live() -> None:
    call_command("load_demo", stdout=StringIO())
    assert DealGroupFact.objects.exists()
    assert_exact()
    pages_equal(Client())
    staff = User.objects.create_superuser("facts-staff", "staff@example.com", "x")
    client = Client()
    client.force_login(staff)
    pages_equal(client)
    _corrupt_and_detect()


def test_synthetic_data_fast_equals_live() -> None:
    call_command("seed_synthetic", deals=60, seed=11, stdout=StringIO())
    assert DealGroupFact.objects.exists()
    assert_exact()
    pages_equal(Client())
    # A stale table (rows lost, as after a raw load without the rebuild) is caught too.
    DealGroupFact.objects.filter(deal_id__in=Deal.objects.order_by("pk").values("pk")[:5]).delete()
    assert facts.stale_deals() and _differences()
    call_command("rebuild_facts", stdout=StringIO())
    assert_exact()


@pytest.fixture
def world() -> dict[str, Any]:
    onc = f.TherapeuticAreaFactory(name="Oncology", slug="oncology")
    neuro = f.TherapeuticAreaFactory(name="Neurology", slug="neurology")
    kr, us = f.CompanyFactory(country="KR"), f.CompanyFactory(country="US")
    asset = f.AssetFactory(modality=Modality.ADC)
    asset.therapeutic_areas.add(onc)
    deals = []
    for i, (licensor, visibility) in enumerate(
        [(kr, Deal.Visibility.PUBLIC), (us, Deal.Visibility.PUBLIC), (kr, Deal.Visibility.INTERNAL)]
    ):
        deal = f.DealFactory(
            title=f"deal {i}", announced_on=date(2025, 3 + i, 1), visibility=visibility
        )
        f.DealPartyFactory(deal=deal, company=licensor, role=DealParty.Role.LICENSOR)
        f.DealAssetFactory(deal=deal, asset=asset)
        deals.append(deal)
    assert_exact()
    return {"onc": onc, "neuro": neuro, "kr": kr, "us": us, "asset": asset, "deals": deals}


WRITES = (
    "company country",
    "party company",
    "party moved",
    "party deleted",
    "second licensor",
    "asset modality",
    "area added",
    "area removed",
    "areas cleared from the area",
    "area renamed",
    "area deleted",
    "asset link deleted",
    "asset link moved",
    "deal deleted",
    "made internal",
    "rolled back",
)


@pytest.mark.parametrize("write", WRITES)
def test_each_write_keeps_the_rows_exact(world: dict[str, Any], write: str) -> None:
    deals, asset = world["deals"], world["asset"]
    party = DealParty.objects.filter(deal=deals[0]).first()
    link = DealAsset.objects.filter(deal=deals[0]).first()
    assert party is not None and link is not None
    if write == "company country":
        world["kr"].country = "JP"
        world["kr"].save()
    elif write == "party company":
        party.company = world["us"]
        party.save()
    elif write == "party moved":
        party.deal = deals[1]
        party.save()
    elif write == "party deleted":
        party.delete()
    elif write == "second licensor":
        f.DealPartyFactory(deal=deals[1], company=world["kr"], role=DealParty.Role.LICENSOR)
    elif write == "asset modality":
        asset.modality = Modality.SIRNA
        asset.save()
    elif write == "area added":
        asset.therapeutic_areas.add(world["neuro"])
    elif write == "area removed":
        asset.therapeutic_areas.remove(world["onc"])
    elif write == "areas cleared from the area":
        world["onc"].assets.clear()
    elif write == "area renamed":
        world["onc"].name, world["onc"].slug = "Solid tumours", "solid-tumours"
        world["onc"].save()
    elif write == "area deleted":
        world["onc"].delete()
    elif write == "asset link deleted":
        link.delete()
    elif write == "asset link moved":
        other = f.AssetFactory(modality=Modality.BISPECIFIC)
        link.asset = other
        link.save()
    elif write == "deal deleted":
        deals[0].delete()
    elif write == "made internal":
        deals[1].visibility = Deal.Visibility.INTERNAL
        deals[1].save()
    elif write == "rolled back":
        with pytest.raises(RuntimeError), transaction.atomic():
            world["kr"].country = "CN"
            world["kr"].save()
            raise RuntimeError
    assert_exact()


def test_an_internal_deal_changes_no_public_figure(world: dict[str, Any]) -> None:
    public = Deal.objects.visible_to(AnonymousUser())
    before = {d: breakdown(public, d, "year").cells for d in facts.STORED_DIMENSIONS}
    internal = f.DealFactory(announced_on=date(2025, 5, 1), visibility=Deal.Visibility.INTERNAL)
    f.DealPartyFactory(deal=internal, company=world["us"], role=DealParty.Role.LICENSOR)
    f.DealAssetFactory(deal=internal, asset=world["asset"])
    assert DealGroupFact.objects.filter(deal=internal).exists()
    with override_settings(RESULT_CACHE_LOCAL=False):
        after = {d: breakdown(public, d, "year").cells for d in facts.STORED_DIMENSIONS}
    assert after == before
    assert TherapeuticArea.objects.count() == 2
