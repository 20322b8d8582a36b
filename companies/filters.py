"""FilterSets for companies, assets, targets and therapeutic areas.

One FilterSet per model serves both front ends: the HTML browse page renders its ``.form`` and
the API's ``filterset_class`` is the same class, so a URL copied from a browse page works on
the API. An invalid value is a form error naming the parameter (a 400 on the API), never
silently ignored.

This module knows nothing about deals, like ``companies/models.py``; the deal filters reuse
:func:`companies_matching` and :func:`assets_matching` for their alias-aware ``q``.
"""

from __future__ import annotations

from typing import Any

import django_filters
from django import forms
from django.db import connections
from django.db.models import Exists, OuterRef, Q, QuerySet, Value
from django.db.models.functions import Replace
from django_countries import countries
from django_filters import fields as filter_fields
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

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

# Long enough for any company or asset name; short enough that a pasted page cannot turn a
# search into a denial of service.
Q_MAX_LENGTH = 200


# --- form fields that reject what they do not understand ------------------------------------


class CountryCodeField(filter_fields.ChoiceField):
    """An ISO 3166-1 alpha-2 code; accepts "kr" as "KR" and names the bad value otherwise."""

    default_error_messages = {
        "invalid_choice": "“%(value)s” is not an ISO 3166-1 alpha-2 country code (e.g. US, KR).",
    }

    def to_python(self, value: Any) -> str:
        return super().to_python(value).strip().upper()


class StrictBooleanField(filter_fields.ChoiceField):
    """``true`` or ``false`` (any case); anything else is an error, not "no filter"."""

    default_error_messages = {"invalid_choice": "“%(value)s” is not a boolean: use true or false."}

    def clean(self, value: Any) -> bool | None:
        cleaned = super().clean(value)
        return None if cleaned == "" else cleaned == "true"


class CountryFilter(django_filters.ChoiceFilter):
    """A country filter by ISO 3166-1 alpha-2 code, rendered as a select of country names."""

    field_class = CountryCodeField

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("choices", lambda: list(countries))
        kwargs.setdefault("empty_label", "Any country")
        super().__init__(*args, **kwargs)


class _NoBlankItemsCSVField(filter_fields.BaseCSVField):
    """A comma-separated value whose items may not be empty: ``ordering=,,`` is a mistake."""

    def clean(self, value: Any) -> Any:
        if value and any(not str(item).strip() for item in value):
            raise forms.ValidationError("Remove the empty item (a stray comma).", code="blank_item")
        return super().clean(value)


class StrictOrderingFilter(django_filters.OrderingFilter):
    """An OrderingFilter that refuses empty items instead of skipping them."""

    base_field_class = _NoBlankItemsCSVField


@extend_schema_field(OpenApiTypes.BOOL)
class StrictBooleanFilter(django_filters.ChoiceFilter):
    """A true/false filter that refuses "maybe" instead of ignoring it.

    django-filter's own BooleanFilter turns unknown values into "no filter", which would make a
    typo silently return everything.
    """

    field_class = StrictBooleanField

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("choices", [("true", "Yes"), ("false", "No")])
        kwargs.setdefault("empty_label", "Any")
        super().__init__(*args, **kwargs)


class _LookupField(filter_fields.ModelChoiceField):
    """ModelChoiceField that refuses NUL characters before they reach the database.

    PostgreSQL cannot hold NUL in text and raises an error (a 500) on a query containing one.
    """

    def to_python(self, value: Any) -> Any:
        if isinstance(value, str) and "\x00" in value:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value.replace("\x00", "\\0")},
            )
        return super().to_python(value)


class SlugFilter(django_filters.ModelChoiceFilter):
    """A filter by slug (see :func:`slug_filter`)."""

    field_class = _LookupField


def slug_filter(
    model: type, *, label: str, field_name: str | None = None, **kwargs: Any
) -> SlugFilter:
    """A filter by ``model``'s slug whose unknown values are a 400 naming the slug.

    ``to_field_name="slug"`` makes the form field look the slug up (one query) and say
    "No <model> with slug …" rather than return an empty page that looks like "no deals".
    """
    noun = model._meta.verbose_name
    kwargs.setdefault("widget", forms.TextInput(attrs={"placeholder": f"{noun} slug"}))
    kwargs.setdefault("empty_label", f"Any {noun}")
    return SlugFilter(
        queryset=model.objects.all(),
        to_field_name="slug",
        label=label,
        field_name=field_name,
        error_messages={"invalid_choice": f"No {noun} with slug “%(value)s”."},
        **kwargs,
    )


@extend_schema_field(OpenApiTypes.INT)
class IdFilter(django_filters.ModelChoiceFilter):
    """A ModelChoiceFilter by primary key, documented as an integer."""

    field_class = _LookupField


def id_filter(model: type, *, label: str, field_name: str, **kwargs: Any) -> IdFilter:
    """A filter by ``model``'s primary key (the ``<fk>_id`` parameters); unknown ids are a 400."""
    noun = model._meta.verbose_name
    return IdFilter(
        queryset=model.objects.all(),
        label=label,
        field_name=field_name,
        widget=forms.NumberInput(attrs={"min": 1}),
        error_messages={"invalid_choice": f"No {noun} with id “%(value)s”."},
        **kwargs,
    )


def text_search_field() -> django_filters.CharFilter:
    """The ``q`` filter's shape, shared by every FilterSet (its method differs)."""
    return django_filters.CharFilter(
        method="search",
        label="Search",
        max_length=Q_MAX_LENGTH,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "Name, alias or code"}),
    )


# --- alias-aware matching --------------------------------------------------------------------


def _is_postgres(qs: QuerySet) -> bool:
    return connections[qs.db].vendor == "postgresql"


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
    if _is_postgres(qs):
        condition |= Q(name__trigram_word_similar=text)
        alias_condition |= Q(name__trigram_word_similar=text)
    # An uncorrelated id set, not EXISTS per company: PostgreSQL hashes it once, where a
    # correlated probe made the planner loop over every row of a joined table.
    aliased = CompanyAlias.objects.order_by().filter(alias_condition).values("company_id")
    return qs.filter(condition | Q(pk__in=aliased))


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
    if _is_postgres(qs):
        condition |= Q(name__trigram_word_similar=text)
        alias_condition |= Q(name__trigram_word_similar=text)
    aliased = AssetAlias.objects.order_by().filter(alias_condition).values("asset_id")
    return qs.filter(condition | Q(pk__in=aliased))


# --- FilterSets ------------------------------------------------------------------------------


class CompanyFilterSet(django_filters.FilterSet):
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


class AssetFilterSet(django_filters.FilterSet):
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


class TargetFilterSet(django_filters.FilterSet):
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


class TherapeuticAreaFilterSet(django_filters.FilterSet):
    """Filters of the therapeutic-area list: a name search."""

    q = text_search_field()

    class Meta:
        model = TherapeuticArea
        fields: list[str] = []

    def search(
        self, queryset: QuerySet[TherapeuticArea], name: str, value: str
    ) -> QuerySet[TherapeuticArea]:
        return queryset.filter(name__icontains=value.strip())
