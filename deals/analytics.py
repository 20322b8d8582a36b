"""Comparables and analytics: the questions BD analysts ask a deal database, answered in SQL.

Three things live here, all starting from ``Deal.objects.visible_to(user)`` (callers pass the
visible queryset; nothing here widens it):

- **Comparables** — :class:`CompsFilterSet` turns criteria (or "like this deal / asset") into
  the matching deals; :func:`comps_statistics` summarises their money terms.
- **Analytics** — :func:`breakdown` counts deals and sums disclosed value per period (year,
  quarter) and group (licensor country, modality, therapeutic area, deal type) in ONE query.
- **Conference report** — :func:`conference_report` compares a conference with the previous
  edition of its series, by licensor country and modality.

Statistics are defined once, in :data:`DEFINITIONS`, and shown verbatim in the UI and the API
schema. Percentiles are PostgreSQL's ``percentile_cont`` (continuous, linearly interpolated);
SQLite has no such function, so there the disclosed values are fetched in one query and the
same interpolation is done in Python with Decimals (:func:`percentile_cont`).
"""

# The SQL assembled here interpolates only aliases and expressions written in this module and
# SQL the ORM generated; every value travels as a parameter.
# ruff: noqa: S608

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

import django_filters
from django import forms
from django.db import connections
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Sum,
    Value,
    When,
)
from django.db.models.functions import ExtractQuarter, ExtractYear
from django.urls import reverse
from django_countries import countries
from django_filters import fields as filter_fields

from companies.models import Asset, Modality, Phase, Target, TherapeuticArea
from core.money import compact_money, plus
from core.result_cache import cached, query_key
from deals.filters import DealFilterSet, _asset_exists, _party_exists
from deals.models import (
    Conference,
    Deal,
    DealAsset,
    DealParty,
    DealTerritory,
    PaymentComponent,
    Region,
)

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
    from django.http import HttpRequest

    User = AbstractBaseUser | AnonymousUser | None

CENT = Decimal("0.01")
SHARE_STEP = Decimal("0.0001")  # shares are fractions, reported to a hundredth of a percent
QUARTILES = (Decimal("0.25"), Decimal("0.5"), Decimal("0.75"))

# Shown beside every statistic (HTML) and in the API schema: one wording, one place.
DEFINITIONS: dict[str, str] = {
    "upfront": "Upfront: disclosed upfront cash plus upfront equity, converted to US dollars at "
    "the rate on the announcement date.",
    "headline": "Headline: the total value as reported (“up to $5.6B”), in US dollars. "
    "Mostly contingent milestones.",
    "total_potential": "Total potential: the larger of the reported headline and the sum of all "
    "disclosed payment terms, in US dollars.",
    "disclosed": "Disclosed: deals where the amount is known in US dollars. Deals whose amount "
    "was not disclosed are counted separately and never enter a statistic as zero.",
    "no_fx_rate": "No FX rate: the amount was reported in a currency with no known rate on the "
    "announcement date, so it has no US dollar value and is left out (not counted as zero).",
    "percentile": "Percentiles are continuous (PostgreSQL percentile_cont): sort the n disclosed "
    "values v₀…vₙ₋₁, take position h = p × (n − 1), and interpolate linearly between "
    "v⌊h⌋ and v⌈h⌉. The 25th percentile is p = 0.25, the 75th p = 0.75.",
    "median": "Median: the 50th percentile. With an even number of values it is the mean of the "
    "two middle values; with an odd number, the middle value.",
    "upfront_share": "Upfront share: for each deal with both a disclosed upfront and a reported "
    "headline, upfront ÷ headline; the statistic is the median of those ratios.",
    "no_terms": "No disclosed terms: deals with neither a reported headline nor any disclosed "
    "payment amount.",
    "rounding": "Money statistics are rounded to the cent, shares to 0.01 percentage point "
    "(half up).",
}

ANALYTICS_DEFINITIONS: dict[str, str] = {
    "deals": "Deals: deals announced in the period (deals without an announcement date, such as "
    "those still in negotiation, are left out of the time series).",
    "value": "Disclosed value: the sum of each deal's total potential value in US dollars (the "
    "reported headline, or the sum of disclosed terms when larger); deals with nothing disclosed "
    "add nothing and are counted in “deals with value” only when they have one.",
    "upfront": DEFINITIONS["upfront"],
    "licensor_country": "Licensor country: the home country of the deal's first named licensor "
    "(or acquisition target). China is CN, HK and MO; Europe is the EEA, the UK and Switzerland. "
    "“Not disclosed” means no licensor is named or its country is not on record.",
    "modality": "Modality: the modality of each asset in the deal. A deal covering two "
    "modalities counts once in each, so groups can add up to more than the total.",
    "therapeutic_area": "Therapeutic area: the areas of the deal's assets. A deal spanning two "
    "areas counts once in each, so groups can add up to more than the total.",
    "deal_type": "Deal type: license, option, collaboration, acquisition and so on, as recorded.",
}


# --- percentiles ------------------------------------------------------------------------------


def _percentile_sql(column: str, fraction: Decimal) -> str:
    """PostgreSQL ``percentile_cont(fraction) WITHIN GROUP (ORDER BY column)`` as a numeric.

    ``percentile_cont`` computes in double precision; the cast back to numeric keeps 15
    significant digits, so results are exact to the cent for amounts below $100 billion once
    rounded (see :func:`_money`). NULLs are ignored, as by every SQL aggregate. ``column`` is
    an alias chosen in this module and ``fraction`` one of :data:`QUARTILES`, never user input.
    """
    return f"CAST(PERCENTILE_CONT({fraction:f}) WITHIN GROUP (ORDER BY {column}) AS numeric)"


def percentile_cont(sorted_values: Sequence[Decimal], fraction: Decimal) -> Decimal | None:
    """``percentile_cont`` in Python, exactly: linear interpolation at h = fraction × (n − 1).

    The SQLite fallback. ``sorted_values`` must be ascending; None when there are none.
    """
    n = len(sorted_values)
    if n == 0:
        return None
    position = fraction * (n - 1)
    lower = math.floor(position)
    upper = math.ceil(position)
    low_value = sorted_values[lower]
    return low_value + (position - lower) * (sorted_values[upper] - low_value)


