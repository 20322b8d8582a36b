"""Filter pieces every FilterSet shares: fields that refuse what they do not understand
(a typo is a 400 naming the parameter, never a silently unfiltered list), lookups by slug or
id, and the shape of the ``q`` search box."""

from __future__ import annotations

from typing import Any

import django_filters
from django import forms
from django.db import connections, models
from django.db.models import QuerySet
from django_countries import countries
from django_filters import fields as filter_fields
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from core.select_cache import language_only

# Long enough for any company or asset name; short enough that a pasted page cannot turn a
# search into a denial of service.
Q_MAX_LENGTH = 200


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


@language_only
def country_choices() -> list[tuple[str, str]]:
    """Every country by ISO code, named in the active language."""
    return list(countries)


class CountryFilter(django_filters.ChoiceFilter):
    """A country filter by ISO 3166-1 alpha-2 code, rendered as a select of country names."""

    field_class = CountryCodeField

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("choices", country_choices)
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


class LookupField(filter_fields.ModelChoiceField):
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

    field_class = LookupField


def slug_filter(
    model: type[models.Model], *, label: str, field_name: str | None = None, **kwargs: Any
) -> SlugFilter:
    """A filter by ``model``'s slug whose unknown values are a 400 naming the slug.

    ``to_field_name="slug"`` makes the form field look the slug up (one query) and say
    "No <model> with slug …" rather than return an empty page that looks like "no deals".
    """
    noun = model._meta.verbose_name
    kwargs.setdefault("widget", forms.TextInput(attrs={"placeholder": f"{noun} slug"}))
    kwargs.setdefault("empty_label", f"Any {noun}")
    return SlugFilter(
        queryset=model._default_manager.all(),
        to_field_name="slug",
        label=label,
        field_name=field_name,
        error_messages={"invalid_choice": f"No {noun} with slug “%(value)s”."},
        **kwargs,
    )


@extend_schema_field(OpenApiTypes.INT)
class IdFilter(django_filters.ModelChoiceFilter):
    """A ModelChoiceFilter by primary key, documented as an integer."""

    field_class = LookupField


def id_filter(model: type[models.Model], *, label: str, field_name: str, **kwargs: Any) -> IdFilter:
    """A filter by ``model``'s primary key (the ``<fk>_id`` parameters); unknown ids are a 400."""
    noun = model._meta.verbose_name
    kwargs.setdefault("widget", forms.NumberInput(attrs={"min": 1}))
    return IdFilter(
        queryset=model._default_manager.all(),
        label=label,
        field_name=field_name,
        error_messages={"invalid_choice": f"No {noun} with id “%(value)s”."},
        **kwargs,
    )


def text_search_field(help_text: str = "") -> django_filters.CharFilter:
    """The ``q`` filter's shape, shared by every FilterSet (its method differs)."""
    return django_filters.CharFilter(
        method="search",
        label="Search",
        help_text=help_text,
        max_length=Q_MAX_LENGTH,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "Name, alias or code"}),
    )


def is_postgres(qs: QuerySet) -> bool:
    return connections[qs.db].vendor == "postgresql"
