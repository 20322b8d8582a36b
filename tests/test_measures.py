"""The money measures have one home (deals/measures.py), and every surface agrees with it.

- the stored columns equal the live ORM computation and the Python definition, for deals of
  every shape (hypothesis);
- every write path (a payment saved or deleted, a headline changed, a date moved, an FX rate
  added, a whole deal written through services.save_deal) leaves them current;
- the API (detail and list), the HTML table rows, the statistics' per-deal rows, the export
  and the conference totals all report the same numbers for the same deals.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from django.db import connection
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase
from rest_framework.test import APIClient

from deals import measures
from deals.analytics.stats import _fetch, deal_totals_sql
from deals.exports import deal_row
from deals.models import Deal, FxRate, PaymentComponent
from deals.queries.table import table_loader
from deals.services import recompute_usd_for_currency, save_deal
from tests import factories as f

KINDS = [kind for kind, _ in PaymentComponent.Kind.choices]


def _python(deal: Deal) -> dict[str, Any]:
    """The definition itself, from the deal's payments as stored."""
    return measures.totals(PaymentComponent.objects.filter(deal=deal), deal.headline_amount_usd)


def _stored(deal: Deal) -> dict[str, Any]:
    row = Deal.objects.filter(pk=deal.pk).values(*measures.STORED).get()
    return {name.removesuffix("_usd"): value for name, value in row.items()}


def _live(deal: Deal) -> dict[str, Any]:
    names = [f"live_{name}" for name in measures.STORED]
    row = Deal.objects.filter(pk=deal.pk).with_live_totals().values(*names).get()
    return {name.removeprefix("live_").removesuffix("_usd"): v for name, v in row.items()}


def _assert_current(deal: Deal) -> None:
    expected = {k: v for k, v in _python(deal).items() if k != "headline"}
    assert _stored(deal) == expected
    assert _live(deal) == expected


# --- the definition ---------------------------------------------------------------------------

payment_terms = st.lists(
    st.tuples(
        st.sampled_from(KINDS),
        # Amounts are more than 0 (0 is refused: a term that does not exist is left out).
        st.one_of(st.none(), st.decimals(min_value="0.01", max_value=10**10, places=2)),
        st.sampled_from(["USD", "KRW", "CHF"]),  # CHF has no rate here: never converted
        st.booleans(),
    ),
    max_size=6,
)


class StoredMeasuresFollowTheDefinition(HypothesisTestCase):
    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        terms=payment_terms,
        headline=st.one_of(st.none(), st.decimals(min_value="0.01", max_value=10**11, places=2)),
    )
    def test_stored_equals_live_equals_python(self, terms, headline) -> None:
        FxRate.objects.get_or_create(
            currency="KRW", date=date(2026, 1, 1), defaults={"usd_per_unit": Decimal("0.0007")}
        )
        deal = f.DealFactory(
            headline_amount=headline, headline_currency="USD" if headline is not None else ""
        )
        for kind, amount, currency, contingent in terms:
            PaymentComponent.objects.create(
                deal=deal,
                kind=kind,
                disclosed=amount is not None,
                amount=amount,
                currency=currency if amount is not None else "",
                # An upfront is never contingent (a database constraint).
                contingent=contingent and kind not in measures.UPFRONT_KINDS,
            )
        _assert_current(deal)


def test_the_definition_by_hand() -> None:
    """$650M upfront + $4.95B milestones + undisclosed research funding, headline $5.6B."""

    class P:
        def __init__(self, kind: str, usd: str | None, contingent: bool = False) -> None:
            self.kind, self.contingent = kind, contingent
            self.disclosed = usd is not None
            self.amount_usd = Decimal(usd) if usd else None

    got = measures.totals(
        [
            P("upfront_cash", "650000000"),
            P("milestones", "4950000000", contingent=True),
            P("research_funding", None),
        ],
        Decimal("5600000000"),
    )
    assert got == {
        "upfront": Decimal("650000000"),
        "committed": Decimal("650000000"),
        "milestones": Decimal("4950000000"),
        "disclosed": Decimal("5600000000"),
        "headline": Decimal("5600000000"),
        "total_potential": Decimal("5600000000"),
    }
    # Nothing disclosed is None (undisclosed), never zero.
    assert measures.totals([P("upfront_cash", None)], None)["upfront"] is None


# --- every write path keeps them current -------------------------------------------------------


@pytest.mark.django_db
def test_every_write_path_keeps_the_stored_measures_current() -> None:
    deal = f.DealFactory(announced_on=date(2026, 1, 12))
    _assert_current(deal)
    upfront = f.PaymentFactory(deal=deal, amount=Decimal("50000000"))
    _assert_current(deal)
    assert _stored(deal)["upfront"] == Decimal("50000000.00")

    upfront.amount = Decimal("60000000")  # a payment edited
    upfront.save()
    _assert_current(deal)

    f.PaymentFactory(deal=deal, kind="milestones", amount=Decimal("1000"), currency="KRW")
    _assert_current(deal)  # no KRW rate yet: the milestones stay without USD
    assert _stored(deal)["milestones"] is None

    FxRate.objects.create(currency="KRW", date=date(2026, 1, 1), usd_per_unit=Decimal("0.5"))
    _assert_current(deal)  # the new rate re-priced the deal (signals → recompute_usd)
    assert _stored(deal)["milestones"] == Decimal("500.00")

    deal.headline_amount, deal.headline_currency = Decimal("9000000000"), "USD"
    deal.save()
    _assert_current(deal)
    assert _stored(deal)["total_potential"] == Decimal("9000000000.00")

    deal.announced_on = date(2025, 6, 1)  # before the KRW rate: the milestones lose their USD
    deal.save()
    _assert_current(deal)
    assert _stored(deal)["milestones"] is None

    upfront.delete()
    _assert_current(deal)
    assert _stored(deal)["upfront"] is None

    assert recompute_usd_for_currency("KRW", date(2020, 1, 1)) >= 1
    _assert_current(deal)


