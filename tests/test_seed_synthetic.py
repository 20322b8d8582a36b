"""seed_synthetic: deterministic, realistic, true to the money rules, confined to its own rows."""

from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from companies.models import Asset, Company, StockListing
from deals import fx
from deals.models import (
    Deal,
    DealAsset,
    DealEvent,
    DealParty,
    DealTerritory,
    FxRate,
    PaymentComponent,
    Royalty,
    Source,
)
from tests.factories import (
    AssetFactory,
    CompanyFactory,
    DealAssetFactory,
    DealFactory,
    DealPartyFactory,
    FxRateFactory,
    PaymentFactory,
)

pytestmark = pytest.mark.django_db

N = 200


def _seed(deals: int = N, seed: int = 7, *flags: str) -> str:
    out = StringIO()
    call_command("seed_synthetic", "--deals", str(deals), "--seed", str(seed), *flags, stdout=out)
    return out.getvalue()


def _snapshot() -> list[tuple]:
    """Every synthetic deal with its children, by natural keys (ids differ between runs)."""
    deals = (
        Deal.objects.filter(slug__startswith="syn-")
        .select_related("conference", "headline_source")
        .prefetch_related("parties__company", "deal_assets__asset", "payments", "sources")
        .prefetch_related("territories__region", "events", "royalty")
        .order_by("slug")
    )
    return [_deal_row(d) for d in deals]


def _deal_row(d: Deal) -> tuple:
    royalty = getattr(d, "royalty", None)
    return (
        *(getattr(d, f) for f in ("slug", "title", "deal_type", "exclusive", "status")),
        *(getattr(d, f) for f in ("visibility", "signed_on", "announced_on", "summary")),
        *(getattr(d, f) for f in ("analyst_notes", "headline_amount", "headline_currency")),
        d.headline_amount_usd,
        d.created_at,
        d.conference.slug if d.conference else None,
        d.headline_source.url if d.headline_source else None,
        [
            (p.role, p.name_as_reported, p.order, p.company and p.company.slug)
            + ((p.company.name, p.company.country.code) if p.company else ())
            for p in d.parties.all()
        ],
        [(a.asset.slug, a.asset.modality, a.phase_at_signing) for a in d.deal_assets.all()],
        [
            (p.kind, p.disclosed, p.amount, p.currency, p.amount_usd, p.contingent, p.order)
            for p in d.payments.all()
        ],
        [(t.code, t.excluded) for t in d.territories.all()],
        [(s.url, s.publisher, s.published_on, s.language, s.quote) for s in d.sources.all()],
        [(e.kind, e.date, e.amount) for e in d.events.all()],
        royalty and (royalty.min_pct, royalty.max_pct, royalty.tiered, royalty.wording),
    )


def test_same_seed_gives_identical_deals_after_a_rebuild() -> None:
    _seed()
    first = _snapshot()
    _seed(N, 7, "--force")  # clears the synthetic rows and seeds again: new ids, same data
    second = _snapshot()
    assert len(first) == N
    assert first == second


def test_another_seed_gives_other_deals() -> None:
    _seed(seed=7)
    seven = _snapshot()
    _seed(seed=8)
    eight = _snapshot()
    assert len(eight) == N
    assert [row[1] for row in seven] != [row[1] for row in eight]


def test_rerun_with_the_same_arguments_changes_nothing() -> None:
    _seed()
    ids = sorted(Deal.objects.values_list("pk", flat=True))
    output = _seed()
    assert "nothing to do" in output
    assert sorted(Deal.objects.values_list("pk", flat=True)) == ids


def test_five_percent_of_synthetic_deals_are_internal() -> None:
    _seed()
    internal = Deal.objects.filter(visibility=Deal.Visibility.INTERNAL)
    assert internal.count() == round(N * 0.05)
    # Internal deals carry analyst notes; public ones never do.
    assert not internal.filter(analyst_notes="").exists()
    assert not Deal.objects.public().exclude(analyst_notes="").exists()


def test_disclosed_payments_have_amounts_and_undisclosed_ones_none() -> None:
    _seed()
    payments = PaymentComponent.objects.all()
    assert payments.filter(disclosed=True).exists()
    assert payments.filter(disclosed=False).exists()  # "undisclosed" occurs, as in real data
    assert not payments.filter(disclosed=True, amount__isnull=True).exists()
    assert not payments.filter(disclosed=True, currency="").exists()
    assert not payments.filter(disclosed=False, amount__isnull=False).exists()
    assert not payments.filter(disclosed=False, amount_usd__isnull=False).exists()
    assert not payments.filter(
        kind__in=PaymentComponent.ALWAYS_CONTINGENT, contingent=False
    ).exists()


def test_usd_amounts_follow_the_fx_rule_of_deals_money() -> None:
    _seed()
    currencies = set()
    for payment in PaymentComponent.objects.filter(disclosed=True).select_related("deal"):
        expected = fx.to_usd(payment.amount, payment.currency, payment.deal.fx_date)
        assert payment.amount_usd == expected, payment.pk
        currencies.add(payment.currency)
    for deal in Deal.objects.exclude(headline_amount=None):
        expected = fx.to_usd(deal.headline_amount, deal.headline_currency, deal.fx_date)
        assert deal.headline_amount_usd == expected, deal.slug
    # Several currencies, each with rates covering the synthetic date range.
    assert {"USD", "CNY"} <= currencies and len(currencies) >= 4
    for currency in currencies - {"USD"}:
        rates = FxRate.objects.filter(currency=currency)
        assert rates.filter(date__lte=date(2015, 1, 1)).exists()
        assert rates.filter(date__gte=date(2026, 2, 27)).exists()


