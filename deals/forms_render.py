"""A form renderer that writes ``<select>`` elements in Python.

Django renders a select through templates, one included template per ``<option>``; the deal
filter form has about 740 options (two country lists, conferences, targets...) and spent
more time on them than on the 50 deals below it. The markup is the same as Django's
(``django/forms/widgets/select.html``): tests/test_pages.py compares the two.
"""

from __future__ import annotations

from typing import Any

from django.forms.renderers import DjangoTemplates
from django.forms.utils import flatatt
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe

SELECT_TEMPLATE = "django/forms/widgets/select.html"


def _attrs(attrs: dict[str, Any]) -> str:
    # attrs.html's rules: False leaves the attribute out, True writes its bare name.
    return flatatt({k: v for k, v in attrs.items() if v is not None})


def render_select(widget: dict[str, Any]) -> SafeString:
    """``widget`` is the ``"widget"`` entry of a Select widget's context."""
    parts = [format_html('<select name="{}"', widget["name"]), _attrs(widget["attrs"]), ">"]
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            parts.append(format_html('<optgroup label="{}">', group_name))
        for option in options:
            parts.append(
                f'<option value="{conditional_escape(str(option["value"]))}"'
                f"{_attrs(option['attrs'])}>{conditional_escape(option['label'])}</option>"
            )
        if group_name:
            parts.append("</optgroup>")
    parts.append("</select>")
    return mark_safe("".join(parts))  # noqa: S308 - every value above is escaped


class FastSelectRenderer(DjangoTemplates):
    """Django's default form renderer, except that selects are written by :func:`render_select`."""

    def render(self, template_name: str, context: dict[str, Any], request: Any = None) -> str:
        if template_name == SELECT_TEMPLATE:
            return render_select(context["widget"])
        return super().render(template_name, context, request)


FAST_RENDERER = FastSelectRenderer()