@pytest.mark.django_db
def test_a_whole_deal_written_through_the_service_has_current_measures(analyst) -> None:
    company = f.CompanyFactory()
    other = f.CompanyFactory()
    deal = save_deal(
        {
            "title": "Service-written deal",
            "deal_type": "license",
            "announced_on": date(2026, 1, 12),
            "parties": [
                {"role": "licensor", "company": company},
                {"role": "licensee", "company": other},
            ],
            "headline_value": {"amount": Decimal("100"), "currency": "USD"},
            "payments": [
                {"kind": "upfront_cash", "amount": Decimal("40"), "currency": "USD"},
                {"kind": "milestones", "amount": Decimal("90"), "currency": "USD"},
            ],
        },
        user=analyst,
    )
    _assert_current(deal)
    assert _stored(deal)["total_potential"] == Decimal("130.00")  # the breakdown is larger
    assert deal.total_potential_usd == Decimal("130.00")  # and the instance says so too


# --- every surface agrees ------------------------------------------------------------------


def _world() -> list[Deal]:
    """Deals of every shape: headline only, terms only, both (breakdown larger or smaller),
    an unconverted currency, nothing disclosed, an acquisition with a CVR."""
    f.FxRateFactory(currency="KRW", date=date(2026, 1, 1), usd_per_unit=Decimal("0.0007"))
    conference = f.ConferenceFactory(year=2026)
    shapes: list[tuple[Decimal | None, list[tuple[str, str | None, str]]]] = [
        (
            Decimal("5600000000"),
            [("upfront_cash", "650000000", "USD"), ("milestones", "4950000000", "USD")],
        ),
        (Decimal("1000000000"), []),
        (None, [("upfront_cash", "50000000", "USD"), ("development_milestones", None, "")]),
        (
            Decimal("100000000"),
            [("upfront_cash", "80000000", "USD"), ("milestones", "900000000", "USD")],
        ),
        (None, [("upfront_cash", "100000000000", "KRW"), ("upfront_equity", "5000000", "CHF")]),
        (None, [("research_funding", None, "")]),
        (
            Decimal("10100000000"),
            [("acquisition_price", "10100000000", "USD"), ("cvr", "500000000", "USD")],
        ),
    ]
    deals = []
    for i, (headline, terms) in enumerate(shapes):
        deal = f.DealFactory(
            title=f"Shape {i}",
            conference=conference,
            headline_amount=headline,
            headline_currency="USD" if headline is not None else "",
        )
        f.DealPartyFactory(deal=deal, role="licensor")
        f.DealPartyFactory(deal=deal, role="licensee")
        for kind, amount, currency in terms:
            f.PaymentFactory(
                deal=deal,
                kind=kind,
                disclosed=amount is not None,
                amount=Decimal(amount) if amount else None,
                currency=currency,
            )
        deals.append(deal)
    return deals


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


@pytest.mark.django_db
def test_every_surface_reports_the_same_measures() -> None:
    deals = _world()
    client = APIClient()
    stored = {deal.pk: _stored(deal) for deal in deals}
    for deal in deals:
        _assert_current(deal)

    # The API: detail and list (PostgreSQL-built JSON there, DRF's serializers on SQLite).
    listed = {
        row["id"]: row["totals_usd"]
        for row in client.get("/api/v1/deals/", {"page_size": 500}).json()["results"]
    }
    for deal in deals:
        detail = client.get(f"/api/v1/deals/{deal.slug}/").json()["totals_usd"]
        for surface in (detail, listed[deal.pk]):
            assert {k: _decimal(v) for k, v in surface.items()} == stored[deal.pk], deal.title

    # The HTML deal table's rows.
    rows = table_loader(Deal.objects.public())([deal.pk for deal in deals])
    for row in rows:
        assert row.upfront_usd == stored[row.pk]["upfront"]
        assert row.total_potential_usd == stored[row.pk]["total_potential"]

    # The statistics' per-deal rows (comps, analytics, the home figures).
    queryset = Deal.objects.public()
    sql, params = deal_totals_sql(queryset)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT did, upfront_usd, disclosed_usd, value_usd FROM ({sql}) t", params)  # noqa: S608
        for did, upfront, disclosed, value in cursor.fetchall():
            assert _decimal(upfront) == stored[did]["upfront"]
            assert _decimal(disclosed) == stored[did]["disclosed"]
            assert _decimal(value) == stored[did]["total_potential"]
    assert len(_fetch(queryset, sql, params)) == len(deals)

    # The export.
    for deal in Deal.objects.public().for_listing():
        row = deal_row(deal, lambda path: path)
        assert row["upfront_usd"] == stored[deal.pk]["upfront"]
        assert row["committed_usd"] == stored[deal.pk]["committed"]
        assert row["total_potential_usd"] == stored[deal.pk]["total_potential"]

    # The conference's totals add up the same per-deal values.
    totals = client.get(f"/api/v1/conferences/{deals[0].conference.slug}/").json()["totals"]

    def total(key: str) -> Decimal | None:
        values = [stored[deal.pk][key] for deal in deals if stored[deal.pk][key] is not None]
        return sum(values, Decimal(0)) if values else None

    assert _decimal(totals["upfront_usd"]) == total("upfront")
    assert _decimal(totals["total_potential_usd"]) == total("total_potential")
