"""core/forms_renderer.py writes every select exactly as Django's templates do."""

from __future__ import annotations

from typing import Any

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates
from django.forms.widgets import Input
from django.http import QueryDict
from django.utils.safestring import mark_safe

from core.forms_renderer import FastSelectRenderer
from deals.analytics.comps import CompsFilterSet
from deals.filters import ConferenceFilterSet, DealFilterSet
from tests import factories as f

pytestmark = pytest.mark.django_db


def widgets(form: forms.Form, kinds: Any) -> list[tuple[str, Any]]:
    return [(name, form[name]) for name, field in form.fields.items()
            if isinstance(field.widget, kinds)]  # fmt: skip


def selects(form: forms.Form) -> list[tuple[str, Any]]:
    return widgets(form, forms.Select | forms.SelectMultiple)


def both(bound: Any) -> tuple[str, str]:
    widget = bound.field.widget
    name, value, attrs = bound.html_name, bound.value(), bound.build_widget_attrs({})
    fast = widget.render(name, value, attrs=attrs, renderer=FastSelectRenderer())
    slow = widget.render(name, value, attrs=attrs, renderer=DjangoTemplates())
    return str(fast), str(slow)


def test_the_deal_filter_form_renders_byte_for_byte() -> None:
    f.TargetFactory(name='PD-1 "quoted" & <b>')
    f.TherapeuticAreaFactory(name="Oncology")
    f.ConferenceFactory(name="JPM 2026", slug="jpm-2026", year=2026)
    query = QueryDict(
        "licensor_country=KR&licensor_country=CN&territory=WW&status=announced&ordering=title"
    )
    checked = 0
    for filterset in (
        DealFilterSet(query),
        DealFilterSet(QueryDict()),
        CompsFilterSet(query),
        ConferenceFilterSet(QueryDict("country=US")),
    ):
        for name, bound in selects(filterset.form):
            fast, slow = both(bound)
            assert fast == slow, name
            checked += 1
    assert checked >= 8  # the form really has its selects


def test_odd_values_groups_and_attributes_render_the_same() -> None:
    class Odd(forms.Form):
        grouped = forms.ChoiceField(
            choices=[("Fruit", [("a", "Apple & <pear>"), ("b", mark_safe("<i>B</i>"))]),
                     (3, 2026), ("", "---")],
            widget=forms.Select(attrs={"data-x": '"q"', "required": True, "disabled": False}),
        )  # fmt: skip
        many = forms.MultipleChoiceField(choices=[(1, "one"), (2, "two")])

    form = Odd(data={"grouped": "a", "many": ["2"]})
    for _name, bound in selects(form):
        fast, slow = both(bound)
        assert fast == slow


def inputs(form: forms.Form) -> list[tuple[str, Any]]:
    return widgets(form, Input | forms.CheckboxInput)


def test_every_input_of_the_filter_forms_renders_byte_for_byte() -> None:
    query = QueryDict(
        "q=PD-1+%22VEGF%22+%26+<b>&upfront_min=1B&announced_after=2026-01-01&licensor=abbvie"
    )
    checked = 0
    for filterset in (
        DealFilterSet(query),
        DealFilterSet(QueryDict()),
        CompsFilterSet(query),
        ConferenceFilterSet(QueryDict("q=jpm")),
    ):
        for name, bound in inputs(filterset.form):
            fast, slow = both(bound)
            assert fast == slow, name
            checked += 1
    assert checked >= 10  # the forms really have their inputs


def test_odd_input_values_and_attributes_render_the_same() -> None:
    class Odd(forms.Form):
        text = forms.CharField(widget=forms.TextInput(attrs={"data-x": '"q"', "required": True,
                                                             "disabled": False}))  # fmt: skip
        safe = forms.CharField(widget=forms.TextInput)
        number = forms.DecimalField()
        day = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
        hidden = forms.CharField(widget=forms.HiddenInput)
        box = forms.BooleanField(required=False)
        empty = forms.CharField(
            required=False, widget=forms.TextInput(attrs={"placeholder": "<x>"})
        )
        password = forms.CharField(widget=forms.PasswordInput(render_value=True))

    data = {"text": 'a "b" & <c>', "safe": mark_safe("<i>x</i>"), "number": "1.50",
            "day": "2026-01-12", "hidden": "0", "box": "on", "password": "s&cret",
            "empty": ""}  # fmt: skip
    for form in (Odd(data=data), Odd(), Odd(initial={"number": 2, "box": True})):
        for _name, bound in inputs(form):
            fast, slow = both(bound)
            assert fast == slow, _name
