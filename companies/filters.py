"""FilterSets for companies, assets, targets and therapeutic areas.

One FilterSet per model serves both front ends: the HTML browse page renders its ``.form`` and
the API's ``filterset_class`` is the same class, so a URL copied from a browse page works on
the API. An invalid value is a form error naming the parameter (a 400 on the API), never
silently ignored.

This module knows nothing about deals, like ``companies/models.py``; the deal filters reuse
:func:`companies_matching` and :func:`assets_matching` for their alias-aware ``q``.
"""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet, Value
from django.db.models.functions import Replace

from core.filter_copies import FilterSet
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
    Asset,
    AssetAlias,
    Company,
    CompanyAlias,
    Modality,
    Phase,
    Target,
    TherapeuticArea,
)
from .names import normalize_name

# --- alias-aware matching --------------------------------------------------------------------


def _slug_compact(field: str) -> Replace:
    """``slug`` without hyphens: "alt-b4" → "altb4", comparable with ``normalize_name``."""
    return Replace(field, Value("-"), Value(""))


def companies_matching(text: str, queryset: QuerySet[Company] | None = None) -> QuerySet[Company]:
    """Companies whose name, legal or local name, slug or any alias matches ``text``.

    "Pfizer" finds "Pfizer Inc." (substring), "pfizer inc" finds it through the normalised
    slug, "Sineuro" finds SciNeuro through its alias, "荣昌生物" finds RemeGen by its local
    name. On PostgreSQL, trigram word similarity also forgives typos ("Pfizr").
    """
    qs = Company.objects.all() if queryset is None else queryset
    text = text.strip()
    if not text:
        return qs
    condition = (
        Q(name__icontains=text) | Q(legal_name__icontains=text) | Q(local_name__icontains=text)
    )
    normalized = normalize_name(text, strip_legal=True)
    alias_condition = Q(name__icontains=text)
    if normalized:
        qs = qs.alias(_slug_compact=_slug_compact("slug"))
        condition |= Q(_slug_compact__contains=normalized)
        alias_condition |= Q(normalized__contains=normalized)
    if is_postgres(qs):
        condition |= Q(name__trigram_word_similar=text)
        alias_condition |= Q(name__trigram_word_similar=text)
    # An uncorrelated id set, not EXISTS per company: PostgreSQL hashes it once, where a
    # correlated probe made the planner loop over every row of a joined table.
    aliased = CompanyAlias.objects.order_by().filter(alias_condition).values("company_id")
    return qs.filter(condition | Q(pk__in=aliased))


def company_named(text: str) -> Company | None:
    """The one company whose name, legal name, local name or an alias is exactly ``text``
    (case, width and punctuation aside); None when there is none.

    Lets a reader type "SciNeuro Pharmaceuticals" or "Sineuro" where a slug is expected. Two
    companies answering to the name is an error asking for the slug, never a guess.
    """
    text = text.strip()
    if not text or "\x00" in text:
        return None
    exact = Q(name__iexact=text) | Q(legal_name__iexact=text) | Q(local_name__iexact=text)
    ids = list(Company.objects.filter(exact).order_by("pk").values_list("pk", flat=True)[:2])
    normalized = normalize_name(text, strip_legal=True)
    if not ids and normalized:
        aliased = CompanyAlias.objects.filter(normalized=normalized).order_by("company_id")
        ids = list(aliased.values_list("company_id", flat=True).distinct()[:2])
    if len(ids) > 1:
        raise forms.ValidationError(
            "“%(value)s” is the name of several companies: pick one of the suggestions, or "
            "give its slug (from its page's address).",
            code="ambiguous",
            params={"value": text},
        )
    return Company.objects.filter(pk=ids[0]).first() if ids else None


def assets_matching(text: str, queryset: QuerySet[Asset] | None = None) -> QuerySet[Asset]:
    """Assets whose name, code, slug or alias matches ``text``: "ALTB4" finds "ALT-B4"."""
    qs = Asset.objects.all() if queryset is None else queryset
    text = text.strip()
    if not text:
        return qs
    condition = Q(name__icontains=text)
    normalized = normalize_name(text)
    alias_condition = Q(name__icontains=text)
    if normalized:
        qs = qs.alias(_slug_compact=_slug_compact("slug"))
        condition |= Q(_slug_compact__contains=normalized)
        alias_condition |= Q(normalized__contains=normalized)
    if is_postgres(qs):
        condition |= Q(name__trigram_word_similar=text)
        alias_condition |= Q(name__trigram_word_similar=text)
    aliased = AssetAlias.objects.order_by().filter(alias_condition).values("asset_id")
    return qs.filter(condition | Q(pk__in=aliased))


