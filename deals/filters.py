"""FilterSets for deals and conferences: one class behind both ``/deals/`` and ``/api/v1/deals/``.

The HTML list renders ``DealFilterSet(...).form`` and the API uses it as ``filterset_class``,
so the parameters of docs/contract.md mean the same thing everywhere. Every bad value (unknown slug,
country code, date, amount) is a form error keyed by the parameter; the API turns it into a 400
``{"param": ["message"]}``.

Filters that cross a to-many relation (parties, assets, payments) use EXISTS subqueries, so a
deal is never repeated and a COUNT needs no DISTINCT.

Visibility is not this module's business: callers pass ``Deal.objects.visible_to(user)`` as
the queryset, and nothing here widens it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import django_filters
from django import forms
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db.models import (
    Exists,
    F,
    OuterRef,
    Q,
    QuerySet,
)

from companies.filters import assets_matching, companies_matching
from companies.models import Company, Modality, Phase, Target, TherapeuticArea
from core.filters import (
    CountryFilter,
    StrictBooleanFilter,
    StrictOrderingFilter,
    id_filter,
    is_postgres,
    slug_filter,
    text_search_field,
)

from .models import (
    MONEY,
    Conference,
    ConferenceSeries,
    Deal,
    DealAsset,
    DealParty,
    PaymentComponent,
)

# Public ordering parameter → (model field or annotation, label). An allowlist: anything else
# is a 400, so a client can never order by analyst_notes or by a slow expression.
DEAL_ORDERING = {
    "announced_on": ("announced_on", "Announced"),
    "headline_usd": ("headline_amount_usd", "Headline value (USD)"),
    "upfront_usd": ("upfront_usd", "Upfront (USD)"),
    "title": ("title", "Title"),
}


class MoneyFilter(django_filters.NumberFilter):
    """A USD amount in dollars, bounded like the database column (20 digits, 2 decimals).

    The bounds matter: an unbounded Decimal reaches the database adapter and fails there
    (a 500) instead of failing here (a 400 naming the parameter).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max_digits", MONEY["max_digits"])
        kwargs.setdefault("decimal_places", MONEY["decimal_places"])
        kwargs.setdefault("min_value", Decimal(0))
        kwargs.setdefault(
            "widget", forms.NumberInput(attrs={"min": 0, "step": "any", "placeholder": "USD"})
        )
        super().__init__(*args, **kwargs)

    def get_max_validator(self) -> None:
        return None  # max_digits already bounds the value


