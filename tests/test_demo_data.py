"""The JPM 2026 demo data set and `manage.py load_demo`."""

from datetime import date, timedelta
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import Q

from companies.models import Asset, AssetAlias, Company, CompanyAlias, StockListing, Target
from deals import demo as demo_data
from deals.models import (
    Conference,
    Deal,
    DealAsset,
    DealEvent,
    DealParty,
    DealTerritory,
    FxRate,
    PaymentComponent,
    Region,
    Royalty,
    Source,
)

pytestmark = pytest.mark.django_db

RC148 = "abbvie-remegen-rc148-2026"
SCINEURO = "novartis-scineuro-abeta-shuttle-2026"
ZONSEN = "novartis-zonsen-peplib-rlt-2026"
ALTEOGEN = "alteogen-alt-b4-negotiation-2026"
JPM_2026_DEALS = {RC148, SCINEURO, ZONSEN, ALTEOGEN}
BILLION = Decimal(10) ** 9
MILLION = Decimal(10) ** 6

# Every model the loader writes, with its change-history model where it keeps one: a re-run
# that saved anything would add history rows even if the values came out the same.
LOADED_MODELS = [
    Company, CompanyAlias, StockListing, Asset, AssetAlias, Target, Region, FxRate, Conference,
    Deal, DealParty, DealAsset, DealTerritory, Source, PaymentComponent, Royalty, DealEvent,
]  # fmt: skip


def _load() -> str:
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def _snapshot() -> dict[str, object]:
    counts: dict[str, object] = {m._meta.label: m.objects.count() for m in LOADED_MODELS}
    for model in LOADED_MODELS:
        history = getattr(model, "history", None)
        if history is not None:
            counts[f"{model._meta.label}.history"] = history.count()
    counts["deal values"] = sorted(
        Deal.objects.values_list(
            "slug", "updated_at", "version", "headline_amount_usd", "headline_source_id"
        )
    )
    counts["payment values"] = sorted(
        PaymentComponent.objects.values_list("pk", "kind", "amount", "amount_usd", "source_id")
    )
    counts["company values"] = sorted(Company.objects.values_list("slug", "updated_at"))
    return counts


@pytest.fixture
def demo() -> None:
    _load()


def _party(deal: Deal, role: str) -> DealParty:
    return deal.parties.get(role=role)


def test_loading_twice_changes_no_row_and_writes_no_history() -> None:
    _load()
    first = _snapshot()
    output = _load()
    assert _snapshot() == first
    assert "0 rows created, 0 updated" in output


def test_loading_is_all_or_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"n": 0}

    def fail_on_last_deal(deal: Deal) -> None:
        calls["n"] += 1
        if calls["n"] == len(demo_data.DEALS):
            raise RuntimeError("simulated failure while loading the last deal")

    monkeypatch.setattr("deals.management.commands.load_demo.recompute_usd", fail_on_last_deal)
    with pytest.raises(RuntimeError):
        _load()
    assert Deal.objects.count() == 0
    assert Company.objects.count() == 0
    assert FxRate.objects.count() == 0


def test_jpm_2026_conference_holds_exactly_the_four_deals(demo: None) -> None:
    jpm = Conference.objects.select_related("series").get(slug="jpm-2026")
    assert jpm.name == "J.P. Morgan Healthcare Conference 2026"
    assert (jpm.series.name, jpm.series.short_name) == ("J.P. Morgan Healthcare Conference", "JPM")
    assert (jpm.city, str(jpm.country), jpm.timezone) == (
        "San Francisco", "US", "America/Los_Angeles",
    )  # fmt: skip
    # January 12-15, as the sources say (the 16th stored earlier was a mistake, corrected).
    assert (jpm.start_date.isoformat(), jpm.end_date.isoformat()) == ("2026-01-12", "2026-01-15")
    assert "January 12" in jpm.source_quote or "Jan 12" in jpm.source_quote
    assert set(jpm.deals.values_list("slug", flat=True)) == JPM_2026_DEALS