def _money(value: Decimal | None) -> Decimal | None:
    return None if value is None else Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def _share(value: Decimal | None) -> Decimal | None:
    return None if value is None else Decimal(value).quantize(SHARE_STEP, rounding=ROUND_HALF_UP)


def _is_postgres(queryset: QuerySet) -> bool:
    return connections[queryset.db].vendor == "postgresql"


# --- comps criteria ---------------------------------------------------------------------------


class _UpperCodesField(filter_fields.MultipleChoiceField):
    """Several upper-case codes (``kr`` reads as ``KR``); each bad code is named in the error."""

    def to_python(self, value: Any) -> list[str]:
        return [str(v).strip().upper() for v in super().to_python(value)]


class CountryCodesField(_UpperCodesField):
    default_error_messages = {
        "invalid_choice": "“%(value)s” is not an ISO 3166-1 alpha-2 country code (e.g. US, KR).",
    }


class TerritoryCodesField(_UpperCodesField):
    default_error_messages = {
        "invalid_choice": "“%(value)s” is neither an ISO 3166-1 alpha-2 country code nor a "
        "region code (e.g. US, WW, GREATER_CHINA).",
    }


class CountriesFilter(django_filters.MultipleChoiceFilter):
    field_class = CountryCodesField


class TerritoriesFilter(django_filters.MultipleChoiceFilter):
    field_class = TerritoryCodesField


def _territory_choices() -> list[tuple[str, str]]:
    regions = [(code, name) for code, name in Region.objects.values_list("code", "name")]
    return regions + [(code, name) for code, name in countries]


def _multi_choice(
    choices: Any, *, label: str, method: str, noun: str, help_text: str = ""
) -> django_filters.MultipleChoiceFilter:
    return django_filters.MultipleChoiceFilter(
        choices=choices,
        label=label,
        method=method,
        help_text=help_text,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": f"“%(value)s” is not a known {noun}."},
    )


def _multi_slug(
    model: type, *, label: str, method: str
) -> django_filters.ModelMultipleChoiceFilter:
    noun = model._meta.verbose_name
    return django_filters.ModelMultipleChoiceFilter(
        queryset=model.objects.all(),
        to_field_name="slug",
        label=label,
        method=method,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": f"No {noun} with slug “%(value)s”."},
    )


# Criteria that "like this deal / asset" fills. Other criteria (dates, country, territory,
# deal type) always combine with them.
FILLABLE = ("modality", "target", "therapeutic_area", "phase_at_signing")
# The comps criteria of the issue, in the order the form shows them.
CRITERIA = (
    "modality",
    "target",
    "therapeutic_area",
    "phase_at_signing",
    "deal_type",
    "licensor_country",
    "territory",
    "announced_after",
    "announced_before",
)


def _any_of(method: Any) -> Any:
    """Skip a multi-value filter with no values (an empty selection is "any", not "none")."""

    def wrapper(self: Any, queryset: QuerySet[Deal], name: str, value: Any) -> QuerySet[Deal]:
        # django-filter skips [] but not the empty QuerySet a ModelMultipleChoiceField returns.
        values = _listed(value)
        return method(self, queryset, name, values) if values else queryset

    return wrapper


