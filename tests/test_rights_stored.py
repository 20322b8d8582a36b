"""The stored availability behind ``available_in`` (deals/rights/stored.py, sync.py) equals the
live rights derivation after every kind of write, and ``manage.py rebuild_rights`` restores it.

Each write runs inside ``django_capture_on_commit_callbacks(execute=True)``: the table is
refreshed when the writing transaction commits, as in production.
"""

from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from accounts.models import create_token
from companies.models import Asset
from deals.models import AssetUnavailability, Deal, DealParty, DealTerritory
from deals.rights import stored
from deals.rights.derive import DealFacts, Kind, change_days, derive
from deals.rights.load import rights_for_assets
from deals.rights.territory import ALL_COUNTRIES
from tests.factories import (
    AssetFactory,
    CompanyFactory,
    DealAssetFactory,
    DealEventFactory,
    DealFactory,
    DealPartyFactory,
    DealTerritoryFactory,
    RegionFactory,
)

TODAY = timezone.localdate()
PAST = TODAY - timedelta(days=30)


def _available(client, country: str, **headers: str) -> set[str]:
    response = client.get(f"/api/v1/assets/?page_size=500&available_in={country}", **headers)
    assert response.status_code == 200, response.content[:300]
    return {row["slug"] for row in response.json()["results"]}


def _live(country: str, visible=None) -> set[str]:
    """The answer of the full derivation (deals/rights/load.py), asset by asset."""
    assets = list(Asset.objects.select_related("owner"))
    maps = rights_for_assets(assets, visible or Deal.objects.public(), TODAY)
    return {a.slug for a in assets if country in maps[a.pk].rights.available}


def _consistent(client) -> None:
    assert stored.stale_assets() == set()
    for country in ("JP", "US", "CN", "KR", "DE"):
        assert _available(client, country) == _live(country), country


