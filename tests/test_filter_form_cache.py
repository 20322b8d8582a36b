"""The deal FilterSet's form class is built once per FilterSet class and still sees new data."""

from __future__ import annotations

import pytest
from django.http import QueryDict

from deals.analytics.comps import CompsFilterSet
from deals.filters import DealFilterSet
from tests import factories as f

pytestmark = pytest.mark.django_db


def test_the_form_class_is_built_once_per_filterset_class() -> None:
    first = DealFilterSet(QueryDict()).get_form_class()
    assert DealFilterSet(QueryDict()).get_form_class() is first
    assert CompsFilterSet(QueryDict()).get_form_class() is not first  # its own filters


def test_a_shared_form_class_still_sees_new_regions_and_conferences() -> None:
    DealFilterSet(QueryDict()).form  # noqa: B018 (builds and caches the form class)
    f.RegionFactory(code="NEW_REGION", name="A new region")
    conference = f.ConferenceFactory(name="New conf", slug="new-conf", year=2026)
    filterset = DealFilterSet(QueryDict("territory=NEW_REGION&conference=new-conf"))
    assert filterset.is_valid(), filterset.errors
    assert filterset.form.cleaned_data["conference"] == conference
    assert "NEW_REGION" in filterset.form.cleaned_data["territory"]