def test_a_breakdown_never_exceeds_its_headline() -> None:
    _seed()
    checked = 0
    for deal in Deal.objects.exclude(headline_amount=None).prefetch_related("payments"):
        disclosed = [p.amount for p in deal.payments.all() if p.disclosed]
        currencies = {p.currency for p in deal.payments.all() if p.disclosed}
        assert currencies <= {deal.headline_currency}
        assert sum(disclosed, Decimal(0)) <= deal.headline_amount
        checked += 1
    assert checked > N // 3


def test_synthetic_rows_pass_model_validation() -> None:
    _seed()
    for model in (Deal, DealParty, DealAsset, DealTerritory, PaymentComponent, Royalty, Source,
                  DealEvent, Company, Asset):  # fmt: skip
        objects = list(model.objects.all()[:150])
        assert objects, model
        for obj in objects:
            obj.full_clean()


def test_distributions_look_like_the_market() -> None:
    _seed()
    licensor_countries = set(
        DealParty.objects.filter(role="licensor").values_list("company__country", flat=True)
    )
    assert {"CN", "US"} <= licensor_countries
    assert DealParty.objects.filter(company__isnull=True).exists()  # undisclosed partners
    assert Deal.objects.exclude(conference=None).count() > N * 0.05
    assert Company.objects.filter(aliases__isnull=False).exists()
    assert Asset.objects.filter(targets__isnull=False).exists()
    assert len(set(Deal.objects.values_list("deal_type", flat=True))) >= 6
    assert DealTerritory.objects.filter(excluded=True).exists()
    # Every synthetic deal names at least one party and has a source.
    assert not Deal.objects.filter(parties__isnull=True).exists()
    assert not Deal.objects.filter(sources__isnull=True).exists()


def test_existing_data_is_left_alone_and_ids_keep_counting() -> None:
    real = DealFactory(title="Real deal", slug="real-deal")
    company = CompanyFactory(name="Real Co", slug="real-co")
    DealPartyFactory(deal=real, company=company)
    DealAssetFactory(deal=real, asset=AssetFactory(slug="real-asset", owner=company))
    PaymentFactory(deal=real, currency="KRW", amount=Decimal("1000000.00"))
    FxRateFactory(currency="KRW", date=date(2026, 1, 2), usd_per_unit=Decimal("0.00068"))
    krw_rates = FxRate.objects.filter(currency="KRW").count()

    _seed()
    _seed(N, 7, "--clear")

    assert Deal.objects.get() == real
    assert list(Company.objects.values_list("slug", flat=True)) == ["real-co"]
    assert list(Asset.objects.values_list("slug", flat=True)) == ["real-asset"]
    assert real.parties.get().company == company
    assert real.payments.get().amount == Decimal("1000000.00")
    # A currency that already had rates got none added (that would re-price real deals).
    assert FxRate.objects.filter(currency="KRW").count() == krw_rates
    # Explicit ids moved the sequences on: the next ORM insert does not collide.
    _seed()
    assert DealFactory(title="Added after seeding").pk > max(
        Deal.objects.filter(slug__startswith="syn-").values_list("pk", flat=True)
    )


def test_a_ticker_already_listed_is_not_given_to_a_synthetic_company() -> None:
    _seed()
    listing = StockListing.objects.filter(company__slug__startswith="syn-").order_by("pk").first()
    assert listing is not None
    taken = (listing.exchange, listing.ticker)
    _seed(N, 7, "--clear")
    # A real company now holds the ticker the same seed gave a synthetic one.
    real = CompanyFactory(name="Listed Co", slug="listed-co")
    StockListing.objects.create(company=real, exchange=taken[0], ticker=taken[1])

    _seed()

    holders = StockListing.objects.filter(exchange=taken[0], ticker=taken[1])
    assert list(holders.values_list("company__slug", flat=True)) == ["listed-co"]


def test_clear_removes_every_synthetic_row() -> None:
    _seed()
    output = _seed(N, 7, "--clear")
    assert "Removed synthetic data" in output
    assert not Deal.objects.exists()
    assert not Company.objects.filter(slug__startswith="syn-").exists()
    assert not Asset.objects.filter(slug__startswith="syn-").exists()
    assert not PaymentComponent.objects.exists()


@pytest.mark.parametrize("args", [["--deals", "0"], ["--deals", "10", "--seed", "-1"]])
def test_bad_arguments_are_refused_with_a_message(args: list[str]) -> None:
    with pytest.raises(CommandError):
        call_command("seed_synthetic", *args, stdout=StringIO())


def test_without_stored_leaves_the_stored_tables_to_the_rebuild_commands() -> None:
    """--without-stored writes the deals and their search documents only; the rebuild
    commands then bring the stored tables to what a full seed writes."""
    from deals.models import AssetUnavailability, CompanyFigures, DealGroupFact
    from deals.search import deals_matching

    _seed(N, 7, "--without-stored")
    assert Deal.objects.count() == N
    assert not CompanyFigures.objects.exists()
    assert not AssetUnavailability.objects.exists()
    assert not DealGroupFact.objects.exists()
    name = Company.objects.filter(deal_parties__isnull=False).first().name
    found = Deal.objects.filter(deals_matching(name)).count()
    assert found >= 1  # searchable without the stored tables
    for command in ("rebuild_rights", "rebuild_facts", "rebuild_profiles"):
        call_command(command, stdout=StringIO())
    rebuilt = (
        sorted(CompanyFigures.objects.values_list("company__slug", "figures")),
        AssetUnavailability.objects.count(),
        DealGroupFact.objects.count(),
    )
    _seed(N, 7, "--force")
    full = (
        sorted(CompanyFigures.objects.values_list("company__slug", "figures")),
        AssetUnavailability.objects.count(),
        DealGroupFact.objects.count(),
    )
    assert rebuilt == full
    assert full[1] > 0 and full[2] > 0
