"""A small JPM-2026-shaped data set for the browse-page tests, built with the factories.

Shared by tests/test_pages*.py and tests/test_browser_pages.py. It holds every state a page
must render: an undisclosed counterparty, undisclosed milestones, a headline in won, a payment
without an FX rate, a deal announced around the conference but not linked to it, and an
internal deal whose every text field carries :data:`MARKER`, so a leak test can grep for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from companies.models import Asset, Company, CompanyAlias, Modality, Phase, StockListing
from deals.models import Conference, Deal, DealParty, PaymentComponent, Region
from tests.factories import (
    AssetAliasFactory,
    AssetFactory,
    CompanyAliasFactory,
    CompanyFactory,
    ConferenceFactory,
    ConferenceSeriesFactory,
    DealAssetFactory,
    DealEventFactory,
    DealFactory,
    DealPartyFactory,
    DealTerritoryFactory,
    FxRateFactory,
    PaymentFactory,
    RegionFactory,
    RoyaltyFactory,
    SourceFactory,
    TargetFactory,
    TherapeuticAreaFactory,
)

# A word that appears nowhere but in the internal deal: finding it on a public page is a leak.
MARKER = "Zebrafinch"


@dataclass
class World:
    """Handles on the objects the tests look at."""

    conference: Conference
    companies: dict[str, Company] = field(default_factory=dict)
    assets: dict[str, Asset] = field(default_factory=dict)
    deals: dict[str, Deal] = field(default_factory=dict)
    internal: Deal | None = None


def _party(deal: Deal, company: Company | None, role: str, order: int = 0, **kw: object) -> None:
    DealPartyFactory(deal=deal, company=company, role=role, order=order, **kw)


def build_world() -> World:
    """Create the data set; returns handles on its objects."""
    FxRateFactory(currency="KRW", date=date(2026, 1, 2), usd_per_unit=Decimal("0.00068"))
    worldwide = RegionFactory(code="WW", name="Worldwide")
    greater_china = RegionFactory(
        code="GREATER_CHINA", name="Greater China", countries=["CN", "HK", "MO", "TW"]
    )
    series = ConferenceSeriesFactory(name="J.P. Morgan Healthcare Conference", short_name="JPM")
    jpm = ConferenceFactory(
        series=series,
        year=2026,
        name="J.P. Morgan Healthcare Conference 2026",
        slug="jpm-2026",
        start_date=date(2026, 1, 12),
        end_date=date(2026, 1, 16),
    )
    world = World(conference=jpm)
    oncology = TherapeuticAreaFactory(name="Oncology")
    neurology = TherapeuticAreaFactory(name="Neurology")
    pd1 = TargetFactory(name="PD-1", gene_symbol="PDCD1")
    vegf = TargetFactory(name="VEGF-A", gene_symbol="VEGFA")

    c = world.companies
    c["remegen"] = CompanyFactory(
        name="RemeGen", local_name="荣昌生物", country="CN", ownership=Company.Ownership.PUBLIC
    )
    StockListing.objects.create(company=c["remegen"], exchange="HKEX", ticker="9995")
    StockListing.objects.create(company=c["remegen"], exchange="SSE", ticker="688331")
    CompanyAliasFactory(company=c["remegen"], name="RemeGen Co., Ltd.")
    c["abbvie"] = CompanyFactory(name="AbbVie", country="US", company_type="big_pharma")
    c["sci"] = CompanyFactory(name="SciNeuro Pharmaceuticals", country="CN")
    CompanyAliasFactory(company=c["sci"], name="Sineuro", kind=CompanyAlias.Kind.SPELLING)
    c["novartis"] = CompanyFactory(name="Novartis", country="CH", company_type="big_pharma")
    c["zonsen"] = CompanyFactory(name="Zonsen PepLib Biotech", country="CN")
    c["alteogen"] = CompanyFactory(name="Alteogen", country="KR")
    c["kbio"] = CompanyFactory(name="Hanbit Bio", country="KR")
    c["yuhan"] = CompanyFactory(name="Yuhan", country="KR", company_type="mid_pharma")

    a = world.assets
    a["rc148"] = AssetFactory(
        name="RC148", owner=c["remegen"], modality=Modality.BISPECIFIC, highest_phase=Phase.PHASE_1
    )
    a["rc148"].targets.add(pd1, vegf)
    a["rc148"].therapeutic_areas.add(oncology)
    a["shuttle"] = AssetFactory(
        name="Anti-amyloid brain-shuttle program",
        owner=c["sci"],
        modality=Modality.MONOCLONAL_ANTIBODY,
        highest_phase=Phase.PRECLINICAL,
    )
    a["shuttle"].therapeutic_areas.add(neurology)
    a["rlt"] = AssetFactory(
        name="Peptide RLT candidates", owner=c["zonsen"], modality=Modality.RADIOLIGAND
    )
    a["altb4"] = AssetFactory(
        name="ALT-B4", owner=c["alteogen"], modality=Modality.PLATFORM, is_platform=True
    )
    AssetAliasFactory(asset=a["altb4"], name="ALTB4")
    a["hb101"] = AssetFactory(name="HB-101", owner=c["kbio"], modality=Modality.ADC)

    d = world.deals
    # RC148: the headline and a full breakdown, with sources and quotes.
    rc = DealFactory(
        title="RemeGen licenses RC148 to AbbVie",
        conference=jpm,
        announced_on=date(2026, 1, 12),
        signed_on=date(2026, 1, 11),
        exclusive=True,
        headline_amount=Decimal("5600000000"),
        headline_currency="USD",
        summary="Global rights outside Greater China to the PD-1 × VEGF bispecific RC148.",
    )
    release = SourceFactory(
        deal=rc,
        url="https://example.org/remegen-abbvie",
        publisher="PR Newswire",
        title="RemeGen and AbbVie announce license agreement for RC148",
        quote="RemeGen will receive an upfront payment of $650 million.",
    )
    rc.headline_source = release
    rc.headline_quote = "a deal worth up to $5.6 billion"
    rc.save()
    _party(rc, c["remegen"], DealParty.Role.LICENSOR, 0)
    _party(rc, c["abbvie"], DealParty.Role.LICENSEE, 1)
    DealAssetFactory(deal=rc, asset=a["rc148"], phase_at_signing=Phase.PHASE_1)
    DealTerritoryFactory(deal=rc, region=worldwide)
    DealTerritoryFactory(deal=rc, region=greater_china, excluded=True)
    PaymentFactory(deal=rc, amount=Decimal("650000000"), source=release, quote=release.quote)
    PaymentFactory(
        deal=rc, kind=PaymentComponent.Kind.MILESTONES, amount=Decimal("4950000000"), order=1
    )
    RoyaltyFactory(deal=rc, wording="tiered double-digit royalties")
    DealEventFactory(deal=rc, kind="signed", date=date(2026, 1, 11))
    DealEventFactory(deal=rc, kind="announced", date=date(2026, 1, 12))
    d["rc148"] = rc

    # SciNeuro: an alias party name and undisclosed research funding.
    sci = DealFactory(
        title="SciNeuro licenses brain-shuttle antibody program to Novartis",
        conference=jpm,
        announced_on=date(2026, 1, 12),
        headline_amount=Decimal("1700000000"),
        headline_currency="USD",
    )
    _party(sci, c["sci"], DealParty.Role.LICENSOR, 0, name_as_reported="Sineuro")
    _party(sci, c["novartis"], DealParty.Role.LICENSEE, 1)
    DealAssetFactory(deal=sci, asset=a["shuttle"], phase_at_signing=Phase.PRECLINICAL)
    DealTerritoryFactory(deal=sci, region=worldwide)
    PaymentFactory(deal=sci, amount=Decimal("165000000"))
    PaymentFactory(
        deal=sci,
        kind=PaymentComponent.Kind.RESEARCH_FUNDING,
        disclosed=False,
        amount=None,
        currency="",
    )
    SourceFactory(deal=sci, url="https://example.org/sci-novartis", publisher="Novartis")
    d["sci"] = sci

    # Zonsen: an upfront only, milestones undisclosed (never $0).
    zon = DealFactory(
        title="Zonsen PepLib licenses peptide RLT candidates to Novartis",
        conference=jpm,
        announced_on=date(2026, 1, 13),
        exclusive=True,
    )
    _party(zon, c["zonsen"], DealParty.Role.LICENSOR, 0)
    _party(zon, c["novartis"], DealParty.Role.LICENSEE, 1)
    DealAssetFactory(deal=zon, asset=a["rlt"], phase_at_signing=Phase.PRECLINICAL)
    PaymentFactory(deal=zon, amount=Decimal("50000000"))
    PaymentFactory(
        deal=zon, kind=PaymentComponent.Kind.MILESTONES, disclosed=False, amount=None, currency=""
    )
    d["zonsen"] = zon

    # ALT-B4: in negotiation with an undisclosed partner.
    alt = DealFactory(
        title="Alteogen in final negotiations on ALT-B4",
        conference=jpm,
        status=Deal.Status.NEGOTIATION,
        announced_on=date(2026, 1, 14),
        deal_type=Deal.Type.PLATFORM_LICENSE,
    )
    _party(alt, c["alteogen"], DealParty.Role.LICENSOR, 0)
    _party(alt, None, DealParty.Role.LICENSEE, 1)
    DealAssetFactory(deal=alt, asset=a["altb4"], phase_at_signing="")
    d["altb4"] = alt

    # A Korean deal in won, announced before JPM and not linked to it ("around").
    hb = DealFactory(
        title="Hanbit Bio licenses HB-101 ADC to Yuhan",
        announced_on=date(2026, 1, 8),
        headline_amount=Decimal("150000000000"),
        headline_currency="KRW",
    )
    _party(hb, c["kbio"], DealParty.Role.LICENSOR, 0)
    _party(hb, c["yuhan"], DealParty.Role.LICENSEE, 1)
    DealAssetFactory(deal=hb, asset=a["hb101"], phase_at_signing=Phase.PRECLINICAL)
    PaymentFactory(deal=hb, amount=Decimal("10000000000"), currency="KRW")
    # Yuan with no FX rate on record: shown as "no FX rate", never converted 1:1.
    PaymentFactory(
        deal=hb, kind=PaymentComponent.Kind.OTHER, amount=Decimal("20000000"), currency="CNY"
    )
    d["hanbit"] = hb

    # An older deal, a year earlier, for the per-year chart.
    old = DealFactory(
        title="Alteogen licenses ALT-B4 to AstraZeneca",
        announced_on=date(2025, 3, 17),
        headline_amount=Decimal("1350000000"),
        headline_currency="USD",
    )
    _party(old, c["alteogen"], DealParty.Role.LICENSOR, 0)
    _party(old, CompanyFactory(name="AstraZeneca", country="GB"), DealParty.Role.LICENSEE, 1)
    DealAssetFactory(deal=old, asset=a["altb4"], phase_at_signing="")
    d["old"] = old

    # The internal deal: every text carries the marker.
    secret = DealFactory(
        title=f"{MARKER} Therapeutics option with AbbVie",
        visibility=Deal.Visibility.INTERNAL,
        conference=jpm,
        announced_on=date(2026, 1, 13),
        headline_amount=Decimal("9990000000"),
        headline_currency="USD",
        summary=f"{MARKER} summary",
        analyst_notes=f"{MARKER} analyst note",
    )
    _party(secret, c["remegen"], DealParty.Role.LICENSOR, 0, name_as_reported=MARKER)
    _party(secret, c["abbvie"], DealParty.Role.LICENSEE, 1)
    DealAssetFactory(deal=secret, asset=a["rc148"])
    PaymentFactory(deal=secret, amount=Decimal("777000000"))
    SourceFactory(deal=secret, url="https://example.org/zebrafinch", title=f"{MARKER} memo")
    world.internal = secret
    Region.objects.get_or_create(code="EU", defaults={"name": "European Union"})
    return world
