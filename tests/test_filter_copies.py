"""Per-request copies of filters and form fields one level deep (core/filter_copies.py): the
same validation, queries and markup as django-filter's and Django's deep copies, and no
request's change reaching another's."""

from __future__ import annotations

from typing import Any

import django_filters
import pytest
from django import forms
from django.core.exceptions import EmptyResultSet
from django.http import QueryDict

from companies.filters import AssetFilterSet, CompanyFilterSet
from core.select_cache import cache_selects
from deals.filters import ConferenceFilterSet, DealFilterSet
from deals.models import Deal
from tests.factories import CompanyFactory, ConferenceFactory

QUERIES = [
    "",
    "q=PD-1+VEGF&deal_type=license&deal_type=option&status=announced",
    "licensor_country=KR&licensee_country=US&min_upfront_usd=50M&ordering=-upfront_usd",
    "conference=jpm-2026&announced_after=2026-01-01&announced_before=2026-01-31",
    "conference=no-such-conference",  # an error naming the slug
    "min_upfront_usd=lots&licensor_country=XX&has_upfront=maybe&ordering=,,",
    "therapeutic_area=none&phase_at_signing=phase_2&deal_class=licensing",
]


class DeepDealFilterSet(DealFilterSet):
    """The deal FilterSet as django-filter and Django copy it: every filter and form field
    deep-copied for each instance, the form class built for each instance."""

    base_filters = dict(DealFilterSet.base_filters)  # a plain dict: deep-copied

    def get_form_class(self) -> type[forms.Form]:
        form_class = cache_selects(django_filters.FilterSet.get_form_class(self))
        form_class.base_fields = dict(form_class.base_fields)  # a plain dict: deep-copied
        return form_class


def _sql(filterset: Any) -> str:
    try:
        return str(filterset.qs.query)
    except EmptyResultSet:  # a search that matches no deal filters by an empty id list
        return "<matches nothing>"


def _outcome(filterset: Any) -> dict[str, Any]:
    form = filterset.form
    valid = filterset.is_valid()
    return {
        "valid": valid,
        "errors": form.errors.get_json_data(),
        "cleaned": {k: str(v) for k, v in form.cleaned_data.items()} if valid else None,
        "sql": _sql(filterset) if valid else None,
        "html": [str(form[name]) for name in form.fields],
    }


@pytest.mark.django_db
@pytest.mark.parametrize("query", QUERIES)
def test_the_light_copies_validate_filter_and_render_as_deep_copies_do(query: str) -> None:
    ConferenceFactory(slug="jpm-2026")
    CompanyFactory(name="AbbVie")
    data = QueryDict(query)
    light = _outcome(DealFilterSet(data=data, queryset=Deal.objects.all()))
    deep = _outcome(DeepDealFilterSet(data=data, queryset=Deal.objects.all()))
    assert light == deep


@pytest.mark.django_db
def test_the_filter_sets_of_the_other_lists_still_filter() -> None:
    CompanyFactory(name="AbbVie", country="US")
    for filterset_class, query in (
        (CompanyFilterSet, "country=US"),
        (AssetFilterSet, "q=RC148"),
        (ConferenceFilterSet, "q=J.P."),
    ):
        first = filterset_class(data=QueryDict(query), queryset=None)
        assert first.is_valid(), first.errors
        list(first.qs)
        assert type(first.base_filters).__name__ == "FilterCopies"


@pytest.mark.django_db
def test_instances_share_read_only_values_but_nothing_they_change() -> None:
    data = QueryDict("licensor_country=KR")
    first = DealFilterSet(data=data, queryset=Deal.objects.all())
    # Shared, read-only: the base queryset of a filter (a deep copy would have copied it).
    base = DealFilterSet.base_filters["conference"]
    assert first.filters["conference"].queryset is base.queryset
    assert first.filters["conference"] is not base

    # Changed on one instance: its filters and its form's fields, widgets, messages.
    first.filters["conference"].extra["help_text"] = "changed"
    first.filters["licensor_country"].parent = None
    field = first.form.fields["licensor_country"]
    field.widget.attrs["data-changed"] = "yes"
    field.error_messages["invalid_choice"] = "changed"
    field.validators.append(lambda value: None)
    field.choices = [("KR", "Korea only")]
    first.form.fields["conference"].queryset = first.form.fields["conference"].queryset.none()

    second = DealFilterSet(data=data, queryset=Deal.objects.all())
    assert second.filters["conference"].extra.get("help_text") != "changed"
    assert second.filters["licensor_country"].parent is second
    other = second.form.fields["licensor_country"]
    assert "data-changed" not in other.widget.attrs
    assert other.error_messages["invalid_choice"] != "changed"
    deep = DeepDealFilterSet(data=data, queryset=Deal.objects.all())
    assert len(other.validators) == len(deep.form.fields["licensor_country"].validators)
    assert list(other.choices) == list(deep.form.fields["licensor_country"].choices)
    assert second.form.fields["conference"].queryset.query.is_empty() is False
    assert second.is_valid(), second.errors
