"""Transactions and events: deals, their parties, assets, money terms, sources and conferences.

One module per concern: ``reference`` (regions, FX rates, validators), ``conferences``,
``deal`` (the deal and its queryset) and ``terms`` (what a deal is made of).
"""

from deals.measures import MONEY
from deals.models.conferences import Conference, ConferenceSeries
from deals.models.deal import Deal, DealQuerySet
from deals.models.facts import (
    BreakdownTotal,
    BreakdownTotalsVersion,
    DealGroupFact,
    StoredStatistics,
)
from deals.models.profile import CompanyFigures
from deals.models.reference import (
    CURRENCY_SHAPE,
    FxRate,
    Region,
    validate_currency,
    validate_timezone,
)
from deals.models.rights import AssetUnavailability, RightsScope
from deals.models.search import DealSearchDocument
from deals.models.terms import (
    DealAsset,
    DealEvent,
    DealParty,
    DealTerritory,
    PaymentComponent,
    Royalty,
    Source,
)
from deals.models.version import DataVersion

__all__ = [
    "CURRENCY_SHAPE",
    "MONEY",
    "AssetUnavailability",
    "BreakdownTotal",
    "BreakdownTotalsVersion",
    "CompanyFigures",
    "Conference",
    "ConferenceSeries",
    "DataVersion",
    "Deal",
    "DealAsset",
    "DealEvent",
    "DealGroupFact",
    "DealParty",
    "DealQuerySet",
    "DealSearchDocument",
    "DealTerritory",
    "FxRate",
    "PaymentComponent",
    "Region",
    "RightsScope",
    "Royalty",
    "Source",
    "StoredStatistics",
    "validate_currency",
    "validate_timezone",
]
