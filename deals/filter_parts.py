"""The parameter types behind the deal filters: amounts typed as analysts write them, dates,
slugs and slug lists, country and territory codes, the company picker, and the EXISTS
conditions the FilterSet combines (deals/filters.py puts them together).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import django_filters
from django import forms
from django.db import models
from django.db.models import (
    Exists,
    F,
    OuterRef,
    Q,
    QuerySet,
)
from django.urls import reverse
from django_countries import countries
from django_filters import fields as filter_fields
from drf_spectacular.utils import extend_schema_field

from companies.filters import company_named
from companies.models import Company
from core.filters import (
    LookupField,
    SlugFilter,
    StrictOrderingFilter,
)
from core.money import compact_money
from core.slugs import normalize_slug
from deals import regions
from deals.models import (
    MONEY,
    Deal,
    DealAsset,
    DealParty,
    DealTerritory,
    Region,
)

NONE = "none"  # modality / therapeutic_area value: deals with no asset that has one


_SCALES = {"": 1, "k": 10**3, "m": 10**6, "mm": 10**6, "mn": 10**6, "b": 10**9, "bn": 10**9,
           "t": 10**12, "tn": 10**12}  # fmt: skip
_AMOUNT = re.compile(r"^\$?\s*([0-9][0-9,]*(?:\.[0-9]+)?|\.[0-9]+)\s*([a-z]{0,2})$")


class MoneyField(forms.DecimalField):
    """A USD amount as analysts write it: "1B", "$500M", "250m", "1.5bn", "2,000,000"."""

    default_error_messages = {
        "invalid": "Enter an amount in US dollars, e.g. 250M, $1.5B or 1000000.",
    }

    def to_python(self, value: Any) -> Any:
        if isinstance(value, str):
            text = value.strip().lower().removesuffix("usd").strip()
            match = _AMOUNT.match(text)
            if text and match and match.group(2) in _SCALES:
                number = Decimal(match.group(1).replace(",", ""))
                value = str(number * _SCALES[match.group(2)])
        return super().to_python(value)

    @staticmethod
    def chip_text(value: Any) -> str | None:
        """How a chip shows the amount: "$1B", not 1000000000."""
        return compact_money(value) if isinstance(value, Decimal) else None


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
            "widget",
            forms.TextInput(attrs={"inputmode": "decimal", "placeholder": "e.g. 500M or 1B"}),
        )
        super().__init__(*args, **kwargs)

    field_class = MoneyField

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
            expression = F(self.param_map[param.removeprefix("-")])
            ordering.append(
                expression.desc(nulls_last=True) if descending else expression.asc(nulls_last=True)
            )
        # The primary key breaks ties so that pages never overlap or skip a deal.
        return qs.order_by(*ordering, "-pk")


# --- companies by name -------------------------------------------------------------------------


class CompanyPicker(forms.TextInput):
    """A company box that takes a slug or a name. With scripts on, ``static/js/site.js`` turns it
    into a combobox that suggests companies as the reader types (``/deals/suggest/companies/``)
    and submits the picked company's slug; ``data-suggest-label`` carries the chosen company's
    name."""

    def __init__(self, role: str = "") -> None:
        self.role = role
        super().__init__(
            attrs={
                "placeholder": "Type a company name",
                "autocomplete": "off",
                "spellcheck": "false",
            }
        )

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        widget_attrs = context["widget"]["attrs"]
        url = reverse("deals:company_suggestions")
        widget_attrs["data-suggest-url"] = f"{url}?role={self.role}" if self.role else url
        text = str(value or "").strip()
        if text and "\x00" not in text:
            label = Company.objects.filter(slug=text).values_list("name", flat=True).first()
            if label:
                widget_attrs["data-suggest-label"] = label
        return context


class CompanyField(LookupField):
    """A company by slug, or by its exact name or alias as a reader types it without scripts."""

    def to_python(self, value: Any) -> Any:
        try:
            return super().to_python(value)
        except forms.ValidationError:
            named = company_named(str(value)) if isinstance(value, str) else None
            if named is None:
                raise
            return named


class CompanyFilter(SlugFilter):
    """A company parameter: the slug on the wire; a name or an alias also works."""

    field_class = CompanyField


def company_filter(*, label: str, method: str, role: str, help_text: str) -> CompanyFilter:
    """A company filter whose box suggests companies that took ``role`` in a visible deal."""
    return CompanyFilter(
        queryset=Company.objects.all(),
        to_field_name="slug",
        label=label,
        method=method,
        help_text=help_text,
        widget=CompanyPicker(role),
        error_messages={
            "invalid_choice": "No company is called or has the slug “%(value)s”: pick one of "
            "the suggestions."
        },
    )


# --- several values per parameter ---------------------------------------------------------------


class _OneOrMany:
    """A repeatable parameter also given as one plain value (``{"target": "pd-1"}`` from Python
    callers; a query string always arrives as a list). Blank items are no filter, as for the
    single-valued parameters: a form's empty select sends ``status=``."""

    def clean(self, value: Any) -> Any:
        if isinstance(value, str):
            value = [value]
        if isinstance(value, list | tuple):
            value = [item for item in value if str(item).strip()]
        return super().clean(value)  # type: ignore[misc]