class DateParamFilter(django_filters.DateFilter):
    """A YYYY-MM-DD date rendered as a native date picker."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
        kwargs.setdefault("input_formats", ["%Y-%m-%d"])
        kwargs.setdefault(
            "error_messages", {"invalid": "Enter a date as YYYY-MM-DD (e.g. 2026-01-12)."}
        )
        super().__init__(*args, **kwargs)


class YearFilter(django_filters.NumberFilter):
    """A calendar year: a whole number in the range the Conference model accepts."""

    field_class = forms.IntegerField

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("min_value", 1900)
        kwargs.setdefault("max_value", 2200)
        kwargs.setdefault("widget", forms.NumberInput(attrs={"min": 1900, "max": 2200}))
        super().__init__(*args, **kwargs)

    def get_max_validator(self) -> None:
        return None


class NullsLastOrderingFilter(StrictOrderingFilter):
    """Ordering from :data:`DEAL_ORDERING` with undisclosed (NULL) values last in both directions.

    Without this PostgreSQL puts NULLs first when descending, so "largest upfront first" would
    open with every deal whose upfront is unknown.
    """

    def filter(self, qs: QuerySet[Deal], value: list[str] | None) -> QuerySet[Deal]:
        if not value:
            return qs
        ordering = []
        for param in value:
            if not param:
                continue
            descending = param.startswith("-")
            field = self.param_map[param.removeprefix("-")]
            expression = F(field)
            ordering.append(
                expression.desc(nulls_last=True) if descending else expression.asc(nulls_last=True)
            )
        # The primary key breaks ties so that pages never overlap or skip a deal.
        return qs.order_by(*ordering, "-pk")


def _party_exists(**conditions: Any) -> Exists:
    return Exists(DealParty.objects.filter(deal=OuterRef("pk"), **conditions))


def _asset_exists(**conditions: Any) -> Exists:
    return Exists(DealAsset.objects.filter(deal=OuterRef("pk"), **conditions))


class DealFilterSet(django_filters.FilterSet):
    """The deal filters of docs/contract.md, shared by ``/deals/`` and ``/api/v1/deals/``."""

    q = text_search_field()
    conference = slug_filter(Conference, label="Conference", widget=forms.Select)
    company = slug_filter(
        Company, label="Company", method="filter_company", help_text="Any role in the deal."
    )
    company_id = id_filter(
        Company, label="Company id", field_name="company", method="filter_company"
    )
    licensor = slug_filter(Company, label="Licensor", method="filter_licensor")
    licensee = slug_filter(Company, label="Licensee", method="filter_licensee")
    licensor_country = CountryFilter(label="Licensor country", method="filter_licensor_country")
    licensee_country = CountryFilter(label="Licensee country", method="filter_licensee_country")
    deal_type = django_filters.ChoiceFilter(
        choices=Deal.Type.choices, label="Deal type", empty_label="Any type"
    )
    status = django_filters.ChoiceFilter(
        choices=Deal.Status.choices, label="Status", empty_label="Any status"
    )
    modality = django_filters.ChoiceFilter(
        choices=Modality.choices,
        label="Modality",
        empty_label="Any modality",
        method="filter_modality",
    )
    target = slug_filter(Target, label="Target", method="filter_target", widget=forms.Select)
    therapeutic_area = slug_filter(
        TherapeuticArea,
        label="Therapeutic area",
        method="filter_therapeutic_area",
        widget=forms.Select,
    )
    phase_at_signing = django_filters.ChoiceFilter(
        choices=Phase.choices,
        label="Phase at signing",
        empty_label="Any phase",
        method="filter_phase_at_signing",
    )
    announced_after = DateParamFilter(
        field_name="announced_on", lookup_expr="gte", label="Announced on or after"
    )
    announced_before = DateParamFilter(
        field_name="announced_on", lookup_expr="lte", label="Announced on or before"
    )
    min_headline_usd = MoneyFilter(
        field_name="headline_amount_usd",
        lookup_expr="gte",
        label="Headline at least (USD)",
        help_text="The reported headline value converted to USD.",
    )
    has_upfront = StrictBooleanFilter(
        label="Disclosed upfront",
        method="filter_has_upfront",
        help_text="true: an upfront payment with a disclosed amount; false: none disclosed.",
    )
    min_upfront_usd = MoneyFilter(
        label="Upfront at least (USD)",
        method="filter_min_upfront_usd",
        help_text="Disclosed upfront cash + equity, in USD.",
    )
    ordering = NullsLastOrderingFilter(
        fields=tuple((field, param) for param, (field, _label) in DEAL_ORDERING.items()),
        field_labels={field: label for field, label in DEAL_ORDERING.values()},
        label="Order by",
        empty_label="Newest first (default)",
    )

    class Meta:
        model = Deal
        fields: list[str] = []

    # --- parties -------------------------------------------------------------------------

    def filter_company(self, queryset: QuerySet[Deal], name: str, value: Company) -> QuerySet[Deal]:
        return queryset.filter(_party_exists(company=value))

    def filter_licensor(
        self, queryset: QuerySet[Deal], name: str, value: Company
    ) -> QuerySet[Deal]:
        return queryset.filter(_party_exists(company=value, role=DealParty.Role.LICENSOR))

    def filter_licensee(
        self, queryset: QuerySet[Deal], name: str, value: Company
    ) -> QuerySet[Deal]:
        return queryset.filter(_party_exists(company=value, role=DealParty.Role.LICENSEE))

    def filter_licensor_country(
        self, queryset: QuerySet[Deal], name: str, value: str
    ) -> QuerySet[Deal]:
        return queryset.filter(_party_exists(company__country=value, role=DealParty.Role.LICENSOR))

    def filter_licensee_country(
        self, queryset: QuerySet[Deal], name: str, value: str
    ) -> QuerySet[Deal]:
        return queryset.filter(_party_exists(company__country=value, role=DealParty.Role.LICENSEE))

    # --- assets --------------------------------------------------------------------------

    def filter_modality(self, queryset: QuerySet[Deal], name: str, value: str) -> QuerySet[Deal]:
        return queryset.filter(_asset_exists(asset__modality=value))

    def filter_target(self, queryset: QuerySet[Deal], name: str, value: Target) -> QuerySet[Deal]:
        # The join to the asset's targets stays inside the EXISTS: the outer query keeps one
        # row per deal however many targets match.
        return queryset.filter(_asset_exists(asset__targets=value))

    def filter_therapeutic_area(
        self, queryset: QuerySet[Deal], name: str, value: TherapeuticArea
    ) -> QuerySet[Deal]:
        return queryset.filter(_asset_exists(asset__therapeutic_areas=value))

    def filter_phase_at_signing(
        self, queryset: QuerySet[Deal], name: str, value: str
    ) -> QuerySet[Deal]:
        return queryset.filter(_asset_exists(phase_at_signing=value))

    # --- money ---------------------------------------------------------------------------

    def filter_has_upfront(
        self, queryset: QuerySet[Deal], name: str, value: bool
    ) -> QuerySet[Deal]:
        # The stored upfront (deals/measures.py): null when no upfront amount is disclosed
        # with a known USD value, so "has an upfront" also needs the unconverted ones.
        upfront = PaymentComponent.objects.filter(
            deal=OuterRef("pk"), disclosed=True, kind__in=PaymentComponent.UPFRONT_KINDS
        )
        return queryset.filter(Exists(upfront) if value else ~Exists(upfront))

    def filter_min_upfront_usd(
        self, queryset: QuerySet[Deal], name: str, value: Decimal
    ) -> QuerySet[Deal]:
        return queryset.filter(upfront_usd__gte=value)

    # --- text ----------------------------------------------------------------------------

    def search(self, queryset: QuerySet[Deal], name: str, value: str) -> QuerySet[Deal]:
        """Title, summary, any party (by name, alias, slug or reported name) or any asset.

        Alias-aware through :func:`companies_matching` / :func:`assets_matching`, so
        "Pfizer" finds "Pfizer Inc." and "ALTB4" finds ALT-B4. On PostgreSQL the title and
        summary are also matched by English full-text search ("licences" finds "license").
        """
        text = value.strip()
        if not text:
            return queryset
        return queryset.filter(pk__in=deal_ids_matching(text, is_postgres(queryset)))


def deal_ids_matching(text: str, postgres: bool) -> QuerySet:
    """The ids of deals whose text, parties or assets match ``text``, as one UNION subquery.

    Three id sets, each answered by its own (indexable) scan, then unioned: an OR of EXISTS
    probes and a per-row ``to_tsvector`` made PostgreSQL test every deal of the table in
    turn (seconds at 100k deals). Visibility stays with the caller's queryset, which filters
    ``pk__in`` this set.
    """
    own = Q(title__icontains=text) | Q(summary__icontains=text)
    deals = Deal.objects.order_by()
    if postgres:
        deals = deals.alias(_search=SearchVector("title", "summary", config="english"))
        own |= Q(_search=SearchQuery(text, config="english", search_type="websearch"))
    parties = DealParty.objects.order_by().filter(
        Q(company__in=companies_matching(text).order_by().values("pk"))
        | Q(name_as_reported__icontains=text)
    )
    assets = DealAsset.objects.order_by().filter(
        asset__in=assets_matching(text).order_by().values("pk")
    )
    return deals.filter(own).values("pk").union(parties.values("deal_id"), assets.values("deal_id"))


class ConferenceFilterSet(django_filters.FilterSet):
    """Filters of the conference list (``/conferences/`` and ``/api/v1/conferences/``)."""

    q = text_search_field()
    series = slug_filter(ConferenceSeries, label="Series", widget=forms.Select)
    year = YearFilter(field_name="year", label="Year")
    country = CountryFilter(label="Country")
    ordering = StrictOrderingFilter(
        fields=(("start_date", "start_date"), ("name", "name")),
        field_labels={"start_date": "Start date", "name": "Name"},
        label="Order by",
        empty_label="Most recent first (default)",
    )

    class Meta:
        model = Conference
        fields: list[str] = []

    def search(self, queryset: QuerySet[Conference], name: str, value: str) -> QuerySet[Conference]:
        text = value.strip()
        return queryset.filter(
            Q(name__icontains=text)
            | Q(series__name__icontains=text)
            | Q(series__short_name__iexact=text)
            | Q(city__icontains=text)
        )
