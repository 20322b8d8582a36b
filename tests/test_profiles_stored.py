"""The stored company figures (deals/profiles/stored.py, sync.py) equal the live computation
(deals/profiles/profile.py figure_values) after every kind of write, on the demo data and a
small synthetic set, ``manage.py rebuild_profiles`` restores them, and an internal deal never
shapes a public profile.

Each write runs inside ``django_capture_on_commit_callbacks(execute=True)``: the rows are
rewritten when the writing transaction commits, as in production.
"""

from datetime import date
from decimal import Decimal

import pytest
from django.core.management import call_command

from companies.models import Company
from deals.models import CompanyFigures, Deal, DealParty, PaymentComponent
from deals.profiles import stored
from tests.factories import (
    AssetFactory,
    CompanyFactory,
    DealAssetFactory,
    DealFactory,
    DealPartyFactory,
    FxRateFactory,
    PaymentFactory,
    TherapeuticAreaFactory,
)


def _consistent() -> None:
    assert stored.stale_companies() == set()


def _public_profile(client, slug: str) -> dict:
    response = client.get(f"/api/v1/companies/{slug}/profile/")
    assert response.status_code == 200, response.content[:300]
    return response.json()


@pytest.fixture
def world(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        licensor = CompanyFactory(name="Origin Bio", country="KR")
        licensee = CompanyFactory(name="Taker Pharma", country="JP")
        area = TherapeuticAreaFactory(name="Oncology")
        asset = AssetFactory(name="OB-7", owner=licensor, modality="small_molecule")
        asset.therapeutic_areas.add(area)
        deal = DealFactory(title="OB-7 Japan license", announced_on=date(2025, 3, 1))
        DealPartyFactory(deal=deal, company=licensor, role=DealParty.Role.LICENSOR)
        DealPartyFactory(deal=deal, company=licensee, role=DealParty.Role.LICENSEE)
        DealAssetFactory(deal=deal, asset=asset)
        PaymentFactory(deal=deal, amount=Decimal("20000000.00"))
    return {"licensor": licensor, "licensee": licensee, "asset": asset, "deal": deal, "area": area}


@pytest.mark.django_db
def test_every_write_path_keeps_the_stored_figures_current(
    world, client, analyst, django_capture_on_commit_callbacks
) -> None:
    licensor, licensee, deal = world["licensor"], world["licensee"], world["deal"]
    _consistent()
    assert CompanyFigures.objects.filter(company=licensor).exists()
    assert _public_profile(client, licensor.slug)["deals"]["as_licensor"] == 1
    steps = []

    def step(name: str, write) -> None:
        with django_capture_on_commit_callbacks(execute=True):
            write()
        steps.append(name)
        assert stored.stale_companies() == set(), name

    def new_deal() -> None:
        other = DealFactory(title="Second", announced_on=date(2024, 5, 1))
        DealPartyFactory(deal=other, company=licensor, role=DealParty.Role.LICENSOR)
        DealPartyFactory(deal=other, company=licensee, role=DealParty.Role.LICENSEE)
        DealAssetFactory(deal=other, asset=world["asset"])

    step("deal create", new_deal)

    def update(**fields) -> None:
        for name, value in fields.items():
            setattr(deal, name, value)
        deal.save()

    step("announced_on", lambda: update(announced_on=date(2023, 7, 1)))
    step("status to rumoured", lambda: update(status=Deal.Status.RUMORED))
    step("status back", lambda: update(status=Deal.Status.ANNOUNCED))
    step("deal type", lambda: update(deal_type=Deal.Type.ACQUISITION))
    step("deal type back", lambda: update(deal_type=Deal.Type.LICENSE))
    payment = PaymentComponent.objects.get(deal=deal)

    def change_payment() -> None:
        payment.amount = Decimal("35000000.00")
        payment.save()

    step("payment change", change_payment)
    step("payment add", lambda: PaymentFactory(deal=deal, amount=Decimal("5000000.00")))
    step("payment delete", lambda: payment.delete())
    step("fx rate", lambda: FxRateFactory())
    newcomer = CompanyFactory(name="Newcomer")

    def swap_party() -> None:
        party = DealParty.objects.get(deal=deal, company=licensee)
        party.company = newcomer
        party.save()

    step("party company change", swap_party)
    step("party delete", lambda: DealParty.objects.get(deal=deal, company=newcomer).delete())
    step(
        "party add",
        lambda: DealPartyFactory(deal=deal, company=licensee, role=DealParty.Role.LICENSEE),
    )

    def modality() -> None:
        world["asset"].modality = "monoclonal_antibody"
        world["asset"].save()

    step("asset modality", modality)
    step("asset areas", lambda: world["asset"].therapeutic_areas.clear())
    step("asset areas back", lambda: world["asset"].therapeutic_areas.add(world["area"]))

    def rename_area() -> None:
        world["area"].name = "Solid tumours"
        world["area"].save()

    step("area rename", rename_area)

    def rename_partner() -> None:
        licensee.name = "Taker Pharma Holdings"
        licensee.save()

    step("partner rename", rename_partner)
    step("deal-asset delete", lambda: deal.deal_assets.all().delete())
    client.force_login(analyst)
    for action, visibility in (("make_internal", "internal"), ("make_public", "public")):
        step(
            f"admin action {action}",
            lambda action=action: client.post(
                "/admin/deals/deal/", {"action": action, "_selected_action": [deal.pk]}
            ),
        )
        assert Deal.objects.get(pk=deal.pk).visibility == visibility, action
    client.logout()
    step("internal via save", lambda: update(visibility=Deal.Visibility.INTERNAL))
    step("deal delete", lambda: Deal.objects.get(pk=deal.pk).delete())
    assert len(steps) == 23
    assert _public_profile(client, licensor.slug)["deals"]["as_licensor"] == 1


@pytest.mark.django_db(transaction=True)
def test_a_save_outside_any_transaction_is_stored_after_it_is_written(client) -> None:
    # Admin actions save each deal with no transaction open, where on_commit runs at once.
    licensor = CompanyFactory(name="Origin Bio")
    deal = DealFactory(title="License")
    DealPartyFactory(deal=deal, company=licensor, role=DealParty.Role.LICENSOR)
    PaymentFactory(deal=deal)
    _consistent()
    deal.visibility = Deal.Visibility.INTERNAL
    deal.save(update_fields=["visibility", "updated_at"])
    assert _public_profile(client, licensor.slug)["deals"]["as_licensor"] == 0
    _consistent()


@pytest.mark.django_db
def test_the_public_profile_reads_the_stored_row_and_staff_the_live_figures(
    world, client, analyst
) -> None:
    licensor = world["licensor"]
    row = CompanyFigures.objects.get(company=licensor)
    row.figures["roles"]["as_licensor"] = 99  # a stale row shows: the fast path is taken
    row.save()
    assert _public_profile(client, licensor.slug)["deals"]["as_licensor"] == 99
    assert stored.stale_companies() == {licensor.pk}
    client.force_login(analyst)
    assert _public_profile(client, licensor.slug)["deals"]["as_licensor"] == 1
    client.logout()
    with pytest.raises(SystemExit):
        call_command("rebuild_profiles", "--check")
    call_command("rebuild_profiles")
    call_command("rebuild_profiles", "--check")
    assert _public_profile(client, licensor.slug)["deals"]["as_licensor"] == 1
    # No row (a new company, a missed write): computed live, never wrong.
    CompanyFigures.objects.all().delete()
    assert _public_profile(client, licensor.slug)["deals"]["as_licensor"] == 1


@pytest.mark.django_db
def test_an_internal_deal_never_shapes_a_public_profile(
    world, client, analyst, django_capture_on_commit_callbacks
) -> None:
    licensor, licensee = world["licensor"], world["licensee"]
    before = {c.slug: _public_profile(client, c.slug) for c in (licensor, licensee)}
    pages = {c.slug: client.get(f"/companies/{c.slug}/").content for c in (licensor, licensee)}
    compare = f"/compare/?companies={licensor.slug},{licensee.slug}"
    compared = client.get(compare).content
    with django_capture_on_commit_callbacks(execute=True):
        secret = CompanyFactory(name="Secret Partner Co")
        internal = DealFactory(
            title="Internal license",
            visibility=Deal.Visibility.INTERNAL,
            announced_on=date(2022, 1, 5),
        )
        DealPartyFactory(deal=internal, company=licensor, role=DealParty.Role.LICENSOR)
        DealPartyFactory(deal=internal, company=licensee, role=DealParty.Role.LICENSEE)
        DealPartyFactory(deal=internal, company=secret, role=DealParty.Role.PARTNER)
        DealAssetFactory(deal=internal, asset=AssetFactory(modality="cell_therapy"))
        PaymentFactory(deal=internal, amount=Decimal("777000000.00"))
    _consistent()
    for c in (licensor, licensee):
        assert _public_profile(client, c.slug) == before[c.slug]
        assert client.get(f"/companies/{c.slug}/").content == pages[c.slug]
    assert client.get(compare).content == compared
    assert not CompanyFigures.objects.filter(company=secret, figures__total__gt=0).exists()
    client.force_login(analyst)
    assert _public_profile(client, licensor.slug)["deals"]["as_licensor"] == 2


@pytest.mark.django_db
def test_a_small_synthetic_set_is_stored_as_computed(client) -> None:
    call_command("seed_synthetic", deals=150, verbosity=0)
    assert CompanyFigures.objects.count() > 0
    _consistent()
    busiest = Company.objects.get(pk=CompanyFigures.objects.order_by("-figures__total")[0].pk)
    data = _public_profile(client, busiest.slug)
    count = client.get(f"/api/v1/deals/?company={busiest.slug}").json()["count"]
    assert sum(data["deals"][k] for k in ("as_licensor", "as_licensee")) <= count


@pytest.mark.django_db
def test_the_demo_data_is_stored_as_computed(django_capture_on_commit_callbacks) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", verbosity=0)
    assert CompanyFigures.objects.count() > 10
    _consistent()


@pytest.mark.django_db(transaction=True)
def test_a_date_change_outside_any_transaction_is_stored_with_its_new_usd_amounts(client) -> None:
    # Deal.save() converts the money again after the row is written (the FX date moved): the
    # figures must be computed from the converted amounts, not from the row alone.
    FxRateFactory(currency="KRW", date=date(2025, 1, 1), usd_per_unit=Decimal("0.0007"))
    FxRateFactory(currency="KRW", date=date(2026, 1, 2), usd_per_unit=Decimal("0.0008"))
    licensor = CompanyFactory(name="Origin Bio")
    deal = DealFactory(title="License", announced_on=date(2025, 6, 1))
    DealPartyFactory(deal=deal, company=licensor, role=DealParty.Role.LICENSOR)
    PaymentFactory(deal=deal, amount=Decimal("1000000000"), currency="KRW")
    received = _public_profile(client, licensor.slug)["upfront_usd"]["received"]
    assert received["sum"] == "700000.00"
    deal.refresh_from_db()
    deal.announced_on = date(2026, 2, 1)
    deal.save()
    received = _public_profile(client, licensor.slug)["upfront_usd"]["received"]
    assert received["sum"] == "800000.00"
    _consistent()
