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