@pytest.fixture
def world(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        owner = CompanyFactory(name="Origin Bio", country="KR")
        licensee = CompanyFactory(name="Taker Pharma", country="JP")
        asset = AssetFactory(name="OB-7", owner=owner)
        AssetFactory(name="Never Licensed", owner=owner)
        deal = DealFactory(title="OB-7 Japan license", announced_on=PAST, exclusive=True)
        DealPartyFactory(deal=deal, company=owner, role="licensor")
        DealPartyFactory(deal=deal, company=licensee, role="licensee")
        DealAssetFactory(deal=deal, asset=asset)
        DealTerritoryFactory(deal=deal, region=None, country="JP")
    return {"owner": owner, "licensee": licensee, "asset": asset, "deal": deal}


@pytest.mark.django_db
def test_a_new_license_takes_its_country_off_the_available_list(world, client) -> None:
    assert "ob-7" not in _available(client, "JP")
    assert {"ob-7", "never-licensed"} <= _available(client, "US")
    assert AssetUnavailability.objects.filter(asset=world["asset"]).count() == 2  # two scopes
    _consistent(client)


@pytest.mark.django_db
def test_territory_edits_move_the_stored_country(
    world, client, django_capture_on_commit_callbacks
) -> None:
    line = DealTerritory.objects.get(deal=world["deal"])
    with django_capture_on_commit_callbacks(execute=True):
        line.country = "US"
        line.save()
    assert "ob-7" in _available(client, "JP") and "ob-7" not in _available(client, "US")
    _consistent(client)
    with django_capture_on_commit_callbacks(execute=True):
        line.delete()
    # A license with no territory on record moves nothing (it is listed apart on the map).
    assert "ob-7" in _available(client, "US")
    _consistent(client)


@pytest.mark.django_db
def test_a_termination_event_gives_the_country_back(
    world, client, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        event = DealEventFactory(deal=world["deal"], kind="terminated", date=PAST + timedelta(1))
    assert "ob-7" in _available(client, "JP")
    _consistent(client)
    with django_capture_on_commit_callbacks(execute=True):
        event.date = TODAY + timedelta(days=10)  # ends later: still licensed today
        event.save()
    assert "ob-7" not in _available(client, "JP")
    _consistent(client)
    with django_capture_on_commit_callbacks(execute=True):
        event.delete()
    assert "ob-7" not in _available(client, "JP")
    _consistent(client)


@pytest.mark.django_db
def test_deal_field_edits_and_deletion_are_followed(
    world, client, django_capture_on_commit_callbacks
) -> None:
    deal = world["deal"]
    with django_capture_on_commit_callbacks(execute=True):
        deal.status = Deal.Status.NEGOTIATION  # talks move no rights
        deal.save()
    assert "ob-7" in _available(client, "JP")
    _consistent(client)
    with django_capture_on_commit_callbacks(execute=True):
        deal.status = Deal.Status.ANNOUNCED
        deal.announced_on = TODAY + timedelta(days=5)  # not yet in force
        deal.save()
    assert "ob-7" in _available(client, "JP")
    _consistent(client)
    with django_capture_on_commit_callbacks(execute=True):
        deal.announced_on = PAST
        deal.save()
    assert "ob-7" not in _available(client, "JP")
    with django_capture_on_commit_callbacks(execute=True):
        deal.delete()
    assert "ob-7" in _available(client, "JP")
    assert not AssetUnavailability.objects.exists()
    _consistent(client)


@pytest.mark.django_db
def test_an_internal_license_is_stored_apart_for_readers_who_may_see_it(
    world, client, django_capture_on_commit_callbacks, django_user_model
) -> None:
    from django.contrib.auth.models import Group

    deal = world["deal"]
    with django_capture_on_commit_callbacks(execute=True):
        deal.visibility = Deal.Visibility.INTERNAL
        deal.save()
    assert "ob-7" in _available(client, "JP")  # the public never sees its effect
    viewer = django_user_model.objects.create_user("viewer", password="x")
    viewer.groups.add(Group.objects.get(name="Viewer"))
    _, token = create_token(viewer)
    inside = _available(client, "JP", HTTP_AUTHORIZATION=f"Token {token}")
    assert "ob-7" not in inside
    assert inside == _live("JP", Deal.objects.all())
    _consistent(client)


@pytest.mark.django_db
def test_party_asset_and_owner_changes_are_followed(
    world, client, django_capture_on_commit_callbacks
) -> None:
    other = AssetFactory(name="OB-8", owner=world["owner"])
    link = world["deal"].deal_assets.get()
    with django_capture_on_commit_callbacks(execute=True):
        link.asset = other  # the license now covers OB-8, not OB-7
        link.save()
    assert "ob-7" in _available(client, "JP") and "ob-8" not in _available(client, "JP")
    _consistent(client)
    licensee = DealParty.objects.get(deal=world["deal"], role="licensee")
    with django_capture_on_commit_callbacks(execute=True):
        licensee.delete()  # no licensee: no rights move
    assert "ob-8" in _available(client, "JP")
    _consistent(client)
    with django_capture_on_commit_callbacks(execute=True):
        DealPartyFactory(deal=world["deal"], company=world["licensee"], role="licensee")
    assert "ob-8" not in _available(client, "JP")
    with django_capture_on_commit_callbacks(execute=True):
        # The license is the originator's own; the asset now names someone else as
        # originator, whose rights the derivation replays from scratch.
        other.owner = CompanyFactory(name="New Owner")
        other.save()
    _consistent(client)


@pytest.mark.django_db
def test_region_edits_are_followed(client, django_capture_on_commit_callbacks) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        owner = CompanyFactory(name="Origin Two")
        asset = AssetFactory(name="OT-1", owner=owner)
        region = RegionFactory(code="NORDICS", name="Nordics", countries=["SE", "NO"])
        deal = DealFactory(announced_on=PAST)
        DealPartyFactory(deal=deal, company=owner, role="licensor")
        DealPartyFactory(deal=deal, company=CompanyFactory(name="Nordic Pharma"), role="licensee")
        DealAssetFactory(deal=deal, asset=asset)
        DealTerritoryFactory(deal=deal, region=region)
    assert "ot-1" not in _available(client, "SE") and "ot-1" in _available(client, "DK")
    with django_capture_on_commit_callbacks(execute=True):
        region.countries = ["SE", "NO", "DK"]
        region.save()
    assert "ot-1" not in _available(client, "DK")
    assert stored.stale_assets() == set()


@pytest.mark.django_db
def test_a_takeover_of_the_licensee_by_the_originator_is_followed(
    client, django_capture_on_commit_callbacks
) -> None:
    # Originator O licenses the world to L; L sub-licenses Japan to S, which ends: Japan goes
    # back to L, unless O acquired L before, when it comes home to O. The takeover does not
    # list the asset, so only its parties can lead the refresh to it.
    with django_capture_on_commit_callbacks(execute=True):
        o, l_ = CompanyFactory(name="Home Bio"), CompanyFactory(name="Middle Pharma")
        asset = AssetFactory(name="HB-1", owner=o)
        main = DealFactory(announced_on=PAST - timedelta(days=20))
        DealPartyFactory(deal=main, company=o, role="licensor")
        DealPartyFactory(deal=main, company=l_, role="licensee")
        DealAssetFactory(deal=main, asset=asset)
        DealTerritoryFactory(deal=main, region=RegionFactory(code="WW", name="Worldwide"))
        sub = DealFactory(announced_on=PAST - timedelta(days=15))
        DealPartyFactory(deal=sub, company=l_, role="licensor")
        DealPartyFactory(deal=sub, company=CompanyFactory(name="Sub Co"), role="licensee")
        DealAssetFactory(deal=sub, asset=asset)
        DealTerritoryFactory(deal=sub, region=None, country="JP")
        DealEventFactory(deal=sub, kind="terminated", date=PAST - timedelta(days=5))
    assert "hb-1" not in _available(client, "JP")
    with django_capture_on_commit_callbacks(execute=True):
        takeover = DealFactory(
            deal_type="acquisition", status="closed", announced_on=PAST - timedelta(days=10)
        )
        DealPartyFactory(deal=takeover, company=o, role="acquirer")
        DealPartyFactory(deal=takeover, company=l_, role="target")
    assert "hb-1" in _available(client, "JP") and "hb-1" not in _available(client, "US")
    _consistent(client)
    with django_capture_on_commit_callbacks(execute=True):
        takeover.delete()
    assert "hb-1" not in _available(client, "JP")
    _consistent(client)


def _facts(pk, kind, effective, countries, *, grantor=1, grantee=2, events=(), excluded=()):
    return DealFacts(
        id=pk, kind=kind, status="announced", effective=effective, grantor=grantor,
        grantee=grantee, countries=frozenset(countries), excluded=frozenset(excluded),
        exclusive=True, events=tuple(events),
    )  # fmt: skip


@pytest.mark.parametrize(
    "facts",
    [
        [_facts(1, Kind.LICENSE, date(2024, 1, 1), ALL_COUNTRIES - {"CN", "HK"}, excluded={"CN"})],
        [
            _facts(1, Kind.LICENSE, date(2024, 1, 1), {"JP", "KR"}),
            _facts(2, Kind.OPTION, date(2024, 6, 1), {"US"},
                   events=[("option_exercised", date(2025, 1, 1))]),
            _facts(3, Kind.LICENSE, date(2025, 6, 1), {"DE"},
                   events=[("terminated", date(2026, 1, 1))]),
        ],
        [
            _facts(1, Kind.LICENSE, date(2024, 1, 1), ALL_COUNTRIES),
            _facts(2, Kind.ACQUISITION, date(2024, 3, 1), (), grantor=1, grantee=9),
            _facts(3, Kind.LICENSE, date(2024, 5, 1), {"JP"}, grantor=2, grantee=3,
                   events=[("terminated", date(2024, 9, 1))]),
        ],
    ],
)  # fmt: skip
def test_stored_periods_equal_the_derivation_on_every_day(facts) -> None:
    # periods() derives one country per group of countries alike; the derivation over every
    # country on each day (and the day before each change) must agree with it.
    found = stored.periods(1, facts)
    for day in change_days(facts):
        for on in (day - timedelta(days=1), day):
            expected = ALL_COUNTRIES - derive(1, facts, on).available
            covering = [
                g for since, until, g in found if since <= on and (until is None or on < until)
            ]
            assert (covering[0] if covering else frozenset()) == expected, on
            assert len(covering) <= 1


@pytest.mark.django_db
def test_rebuild_rights_restores_a_damaged_table(world, client, capsys) -> None:
    AssetUnavailability.objects.all().delete()
    assert "ob-7" in _available(client, "JP")  # the filter reads the table
    with pytest.raises(SystemExit):
        call_command("rebuild_rights", "--check")
    call_command("rebuild_rights")
    call_command("rebuild_rights", "--check")
    assert "equals the derivation" in capsys.readouterr().out
    assert "ob-7" not in _available(client, "JP")


def test_every_asset_without_a_license_takes_no_rows() -> None:
    acquisition = _facts(1, Kind.ACQUISITION, date(2024, 1, 1), (), grantor=1, grantee=5)
    assert stored.periods(1, [acquisition]) == []
    assert derive(1, [acquisition], date(2025, 1, 1)).available == ALL_COUNTRIES


@pytest.mark.django_db(transaction=True)
def test_a_save_outside_any_transaction_is_derived_after_it_is_written(client) -> None:
    # An admin action (make internal / make public) saves each deal with no transaction open,
    # where on_commit runs at once: the table must be derived from the row as saved, not as
    # it was before (that leaked an internal license to the public available_in list).
    owner = CompanyFactory(name="Origin Bio", country="KR")
    asset = AssetFactory(name="OB-7", owner=owner)
    deal = DealFactory(title="OB-7 Japan license", announced_on=PAST, exclusive=True)
    DealPartyFactory(deal=deal, company=owner, role="licensor")
    DealPartyFactory(deal=deal, company=CompanyFactory(name="Taker", country="JP"), role="licensee")
    DealAssetFactory(deal=deal, asset=asset)
    DealTerritoryFactory(deal=deal, region=None, country="JP")
    assert "ob-7" not in _available(client, "JP")
    deal.visibility = Deal.Visibility.INTERNAL
    deal.save()
    assert "ob-7" in _available(client, "JP")
    _consistent(client)
    deal.visibility = Deal.Visibility.PUBLIC
    deal.save()
    assert "ob-7" not in _available(client, "JP")
    asset.owner = CompanyFactory(name="New Owner", country="US")
    asset.save()
    _consistent(client)
