"""Property tests for FX conversion and computed totals (hypothesis)."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deals import fx
from deals.models import Deal, FxRate, PaymentComponent
from tests.factories import DealFactory

# Up to a trillion in currency units with cents: more than any deal, and within the 15
# significant digits SQLite's REAL keeps exactly (PostgreSQL's numeric is exact at any size).
amounts = st.decimals(min_value=0, max_value=Decimal("1e12"), places=2, allow_nan=False)
rates = st.decimals(min_value=Decimal("0.0000001"), max_value=Decimal(1000), places=7)
days = st.integers(min_value=0, max_value=60)
START = date(2026, 1, 1)


@pytest.mark.django_db
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(amount=amounts, rate=rates, rate_day=days, deal_day=days)
def test_conversion_uses_a_rate_only_from_on_or_before_the_date(
    amount: Decimal, rate: Decimal, rate_day: int, deal_day: int
) -> None:
    FxRate.objects.all().delete()
    FxRate.objects.create(currency="EUR", date=START + timedelta(rate_day), usd_per_unit=rate)
    usd = fx.to_usd(amount, "EUR", START + timedelta(deal_day))
    if rate_day > deal_day:
        assert usd is None  # a future rate never applies, and there is no 1:1 fallback
    else:
        assert usd is not None
        assert abs(usd - amount * rate) <= Decimal("0.005")
        assert usd >= 0


@given(amount=amounts)
def test_usd_is_its_own_currency(amount: Decimal) -> None:
    assert fx.to_usd(amount, "USD", START) == amount


kinds = st.sampled_from([k for k, _ in PaymentComponent.Kind.choices])
# A stored amount is more than 0 (a database constraint): 0 is not a term, undisclosed is None.
stored_amounts = st.decimals(
    min_value=Decimal("0.01"), max_value=Decimal("1e12"), places=2, allow_nan=False
)
components = st.lists(
    st.tuples(kinds, st.one_of(st.none(), stored_amounts)),  # None: exists but undisclosed
    max_size=6,
)


@pytest.mark.django_db
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(parts=components, headline=st.one_of(st.none(), stored_amounts))
def test_totals_follow_their_definitions(parts: list, headline: Decimal | None) -> None:
    deal = DealFactory(
        headline_amount=headline, headline_currency="USD" if headline is not None else ""
    )
    for kind, amount in parts:
        PaymentComponent.objects.create(
            deal=deal,
            kind=kind,
            disclosed=amount is not None,
            amount=amount,
            currency="USD" if amount is not None else "",
        )
    row = Deal.objects.get(pk=deal.pk)
    disclosed = [(k, a) for k, a in parts if a is not None]
    upfront = [a for k, a in disclosed if k in PaymentComponent.UPFRONT_KINDS]
    # created without an explicit flag, only milestones and CVRs are contingent
    committed = [a for k, a in disclosed if k not in PaymentComponent.ALWAYS_CONTINGENT]
    expected_potential = max(
        [
            v
            for v in (sum(a for _, a in disclosed) if disclosed else None, headline)
            if v is not None
        ],
        default=None,
    )
    assert row.upfront_usd == (sum(upfront) if upfront else None)
    assert row.committed_usd == (sum(committed) if committed else None)
    assert row.total_potential_usd == expected_potential
    # an undisclosed component never counts as zero: nothing disclosed means NULL, not 0
    if not disclosed:
        assert row.upfront_usd is None and row.committed_usd is None


# --- parsing money out of announcement text (deals.intake.extraction.parse_money) -----------

SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "CHF ": "CHF"}
whole = st.integers(min_value=1, max_value=999)
tenths = st.integers(min_value=0, max_value=9)


@given(
    units=whole,
    tenth=tenths,
    scale=st.sampled_from(sorted(SCALES)),
    symbol=st.sampled_from(sorted(SYMBOLS)),
    prose=st.sampled_from(["", "The company will receive ", "Terms include an upfront of "]),
)
def test_parse_money_reads_back_any_written_amount(
    units: int, tenth: int, scale: str, symbol: str, prose: str
) -> None:
    from deals.intake.extraction import parse_money

    written = f"{units}.{tenth}" if tenth else str(units)
    sentence = f"{prose}{symbol}{written} {scale} in cash."
    found = parse_money(sentence)
    assert len(found) == 1
    assert found[0].currency == SYMBOLS[symbol]
    assert found[0].amount == Decimal(written) * SCALES[scale]
    # The number reported is the one that stands in the text.
    assert written in found[0].text


@given(text=st.text(alphabet=st.characters(blacklist_categories=("Nd",)), max_size=200))
def test_parse_money_finds_nothing_in_text_without_digits(text: str) -> None:
    from deals.intake.extraction import parse_money

    # Korean 조/억 amounts need digits too, so text without any digit holds no amount.
    assert parse_money(text) == []


@given(
    usd=st.integers(min_value=1, max_value=99),
    won=st.integers(min_value=1, max_value=99),
)
def test_a_parenthetical_conversion_is_the_same_amount_not_a_second_term(
    usd: int, won: int
) -> None:
    from deals.intake.extraction import parse_money

    found = parse_money(f"The deal is worth up to ${usd} billion (about {won} trillion won).")
    assert [m.currency for m in found] == ["USD", "KRW"]
    assert found[1].conversion_of is found[0]
