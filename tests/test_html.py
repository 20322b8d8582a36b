"""core/html.py writes exactly what django.utils.html does, on inputs that tell them apart."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.utils import html as django_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy

from core import html

ODD = [
    "plain", "<b>&\"'</b>", mark_safe("<i>safe</i>"), gettext_lazy("Upfront cash"), 0, None,
    Decimal("5600000000.00"), date(2026, 1, 12), "", "Ａ社 – 株式会社 ₩8.2T", 3.5, True,
]  # fmt: skip


@pytest.mark.parametrize("value", ODD)
def test_conditional_escape_is_djangos(value) -> None:
    assert html.conditional_escape(value) == str(django_html.conditional_escape(value))


@pytest.mark.parametrize("value", ODD)
def test_format_html_is_djangos(value) -> None:
    template = '<a href="{}" title="{}">{}</a>'
    ours = html.format_html(template, value, value, value)
    theirs = django_html.format_html(template, value, value, value)
    assert ours == theirs
    assert isinstance(ours, SafeString)
    assert html.format_html("{x}{}", value, x=value) == django_html.format_html(
        "{x}{}", value, x=value
    )


def test_format_html_join_is_djangos() -> None:
    rows = [(value, "<x>") for value in ODD]
    assert html.format_html_join("; <", "{} [{}]", rows) == django_html.format_html_join(
        "; <", "{} [{}]", rows
    )
    named = [{"a": value} for value in ODD]
    assert html.format_html_join(mark_safe("<br>"), "{a}", named) == (
        django_html.format_html_join(mark_safe("<br>"), "{a}", named)
    )


def test_format_html_without_arguments_is_refused_as_djangos_is() -> None:
    with pytest.raises(TypeError):
        html.format_html("<b>no arguments</b>")