def test_deals_link_to_a_conference_only_when_announced_around_it(demo: None) -> None:
    linked = Deal.objects.filter(conference__isnull=False).select_related("conference")
    assert linked.count() >= 6  # the four JPM 2026 deals plus one each at JPM 2024 and 2025
    for deal in linked:
        window_start = deal.conference.start_date - timedelta(days=7)
        window_end = deal.conference.end_date + timedelta(days=7)
        assert window_start <= deal.announced_on <= window_end, deal.slug


def test_rc148_parties_territory_and_totals(demo: None) -> None:
    deal = Deal.objects.get(slug=RC148)
    licensor, licensee = _party(deal, "licensor").company, _party(deal, "licensee").company
    assert (licensor.name, licensor.local_name, str(licensor.country)) == (
        "RemeGen",
        "荣昌生物",
        "CN",
    )
    assert set(licensor.listings.values_list("exchange", "ticker")) == {
        ("SSE", "688331"), ("HKEX", "9995"),
    }  # fmt: skip
    assert (licensee.name, str(licensee.country)) == ("AbbVie", "US")
    assert deal.status == Deal.Status.ANNOUNCED
    assert deal.upfront_usd == 650 * MILLION
    assert deal.total_potential_usd == Decimal("5.6") * BILLION
    territory = {(t.code, t.excluded) for t in deal.territories.select_related("region")}
    assert territory == {("WW", False), ("GREATER_CHINA", True)}
    assert deal.royalty.disclosed is False
    assert deal.royalty.min_pct is None and deal.royalty.max_pct is None
    assert deal.royalty.tiered is True and "double-digit" in deal.royalty.wording
    targets = set(deal.deal_assets.get().asset.targets.values_list("gene_symbol", flat=True))
    assert targets == {"PDCD1", "VEGFA"}


def test_korean_won_conversions_are_kept_as_text_not_amounts(demo: None) -> None:
    deal = Deal.objects.get(slug=RC148)
    assert deal.headline_currency == "USD"
    assert "8조2000억원" in deal.headline_quote
    assert deal.headline_source.language == "ko"
    assert not PaymentComponent.objects.filter(deal__slug__in=JPM_2026_DEALS, currency="KRW")
    assert "₩74B" in deal.__class__.objects.get(slug=ZONSEN).payments.get(order=0).note


def test_scineuro_keeps_the_reported_spelling_and_undisclosed_research_funding(demo: None) -> None:
    deal = Deal.objects.get(slug=SCINEURO)
    party = _party(deal, "licensor")
    assert party.name_as_reported == "Sineuro"
    assert party.company.aliases.filter(name="Sineuro", kind=CompanyAlias.Kind.SPELLING).exists()
    assert _party(deal, "licensee").company.slug == "novartis"
    funding = deal.payments.get(kind=PaymentComponent.Kind.RESEARCH_FUNDING)
    assert (funding.disclosed, funding.amount, funding.amount_usd) == (False, None, None)
    assert deal.upfront_usd == 165 * MILLION
    assert deal.payments.get(kind="milestones").amount == Decimal("1.5") * BILLION
    closing_note = deal.events.get(kind=DealEvent.Kind.OTHER)
    assert closing_note.date is None and "first half of 2026" in closing_note.description
    assert deal.royalty.tiered is True and deal.royalty.disclosed is False


def test_zonsen_has_disclosed_upfront_and_undisclosed_milestones(demo: None) -> None:
    deal = Deal.objects.get(slug=ZONSEN)
    assert _party(deal, "licensor").company.slug == "zonsen-peplib-biotech"
    assert deal.upfront_usd == 50 * MILLION
    assert deal.exclusive is True
    milestones = deal.payments.filter(kind__in=PaymentComponent.ALWAYS_CONTINGENT)
    assert set(milestones.values_list("kind", flat=True)) == {
        "development_milestones", "regulatory_milestones", "commercial_milestones",
    }  # fmt: skip
    for payment in milestones:
        assert (payment.disclosed, payment.amount, payment.amount_usd) == (False, None, None)
        assert payment.contingent is True
    assert deal.royalty.disclosed is False


