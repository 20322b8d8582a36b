"""Serializer fields every API endpoint shares: money as decimal strings, blanks as null,
country codes, links to the HTML page and the API, and references by id or slug."""

from __future__ import annotations

from typing import Any

from django.urls import NoReverseMatch
from django.utils.encoding import iri_to_uri
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.reverse import reverse

from core.api.base import is_id

MONEY_MAX_DIGITS = 20


def money_field(**kwargs: Any) -> serializers.DecimalField:
    """A read-only money amount: a decimal string with two places, or null."""
    kwargs.setdefault("read_only", True)
    kwargs.setdefault("allow_null", True)
    return serializers.DecimalField(max_digits=MONEY_MAX_DIGITS, decimal_places=2, **kwargs)


def _absolute(request: Any, path: str) -> str:
    return request.build_absolute_uri(path) if request is not None else path


def html_url(obj: Any, prefix: str, request: Any = None) -> str:
    """The object's HTML page, absolute when a request is known.

    Falls back to ``/<prefix>/<slug>/`` (the URL docs/contract.md fixes) while the browse pages'
    URL names are not installed, so the API never fails on a missing HTML route.
    """
    try:
        path = obj.get_absolute_url()
    except NoReverseMatch:
        path = iri_to_uri(f"/{prefix}/{obj.slug}/")
    return _absolute(request, path)


def api_url(view_name: str, slug: str, request: Any = None) -> str:
    """The absolute URL of an object in this API."""
    return reverse(view_name, kwargs={"slug": slug}, request=request)


@extend_schema_field(
    {
        "type": "string",
        "nullable": True,
        "pattern": "^[A-Z]{2}$",
        "description": "ISO 3166-1 alpha-2 code.",
    }
)
class CountryCodeField(serializers.Field):
    """A django-countries value as its two-letter code, or null when blank."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, value: Any) -> str | None:
        code = getattr(value, "code", value)
        return str(code) if code else None


class BlankAsNullCharField(serializers.CharField):
    """A text column whose empty string means "not known": null on the wire."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("read_only", True)
        kwargs.setdefault("allow_null", True)
        super().__init__(**kwargs)

    # None is written as null; djangorestframework-stubs fix CharField's output to str.
    def to_representation(self, value: Any) -> str | None:  # type: ignore[override]
        return str(value) if value else None


@extend_schema_field(
    {
        "oneOf": [{"type": "integer"}, {"type": "string"}],
        "description": "The object's numeric id or its slug.",
    }
)
class SlugOrIdField(serializers.RelatedField):
    """A reference by id (``12`` or ``"12"``) or by slug (``"abbvie"``)."""

    default_error_messages = {
        "does_not_exist": "No {model} with id or slug “{value}”.",
        "incorrect_type": "Give an id (integer) or a slug (string), not {data_type}.",
    }

    def to_internal_value(self, data: Any) -> Any:
        queryset = self.get_queryset()
        assert queryset is not None  # DRF requires one of a writable related field
        model = queryset.model._meta.verbose_name
        if isinstance(data, bool) or not isinstance(data, int | str):
            self.fail("incorrect_type", data_type=type(data).__name__)
        text = str(data).strip()
        if "\x00" in text:  # PostgreSQL text cannot hold NUL; it names nothing
            self.fail("does_not_exist", model=model, value=text.replace("\x00", "\\0"))
        obj = None
        if is_id(text):
            obj = queryset.filter(pk=int(text)).first()
        if obj is None and text:
            obj = queryset.filter(slug=text).first()
        if obj is None:
            self.fail("does_not_exist", model=model, value=text)
        return obj

    def to_representation(self, value: Any) -> str:
        return value.slug
