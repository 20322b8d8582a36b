"""factory-boy factories for every model the tests build."""

from datetime import date
from decimal import Decimal

import factory
from factory.django import DjangoModelFactory

from companies.models import (
    Asset,
    AssetAlias,
    Company,
    CompanyAlias,
    Modality,
    Phase,
    Target,
    TherapeuticArea,
)
from deals.models import (
    Conference,
    ConferenceSeries,
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


class TherapeuticAreaFactory(DjangoModelFactory):
    class Meta:
        model = TherapeuticArea
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Area {n}")


class TargetFactory(DjangoModelFactory):
    class Meta:
        model = Target
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"TGT{n}")
    gene_symbol = factory.LazyAttribute(lambda o: o.name.replace("-", "").upper())


class CompanyFactory(DjangoModelFactory):
    class Meta:
        model = Company

    name = factory.Sequence(lambda n: f"Company {n}")
    country = "US"
    company_type = Company.Type.BIOTECH


class CompanyAliasFactory(DjangoModelFactory):
    class Meta:
        model = CompanyAlias

    company = factory.SubFactory(CompanyFactory)
    name = factory.Sequence(lambda n: f"Alias {n}")


class AssetFactory(DjangoModelFactory):
    class Meta:
        model = Asset

    name = factory.Sequence(lambda n: f"DS-{n:03d}")
    owner = factory.SubFactory(CompanyFactory)
    modality = Modality.BISPECIFIC
    highest_phase = Phase.PHASE_1


class AssetAliasFactory(DjangoModelFactory):
    class Meta:
        model = AssetAlias

    asset = factory.SubFactory(AssetFactory)
    name = factory.Sequence(lambda n: f"DSX{n}")


