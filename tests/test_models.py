"""Domain invariants: each one refused by the database itself and by model validation."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Sum

from companies.models import Company
from deals.models import Deal, DealParty, DealTerritory, FxRate, PaymentComponent, Royalty
from tests.factories import (
    AssetAliasFactory,
    CompanyAliasFactory,
    CompanyFactory,
    ConferenceFactory,
    DealFactory,
    DealPartyFactory,
    DealTerritoryFactory,
    FxRateFactory,
    PaymentFactory,
    RegionFactory,
    RoyaltyFactory,
)

pytestmark = pytest.mark.django_db


def _refused(fn) -> None:
    """Assert the database refuses what ``fn`` writes."""
    with pytest.raises(IntegrityError), transaction.atomic():
        fn()


def _messages(exc: pytest.ExceptionInfo[ValidationError]) -> str:
    return " ".join(m for msgs in exc.value.message_dict.values() for m in msgs)


# --- amounts >= 0 ---------------------------------------------------------------------------


def test_database_refuses_negative_payment_amount() -> None:
    payment = PaymentFactory()
    _refused(lambda: PaymentComponent.objects.filter(pk=payment.pk).update(amount=Decimal(-1)))


def test_validation_refuses_negative_payment_amount() -> None:
    payment = PaymentFactory.build(deal=DealFactory(), amount=Decimal(-5))
    with pytest.raises(ValidationError) as exc:
        payment.full_clean()
    assert "amount" in exc.value.message_dict


def test_database_refuses_negative_headline() -> None:
    deal = DealFactory(headline_amount=Decimal(10), headline_currency="USD")
    _refused(lambda: Deal.objects.filter(pk=deal.pk).update(headline_amount=Decimal(-10)))


# --- disclosed components have an amount, undisclosed ones none ------------------------------


def test_database_refuses_disclosed_payment_without_amount() -> None:
    payment = PaymentFactory()
    _refused(lambda: PaymentComponent.objects.filter(pk=payment.pk).update(amount=None))


def test_database_refuses_undisclosed_payment_with_amount() -> None:
    payment = PaymentFactory(kind=PaymentComponent.Kind.MILESTONES, disclosed=False, amount=None)
    _refused(
        lambda: PaymentComponent.objects.filter(pk=payment.pk).update(
            amount=Decimal(1), currency="USD"
        )
    )


def test_validation_explains_disclosed_payment_needs_amount() -> None:
    payment = PaymentComponent(
        deal=DealFactory(), kind="upfront_cash", disclosed=True, currency="USD"
    )
    with pytest.raises(ValidationError) as exc:
        payment.full_clean()
    assert "A disclosed payment needs an amount." in _messages(exc)


def test_validation_explains_undisclosed_payment_has_no_amount() -> None:
    payment = PaymentComponent(
        deal=DealFactory(), kind="milestones", disclosed=False, amount=Decimal(5), currency="USD"
    )
    with pytest.raises(ValidationError) as exc:
        payment.full_clean()
    assert "An undisclosed payment has no amount" in _messages(exc)


def test_undisclosed_payment_is_stored_as_null_never_zero() -> None:
    payment = PaymentFactory(kind="milestones", disclosed=False, amount=None, currency="")
    payment.refresh_from_db()
    assert payment.amount is None
    assert payment.amount_usd is None
    assert payment.contingent is True


def test_database_refuses_non_contingent_milestones() -> None:
    payment = PaymentFactory(kind="milestones", amount=Decimal(10))
    _refused(lambda: PaymentComponent.objects.filter(pk=payment.pk).update(contingent=False))


# --- currency is an ISO 4217 code -------------------------------------------------------------


def test_database_refuses_currency_that_is_not_three_capitals() -> None:
    payment = PaymentFactory()
    _refused(lambda: PaymentComponent.objects.filter(pk=payment.pk).update(currency="usd"))
    _refused(lambda: FxRate.objects.create(currency="wo", date=date(2026, 1, 1), usd_per_unit=1))


def test_validation_refuses_unknown_currency_code() -> None:
    payment = PaymentComponent(
        deal=DealFactory(), kind="upfront_cash", amount=Decimal(1), currency="XYZ"
    )
    with pytest.raises(ValidationError) as exc:
        payment.full_clean()
    assert "is not an ISO 4217 currency code" in _messages(exc)


def test_database_refuses_headline_amount_without_currency() -> None:
    deal = DealFactory()
    _refused(lambda: Deal.objects.filter(pk=deal.pk).update(headline_amount=Decimal(5)))


# --- royalty 0 <= min <= max <= 100 -----------------------------------------------------------


@pytest.mark.parametrize(
    ("min_pct", "max_pct"), [(Decimal(12), Decimal(8)), (Decimal(-1), None), (None, Decimal(101))]
)
def test_database_refuses_royalty_out_of_order_or_range(min_pct: Decimal, max_pct: Decimal) -> None:
    royalty = RoyaltyFactory()
    _refused(lambda: Royalty.objects.filter(pk=royalty.pk).update(min_pct=min_pct, max_pct=max_pct))


def test_validation_explains_royalty_range() -> None:
    royalty = Royalty(deal=DealFactory(), disclosed=True, min_pct=Decimal(20), max_pct=Decimal(10))
    with pytest.raises(ValidationError) as exc:
        royalty.full_clean()
    assert "The maximum royalty cannot be below the minimum." in _messages(exc)


def test_validation_refuses_royalty_over_100_percent() -> None:
    royalty = Royalty(deal=DealFactory(), disclosed=True, min_pct=Decimal(5), max_pct=Decimal(120))
    with pytest.raises(ValidationError) as exc:
        royalty.full_clean()
    assert "max_pct" in exc.value.message_dict


# --- conference start <= end ------------------------------------------------------------------


def test_database_refuses_conference_ending_before_it_starts() -> None:
    conference = ConferenceFactory()
    _refused(
        lambda: type(conference).objects.filter(pk=conference.pk).update(end_date=date(1999, 1, 1))
    )


def test_validation_explains_conference_dates() -> None:
    conference = ConferenceFactory.build(
        series=ConferenceFactory().series,
        year=2031,
        start_date=date(2031, 1, 16),
        end_date=date(2031, 1, 12),
    )
    with pytest.raises(ValidationError) as exc:
        conference.full_clean()
    assert "The conference cannot end before it starts." in _messages(exc)


# --- unique slugs -----------------------------------------------------------------------------


def test_slugs_are_generated_unique_and_stable() -> None:
    first = CompanyFactory(name="RemeGen")
    second = CompanyFactory(name="RemeGen")
    assert (first.slug, second.slug) == ("remegen", "remegen-2")
    first.name = "RemeGen Co., Ltd."
    first.save()
    first.refresh_from_db()
    assert first.slug == "remegen"  # renaming never breaks shared links


def test_database_refuses_duplicate_slug() -> None:
    CompanyFactory(name="AbbVie")
    _refused(lambda: Company.objects.create(name="Other", slug="abbvie"))


def test_validation_refuses_duplicate_slug() -> None:
    CompanyFactory(name="AbbVie")
    with pytest.raises(ValidationError) as exc:
        Company(name="AbbVie Inc.", slug="abbvie").full_clean()
    assert "slug" in exc.value.message_dict


def test_chinese_and_korean_names_are_allowed_and_get_a_slug() -> None:
    chinese = CompanyFactory(name="荣昌生物")
    korean = CompanyFactory(name="알테오젠")
    assert chinese.slug == "荣昌生物"
    assert korean.slug == "알테오젠"
    assert Company.objects.get(slug="荣昌生物").name == "荣昌生物"


# --- one role per company per deal -------------------------------------------------------------


def test_database_refuses_second_role_for_same_company_in_a_deal() -> None:
    party = DealPartyFactory()
    _refused(
        lambda: DealParty.objects.create(deal=party.deal, company=party.company, role="partner")
    )


def test_validation_refuses_second_role_for_same_company_in_a_deal() -> None:
    party = DealPartyFactory()
    with pytest.raises(ValidationError) as exc:
        DealParty(deal=party.deal, company=party.company, role="licensee").full_clean()
    assert exc.value.messages


def test_several_undisclosed_parties_are_allowed() -> None:
    deal = DealFactory()
    DealParty.objects.create(deal=deal, company=None, role="licensee")
    DealParty.objects.create(deal=deal, company=None, role="investor")
    assert deal.parties.filter(company__isnull=True).count() == 2


# --- announced_on not before signed_on ----------------------------------------------------------


def test_database_refuses_announcement_before_signing() -> None:
    deal = DealFactory(signed_on=date(2026, 1, 10), announced_on=date(2026, 1, 12))
    _refused(lambda: Deal.objects.filter(pk=deal.pk).update(announced_on=date(2026, 1, 9)))


def test_validation_explains_announcement_before_signing() -> None:
    deal = DealFactory.build(signed_on=date(2026, 1, 12), announced_on=date(2026, 1, 11))
    with pytest.raises(ValidationError) as exc:
        deal.full_clean()
    assert "A deal cannot be announced before it was signed." in _messages(exc)


# --- territory ---------------------------------------------------------------------------------


def test_database_refuses_territory_line_with_both_region_and_country() -> None:
    line = DealTerritoryFactory()
    _refused(lambda: DealTerritory.objects.filter(pk=line.pk).update(country="CN"))


def test_territory_codes_read_as_region_or_country() -> None:
    deal = DealFactory()
    DealTerritoryFactory(deal=deal, region=RegionFactory(code="WW", name="Worldwide"))
    DealTerritory.objects.create(
        deal=deal, region=RegionFactory(code="GREATER_CHINA", name="Greater China"), excluded=True
    )
    DealTerritory.objects.create(deal=deal, country="JP", excluded=True)
    lines = [(t.code, t.excluded) for t in deal.territories.all()]
    assert lines == [("WW", False), ("GREATER_CHINA", True), ("JP", True)]


# --- aliases ------------------------------------------------------------------------------------


def test_aliases_are_normalised_for_matching() -> None:
    company_alias = CompanyAliasFactory(name="Pfizer Inc.")
    asset_alias = AssetAliasFactory(name="ALT-B4")
    assert company_alias.normalized == "pfizer"
    assert asset_alias.normalized == "altb4"


# --- money and computed totals -------------------------------------------------------------------


def _totals(deal: Deal) -> tuple:
    row = Deal.objects.get(pk=deal.pk)
    return row.upfront_usd, row.committed_usd, row.total_potential_usd


def test_totals_for_a_krw_deal_use_the_rate_on_or_before_announcement() -> None:
    FxRateFactory(currency="KRW", date=date(2026, 1, 2), usd_per_unit=Decimal("0.00068"))
    FxRateFactory(currency="KRW", date=date(2026, 1, 20), usd_per_unit=Decimal("0.00090"))
    deal = DealFactory(
        announced_on=date(2026, 1, 12),
        headline_amount=Decimal("1000000000000"),
        headline_currency="KRW",
    )
    PaymentFactory(deal=deal, kind="upfront_cash", amount=Decimal("100000000000"), currency="KRW")
    deal.refresh_from_db()
    assert deal.headline_amount_usd == Decimal("680000000.00")  # 1T won x 0.00068
    # upfront 100B won = $68M; the headline ($680M) is larger than the partial breakdown.
    assert _totals(deal) == (
        Decimal("68000000.00"),
        Decimal("68000000.00"),
        Decimal("680000000.00"),
    )


def test_totals_for_a_chf_deal_split_committed_from_contingent() -> None:
    FxRateFactory(currency="CHF", date=date(2026, 1, 5), usd_per_unit=Decimal("1.25"))
    deal = DealFactory(announced_on=date(2026, 1, 12))
    PaymentFactory(deal=deal, kind="upfront_cash", amount=Decimal("50000000"), currency="CHF")
    PaymentFactory(deal=deal, kind="research_funding", amount=Decimal("8000000"), currency="CHF")
    PaymentFactory(
        deal=deal, kind="development_milestones", amount=Decimal("200000000"), currency="CHF"
    )
    # upfront 62.5M; committed = upfront + research funding (10M) = 72.5M; potential = 322.5M
    assert _totals(deal) == (
        Decimal("62500000.00"),
        Decimal("72500000.00"),
        Decimal("322500000.00"),
    )


def test_totals_for_a_headline_only_deal() -> None:
    deal = DealFactory(headline_amount=Decimal("1700000000"), headline_currency="USD")
    assert _totals(deal) == (None, None, Decimal("1700000000.00"))


def test_totals_for_upfront_only_with_undisclosed_milestones() -> None:
    deal = DealFactory()
    PaymentFactory(deal=deal, kind="upfront_cash", amount=Decimal("50000000"), currency="USD")
    PaymentFactory(deal=deal, kind="milestones", disclosed=False, amount=None, currency="")
    assert _totals(deal) == (Decimal("50000000.00"), Decimal("50000000.00"), Decimal("50000000.00"))


def test_totals_sum_upfront_cash_and_equity_and_full_breakdown() -> None:
    deal = DealFactory(headline_amount=Decimal("5600000000"), headline_currency="USD")
    PaymentFactory(deal=deal, kind="upfront_cash", amount=Decimal("600000000"))
    PaymentFactory(deal=deal, kind="upfront_equity", amount=Decimal("50000000"))
    PaymentFactory(deal=deal, kind="milestones", amount=Decimal("4950000000"))
    assert _totals(deal) == (
        Decimal("650000000.00"),
        Decimal("650000000.00"),
        Decimal("5600000000.00"),
    )


def test_no_fx_rate_leaves_usd_empty_and_says_so() -> None:
    deal = DealFactory(headline_amount=Decimal("100"), headline_currency="JPY")
    payment = PaymentFactory(deal=deal, amount=Decimal("100"), currency="JPY")
    assert deal.headline_amount_usd is None and deal.headline_needs_fx
    assert payment.amount_usd is None and payment.needs_fx
    assert _totals(deal) == (None, None, None)


def test_new_fx_rate_recomputes_usd_values_of_affected_deals() -> None:
    deal = DealFactory(
        announced_on=date(2026, 1, 12), headline_amount=Decimal(1000), headline_currency="EUR"
    )
    payment = PaymentFactory(deal=deal, amount=Decimal(100), currency="EUR")
    FxRate.objects.create(currency="EUR", date=date(2026, 1, 9), usd_per_unit=Decimal("1.10"))
    deal.refresh_from_db()
    payment.refresh_from_db()
    assert (deal.headline_amount_usd, payment.amount_usd) == (Decimal("1100.00"), Decimal("110.00"))


def test_changing_the_announcement_date_recomputes_usd() -> None:
    FxRateFactory(currency="EUR", date=date(2026, 1, 1), usd_per_unit=Decimal("1.00"))
    FxRateFactory(currency="EUR", date=date(2026, 2, 1), usd_per_unit=Decimal("1.20"))
    deal = DealFactory(announced_on=date(2026, 1, 12))
    payment = PaymentFactory(deal=deal, amount=Decimal(100), currency="EUR")
    deal.announced_on = date(2026, 2, 3)
    deal.save()  # no explicit recompute: moving the FX date re-prices every component
    payment.refresh_from_db()
    assert payment.amount_usd == Decimal("120.00")


def test_totals_aggregate_across_deals_in_the_database() -> None:
    for upfront in ("10", "20", "30"):
        PaymentFactory(deal=DealFactory(), amount=Decimal(upfront))
    DealFactory()  # a deal with nothing disclosed does not count as zero in averages
    totals = Deal.objects.aggregate(total=Sum("upfront_usd"))
    assert totals["total"] == Decimal("60.00")


# --- visibility -----------------------------------------------------------------------------------


def test_internal_deals_are_visible_only_with_the_permission(django_user_model, viewer) -> None:
    from django.contrib.auth.models import AnonymousUser

    public = DealFactory()
    internal = DealFactory(visibility=Deal.Visibility.INTERNAL)
    nobody = django_user_model.objects.create_user("reader", password="x-long-password")
    assert set(Deal.objects.visible_to(AnonymousUser())) == {public}
    assert set(Deal.objects.visible_to(None)) == {public}
    assert set(Deal.objects.visible_to(nobody)) == {public}
    assert set(Deal.objects.visible_to(viewer)) == {public, internal}
