"""Each request's copy of a FilterSet's filters and of its form's fields, without deep copies.

django-filter deep-copies every filter of a FilterSet when one is created, and Django deep-copies
every field of a form when one is created. For the deal list's 30-odd filters that meant
deep-copying their querysets, their ``extra`` keyword arguments and every choice list (the
country and region lists hold hundreds of tuples) on every request, several times on pages
that build more than one FilterSet (compare, profiles, the totals row): the largest part of a
FilterSet's cost. What a request may change is an attribute of its own copy (a filter's
``parent``, ``model`` and ``extra``; a field's widget, its attributes, error messages,
validators and, for a model choice field, its queryset), so those are copied one level deep
and the rest (choice lists, base querysets, labels) is shared, read-only, as Django's own
widget copy already shares its choices. Fields made of other fields or widgets (a
``MultiValueField``, a ``MultiWidget``) are deep-copied as before.

tests/test_filter_copies.py renders and cleans forms built both ways and checks that a change
to one request's copy never reaches another's.
"""

from __future__ import annotations

import copy
from typing import Any

import django_filters
from django import forms
from django_filters.filters import FilterMethod


def copy_filter(filter_: django_filters.Filter) -> django_filters.Filter:
    """A filter for one FilterSet instance: its own attributes and ``extra``, shared values."""
    copied = copy.copy(filter_)
    copied.extra = dict(filter_.extra)
    if isinstance(copied.__dict__.get("filter"), FilterMethod):
        # A ``method=`` filter calls through a FilterMethod bound to its filter (to find the
        # method on the filter's parent FilterSet): bind it to the copy.
        copied.filter = FilterMethod(copied)
    return copied


def copy_field(field: forms.Field) -> forms.Field:
    """A form field for one form instance, as Django's ``Field.__deepcopy__`` makes it but
    sharing the choices instead of copying each of them."""
    if isinstance(field, forms.MultiValueField) or isinstance(field.widget, forms.MultiWidget):
        return copy.deepcopy(field)
    copied = copy.copy(field)
    widget = copy.copy(field.widget)
    widget.attrs = dict(field.widget.attrs)
    copied.widget = widget
    copied.error_messages = dict(field.error_messages)
    copied.validators = list(field.validators)
    if isinstance(copied, forms.ModelChoiceField) and copied.queryset is not None:
        # Its own queryset (and so its own choice iterator), as Django's copy gives it.
        copied.queryset = copied.queryset.all()
    return copied


class FilterCopies(dict[str, Any]):
    """A FilterSet's ``base_filters``: ``copy.deepcopy`` of it (django-filter's per-instance
    copy) copies each filter with :func:`copy_filter`."""

    def __deepcopy__(self, memo: dict[int, Any]) -> dict[str, Any]:
        return {name: copy_filter(value) for name, value in self.items()}


class FieldCopies(dict[str, Any]):
    """A form class's ``base_fields``: ``copy.deepcopy`` of it (Django's per-form copy) copies
    each field with :func:`copy_field`."""

    def __deepcopy__(self, memo: dict[int, Any]) -> dict[str, Any]:
        return {name: copy_field(value) for name, value in self.items()}


class FilterSet(django_filters.FilterSet):
    """django-filter's FilterSet whose instances copy its filters with :class:`FilterCopies`."""

    @classmethod
    def get_filters(cls) -> Any:
        return FilterCopies(super().get_filters())
