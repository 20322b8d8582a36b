"""Django's form renderer, with ``<select>`` and ``<input>`` widgets written in Python instead
of templates.

The deal list's filter form holds several selects of every country, region, target, area and
indication: thousands of ``<option>`` elements, each of which Django renders through two
template includes (select_option.html and attrs.html). That was most of the HTML deal list's
time. :class:`FastSelectRenderer` writes the same markup, byte for byte, with string joins
(tests/test_forms_renderer.py compares the two on every select of the site's forms). The
filter forms' two dozen text, number and date inputs went through three templates each
(their widget's, input.html and attrs.html), the next largest cost of the HTML deal list; they
are written the same way. Any other widget, or an option with its own template, goes through
the templates as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.forms.renderers import DjangoTemplates
from django.utils.formats import localize
from django.utils.html import conditional_escape, escape
from django.utils.safestring import SafeData, mark_safe
from django.utils.timezone import template_localtime  # type: ignore[attr-defined]

SELECT = "django/forms/widgets/select.html"
OPTION = "django/forms/widgets/select_option.html"
# Widget templates whose whole content is ``{% include "django/forms/widgets/input.html" %}``
# (Django's own; this project overrides none of them).
INPUTS = frozenset(
    f"django/forms/widgets/{name}.html"
    for name in (
        "input", "text", "number", "email", "url", "search", "tel", "password", "hidden",
        "date", "datetime", "time", "checkbox", "color",
    )
)  # fmt: skip


def _value(value: Any) -> str:
    """``{{ value }}`` in a template: localised, then escaped unless already safe."""
    value = localize(template_localtime(value))
    if not isinstance(value, str):
        value = str(value)
    return str(conditional_escape(value))


def _formatted(value: Any) -> str:
    """``{{ value|stringformat:'s' }}``: ``"%s" % value``, escaped unless the input was safe."""
    text = "%s" % (value,)  # noqa: UP031 (the filter's own formatting)
    return text if isinstance(value, SafeData) else str(escape(text))


def _attrs(attrs: dict[str, Any]) -> str:
    """django/forms/widgets/attrs.html."""
    parts = []
    for name, value in attrs.items():
        if value is False:
            continue
        parts.append(
            f" {_value(name)}" if value is True else f' {_value(name)}="{_formatted(value)}"'
        )
    return "".join(parts)


class FastSelectRenderer(DjangoTemplates):
    """The default renderer; selects and their options are written without templates."""

    def render(self, template_name: str, context: dict[str, Any], request: Any = None) -> str:
        if template_name == SELECT:
            html = self._select(context["widget"])
            if html is not None:
                return mark_safe(html)  # noqa: S308 (every value above is escaped)
        elif template_name in INPUTS:
            return mark_safe(self._input(context["widget"]))  # noqa: S308 (escaped as above)
        return super().render(template_name, context, request)

    def _input(self, widget: dict[str, Any]) -> str:
        """django/forms/widgets/input.html."""
        value = widget["value"]
        shown = "" if value is None else f' value="{_formatted(value)}"'
        return (
            f'<input type="{_value(widget["type"])}" name="{_value(widget["name"])}"'
            f"{shown}{_attrs(widget['attrs'])}>"
        )

    def _select(self, widget: dict[str, Any]) -> str | None:
        out = [f'<select name="{_value(widget["name"])}"{_attrs(widget["attrs"])}>']
        groups: Iterable[tuple[Any, list[dict[str, Any]], int]] = widget["optgroups"]
        for group_name, options, _index in groups:
            if group_name:
                out.append(f'\n  <optgroup label="{_value(group_name)}">')
            for option in options:
                if option.get("template_name") != OPTION:
                    return None  # a custom option template: let the templates render it all
                # select_option.html ends with a newline, which its include keeps.
                out.append(
                    f'\n  <option value="{_formatted(option["value"])}"'
                    f"{_attrs(option['attrs'])}>{_value(option['label'])}</option>\n"
                )
            if group_name:
                out.append("\n  </optgroup>")
        out.append("\n</select>")
        return "".join(out)