def test_alteogen_negotiation_has_an_undisclosed_licensee_and_no_amounts(demo: None) -> None:
    deal = Deal.objects.get(slug=ALTEOGEN)
    assert deal.status == Deal.Status.NEGOTIATION
    assert _party(deal, "licensor").company.slug == "alteogen"
    licensee = _party(deal, "licensee")
    assert licensee.company is None and licensee.disclosed is False
    assert deal.headline_amount is None
    assert not deal.payments.exists()
    assert deal.total_potential_usd is None
    asset = deal.deal_assets.get().asset
    assert asset.is_platform and asset.aliases.filter(name="ALTB4").exists()


def test_undisclosed_terms_are_never_zero(demo: None) -> None:
    assert not PaymentComponent.objects.filter(Q(amount=0) | Q(amount_usd=0)).exists()
    assert not Deal.objects.filter(Q(headline_amount=0) | Q(headline_amount_usd=0)).exists()
    undisclosed = PaymentComponent.objects.filter(disclosed=False)
    assert undisclosed.count() >= 4  # SciNeuro research funding, Zonsen milestones
    assert not undisclosed.filter(Q(amount__isnull=False) | Q(amount_usd__isnull=False)).exists()
    assert not undisclosed.exclude(currency="").exists()


def test_every_amount_points_at_one_of_its_deals_sources(demo: None) -> None:
    for payment in PaymentComponent.objects.filter(disclosed=True).select_related("source"):
        assert payment.source is not None, payment
        assert payment.source.deal_id == payment.deal_id
        assert payment.quote, payment
    with_headline = Deal.objects.filter(headline_amount__isnull=False)
    for deal in with_headline.select_related("headline_source"):
        assert deal.headline_source is not None, deal.slug
        assert deal.headline_source.deal_id == deal.pk
        assert deal.headline_quote, deal.slug
    for royalty in Royalty.objects.all():
        assert royalty.source is not None and royalty.source.deal_id == royalty.deal_id


def test_every_source_has_url_publisher_title_date_and_language(demo: None) -> None:
    sources = Source.objects.all()
    assert sources.count() >= 2 * Deal.objects.count()
    for source in sources:
        assert source.url.startswith(("https://", "http://")), source.url
        assert source.publisher and source.title and source.published_on and source.language
    # The JPM 2026 headlines come from Korean reporting, the full terms from other sources.
    for slug in (RC148, SCINEURO):
        languages = set(Source.objects.filter(deal__slug=slug).values_list("language", flat=True))
        assert languages == {"ko", "en"}


def test_demo_set_covers_modalities_countries_and_deal_types(demo: None) -> None:
    assert Deal.objects.count() >= 14
    licensor_countries = set(
        DealParty.objects.filter(role__in=["licensor", "target"]).values_list(
            "company__country", flat=True
        )
    )
    assert {"CN", "KR", "US", "DE", "JP"} <= licensor_countries
    modalities = set(DealAsset.objects.values_list("asset__modality", flat=True))
    assert {"bispecific", "adc", "radioligand"} <= modalities
    acquisitions = Deal.objects.filter(deal_type=Deal.Type.ACQUISITION)
    assert acquisitions.filter(payments__kind=PaymentComponent.Kind.ACQUISITION_PRICE).exists()
    assert acquisitions.filter(parties__role="acquirer").filter(parties__role="target").exists()
    assert Company.objects.get(slug="abl-bio").country == "KR"


