"""``manage.py check_data`` catches each kind of error it names (deals.quality)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from deals.models import Deal
from deals.quality import Finding, _money_findings, amount_in_quote, check, check_conferences
from tests.factories import (
    AssetFactory,
    CompanyFactory,
    ConferenceFactory,
    DealAssetFactory,
    DealEventFactory,
    DealFactory,
    DealPartyFactory,
    PaymentFactory,
    SourceFactory,
    TargetFactory,
)

pytestmark = pytest.mark.django_db

QUOTE = "Acme will receive $50 million upfront and up to $1.1 billion in milestones."


def sound_deal(**kwargs: object) -> Deal:
    """A deal that passes every rule: a source, an upfront quoted at its scale."""
    deal = DealFactory(**kwargs)
    source = SourceFactory(deal=deal, quote=QUOTE)
    PaymentFactory(deal=deal, amount=Decimal("50000000"), source=source, quote=QUOTE)
    deal.save()  # stored measures written from the payment
    return deal


def rules(findings: list[Finding], severity: str = "error") -> set[str]:
    return {f.rule for f in findings if f.severity == severity}


def test_a_sound_deal_passes_and_the_command_exits_zero() -> None:
    sound_deal()
    out = StringIO()
    call_command("check_data", stdout=out)
    assert "0 error(s), 0 warning(s)." in out.getvalue()


def test_a_deal_without_a_source_is_an_error_and_the_command_exits_non_zero() -> None:
    DealFactory(slug="no-source")
    out = StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("check_data", stdout=out)
    assert raised.value.returncode == 1
    assert "deal-source" in out.getvalue() and "deal no-source" in out.getvalue()


def test_an_amount_quoted_at_the_wrong_scale_is_an_error() -> None:
    deal = sound_deal()
    source = deal.sources.get()
    # 5,000,000,000 vouched for by "$5 million": the scale is wrong.
    PaymentFactory(
        deal=deal,
        kind="milestones",
        contingent=True,
        amount=Decimal("5000000000"),
        source=source,
        quote="Acme is eligible for up to $5 million in milestones.",
    )
    deal.save()
    assert rules(check()) == {"payment-quote"}


def test_a_payment_without_source_or_quote_is_an_error() -> None:
    deal = sound_deal()
    PaymentFactory(deal=deal, kind="milestones", contingent=True, amount=Decimal("1100000000"))
    deal.save()
    assert rules(check()) == {"amount-source", "amount-quote"}


def test_a_headline_whose_quote_does_not_state_it_is_an_error() -> None:
    deal = sound_deal()
    Deal.objects.filter(pk=deal.pk).update(
        headline_amount=Decimal("1150000000"),
        headline_currency="USD",
        headline_source=deal.sources.get(),
        headline_quote=QUOTE,
    )
    Deal.objects.filter(pk=deal.pk).refresh_totals()
    assert rules(check()) == {"headline-quote"}


def test_an_amount_without_a_currency_is_an_error() -> None:
    # The database refuses such a row (constraints), so the rule is shown on the values.
    found = list(_money_findings("deal x upfront", Decimal(5), "", None, "", rule="payment-quote"))
    assert [f.rule for f in found] == ["currency"]


def test_an_event_amount_without_a_source_is_an_error() -> None:
    deal = sound_deal()
    DealEventFactory(deal=deal, kind="milestone", amount=Decimal(10**7), currency="USD")
    assert rules(check()) == {"amount-source"}


def test_a_conference_ending_before_it_starts_or_filed_under_another_year_is_an_error() -> None:
    ConferenceFactory(
        year=2024,
        start_date=date(2025, 1, 12),
        end_date=date(2025, 1, 15),
        source_url="https://a.b",
    )
    assert rules(check()) == {"conference-dates"}
    # Reversed dates are refused by the database (conference_dates_in_order); the rule still
    # names them for a database restored from elsewhere.
    reversed_dates = ConferenceFactory.build(
        year=2025, start_date=date(2025, 6, 5), end_date=date(2025, 6, 1), source_url="https://a.b"
    )
    assert rules(list(check_conferences([reversed_dates]))) == {"conference-dates"}


def test_a_date_outside_the_sane_range_is_an_error() -> None:
    deal = sound_deal()
    # Saved around the validators (a raw import, an old row): the database backstop allows it.
    Deal.objects.filter(pk=deal.pk).update(announced_on=date(2150, 1, 1))
    assert rules(check()) == {"date-range"}


def test_a_stored_measure_that_differs_from_the_live_computation_is_an_error() -> None:
    deal = sound_deal()
    Deal.objects.filter(pk=deal.pk).update(upfront_usd=Decimal("60000000"))
    findings = check()
    assert rules(findings) == {"stored-measure"}
    assert any("upfront_usd" in f.message for f in findings)


def test_duplicate_deals_and_targets_are_flagged_as_warnings() -> None:
    licensor, licensee, asset = CompanyFactory(), CompanyFactory(), AssetFactory()
    for slug in ("first-entry", "second-entry"):
        deal = sound_deal(slug=slug)
        DealPartyFactory(deal=deal, company=licensor, role="licensor")
        DealPartyFactory(deal=deal, company=licensee, role="licensee")
        DealAssetFactory(deal=deal, asset=asset)
    TargetFactory(name="GLP-1R", gene_symbol="GLP1R")
    TargetFactory(name="GLP-1 receptor", gene_symbol="GLP1R")
    findings = check()
    assert rules(findings) == set()
    assert rules(findings, "warning") == {"duplicate-deal", "duplicate-target"}
    duplicate = next(f for f in findings if f.rule == "duplicate-deal")
    assert duplicate.subject == "first-entry, second-entry"


@pytest.mark.parametrize(
    ("amount", "currency", "quote", "expected"),
    [
        (Decimal("1700000000"), "USD", "up to $1.7 billion", True),
        (Decimal("1700000000"), "USD", "up to US$1.7bn", True),
        (Decimal("1700000000"), "USD", "up to $1.7 million", False),
        (Decimal("1700000000"), "EUR", "up to $1.7 billion", False),
        (Decimal("20000000"), "USD", "계약금 2,000만 달러(약 266억원)를 수령", True),
        (Decimal("1217500000"), "USD", "マイルストーン最大12億1750万ドルを受け取る", True),
        (Decimal("9900000000"), "JPY", "約99億円を調達する。", True),
        (Decimal("10000000"), "USD", "$100 million upfront and a milestone of 10 million", True),
        (Decimal("10000000"), "USD", "a milestone of 10 million", False),
    ],
)
def test_amount_in_quote_reads_the_scale(
    amount: Decimal, currency: str, quote: str, expected: bool
) -> None:
    assert amount_in_quote(amount, currency, quote) is expected
