"""Rendered ``<select>``s of the filter forms, kept in the process while nothing they show changed.

The deal list's filter form holds about 1,500 ``<option>`` elements (every country, region,
conference, target, area and indication, some in several selects). Even written without
templates (core/forms_renderer.py), building each option (Django's ``optgroups`` and
``create_option``) and escaping it was the larger part of the HTML deal list's time, on every
request, for markup that changes only when the reader's selection or the vocabulary does.

A select's HTML is therefore cached under everything it is made of: the widget's class and
templates, the field name, its attributes, the selected values, the renderer, the language, and
its choices. Choices given as values (a list, or a callable such as the territories, called
again for every key) are part of the key by content, so a key can never outlive them; a
callable marked :func:`language_only` (the country lists) by its name, the language being in
the key already. Choices read from a model (a ``ModelChoiceField``'s queryset) are keyed by
the query's SQL and the database's data version (:func:`core.result_cache.db_version`, moved
by every committed write to the catalogue), the same exactness the per-process counts rely on;
with ``RESULT_CACHE_LOCAL`` off they are not cached. tests/test_select_cache.py compares
cached and uncached markup.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any

from django import forms
from django.conf import settings
from django.db import DatabaseError
from django.forms.models import ModelChoiceIterator
from django.utils import translation
from django.utils.choices import CallableChoiceIterator
from django_filters.fields import ChoiceIterator as FilterChoiceIterator

from core.result_cache import db_version, query_key

ENTRIES = 512  # a country select is about 15 KB: a few MB at most
_CACHE: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
_LOCK = threading.Lock()
# Choice callables whose options depend on nothing but the code and the active language.
_LANGUAGE_ONLY: set[Callable[[], Any]] = set()


def language_only[F: Callable[[], Any]](func: F) -> F:
    """Mark a choices callable whose result depends only on the code and the active language
    (a country list): its selects are keyed by its name instead of by calling it again."""
    _LANGUAGE_ONLY.add(func)
    return func


def _flat(choices: Iterable[Any]) -> tuple[Any, ...]:
    """The choices as plain, hashable text: (value, label) pairs, groups nested as tuples."""
    out: list[Any] = []
    for value, label in choices:
        if isinstance(label, list | tuple):
            out.append((str(value), _flat(label)))
        else:
            out.append((str(value), str(label), type(label).__name__))
    return tuple(out)


def _choices_key(widget: forms.Select) -> tuple[Any, ...] | None:
    """What the widget's options are made of, or None when that cannot be told cheaply."""
    choices = widget.choices
    if isinstance(choices, ModelChoiceIterator):
        field = choices.field
        queryset = field.queryset
        if queryset is None or not settings.RESULT_CACHE_LOCAL:
            return None
        key = query_key(queryset)
        try:
            token = db_version(queryset.db)
        except DatabaseError:  # no stamp table yet (a database being migrated)
            return None
        if token is None:
            return None
        label = getattr(field.label_from_instance, "__func__", field.label_from_instance)
        empty = field.empty_label
        return ("model", key, token, type(field).__qualname__, label.__qualname__,
                field.to_field_name, None if empty is None else str(empty))  # fmt: skip
    func: Any = None
    extra: tuple[Any, ...] = ()
    if isinstance(choices, CallableChoiceIterator):
        func = choices.func
    elif isinstance(choices, FilterChoiceIterator):
        # django-filter's wrapper adds the field's empty and null choices before the callable's.
        func = choices.choices
        field = choices.field
        extra = tuple(
            None if value is None else str(value)
            for value in (field.empty_label, field.null_label, field.null_value)
        )
    if callable(func) and func in _LANGUAGE_ONLY:
        return ("language-only", f"{func.__module__}.{func.__qualname__}", extra)
    return ("values", _flat(choices))


class CachedSelectMixin:
    """``render()`` answered from the cache when the same select was rendered before."""

    def render(
        self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None
    ) -> Any:
        widget: Any = self
        choices = _choices_key(widget)
        if choices is None:
            return super().render(name, value, attrs, renderer)  # type: ignore[misc]
        built = widget.build_attrs(widget.attrs, attrs)
        key = (
            type(self), widget.template_name, widget.option_template_name, widget.is_required,
            name, repr(sorted(built.items(), key=lambda item: str(item[0]))),
            tuple(str(v) for v in widget.format_value(value)), type(renderer),
            translation.get_language(), choices,
        )  # fmt: skip
        try:
            hash(key)
        except TypeError:  # a query parameter that is a list: render without the cache
            return super().render(name, value, attrs, renderer)  # type: ignore[misc]
        with _LOCK:
            hit = _CACHE.get(key)
            if hit is not None:
                _CACHE.move_to_end(key)
                return hit
        html = super().render(name, value, attrs, renderer)  # type: ignore[misc]
        with _LOCK:
            _CACHE[key] = html
            while len(_CACHE) > ENTRIES:
                _CACHE.popitem(last=False)
        return html


class CachedSelect(CachedSelectMixin, forms.Select):
    """A :class:`~django.forms.Select` whose markup is cached (see the module docstring)."""


class CachedSelectMultiple(CachedSelectMixin, forms.SelectMultiple):
    """A :class:`~django.forms.SelectMultiple` whose markup is cached."""


_SWAPS: dict[type, type] = {forms.Select: CachedSelect, forms.SelectMultiple: CachedSelectMultiple}


def cache_selects(form_class: type[forms.Form]) -> type[forms.Form]:
    """Give ``form_class``'s plain selects the cached rendering (other widgets are left alone:
    a subclass may render differently). Returns the class, changed in place."""
    for field in form_class.base_fields.values():
        swap = _SWAPS.get(type(field.widget))
        if swap is not None:
            field.widget.__class__ = swap
    return form_class


def clear() -> None:
    """Forget every cached select (tests)."""
    with _LOCK:
        _CACHE.clear()