class RegionFactory(DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ("code",)

    code = "WW"
    name = "Worldwide"


class FxRateFactory(DjangoModelFactory):
    class Meta:
        model = FxRate
        django_get_or_create = ("currency", "date")

    currency = "KRW"
    date = date(2026, 1, 2)
    usd_per_unit = Decimal("0.00068")


class ConferenceSeriesFactory(DjangoModelFactory):
    class Meta:
        model = ConferenceSeries
        django_get_or_create = ("name",)

    name = "J.P. Morgan Healthcare Conference"
    short_name = "JPM"


class ConferenceFactory(DjangoModelFactory):
    class Meta:
        model = Conference

    series = factory.SubFactory(ConferenceSeriesFactory)
    year = factory.Sequence(lambda n: 2000 + n)
    name = factory.LazyAttribute(lambda o: f"{o.series.short_name or o.series.name} {o.year}")
    start_date = factory.LazyAttribute(lambda o: date(o.year, 1, 12))
    end_date = factory.LazyAttribute(lambda o: date(o.year, 1, 16))
    city = "San Francisco"
    country = "US"
    timezone = "America/Los_Angeles"


class DealFactory(DjangoModelFactory):
    class Meta:
        model = Deal

    title = factory.Sequence(lambda n: f"Deal {n}")
    deal_type = Deal.Type.LICENSE
    status = Deal.Status.ANNOUNCED
    announced_on = date(2026, 1, 12)


class DealPartyFactory(DjangoModelFactory):
    class Meta:
        model = DealParty

    deal = factory.SubFactory(DealFactory)
    company = factory.SubFactory(CompanyFactory)
    role = DealParty.Role.LICENSOR


class DealAssetFactory(DjangoModelFactory):
    class Meta:
        model = DealAsset

    deal = factory.SubFactory(DealFactory)
    asset = factory.SubFactory(AssetFactory)
    phase_at_signing = Phase.PHASE_1


class DealTerritoryFactory(DjangoModelFactory):
    class Meta:
        model = DealTerritory

    deal = factory.SubFactory(DealFactory)
    region = factory.SubFactory(RegionFactory)


class SourceFactory(DjangoModelFactory):
    class Meta:
        model = Source

    deal = factory.SubFactory(DealFactory)
    url = factory.Sequence(lambda n: f"https://example.org/news/{n}")
    publisher = "Example Wire"
    title = factory.Sequence(lambda n: f"Press release {n}")
    published_on = date(2026, 1, 12)


class PaymentFactory(DjangoModelFactory):
    class Meta:
        model = PaymentComponent

    deal = factory.SubFactory(DealFactory)
    kind = PaymentComponent.Kind.UPFRONT_CASH
    amount = Decimal("50000000.00")
    currency = "USD"


class RoyaltyFactory(DjangoModelFactory):
    class Meta:
        model = Royalty

    deal = factory.SubFactory(DealFactory)
    tiered = True
    wording = "tiered royalties"


class DealEventFactory(DjangoModelFactory):
    class Meta:
        model = DealEvent

    deal = factory.SubFactory(DealFactory)
    kind = DealEvent.Kind.ANNOUNCED
    date = date(2026, 1, 12)


def build_rc148_like_deal(*, visibility: str = "public") -> Deal:
    """The RC148 deal of the JPM 2026 demo, built from factories (demo data may be absent).

    RemeGen (CN) licenses RC148 (PD-1 × VEGF bispecific) to AbbVie (US): up to $5.6B headline,
    $650M upfront, up to $4.95B milestones, tiered double-digit royalties, worldwide excluding
    Greater China, announced at JPM 2026 on 2026-01-12. Source URLs are placeholders.
    """
    jpm = Conference.objects.filter(slug="jpm-2026").first() or ConferenceFactory(
        name="JPM 2026", slug="jpm-2026", year=2026
    )
    remegen = CompanyFactory(name="RemeGen", local_name="荣昌生物", country="CN")
    abbvie = CompanyFactory(name="AbbVie", country="US", company_type=Company.Type.BIG_PHARMA)
    pd1 = TargetFactory(name="PD-1", gene_symbol="PDCD1")
    vegf = TargetFactory(name="VEGF-A", gene_symbol="VEGFA")
    oncology = TherapeuticAreaFactory(name="Oncology")
    rc148 = AssetFactory(name="RC148", owner=remegen, modality=Modality.BISPECIFIC)
    rc148.targets.set([pd1, vegf])
    rc148.therapeutic_areas.set([oncology])
    RegionFactory(code="WW", name="Worldwide")
    greater_china = RegionFactory(code="GREATER_CHINA", name="Greater China")
    greater_china.countries = ["CN", "HK", "MO", "TW"]
    greater_china.save()

    deal = DealFactory(
        title="RemeGen licenses RC148 to AbbVie",
        deal_type=Deal.Type.LICENSE,
        status=Deal.Status.ANNOUNCED,
        exclusive=True,
        visibility=visibility,
        announced_on=date(2026, 1, 12),
        conference=jpm,
        headline_amount=Decimal("5600000000.00"),
        headline_currency="USD",
        headline_quote="up to $5.6 billion",
        analyst_notes="Internal: compare with the SSGJ-707 deal.",
    )
    release = SourceFactory(
        deal=deal,
        url="https://example.org/remegen-abbvie-rc148",
        publisher="RemeGen",
        title="RemeGen and AbbVie enter into license agreement for RC148",
        quote="RemeGen will receive an upfront payment of US$650 million.",
    )
    deal.headline_source = release
    deal.save()
    DealPartyFactory(deal=deal, company=remegen, role=DealParty.Role.LICENSOR, order=0)
    DealPartyFactory(deal=deal, company=abbvie, role=DealParty.Role.LICENSEE, order=1)
    DealAssetFactory(deal=deal, asset=rc148, phase_at_signing=Phase.PHASE_1)
    DealTerritoryFactory(deal=deal, region=Region.objects.get(code="WW"))
    DealTerritoryFactory(deal=deal, region=greater_china, excluded=True)
    PaymentFactory(
        deal=deal,
        kind=PaymentComponent.Kind.UPFRONT_CASH,
        amount=Decimal("650000000.00"),
        source=release,
        quote="an upfront payment of US$650 million",
        order=0,
    )
    PaymentFactory(
        deal=deal,
        kind=PaymentComponent.Kind.MILESTONES,
        amount=Decimal("4950000000.00"),
        contingent=True,
        order=1,
    )
    RoyaltyFactory(deal=deal, tiered=True, wording="tiered double-digit royalties")
    DealEventFactory(deal=deal, kind=DealEvent.Kind.ANNOUNCED, description="Announced at JPM")
    return deal