class ManyChoicesField(_OneOrMany, filter_fields.MultipleChoiceField):
    """Several choices; one plain value is a list of one."""


class ManySlugsField(_OneOrMany, filter_fields.ModelMultipleChoiceField):
    """Several objects by slug; one plain value is a list of one."""

    def _check_values(self, value: Any) -> Any:
        # PostgreSQL text cannot hold NUL and errors (a 500) on a query containing one.
        for item in value:
            if isinstance(item, str) and "\x00" in item:
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": item.replace("\x00", "\\0")},
                )
        return super()._check_values(value)


MAX_SLUG_LENGTH = 80  # Deal.slug's max_length
MAX_EXCLUDED_DEALS = 100


class SlugListField(_OneOrMany, forms.Field):
    """Slugs taken as written, never looked up: a list that leaves deals out must not answer
    "no such deal" for an internal deal's slug and "fine" for a public one (that would tell a
    reader the internal deal exists). An unknown slug leaves nothing out."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value: Any) -> list[str]:
        values = [normalize_slug(str(v)) for v in value or []]
        if len(values) > MAX_EXCLUDED_DEALS:
            raise forms.ValidationError(f"Leave out at most {MAX_EXCLUDED_DEALS} deals.")
        for item in values:
            if "\x00" in item or len(item) > MAX_SLUG_LENGTH:
                raise forms.ValidationError(
                    f"Give deal slugs of at most {MAX_SLUG_LENGTH} characters."
                )
        return values


class SlugListFilter(django_filters.Filter):
    """A repeatable slug parameter whose slugs are not looked up (:class:`SlugListField`)."""

    field_class = SlugListField


class _UpperCodesField(ManyChoicesField):
    """Several upper-case codes (``kr`` reads as ``KR``); each bad code is named in the error."""

    def to_python(self, value: Any) -> list[str]:
        return [str(v).strip().upper() for v in super().to_python(value)]


class CountryCodesField(_UpperCodesField):
    default_error_messages = {
        "invalid_choice": "“%(value)s” is neither an ISO 3166-1 alpha-2 country code nor a "
        "country group (e.g. US, KR, GREATER_CHINA, EUROPE).",
    }


class TerritoryCodesField(_UpperCodesField):
    default_error_messages = {
        "invalid_choice": "“%(value)s” is neither an ISO 3166-1 alpha-2 country code nor a "
        "region code (e.g. US, WW, GREATER_CHINA).",
    }


@extend_schema_field(
    {
        "type": "array",
        "items": {"type": "string", "pattern": "^([A-Za-z]{2}|[A-Za-z_]{3,20})?$"},
        "example": ["KR", "GREATER_CHINA"],
    }
)
class CountriesFilter(django_filters.MultipleChoiceFilter):
    """Deals with a party of one role whose home country is any of the values.

    Values are ISO 3166-1 alpha-2 codes or the country groups of deals/regions.py
    (GREATER_CHINA, EU, EUROPE, APAC, OTHER, UNKNOWN).
    """

    field_class = CountryCodesField

    def __init__(self, *, role: str, **kwargs: Any) -> None:
        self.role = role
        kwargs.setdefault("choices", regions.choices)
        kwargs.setdefault("widget", forms.SelectMultiple(attrs={"size": 6}))
        super().__init__(**kwargs)

    def filter(self, qs: QuerySet[Deal], value: list[str]) -> QuerySet[Deal]:
        if not value:
            return qs
        condition = Q()
        for code in value:
            condition |= country_condition(self.role, code)
        return qs.filter(condition)


class TerritoriesFilter(django_filters.MultipleChoiceFilter):
    field_class = TerritoryCodesField


def country_condition(role: str, code: str) -> Q:
    """Deals with a ``role`` party whose country is ``code`` (a country or a group)."""
    known = ~Q(company__isnull=True) & ~Q(company__country="")
    if code == regions.UNKNOWN:
        return ~Q(_party_exists(known, role=role))
    if code == regions.OTHER:
        outside = known & ~Q(company__country__in=regions.analytics_members())
        return Q(_party_exists(outside, role=role))
    return Q(_party_exists(role=role, company__country__in=regions.members(code)))


def _territory_choices() -> list[tuple[str, str]]:
    regions_ = [(code, name) for code, name in Region.objects.values_list("code", "name")]
    return regions_ + [(code, name) for code, name in countries]


class AnyOfFilter(django_filters.MultipleChoiceFilter):
    """A repeatable choice filter whose values are one ``IN (...)``, sorted, where
    django-filter writes ``a = x OR a = y`` in set order.

    The same rows; but PostgreSQL takes an ``IN`` list as an index condition and the ``OR`` as a
    filter over every entry (the deal list's count of talks and rumours, ``status IN (...)``,
    became an index-only scan of the matching entries instead of a scan of the whole index),
    and the sorted list writes the same SQL in every process, which the result cache's keys
    and the stored figures' query comparison read.
    """

    def filter(self, qs: Any, value: Any) -> Any:
        if not value or self.is_noop(qs, value):
            return qs
        if self.conjoined or self.lookup_expr != "exact" or self.null_value in value:
            return super().filter(qs, value)
        qs = self.get_method(qs)(**{f"{self.field_name}__in": sorted(set(value))})
        return qs.distinct() if self.distinct else qs


def _multi_choice(
    choices: Any, *, label: str, noun: str, help_text: str = "", **kwargs: Any
) -> django_filters.MultipleChoiceFilter:
    """A repeatable choice parameter: a deal matches when it matches any of the values."""
    kwargs.setdefault("widget", forms.SelectMultiple(attrs={"size": 5}))
    # django-filter adds DISTINCT by default for repeatable filters, in case they join a
    # many-valued relation; these filter a column of the deal itself, and a DISTINCT over
    # every column of every deal costs more than the statistics that aggregate over it.
    kwargs.setdefault("distinct", False)
    filter_ = AnyOfFilter(
        choices=choices,
        label=label,
        help_text=help_text,
        error_messages={"invalid_choice": f"“%(value)s” is not a known {noun}."},
        **kwargs,
    )
    filter_.field_class = ManyChoicesField
    return filter_


def _multi_slug(
    model: type[models.Model],
    *,
    label: str,
    method: str,
    help_text: str = "",
    field_class: type = ManySlugsField,
) -> django_filters.ModelMultipleChoiceFilter:
    """A repeatable slug parameter (``target=pd-1&target=vegf-a``); an unknown slug is a 400."""
    noun = model._meta.verbose_name
    filter_ = django_filters.ModelMultipleChoiceFilter(
        queryset=model._default_manager.all(),
        to_field_name="slug",
        label=label,
        method=method,
        help_text=help_text,
        widget=forms.SelectMultiple(attrs={"size": 5}),
        error_messages={"invalid_choice": f"No {noun} with slug “%(value)s”."},
    )
    filter_.field_class = field_class
    return filter_


class ManySlugsOrNoneField(ManySlugsField):
    """Several objects by slug, or ``none``: deals with no asset that has one."""

    def clean(self, value: Any) -> Any:
        values = [value] if isinstance(value, str) else list(value or [])
        wants_none = any(str(v).strip().lower() == NONE for v in values)
        rest = [v for v in values if str(v).strip().lower() != NONE]
        if not rest:
            return [NONE] if wants_none else super().clean(rest)
        cleaned = list(super().clean(rest))
        return [*cleaned, NONE] if wants_none else cleaned


def _listed(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple | QuerySet) else [value]


def _any_of(method: Any) -> Any:
    """Skip a multi-value filter with no values (an empty selection is "any", not "none")."""

    def wrapper(self: Any, queryset: QuerySet[Deal], name: str, value: Any) -> QuerySet[Deal]:
        # django-filter skips [] but not the empty QuerySet a ModelMultipleChoiceField returns.
        values = _listed(value)
        return method(self, queryset, name, values) if values else queryset

    return wrapper


def territory_covers(code: str) -> Q:
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


def _party_exists(*conditions: Q, **kwargs: Any) -> Exists:
    return Exists(DealParty.objects.filter(*conditions, deal=OuterRef("pk"), **kwargs))


def _asset_exists(*conditions: Q, **kwargs: Any) -> Exists:
    return Exists(DealAsset.objects.filter(*conditions, deal=OuterRef("pk"), **kwargs))