# --- FilterSets ------------------------------------------------------------------------------


class CompanyFilterSet(FilterSet):
    """Filters of the company list (``/companies/`` and ``/api/v1/companies/``)."""

    q = text_search_field()
    country = CountryFilter(label="Country")
    company_type = django_filters.ChoiceFilter(
        choices=Company.Type.choices, label="Type", empty_label="Any type"
    )
    ownership = django_filters.ChoiceFilter(
        choices=Company.Ownership.choices, label="Ownership", empty_label="Any ownership"
    )
    parent = slug_filter(Company, label="Parent company", field_name="parent")
    parent_id = id_filter(Company, label="Parent company id", field_name="parent")
    ordering = StrictOrderingFilter(
        fields=(("name", "name"), ("country", "country"), ("created_at", "created")),
        field_labels={"name": "Name", "country": "Country", "created_at": "Added"},
        label="Order by",
        empty_label="Name (default)",
    )

    class Meta:
        model = Company
        fields: list[str] = []

    def search(self, queryset: QuerySet[Company], name: str, value: str) -> QuerySet[Company]:
        return companies_matching(value, queryset)


class AssetFilterSet(FilterSet):
    """Filters of the asset list (``/assets/`` and ``/api/v1/assets/``)."""

    q = text_search_field()
    modality = django_filters.ChoiceFilter(
        choices=Modality.choices, label="Modality", empty_label="Any modality"
    )
    target = slug_filter(Target, label="Target", method="filter_target", widget=forms.Select)
    therapeutic_area = slug_filter(
        TherapeuticArea,
        label="Therapeutic area",
        method="filter_therapeutic_area",
        widget=forms.Select,
    )
    highest_phase = django_filters.ChoiceFilter(
        choices=Phase.choices, label="Highest phase", empty_label="Any phase"
    )
    owner = slug_filter(Company, label="Owner", field_name="owner")
    owner_id = id_filter(Company, label="Owner id", field_name="owner")
    is_platform = StrictBooleanFilter(field_name="is_platform", label="Platform")
    ordering = StrictOrderingFilter(
        fields=(("name", "name"), ("highest_phase", "highest_phase"), ("created_at", "created")),
        field_labels={"name": "Name", "highest_phase": "Highest phase", "created_at": "Added"},
        label="Order by",
        empty_label="Name (default)",
    )

    class Meta:
        model = Asset
        fields: list[str] = []

    def search(self, queryset: QuerySet[Asset], name: str, value: str) -> QuerySet[Asset]:
        return assets_matching(value, queryset)

    def filter_target(self, queryset: QuerySet[Asset], name: str, value: Target) -> QuerySet[Asset]:
        # Many-to-many: EXISTS keeps one row per asset and keeps counts cheap (a JOIN would
        # need DISTINCT).
        through = Asset.targets.through.objects.filter(asset=OuterRef("pk"), target=value)
        return queryset.filter(Exists(through))

    def filter_therapeutic_area(
        self, queryset: QuerySet[Asset], name: str, value: TherapeuticArea
    ) -> QuerySet[Asset]:
        through = Asset.therapeutic_areas.through.objects.filter(
            asset=OuterRef("pk"), therapeuticarea=value
        )
        return queryset.filter(Exists(through))


class TargetFilterSet(FilterSet):
    """Filters of the target list: a name, gene-symbol or slug search."""

    q = text_search_field()

    class Meta:
        model = Target
        fields: list[str] = []

    def search(self, queryset: QuerySet[Target], name: str, value: str) -> QuerySet[Target]:
        value = value.strip()
        normalized = normalize_name(value)
        condition = Q(name__icontains=value) | Q(gene_symbol__iexact=value)
        if normalized:
            queryset = queryset.alias(_slug_compact=_slug_compact("slug"))
            condition |= Q(_slug_compact__contains=normalized)
        return queryset.filter(condition)


class TherapeuticAreaFilterSet(FilterSet):
    """Filters of the therapeutic-area list: a name search."""

    q = text_search_field()

    class Meta:
        model = TherapeuticArea
        fields: list[str] = []

    def search(
        self, queryset: QuerySet[TherapeuticArea], name: str, value: str
    ) -> QuerySet[TherapeuticArea]:
        return queryset.filter(name__icontains=value.strip())
