"""Surfaces the first date-precision round missed, and money in plain text.

- The rights map's "Since", compare's "since", and their APIs (`since_precision`); the deals an
  asset, a company or a conference lists in the API (`announced_on_precision`); the deal page's
  ``<time datetime>``.
- Alert e-mails and feeds write a headline in another currency with its dollar value, and an
  amount no FX rate converts as "no FX rate", never "undisclosed", as the pages do.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.test import Client

from deals import plain
from deals.feeds import describe
from deals.models import Deal, PaymentComponent
from tests.factories import (
    AssetFactory,
    CompanyFactory,
    DealAssetFactory,
    DealFactory,
    DealPartyFactory,
    DealTerritoryFactory,
    FxRateFactory,
    PaymentFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def licence() -> Deal:
    """An exclusive licence in Japan, announced "in September 2024" (month precision)."""
    originator = CompanyFactory(name="Originator Bio", country="KR")
    licensee = CompanyFactory(name="Tokyo Pharma", country="JP")
    asset = AssetFactory(name="OB-1", slug="ob-1", owner=originator)
    deal = DealFactory(
        title="Originator licenses OB-1 in Japan",
        exclusive=True,
        announced_on=date(2024, 9, 17),
        announced_on_precision="month",
        signed_on=None,
    )
    DealPartyFactory(deal=deal, company=originator, role="licensor")
    DealPartyFactory(deal=deal, company=licensee, role="licensee")
    DealAssetFactory(deal=deal, asset=asset)
    DealTerritoryFactory(deal=deal, region=None, country="JP")
    deal.refresh_from_db()
    return deal


def test_rights_since_is_the_month_the_deal_is_known_by(licence: Deal) -> None:
    client = Client()
    rights = client.get("/assets/ob-1/rights/?as_of=2026-06-01").content.decode()
    assert "Sep 2024" in rights and "Sep 1, 2024" not in rights
    AssetFactory(name="OB-2", slug="ob-2")
    compare = client.get("/compare/?assets=ob-1,ob-2").content.decode()
    assert "since Sep 2024" in compare
    body = client.get("/api/v1/assets/ob-1/rights/?as_of=2026-06-01").json()
    [holder] = body["holders"]
    assert (holder["since"], holder["since_precision"]) == ("2024-09-01", "month")
    assert holder["deal"]["announced_on_precision"] == "month"


def test_a_day_known_signing_keeps_the_day(licence: Deal) -> None:
    Deal.objects.filter(pk=licence.pk).update(signed_on=date(2024, 8, 28))
    body = Client().get("/api/v1/assets/ob-1/rights/?as_of=2026-06-01").json()
    [holder] = body["holders"]
    assert (holder["since"], holder["since_precision"]) == ("2024-08-28", "day")


def test_deals_nested_in_the_api_carry_their_precision(licence: Deal) -> None:
    client = Client()
    for url in ("/api/v1/assets/ob-1/", "/api/v1/companies/originator-bio/"):
        deals = client.get(url).json()["deals"]
        assert [(d["announced_on"], d["announced_on_precision"]) for d in deals] == [
            ("2024-09-01", "month")
        ], url


def test_the_deal_page_time_element_is_no_more_exact_than_known(licence: Deal) -> None:
    Deal.objects.filter(pk=licence.pk).update(
        signed_on=date(2024, 7, 1), signed_on_precision="quarter"
    )
    page = Client().get(licence.get_absolute_url()).content.decode()
    assert '<time datetime="2024-09">Sep 2024</time>' in page
    assert '<time datetime="2024">Q3 2024</time>' in page


def _foreign_deal(currency: str, headline: str, upfront: str) -> Deal:
    """A deal whose headline and upfront are reported in ``currency``."""
    deal = DealFactory(
        title=f"A {currency} deal",
        announced_on=date(2024, 3, 1),
        headline_amount=Decimal(headline),
        headline_currency=currency,
    )
    PaymentFactory(
        deal=deal,
        kind=PaymentComponent.Kind.UPFRONT_CASH,
        amount=Decimal(upfront),
        currency=currency,
    )
    deal.refresh_from_db()
    return deal


@pytest.fixture
def euro_deal() -> Deal:
    FxRateFactory(currency="EUR", date=date(2024, 1, 2), usd_per_unit=Decimal("1.1"))
    return _foreign_deal("EUR", "1400000000", "50000000")


def test_a_foreign_headline_is_written_with_its_dollar_value(euro_deal: Deal) -> None:
    assert plain.headline_text(euro_deal) == "€1.4B (≈ $1.54B)"
    assert plain.upfront_text(euro_deal) == "$55M"
    assert "headline €1.4B (≈ $1.54B); upfront $55M." in describe(euro_deal)


def test_an_unconverted_amount_is_no_fx_rate_not_undisclosed() -> None:
    deal = _foreign_deal("NOK", "1100000000", "9000000")  # no NOK rate in the FX table
    assert deal.upfront_usd is None and deal.total_potential_usd is None
    assert plain.headline_text(deal) == "NOK 1.1B (no FX rate)"
    assert plain.upfront_text(deal) == "no FX rate"
    assert plain.total_potential_text(deal) == "no FX rate"
    assert "upfront no FX rate" in describe(deal)


def test_an_undisclosed_amount_stays_undisclosed() -> None:
    deal = DealFactory(title="Terms undisclosed", headline_amount=None)
    PaymentFactory(deal=deal, kind=PaymentComponent.Kind.UPFRONT_CASH, disclosed=False, amount=None)
    deal.refresh_from_db()
    assert plain.headline_text(deal) == "undisclosed"
    assert plain.upfront_text(deal) == "undisclosed"
    assert plain.total_potential_text(deal) == "undisclosed"
    assert "upfront" not in describe(deal)