def test_every_non_usd_amount_has_a_usd_value_from_the_fx_table(demo: None) -> None:
    foreign = PaymentComponent.objects.filter(disclosed=True).exclude(currency="USD")
    assert foreign.exists()  # GBP and EUR terms exercise the conversion
    for payment in foreign.select_related("deal"):
        rate = (
            FxRate.objects.filter(currency=payment.currency, date__lte=payment.deal.fx_date)
            .order_by("-date")
            .first()
        )
        assert rate is not None, payment
        assert payment.amount_usd == (payment.amount * rate.usd_per_unit).quantize(Decimal("0.01"))
    for deal in Deal.objects.filter(headline_amount__isnull=False):
        assert deal.headline_amount_usd is not None, deal.slug
    # Every deal with money in another currency falls inside the FX table's months.
    first, last = FxRate.objects.order_by("date").first().date, FxRate.objects.latest("date").date
    foreign_deals = Deal.objects.filter(
        Q(payments__disclosed=True) & ~Q(payments__currency="USD")
        | Q(headline_amount__isnull=False) & ~Q(headline_currency="USD")
    ).distinct()
    for deal in foreign_deals:
        assert first <= deal.fx_date and deal.fx_date - last < timedelta(days=31), deal.slug
    currencies = set(FxRate.objects.values_list("currency", flat=True))
    assert {"USD", "EUR", "GBP", "CHF", "CNY", "KRW", "JPY"} <= currencies
    labels = FxRate.objects.values_list("source", flat=True)
    assert all("approximate" in label or "by definition" in label for label in labels)


def test_regions_hold_the_right_countries(demo: None) -> None:
    assert Region.objects.get(code="WW").countries == []
    assert [str(c) for c in Region.objects.get(code="GREATER_CHINA").countries] == [
        "CN", "HK", "MO", "TW",
    ]  # fmt: skip
    assert len(Region.objects.get(code="EU").countries) == 27


def test_renamed_company_keeps_its_former_name_as_an_alias(demo: None) -> None:
    ligachem = Company.objects.get(slug="ligachem-biosciences")
    assert ligachem.aliases.filter(name="LegoChem Biosciences", kind="former").exists()
    deal = Deal.objects.get(slug="janssen-ligachem-lcb84-2023")
    assert _party(deal, "licensor").name_as_reported == "LegoChem Biosciences"
    janssen = _party(deal, "licensee").company
    assert janssen.parent.slug == "johnson-johnson" and janssen.ownership == "subsidiary"


def test_territory_rows_are_regions_or_countries(demo: None) -> None:
    excluded_countries = DealTerritory.objects.filter(excluded=True, region__isnull=True)
    assert set(excluded_countries.values_list("deal__slug", "country")) >= {
        ("pfizer-3sbio-ssgj-707-2025", "CN"), ("daiichi-sankyo-merck-dxd-adcs-2023", "JP"),
    }  # fmt: skip
    # A line is a region or a country, never both, and a country is a real ISO code.
    for line in DealTerritory.objects.all():
        assert bool(line.region_id) != bool(line.country), line.deal_id
        assert line.region_id or line.country.name, line.country


def test_check_data_passes_on_the_demo(demo: None) -> None:
    """The demo keeps the fact-checker's standard: every amount sourced and quoted at scale."""
    out = StringIO()
    call_command("check_data", stdout=out)
    assert out.getvalue().strip().endswith("0 error(s), 0 warning(s).")


def test_dates_keep_the_precision_their_sources_give(demo: None) -> None:
    stated = {
        row["slug"]: (
            row.get("announced_on_precision", "day"),
            row.get("signed_on_precision", "day"),
        )
        for row in demo_data.DEALS
    }
    assert ("month", "day") in stated.values()  # the set holds month-precise announcements
    stored = {
        slug: (announced, signed)
        for slug, announced, signed in Deal.objects.values_list(
            "slug", "announced_on_precision", "signed_on_precision"
        )
    }
    assert stored == stated
    otsuka = Deal.objects.get(slug="otsuka-jnana-acquisition-2024")
    assert otsuka.announced_label == "Aug 2024"
    # Its completion notice says the agreement was "signed in August": the month, no day.
    assert (otsuka.signed_on, otsuka.signed_on_precision) == (date(2024, 8, 1), "month")
