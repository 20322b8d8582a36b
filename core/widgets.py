"""``<select>`` elements written in Python, for the browse pages' filter forms.

Django renders a select by building a dict per option (``optgroups``) and then one included
template per ``<option>``. The deal filter form has about 740 options (two country lists,
conferences, targets...), which cost more than the 50 deals listed below it. :class:`FastSelect`
writes the same markup straight from the choices: tests/test_pages.py compares the two.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.forms.models import ModelChoiceIterator
from django.forms.utils import flatatt
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe


class FastSelect(forms.Select):
    """A single-choice Select with the markup of ``django/forms/widgets/select.html``."""

    def render(
        self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None
    ) -> SafeString:
        wanted = set(self.format_value(value))
        found = False  # Django selects the first matching option only, unless multiple
        attributes = _attrs(self.build_attrs(self.attrs, attrs))
        parts = [format_html('<select name="{}"', name), attributes, ">"]
        for group, choices in _groups(_choices(self.choices)):
            if group:
                parts.append(format_html('<optgroup label="{}">', group))
            for option_value, label in choices:
                text = "" if option_value is None else str(option_value)
                selected = (self.allow_multiple_selected or not found) and text in wanted
                found |= selected
                start, end = _option(text, str(label))
                parts.append(f"{start} selected{end}" if selected else f"{start}{end}")
            if group:
                parts.append("</optgroup>")
        parts.append("</select>")
        # Every value above went through format_html or conditional_escape.
        return mark_safe("".join(parts))  # noqa: S308  # nosec B308 B703


# (value, label) -> the escaped halves of its <option>, around where " selected" goes. The
# same few hundred options (countries, conferences, targets) are written on every list page.
_OPTIONS: dict[tuple[str, str], tuple[str, str]] = {}
_OPTIONS_MAX = 20_000


def _option(value: str, label: str) -> tuple[str, str]:
    key = (value, label)
    parts = _OPTIONS.get(key)
    if parts is None:
        if len(_OPTIONS) >= _OPTIONS_MAX:
            _OPTIONS.clear()  # renamed companies and targets must not accumulate forever
        parts = _OPTIONS[key] = (
            f'<option value="{conditional_escape(value)}"',
            f">{conditional_escape(label)}</option>",
        )
    return parts


def _choices(choices: Any) -> Any:
    """The choices; a model field's in one plain query. ModelChoiceIterator reads its queryset
    through .iterator(), which on PostgreSQL costs a server-side cursor (three round trips)."""
    if not isinstance(choices, ModelChoiceIterator):
        return choices
    empty = [("", choices.field.empty_label)] if choices.field.empty_label is not None else []
    return empty + [choices.choice(obj) for obj in choices.queryset]


def _attrs(attrs: dict[str, Any]) -> str:
    # attrs.html's rules: False and None leave the attribute out, True writes its bare name.
    return flatatt({k: v for k, v in attrs.items() if v is not None and v is not False})


def _groups(choices: Any) -> list[tuple[Any, list[tuple[Any, Any]]]]:
    """Django's optgroups() without the per-option dicts: (group label or None, choices)."""
    groups: list[tuple[Any, list[tuple[Any, Any]]]] = []
    for option_value, label in choices:
        if isinstance(label, list | tuple):
            groups.append((option_value, list(label)))
        elif groups and groups[-1][0] is None:
            groups[-1][1].append((option_value, label))
        else:
            groups.append((None, [(option_value, label)]))
    return groups


def speed_up_selects(form: forms.BaseForm) -> None:
    """Make ``form``'s plain Select widgets FastSelects (this form instance only: Django copies
    widgets per form). The class is swapped in place so that every attribute Django set on the
    widget (choices kept in sync with a ModelChoiceField's queryset, required...) stays."""
    for field in form.fields.values():
        if type(field.widget) is forms.Select:
            field.widget.__class__ = FastSelect
