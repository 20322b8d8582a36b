"""The shared FilterSets on their own: what the browse pages and the API both rely on."""

from datetime import date
from decimal import Decimal

import pytest

from companies.filters import AssetFilterSet, CompanyFilterSet
from deals.filters import ConferenceFilterSet, DealFilterSet
from deals.models import Deal, DealParty, PaymentComponent
from tests import factories as f

pytestmark = pytest.mark.django_db


def _deals(params: dict[str, str]) -> list[Deal]:
    filterset = DealFilterSet(params, queryset=Deal.objects.for_listing())
    assert filterset.is_valid(), filterset.errors
    return list(filterset.qs)


def test_deal_filterset_form_renders_labelled_native_widgets() -> None:
    f.ConferenceFactory(name="JPM 2026", year=2026)
    html = str(DealFilterSet().form)
    assert 'type="date" name="announced_after"' in html
    assert '<select name="conference"' in html and ">JPM 2026</option>" in html
    assert '<select name="licensee_country"' in html and ">South Korea<" in html
    assert '<label for="id_min_upfront_usd">Upfront at least (USD):</label>' in html


def test_deal_filterset_q_is_alias_aware_for_companies_and_asset_codes() -> None:
    pfizer_deal = f.DealFactory(title="Oncology license")
    f.DealPartyFactory(deal=pfizer_deal, company=f.CompanyFactory(name="Pfizer Inc."))
    alt_deal = f.DealFactory(title="Hyaluronidase platform")
    f.DealAssetFactory(deal=alt_deal, asset=f.AssetFactory(name="ALT-B4"))
    f.DealFactory(title="Unrelated")

    assert _deals({"q": "Pfizer"}) == [pfizer_deal]
    assert _deals({"q": "ALTB4"}) == [alt_deal]


def test_deal_filterset_cross_relation_filters_never_repeat_a_deal() -> None:
    deal = f.DealFactory()
    target = f.TargetFactory(name="PD-1")
    for _ in range(3):
        asset = f.AssetFactory()
        asset.targets.add(target)
        f.DealAssetFactory(deal=deal, asset=asset)
        f.PaymentFactory(deal=deal, kind=PaymentComponent.Kind.UPFRONT_CASH)

    assert _deals({"target": "pd-1"}) == [deal]
    assert _deals({"has_upfront": "true", "modality": "bispecific"}) == [deal]
    assert DealFilterSet({"target": "pd-1"}, queryset=Deal.objects.all()).qs.count() == 1


def test_deal_filterset_has_upfront_counts_only_disclosed_upfronts() -> None:
    disclosed = f.DealFactory()
    f.PaymentFactory(deal=disclosed, amount=Decimal("650000000"))
    undisclosed = f.DealFactory()
    f.PaymentFactory(deal=undisclosed, disclosed=False, amount=None, currency="")

    assert _deals({"has_upfront": "true"}) == [disclosed]
    assert _deals({"has_upfront": "false"}) == [undisclosed]
    assert _deals({"min_upfront_usd": "600000000"}) == [disclosed]


def test_deal_filterset_rejects_bad_values_naming_the_parameter() -> None:
    bad = {
        "licensee": "no-such-company",
        "licensor_country": "XX",
        "has_upfront": "maybe",
        "min_headline_usd": "lots",
        "min_upfront_usd": "1e100",
        "announced_after": "2026-13-01",
        "ordering": "analyst_notes",
        "company_id": "99999999999999999999999",
    }
    for param, value in bad.items():
        filterset = DealFilterSet({param: value}, queryset=Deal.objects.all())
        assert not filterset.is_valid()
        assert list(filterset.errors) == [param]


def test_deal_filterset_orders_undisclosed_values_last_both_ways() -> None:
    small = f.DealFactory(title="small", headline_amount=Decimal(10), headline_currency="USD")
    big = f.DealFactory(title="big", headline_amount=Decimal(99), headline_currency="USD")
    unknown = f.DealFactory(title="unknown")
    assert _deals({"ordering": "-headline_usd"}) == [big, small, unknown]
    assert _deals({"ordering": "headline_usd"}) == [small, big, unknown]


def test_deal_filterset_licensee_country_accepts_lower_case() -> None:
    deal = f.DealFactory(announced_on=date(2026, 1, 12))
    f.DealPartyFactory(deal=deal, role=DealParty.Role.LICENSEE, company__country="KR")
    assert _deals({"licensee_country": "kr"}) == [deal]
    assert _deals({"licensor_country": "kr"}) == []


def test_company_asset_and_conference_filtersets_search_by_alias() -> None:
    scineuro = f.CompanyFactory(name="SciNeuro Pharmaceuticals")
    f.CompanyAliasFactory(company=scineuro, name="Sineuro")
    f.CompanyFactory(name="Novartis AG")
    asset = f.AssetFactory(name="ALT-B4")
    f.AssetFactory(name="RC148")
    jpm = f.ConferenceFactory(year=2026)

    assert list(CompanyFilterSet({"q": "sineuro"}).qs) == [scineuro]
    assert list(AssetFilterSet({"q": "altb4"}).qs) == [asset]
    assert list(ConferenceFilterSet({"q": "JPM", "year": "2026"}).qs) == [jpm]
    assert not ConferenceFilterSet({"year": "twenty"}).is_valid()