class CompsFilterSet(DealFilterSet):
    """Comparable-deal criteria: ``DealFilterSet`` with several values per criterion.

    Every ``DealFilterSet`` parameter works here with the same meaning (a URL copied from
    ``/deals/`` works on ``/comps/``). The criteria below accept several values, repeated
    (``target=pd-1&target=vegf-a``): a deal matches when it matches ANY value of a parameter
    and ALL parameters. One value means exactly what it means on ``/deals/``.

    ``like_deal=<slug>`` / ``like_asset=<slug>`` fill modality, target, therapeutic area and
    phase from that deal's assets (or the asset itself, its highest phase standing for the phase
    at signing) when none of those four is given, and always leave out the deal itself (or the
    asset's own deals). With explicit criteria they only do the leaving out, so a form that
    unticks one filled criterion keeps it unticked.
    """

    modality = _multi_choice(
        Modality.choices, label="Modality", method="filter_modality", noun="modality"
    )
    target = _multi_slug(Target, label="Target", method="filter_target")
    therapeutic_area = _multi_slug(
        TherapeuticArea, label="Therapeutic area", method="filter_therapeutic_area"
    )
    phase_at_signing = _multi_choice(
        Phase.choices, label="Phase at signing", method="filter_phase_at_signing", noun="phase"
    )
    deal_type = _multi_choice(
        Deal.Type.choices, label="Deal type", method="filter_deal_type", noun="deal type"
    )
    licensor_country = CountriesFilter(
        choices=lambda: list(countries),
        label="Licensor country",
        method="filter_licensor_country",
        help_text="ISO 3166-1 alpha-2 code of a licensor's home country.",
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    territory = TerritoriesFilter(
        choices=_territory_choices,
        label="Territory",
        method="filter_territory",
        help_text="A country or region code the licensed territory covers: included (directly, "
        "through a region, or worldwide) and not excluded.",
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    like_deal = django_filters.CharFilter(
        label="Like deal",
        method="filter_like_deal",
        max_length=80,
        help_text="Slug of a deal: fills the criteria from it and leaves it out.",
        widget=forms.TextInput(attrs={"placeholder": "deal slug"}),
    )
    like_asset = django_filters.CharFilter(
        label="Like asset",
        method="filter_like_asset",
        max_length=80,
        help_text="Slug of an asset: fills the criteria from it and leaves out its own deals.",
        widget=forms.TextInput(attrs={"placeholder": "asset slug"}),
    )

    def __init__(
        self,
        data: Any = None,
        queryset: QuerySet[Deal] | None = None,
        *,
        request: HttpRequest | None = None,
        **kwargs: Any,
    ) -> None:
        user = getattr(request, "user", None)
        # "Like" lookups see what the user may see: an internal deal's slug is "not found".
        self.visible = Deal.objects.visible_to(user)
        self.like_deal: Deal | None = None
        self.like_asset: Asset | None = None
        self.filled: dict[str, list[str]] = {}
        self._like_errors: dict[str, str] = {}
        if data is not None:
            data = self._fill_from_like(data)
        super().__init__(data, queryset, request=request, **kwargs)

    # --- like this deal / asset ----------------------------------------------------------------

    def _fill_from_like(self, data: Any) -> Any:
        deal_slug = (data.get("like_deal") or "").strip()
        asset_slug = (data.get("like_asset") or "").strip()
        if deal_slug:
            self.like_deal = self.visible.filter(slug=deal_slug).first()
            if self.like_deal is None:
                self._like_errors["like_deal"] = f"No deal with slug “{deal_slug}”."
        if asset_slug:
            self.like_asset = Asset.objects.filter(slug=asset_slug).first()
            if self.like_asset is None:
                self._like_errors["like_asset"] = f"No asset with slug “{asset_slug}”."
        if deal_slug and asset_slug:
            self._like_errors["like_asset"] = "Give like_deal or like_asset, not both."
        source = self.like_deal or self.like_asset
        if source is None or self._like_errors:
            return data
        if any(v.strip() for key in FILLABLE for v in _getlist(data, key)):
            return data  # explicit criteria win; "like" only leaves the subject out
        self.filled = like_criteria(source)
        if not hasattr(data, "setlist"):
            return {**data, **self.filled}
        filled = data.copy()
        for key, values in self.filled.items():
            filled.setlist(key, values)
        return filled

    def is_valid(self) -> bool:
        valid = super().is_valid()
        for name, message in self._like_errors.items():
            if name not in self.form.errors:
                self.form.add_error(name, message)
        return valid and not self._like_errors

    def filter_like_deal(self, queryset: QuerySet[Deal], name: str, value: str) -> QuerySet[Deal]:
        return queryset.exclude(pk=self.like_deal.pk) if self.like_deal else queryset

    def filter_like_asset(self, queryset: QuerySet[Deal], name: str, value: str) -> QuerySet[Deal]:
        if self.like_asset is None:
            return queryset
        return queryset.exclude(_asset_exists(asset=self.like_asset))

    # --- several values per criterion: any of them ---------------------------------------------

    @_any_of
    def filter_modality(self, queryset: QuerySet[Deal], name: str, value: Any) -> QuerySet[Deal]:
        return queryset.filter(_asset_exists(asset__modality__in=_listed(value)))

    @_any_of
    def filter_target(self, queryset: QuerySet[Deal], name: str, value: Any) -> QuerySet[Deal]:
        return queryset.filter(_asset_exists(asset__targets__in=_listed(value)))

    @_any_of
    def filter_therapeutic_area(
        self, queryset: QuerySet[Deal], name: str, value: Any
    ) -> QuerySet[Deal]:
        return queryset.filter(_asset_exists(asset__therapeutic_areas__in=_listed(value)))

    @_any_of
    def filter_phase_at_signing(
        self, queryset: QuerySet[Deal], name: str, value: Any
    ) -> QuerySet[Deal]:
        return queryset.filter(_asset_exists(phase_at_signing__in=_listed(value)))

    @_any_of
    def filter_deal_type(self, queryset: QuerySet[Deal], name: str, value: Any) -> QuerySet[Deal]:
        return queryset.filter(deal_type__in=_listed(value))

    @_any_of
    def filter_licensor_country(
        self, queryset: QuerySet[Deal], name: str, value: Any
    ) -> QuerySet[Deal]:
        return queryset.filter(
            _party_exists(company__country__in=_listed(value), role=DealParty.Role.LICENSOR)
        )

    @_any_of
    def filter_territory(self, queryset: QuerySet[Deal], name: str, value: Any) -> QuerySet[Deal]:
        condition = Q()
        for code in _listed(value):
            condition |= _territory_covers(code)
        return queryset.filter(condition)

    # --- for the UI ----------------------------------------------------------------------------

    def criteria_summary(self) -> list[tuple[str, str]]:
        """(label, readable values) for each criterion in force, as the user would say it."""
        if not self.is_bound or not self.is_valid():
            return []
        summary = []
        for name in (*CRITERIA, "status", "q"):
            value = self.form.cleaned_data.get(name)
            if isinstance(value, QuerySet):
                value = list(value)  # an empty selection comes back as an empty QuerySet
            if value in (None, "", [], ()):
                continue
            field = self.form.fields[name]
            summary.append((str(field.label), _readable(field, value)))
        return summary


def _getlist(data: Any, key: str) -> list[str]:
    if hasattr(data, "getlist"):
        return data.getlist(key)
    value = data.get(key)
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]


def _listed(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple | QuerySet) else [value]


def _readable(field: forms.Field, value: Any) -> str:
    """ "PD-1, VEGF-A" for slugs, "Bispecific antibody" for a choice, "2026-01-12" for a date."""
    if isinstance(value, QuerySet) or hasattr(value, "_meta"):
        return ", ".join(str(item) for item in _listed(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    # Iterate rather than test truthiness: django-filter's lazy choices (countries) have no len().
    choices = getattr(field, "choices", None)
    labels = dict(choices) if choices is not None else {}
    items = value if isinstance(value, list | tuple) else [value]
    return ", ".join(str(labels.get(item, item)) for item in items)


def _territory_covers(code: str) -> Q:
    """Deals whose territory covers ``code`` (a country or a region code) and does not exclude it.

    A country is covered by an included line naming it, by an included region listing it, or by
    Worldwide (``WW``); a region is covered when it or Worldwide is included. An excluded line
    naming the country (or a region listing it) takes the deal out.
    """
    lines = DealTerritory.objects.filter(deal=OuterRef("pk"))
    if len(code) == 2 and code in countries:
        reach = Q(country=code) | Q(region__countries__contains=code)
        included = lines.filter(reach | Q(region__code="WW"), excluded=False)
        excluded = lines.filter(reach, excluded=True)
    else:
        included = lines.filter(Q(region__code=code) | Q(region__code="WW"), excluded=False)
        excluded = lines.filter(region__code=code, excluded=True)
    return Q(Exists(included)) & ~Q(Exists(excluded))


def like_criteria(source: Deal | Asset) -> dict[str, list[str]]:
    """The criteria "like this deal / asset" fills: modalities, target and area slugs, phases."""
    if isinstance(source, Deal):
        deal_assets = list(
            DealAsset.objects.filter(deal=source)
            .select_related("asset")
            .prefetch_related("asset__targets", "asset__therapeutic_areas")
        )
        assets = [da.asset for da in deal_assets]
        phases = [da.phase_at_signing for da in deal_assets if da.phase_at_signing]
    else:
        assets = [Asset.objects.prefetch_related("targets", "therapeutic_areas").get(pk=source.pk)]
        phases = [source.highest_phase] if source.highest_phase else []
    criteria = {
        "modality": _unique(a.modality for a in assets if a.modality),
        "target": _unique(t.slug for a in assets for t in a.targets.all()),
        "therapeutic_area": _unique(t.slug for a in assets for t in a.therapeutic_areas.all()),
        "phase_at_signing": _unique(phases),
    }
    return {key: values for key, values in criteria.items() if values}


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


# --- comps statistics -------------------------------------------------------------------------


@dataclass(frozen=True)
class Distribution:
    """One money measure over the matching deals: how many disclosed it, and its spread."""

    measure: str
    disclosed: int
    undisclosed: int  # deals without a US dollar value (includes no_fx_rate)
    no_fx_rate: int
    median: Decimal | None
    p25: Decimal | None
    p75: Decimal | None
    minimum: Decimal | None
    maximum: Decimal | None
    values: tuple[Decimal, ...] | None = None  # sorted; only when asked for (strip plots)

    @property
    def label(self) -> str:
        return MEASURE_LABELS[self.measure]


@dataclass(frozen=True)
class Share:
    """Upfront as a share of the reported headline, over deals that disclose both."""

    deals: int
    median: Decimal | None
    p25: Decimal | None
    p75: Decimal | None
    missing: int = 0  # matching deals lacking an upfront or a headline in US dollars

    @staticmethod
    def percent(value: Decimal | None) -> str:
        """ "9.85%" from 0.0985; empty when there is no value."""
        return "" if value is None else f"{(value * 100).quantize(CENT)}%"

    @property
    def median_percent(self) -> str:
        return self.percent(self.median)

    @property
    def p25_percent(self) -> str:
        return self.percent(self.p25)

    @property
    def p75_percent(self) -> str:
        return self.percent(self.p75)


@dataclass(frozen=True)
class CompsStatistics:
    """Statistics over a set of comparable deals (see :data:`DEFINITIONS`)."""

    count: int
    upfront: Distribution
    headline: Distribution
    total_potential: Distribution
    upfront_share: Share
    no_terms: int

    @property
    def distributions(self) -> tuple[Distribution, ...]:
        return (self.upfront, self.headline, self.total_potential)


MEASURE_LABELS = {
    "upfront": "Upfront",
    "headline": "Headline (reported)",
    "total_potential": "Total potential",
}
STRIP_LIMIT = 1000  # beyond this many deals a strip of dots says nothing a box plot does not


def deal_totals_sql(deals: QuerySet[Deal], **extra: Any) -> tuple[str, tuple[Any, ...]]:
    """SQL for one row per deal of ``deals`` with its money totals, and its parameters.

    Columns: ``did`` (the deal's id), ``headline_usd``, ``headline_reported`` (1/0),
    ``upfront_usd``, ``disclosed_usd``, ``value_usd`` (total potential), ``upfront_no_fx`` and
    ``payment_no_fx`` (disclosed amounts without a USD value), ``any_payment`` (1/0), plus the
    ``extra`` annotations by name.

    The totals follow ``DealQuerySet.with_totals()`` to the letter (upfront = disclosed upfront
    cash + equity; total potential = the larger of the headline and the disclosed sum, either
    when the other is unknown), but come from ONE grouped pass over the payments joined to the
    deals. ``with_totals()`` uses correlated subqueries, which PostgreSQL runs per deal (twice
    for the total potential): fine for a page of 50 deals, seconds for 100,000.
    """
    if deals.query.is_empty():
        # .none() compiles to no SQL at all; an always-false filter keeps the shape.
        deals = deals.model.objects.filter(pk__isnull=True)
    base = (
        deals.order_by()
        .annotate(
            did=F("pk"),
            headline_usd=F("headline_amount_usd"),
            headline_reported=Case(
                When(headline_amount__isnull=False, then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            ),
            **extra,
        )
        .values("did", "headline_usd", "headline_reported", *extra)
    )
    upfront = Q(kind__in=PaymentComponent.UPFRONT_KINDS)
    payments = (
        PaymentComponent.objects.filter(disclosed=True, deal__in=deals.order_by().values("pk"))
        .order_by()
        .values("deal_id")
        .annotate(
            p_disclosed=Sum("amount_usd"),
            p_upfront=Sum("amount_usd", filter=upfront),
            p_upfront_no_fx=Count("pk", filter=upfront & Q(amount_usd__isnull=True)),
            p_no_fx=Count("pk", filter=Q(amount_usd__isnull=True)),
        )
    )
    base_sql, base_params = base.query.sql_with_params()
    pay_sql, pay_params = payments.query.sql_with_params()
    sql = (
        "SELECT d.*, p.p_upfront AS upfront_usd, p.p_disclosed AS disclosed_usd, "  # nosec B608
        "CASE WHEN p.p_disclosed IS NULL THEN d.headline_usd "
        "WHEN d.headline_usd IS NULL THEN p.p_disclosed "
        "WHEN p.p_disclosed > d.headline_usd THEN p.p_disclosed "
        "ELSE d.headline_usd END AS value_usd, "
        "COALESCE(p.p_upfront_no_fx, 0) AS upfront_no_fx, "
        "COALESCE(p.p_no_fx, 0) AS payment_no_fx, "
        "CASE WHEN p.deal_id IS NULL THEN 0 ELSE 1 END AS any_payment "
        f"FROM ({base_sql}) d LEFT JOIN ({pay_sql}) p ON p.deal_id = d.did"
    )
    return sql, (*base_params, *pay_params)


# measure → its column in deal_totals_sql()
COLUMNS = {"upfront": "upfront_usd", "headline": "headline_usd", "total_potential": "value_usd"}


def _fetch(deals: QuerySet[Deal], sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    with connections[deals.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def comps_statistics(deals: QuerySet[Deal], *, with_values: bool = False) -> CompsStatistics:
    """:func:`_comps_statistics`, cached by data version under the deals' SQL."""
    key = query_key(deals)
    return cached(
        "comps-statistics", key and (key, with_values),
        lambda: _comps_statistics(deals, with_values=with_values),
    )  # fmt: skip


def _comps_statistics(deals: QuerySet[Deal], *, with_values: bool = False) -> CompsStatistics:
    """Count, disclosed counts, median, quartiles, min and max of upfront, headline and total.

    ``deals`` is the visible, filtered queryset. One query: on PostgreSQL an aggregate with
    ``percentile_cont``; elsewhere the per-deal values, from which :func:`percentile_cont`
    computes the same numbers exactly. ``with_values`` also returns the sorted values for a
    strip plot (one more query on PostgreSQL, and only for up to :data:`STRIP_LIMIT` deals).
    """
    totals_sql, params = deal_totals_sql(deals)
    if _is_postgres(deals):
        stats = _statistics_in_database(deals, totals_sql, params)
        if with_values and stats.count <= STRIP_LIMIT:
            stats = _with_values(stats, _value_rows(deals, totals_sql, params))
        return stats
    return _statistics_in_python(_value_rows(deals, totals_sql, params), with_values=with_values)


def _statistics_in_database(
    deals: QuerySet[Deal], totals_sql: str, params: tuple[Any, ...]
) -> CompsStatistics:
    columns = ["COUNT(*)"]
    for column in COLUMNS.values():
        columns += [f"COUNT({column})", f"MIN({column})", f"MAX({column})"]
        columns += [_percentile_sql(column, fraction) for fraction in QUARTILES]
    columns += [
        "SUM(CASE WHEN upfront_no_fx > 0 THEN 1 ELSE 0 END)",
        "SUM(CASE WHEN headline_reported = 1 AND headline_usd IS NULL THEN 1 ELSE 0 END)",
        "SUM(CASE WHEN value_usd IS NULL AND (payment_no_fx > 0 OR headline_reported = 1) "
        "THEN 1 ELSE 0 END)",
        "SUM(CASE WHEN headline_reported = 0 AND any_payment = 0 THEN 1 ELSE 0 END)",
        "COUNT(share)",
        *(_percentile_sql("share", fraction) for fraction in QUARTILES),
    ]
    sql = (
        f"SELECT {', '.join(columns)} FROM (SELECT t.*, "  # nosec B608
        f"upfront_usd / NULLIF(headline_usd, 0) AS share FROM ({totals_sql}) t) s"
    )
    row = list(_fetch(deals, sql, params)[0])
    n = row.pop(0)
    measures = {}
    for measure in COLUMNS:
        disclosed, low, high, p25, median, p75 = row[:6]
        del row[:6]
        measures[measure] = (disclosed, low, high, p25, median, p75)
    upfront_no_fx, headline_no_fx, total_no_fx, no_terms, share_n, s25, s50, s75 = row
    no_fx = {"upfront": upfront_no_fx, "headline": headline_no_fx, "total_potential": total_no_fx}

    def distribution(measure: str) -> Distribution:
        disclosed, low, high, p25, median, p75 = measures[measure]
        return Distribution(
            measure=measure,
            disclosed=disclosed,
            undisclosed=n - disclosed,
            no_fx_rate=no_fx[measure] or 0,
            median=_money(median),
            p25=_money(p25),
            p75=_money(p75),
            minimum=_money(low),
            maximum=_money(high),
        )

    return CompsStatistics(
        count=n,
        upfront=distribution("upfront"),
        headline=distribution("headline"),
        total_potential=distribution("total_potential"),
        upfront_share=Share(
            deals=share_n,
            median=_share(s50),
            p25=_share(s25),
            p75=_share(s75),
            missing=n - share_n,
        ),
        no_terms=no_terms or 0,
    )


def _value_rows(deals: QuerySet[Deal], totals_sql: str, params: tuple[Any, ...]) -> list[tuple]:
    """Per deal: upfront, headline, total (Decimal or None), then the flags, in one query."""
    sql = (
        "SELECT upfront_usd, headline_usd, value_usd, headline_reported, "  # nosec B608
        f"upfront_no_fx, payment_no_fx, any_payment FROM ({totals_sql}) t"
    )
    return [
        (_to_decimal(r[0]), _to_decimal(r[1]), _to_decimal(r[2]), *r[3:])
        for r in _fetch(deals, sql, params)
    ]


def _with_values(stats: CompsStatistics, rows: list[tuple]) -> CompsStatistics:
    replaced = {}
    for index, measure in enumerate(COLUMNS):
        dist: Distribution = getattr(stats, measure)
        values = tuple(sorted(r[index] for r in rows if r[index] is not None))
        replaced[measure] = Distribution(**{**dist.__dict__, "values": values})
    return CompsStatistics(
        count=stats.count,
        upfront=replaced["upfront"],
        headline=replaced["headline"],
        total_potential=replaced["total_potential"],
        upfront_share=stats.upfront_share,
        no_terms=stats.no_terms,
    )


def _statistics_in_python(rows: list[tuple], *, with_values: bool) -> CompsStatistics:
    """The SQLite fallback: exact Decimal arithmetic over the per-deal values (cents)."""
    n = len(rows)
    no_fx = {
        "upfront": sum(1 for r in rows if r[4]),
        "headline": sum(1 for r in rows if r[3] and r[1] is None),
        "total_potential": sum(1 for r in rows if r[2] is None and (r[5] or r[3])),
    }

    def distribution(measure: str, index: int) -> Distribution:
        values = sorted(r[index] for r in rows if r[index] is not None)
        return Distribution(
            measure=measure,
            disclosed=len(values),
            undisclosed=n - len(values),
            no_fx_rate=no_fx[measure],
            median=_money(percentile_cont(values, QUARTILES[1])),
            p25=_money(percentile_cont(values, QUARTILES[0])),
            p75=_money(percentile_cont(values, QUARTILES[2])),
            minimum=values[0] if values else None,
            maximum=values[-1] if values else None,
            values=tuple(values) if with_values else None,
        )

    shares = sorted(r[0] / r[1] for r in rows if r[0] is not None and r[1])
    return CompsStatistics(
        count=n,
        upfront=distribution("upfront", 0),
        headline=distribution("headline", 1),
        total_potential=distribution("total_potential", 2),
        upfront_share=Share(
            deals=len(shares),
            median=_share(percentile_cont(shares, QUARTILES[1])),
            p25=_share(percentile_cont(shares, QUARTILES[0])),
            p75=_share(percentile_cont(shares, QUARTILES[2])),
            missing=n - len(shares),
        ),
        no_terms=sum(1 for r in rows if not r[3] and not r[6]),
    )


# --- the comparable-deals panel ---------------------------------------------------------------


@dataclass
class CompsPanel:
    """What a deal or asset page shows as "comparable deals": a few deals and their medians."""

    subject: Deal | Asset
    criteria: list[tuple[str, str]]
    deals: list[Deal]
    statistics: CompsStatistics | None
    url: str
    relaxed: bool = False  # True when the strictest criteria found nothing and looser ones did

    @property
    def count(self) -> int:
        return self.statistics.count if self.statistics else 0

    @property
    def kind(self) -> str:
        return "deal" if isinstance(self.subject, Deal) else "asset"


# Tried in order until one finds a comparable deal: the full "like" criteria, then looser ones.
PANEL_LADDER: tuple[tuple[str, ...], ...] = (
    FILLABLE,
    ("modality", "target"),
    ("modality", "therapeutic_area"),
    ("modality",),
)


def comparable_deals_for(subject: Deal | Asset, user: User, limit: int = 5) -> CompsPanel:
    """The comparable-deals panel of a deal or asset page, for what ``user`` may see.

    Deals like the subject by its modality, targets, areas and phase; when none match all four,
    the criteria are loosened step by step (:data:`PANEL_LADDER`) and the panel says so. The
    panel's link opens ``/comps/`` with exactly the criteria used.
    """
    from django.http import QueryDict

    like_key = "like_deal" if isinstance(subject, Deal) else "like_asset"
    criteria = like_criteria(subject)
    visible = Deal.objects.visible_to(user)
    comps_url = reverse("deals_analytics:comps")
    tried: set[frozenset[str]] = set()
    for step, keys in enumerate(PANEL_LADDER):
        used = {key: criteria[key] for key in keys if key in criteria}
        if not used or frozenset(used) in tried:
            continue
        tried.add(frozenset(used))
        params = QueryDict(mutable=True)
        params[like_key] = subject.slug
        for key, values in used.items():
            params.setlist(key, values)
        filterset = CompsFilterSet(params, queryset=visible, request=_UserRequest(user))
        if not filterset.is_valid():
            break
        matching = filterset.qs
        if not matching.exists():
            continue
        statistics = comps_statistics(matching)
        return CompsPanel(
            subject=subject,
            criteria=filterset.criteria_summary(),
            deals=list(matching.for_listing().order_by("-announced_on", "-pk")[:limit]),
            statistics=statistics,
            url=f"{comps_url}?{params.urlencode()}",
            relaxed=step > 0,
        )
    fallback = QueryDict(mutable=True)
    fallback[like_key] = subject.slug
    return CompsPanel(subject, [], [], None, f"{comps_url}?{fallback.urlencode()}")


class _UserRequest:
    """The one thing a FilterSet reads from a request here: who is asking."""

    def __init__(self, user: User) -> None:
        self.user = user


# --- analytics --------------------------------------------------------------------------------

EUROPE = (
    # EEA
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
    "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
    # and the UK and Switzerland, home to much of Europe's pharma
    "GB", "CH",
)  # fmt: skip
COUNTRY_GROUPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("china", "China", ("CN", "HK", "MO")),
    ("us", "United States", ("US",)),
    ("korea", "South Korea", ("KR",)),
    ("europe", "Europe", EUROPE),
    ("japan", "Japan", ("JP",)),
)
OTHER, UNKNOWN = "other", "unknown"
COUNTRY_GROUP_LABELS = {key: label for key, label, _ in COUNTRY_GROUPS} | {
    OTHER: "Other",
    UNKNOWN: "Not disclosed",
}

PERIODS = {"year": "Year", "quarter": "Quarter", "all": "All time"}
DIMENSIONS = {
    "licensor_country": "Licensor country",
    "modality": "Modality",
    "therapeutic_area": "Therapeutic area",
    "deal_type": "Deal type",
}
NOT_SPECIFIED = "Not specified"


@dataclass(frozen=True)
class Cell:
    """Deal count and disclosed value of one period and group."""

    deals: int = 0
    deals_with_value: int = 0
    value_usd: Decimal | None = None  # None: nothing disclosed, never 0
    deals_with_upfront: int = 0
    upfront_usd: Decimal | None = None

    def __add__(self, other: Cell) -> Cell:
        return Cell(
            self.deals + other.deals,
            self.deals_with_value + other.deals_with_value,
            plus(self.value_usd, other.value_usd),
            self.deals_with_upfront + other.deals_with_upfront,
            plus(self.upfront_usd, other.upfront_usd),
        )


@dataclass
class Breakdown:
    """Deals and disclosed value per period and group: one chart's data."""

    dimension: str
    period: str
    periods: list[Any]  # ascending: years (int), "2026-Q1" strings, or ["all"]
    groups: list[tuple[str, str]]  # (key, label), largest value first
    cells: dict[tuple[Any, str], Cell] = field(default_factory=dict)

    def cell(self, period: Any, group: str) -> Cell:
        return self.cells.get((period, group), Cell())

    def group_total(self, group: str) -> Cell:
        total = Cell()
        for period in self.periods:
            total = total + self.cell(period, group)
        return total

    def rows(self) -> list[dict[str, Any]]:
        """Flat rows (period, group, figures) for the API, CSV and XLSX."""
        labels = dict(self.groups)
        return [
            {"period": period, "group": key, "label": labels[key], **cell.__dict__}
            for period in self.periods
            for key, _ in self.groups
            if (cell := self.cells.get((period, key))) is not None
        ]


def _first_licensor_countries() -> QuerySet[DealParty]:
    """(deal_id, lc): the country of each deal's first named licensor or acquisition target.

    "First" by the party's order, then id; an anti-join keeps exactly one row per deal.
    """
    sellers = DealParty.objects.filter(
        role__in=[DealParty.Role.LICENSOR, DealParty.Role.TARGET], company__isnull=False
    )
    earlier = sellers.filter(deal=OuterRef("deal")).filter(
        Q(order__lt=OuterRef("order")) | Q(order=OuterRef("order"), pk__lt=OuterRef("pk"))
    )
    return sellers.filter(~Exists(earlier)).order_by().values("deal_id", lc=F("company__country"))


def totals_by_year_and_licensor_country(
    deals: QuerySet[Deal],
) -> list[tuple[int, str, int, Decimal | None, Decimal | None]]:
    """(year, licensor country or "", deals, total potential USD, upfront USD) per year.

    Over the announced deals of ``deals``, grouped by year and by the country of the first
    named licensor or target. One grouped pass (:func:`deal_totals_sql`, not with_totals()'s
    per-deal subqueries, which took a second at 100,000 deals); a sum is None when nothing in
    it is disclosed, never 0.
    """
    base = deals.order_by().filter(announced_on__isnull=False)
    totals_sql, totals_params = deal_totals_sql(base, yr=ExtractYear("announced_on"))
    first_sql, join_params = _first_licensor_countries().query.sql_with_params()
    sql = (
        "SELECT t.yr, COALESCE(g.lc, ''), COUNT(*), SUM(t.value_usd), "  # nosec B608
        f"SUM(t.upfront_usd) FROM ({totals_sql}) t "
        f"LEFT JOIN ({first_sql}) g ON g.deal_id = t.did GROUP BY 1, 2"
    )
    return [
        (int(year), country, n, _to_decimal(value), _to_decimal(upfront))
        for year, country, n, value, upfront in _fetch(deals, sql, (*totals_params, *join_params))
    ]


def _country_group_sql() -> tuple[str, tuple[str, ...]]:
    """CASE over a licensor country ``g.lc``: china, us, korea, europe, japan, other, unknown."""
    whens = ["WHEN g.lc IS NULL OR g.lc = '' THEN %s"]
    params: list[str] = [UNKNOWN]
    for key, _, codes in COUNTRY_GROUPS:
        whens.append(f"WHEN g.lc IN ({', '.join(['%s'] * len(codes))}) THEN %s")
        params += [*codes, key]
    return f"CASE {' '.join(whens)} ELSE %s END", (*params, OTHER)


def _group_labels(dimension: str, keys: Iterable[str]) -> dict[str, str]:
    if dimension == "licensor_country":
        return {key: COUNTRY_GROUP_LABELS.get(key, key) for key in keys}
    if dimension == "modality":
        choices = dict(Modality.choices)
    elif dimension == "deal_type":
        choices = dict(Deal.Type.choices)
    else:
        choices = {}  # therapeutic areas: the query returns their names
    return {key: (choices.get(key, key) if key else NOT_SPECIFIED) for key in keys}


def _period_annotations(period: str) -> dict[str, Any]:
    if period == "year":
        return {"p1": ExtractYear("announced_on"), "p2": Value(0)}
    if period == "quarter":
        return {"p1": ExtractYear("announced_on"), "p2": ExtractQuarter("announced_on")}
    if period == "conference":  # the conference report: one "period" per edition
        return {"p1": F("conference_id"), "p2": Value(0)}
    return {"p1": Value(0), "p2": Value(0)}


def _period_key(period: str, p1: Any, p2: Any) -> Any:
    if period == "year":
        return int(p1)
    if period == "quarter":
        return f"{int(p1)}-Q{int(p2)}"
    if period == "conference":
        return int(p1)
    return "all"


def _continuous(period: str, seen: set[Any]) -> list[Any]:
    """Every year or quarter from the first to the last seen: an empty one is a gap, shown."""
    if period == "year" and seen:
        return list(range(min(seen), max(seen) + 1))
    if period == "quarter" and seen:
        first, last = (tuple(map(int, q.split("-Q"))) for q in (min(seen), max(seen)))
        quarters = []
        year, quarter = first
        while (year, quarter) <= last:
            quarters.append(f"{year}-Q{quarter}")
            year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
        return quarters
    return sorted(seen, key=str)


def _to_decimal(value: Any) -> Decimal | None:
    """A SUM from a raw cursor: Decimal on PostgreSQL, int or float on SQLite."""
    if value is None:
        return None
    if isinstance(value, float):
        value = repr(value)
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def breakdown(deals: QuerySet[Deal], dimension: str, period: str = "year") -> Breakdown:
    """:func:`_breakdown`, cached by data version under the deals' SQL (deals/result_cache.py)."""
    if dimension not in DIMENSIONS:
        raise ValueError(f"Unknown dimension {dimension!r}.")
    key = query_key(deals)
    return cached(
        "breakdown", key and (key, dimension, period),
        lambda: _breakdown(deals, dimension, period),
    )  # fmt: skip


def _breakdown(deals: QuerySet[Deal], dimension: str, period: str = "year") -> Breakdown:
    """Deal count and disclosed value per period and group, in ONE query (GROUP BY in SQL).

    ``deals`` is the visible (and possibly filtered) queryset. Licensor country and deal type
    give each deal one group. Modality and therapeutic area come from the deal's assets, so a
    deal can be in several groups; a DISTINCT (deal, group) list joined to the deals keeps each
    deal once per group. The statement is the ORM's SQL for the deals and for the group list,
    wrapped in a GROUP BY that the ORM cannot express over a DISTINCT subquery.
    """
    if dimension not in DIMENSIONS:
        raise ValueError(f"Unknown dimension {dimension!r}.")
    base = deals.order_by()
    if period in ("year", "quarter"):
        base = base.filter(announced_on__isnull=False)
    if period == "conference":
        base = base.filter(conference__isnull=False)
    extra = _period_annotations(period)
    join_sql, join_params = "", ()
    label_column = "''"  # labels come from the choices, except for therapeutic areas
    group_params: tuple[str, ...] = ()
    if dimension == "licensor_country":
        # Joined, not a correlated subquery: PostgreSQL would repeat a subquery in every WHEN
        # of the CASE that groups the countries.
        first_sql, join_params = _first_licensor_countries().query.sql_with_params()
        join_sql = f" LEFT JOIN ({first_sql}) g ON g.deal_id = t.did"
        group_column, group_params = _country_group_sql()
    elif dimension == "deal_type":
        extra["grp"] = F("deal_type")
        group_column = "t.grp"
    else:
        if dimension == "modality":
            pairs = DealAsset.objects.exclude(asset__modality="").values(
                "deal_id", grp=F("asset__modality")
            )
        else:
            pairs = DealAsset.objects.filter(asset__therapeutic_areas__isnull=False).values(
                "deal_id",
                grp=F("asset__therapeutic_areas__slug"),
                label=F("asset__therapeutic_areas__name"),
            )
            label_column = "MAX(g.label)"
        pairs_sql, join_params = pairs.order_by().distinct().query.sql_with_params()
        join_sql = f" LEFT JOIN ({pairs_sql}) g ON g.deal_id = t.did"
        group_column = "COALESCE(g.grp, '')"
    totals_sql, totals_params = deal_totals_sql(base, **extra)
    # Only aliases chosen here are interpolated; values travel as parameters.
    sql = (
        f"SELECT t.p1, t.p2, {group_column} AS grp, {label_column}, COUNT(*), "  # nosec B608
        "COUNT(t.value_usd), SUM(t.value_usd), COUNT(t.upfront_usd), SUM(t.upfront_usd) "
        f"FROM ({totals_sql}) t{join_sql} "
        "GROUP BY 1, 2, 3"
    )
    raw = _fetch(deals, sql, (*group_params, *totals_params, *join_params))
    cells: dict[tuple[Any, str], Cell] = {}
    names: dict[str, str] = {}
    for p1, p2, grp, label, n, n_value, value, n_upfront, upfront in raw:
        key = (_period_key(period, p1, p2), grp or "")
        cells[key] = Cell(n, n_value, _to_decimal(value), n_upfront, _to_decimal(upfront))
        if label:
            names[grp] = label
    labels = _group_labels(dimension, {key for _, key in cells}) | names
    periods = _continuous(period, {p for p, _ in cells})

    def size(key: str) -> tuple[Decimal, int, str]:
        total = Cell()
        for (_, group), cell in cells.items():
            if group == key:
                total = total + cell
        return (-(total.value_usd or Decimal(0)), -total.deals, labels[key])

    ordered = sorted(labels, key=size)
    # "Other" and "not disclosed" close the list whatever their size.
    tail = [k for k in ordered if k in ("", OTHER, UNKNOWN)]
    groups = [(k, labels[k]) for k in [*(k for k in ordered if k not in tail), *tail]]
    return Breakdown(dimension, period, periods, groups, cells)


# --- conference report ------------------------------------------------------------------------


@dataclass
class ReportRow:
    """One group of a conference report, this edition beside the previous one."""

    key: str
    label: str
    current: Cell
    previous: Cell | None

    @property
    def deals_change(self) -> int | None:
        return None if self.previous is None else self.current.deals - self.previous.deals

    @property
    def value_change(self) -> Decimal | None:
        """This edition's disclosed value minus the previous one's.

        An edition with no deals in the group contributes a true zero; one whose deals
        disclosed nothing makes the change unknown (None), never a guess.
        """
        if self.previous is None:
            return None
        values = []
        for cell in (self.current, self.previous):
            if cell.deals == 0:
                values.append(Decimal(0))
            elif cell.value_usd is None:
                return None
            else:
                values.append(cell.value_usd)
        return values[0] - values[1]

    @property
    def value_change_text(self) -> str:
        """ "+$1.2B", "−$300M" or "±$0"; empty when either edition disclosed nothing."""
        change = self.value_change
        if change is None:
            return ""
        if change == 0:
            return "±$0"
        sign = "+" if change > 0 else "−"
        return f"{sign}{compact_money(abs(change))}"


@dataclass
class ConferenceReport:
    """A conference's deals by licensor country and modality, against the previous edition."""

    conference: Conference
    previous: Conference | None
    total: ReportRow
    by_licensor_country: list[ReportRow]
    by_modality: list[ReportRow]

    @property
    def sections(self) -> list[tuple[str, list[ReportRow]]]:
        return [
            ("By licensor country", self.by_licensor_country),
            ("By modality", self.by_modality),
        ]

    @property
    def definitions(self) -> dict[str, str]:
        keys = ("deals", "value", "licensor_country", "modality")
        return {key: ANALYTICS_DEFINITIONS[key] for key in keys}


def previous_edition(conference: Conference) -> Conference | None:
    """The latest earlier edition of the same series (JPM 2025 for JPM 2026), if any."""
    return (
        Conference.objects.filter(series_id=conference.series_id, year__lt=conference.year)
        .order_by("-year")
        .first()
    )


def conference_report(conference: Conference, user: User) -> ConferenceReport:
    """Totals by licensor country and modality for ``conference`` and its previous edition.

    Counts the deals linked to each edition that ``user`` may see. Three queries: the previous
    edition, and one GROUP BY per dimension covering both editions at once.
    """
    previous = previous_edition(conference)
    editions = [conference.pk] + ([previous.pk] if previous else [])
    deals = Deal.objects.visible_to(user).filter(conference_id__in=editions)

    def rows(dimension: str) -> list[ReportRow]:
        data = breakdown(deals, dimension, period="conference")
        return [
            ReportRow(
                key,
                label,
                data.cell(conference.pk, key),
                data.cell(previous.pk, key) if previous else None,
            )
            for key, label in data.groups
        ]

    by_country = rows("licensor_country")
    by_modality = rows("modality")
    # Countries partition the deals (every deal has exactly one group), so they sum to the total.
    current_total, previous_total = Cell(), Cell()
    for row in by_country:
        current_total = current_total + row.current
        if row.previous is not None:
            previous_total = previous_total + row.previous
    total = ReportRow("total", "All deals", current_total, previous_total if previous else None)
    return ConferenceReport(conference, previous, total, by_country, by_modality)
