"""core/select_cache.py: a cached select is the select Django would render, and never outlives
what it shows (its options, the selected values, the data behind model choices)."""

from __future__ import annotations

from typing import Any

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates
from django.http import QueryDict
from django.test import override_settings

from core import select_cache
from core.forms_renderer import FastSelectRenderer
from deals.analytics.comps import CompsFilterSet
from deals.filters import DealFilterSet
from tests import factories as f

pytestmark = pytest.mark.django_db

QUERIES = (
    "",
    "licensor_country=KR&licensor_country=GREATER_CHINA&territory=WW&status=announced",
    "target=pd-1&conference=jpm-2026&ordering=title&deal_type=license",
)


@pytest.fixture(autouse=True)
def _empty_cache() -> Any:
    select_cache.clear()
    yield
    select_cache.clear()


def _selects(form: forms.Form) -> list[Any]:
    """The form's cached selects (a subclass such as django-filter's CSVSelect is left alone)."""
    cached = [form[name] for name, field in form.fields.items()
              if isinstance(field.widget, select_cache.CachedSelectMixin)]  # fmt: skip
    names = {bound.name for bound in cached}
    assert {"licensor_country", "territory", "target", "conference", "indication"} <= names
    return cached


def _render(bound: Any, renderer: Any, *, cached: bool) -> str:
    widget = bound.field.widget
    args = (bound.html_name, bound.value())
    attrs = bound.build_widget_attrs({})
    if cached:
        return str(widget.render(*args, attrs=attrs, renderer=renderer))
    # The uncached path: the same widget class's parent render, as before the cache.
    parent = super(select_cache.CachedSelectMixin, widget)
    return str(parent.render(*args, attrs=attrs, renderer=renderer))  # type: ignore[attr-defined]


def _world() -> None:
    f.TargetFactory(name="PD-1", slug="pd-1")
    f.TargetFactory(name='VEGF "A" & <b>')
    f.TherapeuticAreaFactory(name="Oncology")
    f.ConferenceFactory(name="JPM 2026", slug="jpm-2026", year=2026)
    f.RegionFactory(code="WW", name="Worldwide")


@pytest.mark.parametrize("renderer", [FastSelectRenderer(), DjangoTemplates()])
def test_every_filter_select_is_the_uncached_markup_on_miss_and_on_hit(renderer: Any) -> None:
    _world()
    checked = 0
    for filterset_class in (DealFilterSet, CompsFilterSet):
        for query in QUERIES:
            for bound in _selects(filterset_class(QueryDict(query)).form):
                uncached = _render(bound, renderer, cached=False)
                assert _render(bound, renderer, cached=True) == uncached, bound.name  # miss
                assert _render(bound, renderer, cached=True) == uncached, bound.name  # hit
                checked += 1
    assert checked >= 30


def test_the_selected_values_are_part_of_the_key() -> None:
    _world()
    plain = str(DealFilterSet(QueryDict()).form["licensor_country"])
    chosen = str(DealFilterSet(QueryDict("licensor_country=KR")).form["licensor_country"])
    assert 'value="KR" selected' in chosen
    assert 'value="KR" selected' not in plain
    assert str(DealFilterSet(QueryDict()).form["licensor_country"]) == plain


def test_a_new_target_or_region_shows_at_once() -> None:
    """Model choices are keyed by the database's data version, callable choices by content:
    an entry made before a write is never served after it."""
    _world()
    before = str(DealFilterSet(QueryDict()).form["target"])
    territory_before = str(DealFilterSet(QueryDict()).form["territory"])
    f.TargetFactory(name="TROP2-new")
    f.RegionFactory(code="ASEAN_NEW", name="ASEAN (new)")
    after = str(DealFilterSet(QueryDict()).form["target"])
    territory_after = str(DealFilterSet(QueryDict()).form["territory"])
    assert "TROP2-new" not in before and "TROP2-new" in after
    assert "ASEAN (new)" not in territory_before and "ASEAN (new)" in territory_after


def test_a_renamed_target_shows_its_new_name() -> None:
    _world()
    target = f.TargetFactory(name="HER2")
    assert "HER2" in str(DealFilterSet(QueryDict()).form["target"])
    target.name = "ERBB2 (HER2)"
    target.save()
    assert "ERBB2 (HER2)" in str(DealFilterSet(QueryDict()).form["target"])


@override_settings(RESULT_CACHE_LOCAL=False)
def test_without_the_local_cache_model_choices_are_read_every_time() -> None:
    _world()
    form = DealFilterSet(QueryDict()).form
    widget = form.fields["target"].widget
    assert select_cache._choices_key(widget) is None  # type: ignore[arg-type]
    countries = form.fields["licensor_country"].widget
    assert select_cache._choices_key(countries) is not None  # type: ignore[arg-type]


def test_an_unhashable_key_renders_without_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model choice whose query has a list parameter cannot be a key: rendered, not a 500."""

    class Odd(forms.Form):
        pick = forms.ModelMultipleChoiceField(
            queryset=f.TargetFactory._meta.model.objects.all(),
            widget=select_cache.CachedSelectMultiple,
        )

    _world()
    monkeypatch.setattr(select_cache, "_choices_key", lambda widget: ("model", ["a list"]))
    assert "PD-1" in str(Odd()["pick"])


def test_country_lists_are_keyed_by_name_and_language_not_rebuilt() -> None:
    """The country selects' options depend only on the language: keyed without calling for the
    list again, and a change of language gives other markup."""
    from django.utils import translation

    form = DealFilterSet(QueryDict()).form
    for name in ("licensor_country", "licensee_country"):
        key = select_cache._choices_key(form.fields[name].widget)  # type: ignore[arg-type]
        assert key is not None and key[0] == "language-only"
    english = str(DealFilterSet(QueryDict()).form["licensor_country"])
    with translation.override("de"):
        german = str(DealFilterSet(QueryDict()).form["licensor_country"])
    assert "Germany" in english and "Deutschland" in german
