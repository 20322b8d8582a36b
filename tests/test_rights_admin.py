"""Overlapping exclusive grants are flagged to analysts in the admin (deals/rights/conflicts.py),
never silently resolved, and never from deals the analyst may not see."""

from datetime import date

import pytest

from deals.models import Deal
from tests.factories import (
    AssetFactory,
    CompanyFactory,
    DealAssetFactory,
    DealFactory,
    DealPartyFactory,
    DealTerritoryFactory,
)


def _license(asset, licensor, licensee, country: str, day: date, **extra) -> Deal:
    deal = DealFactory(
        title=f"{licensee.name} takes {country}", exclusive=True, announced_on=day, **extra
    )
    DealPartyFactory(deal=deal, company=licensor, role="licensor")
    DealPartyFactory(deal=deal, company=licensee, role="licensee")
    DealAssetFactory(deal=deal, asset=asset)
    DealTerritoryFactory(deal=deal, region=None, country=country)
    return deal


@pytest.mark.django_db
def test_two_exclusive_licensees_for_japan_are_flagged_in_the_admin(client, analyst) -> None:
    owner = CompanyFactory(name="Owner Bio")
    asset = AssetFactory(name="OW-7", owner=owner)
    first = _license(asset, owner, CompanyFactory(name="First Pharma"), "JP", date(2025, 5, 1))
    second = _license(asset, owner, CompanyFactory(name="Second Pharma"), "JP", date(2026, 2, 1))
    clean = _license(asset, owner, CompanyFactory(name="Third Pharma"), "KR", date(2026, 2, 1))
    client.force_login(analyst)

    listing = client.get("/admin/deals/deal/?rights_conflict=yes")
    assert listing.status_code == 200
    shown = {deal.pk for deal in listing.context["cl"].result_list}
    assert shown == {first.pk, second.pk}

    page = client.get(f"/admin/deals/deal/{second.pk}/change/")
    text = " ".join(str(m) for m in page.context["messages"])
    assert "Rights conflict on OW-7 in Japan" in text and first.title in text
    calm = client.get(f"/admin/deals/deal/{clean.pk}/change/")
    assert not [m for m in calm.context["messages"] if "Rights conflict" in str(m)]
    # The public map keeps the first grant and shows no guess about the second.
    data = client.get(f"/api/v1/assets/{asset.slug}/rights/?as_of=2026-06-01").json()
    japan = [h for h in data["holders"] if h["territory"]["included"] == ["JP"]]
    assert [h["company"]["name"] for h in japan] == ["First Pharma"]


@pytest.mark.django_db
def test_a_conflict_with_an_internal_deal_is_not_shown_to_staff_who_cannot_see_it(
    client, django_user_model
) -> None:
    from django.contrib.auth.models import Permission

    owner = CompanyFactory(name="Owner Bio")
    asset = AssetFactory(name="OW-8", owner=owner)
    public = _license(asset, owner, CompanyFactory(name="First Pharma"), "JP", date(2025, 5, 1))
    _license(
        asset, owner, CompanyFactory(name="Hidden Pharma"), "JP", date(2026, 2, 1),
        visibility=Deal.Visibility.INTERNAL,
    )  # fmt: skip
    staff = django_user_model.objects.create_user("clerk", password="x-clerk-pw", is_staff=True)
    staff.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_deal", "change_deal"])
    )
    client.force_login(staff)
    assert client.get("/admin/deals/deal/?rights_conflict=yes").context["cl"].result_count == 0
    page = client.get(f"/admin/deals/deal/{public.pk}/change/")
    assert not [m for m in page.context["messages"] if "Rights conflict" in str(m)]
