"""Deal-form pickers that create what they do not find: companies and assets typed by name.

The admin's autocomplete (Select2) offers what the analyst typed as an option of its own
(``data-tags``); choosing it sends the name instead of a primary key. The field then takes the
one company (or asset) of that exact name or alias, refuses a name that fits several (the
analyst picks one from the list), and otherwise creates it. Creation happens while the form is
validated; ``DealAdmin.changeform_view`` rolls the whole request back when the page comes back
with errors, so nothing is saved half-way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from django import forms
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from companies.models import Asset, Company


def _by_name(model: type[models.Model], name: str) -> models.QuerySet:
    """Rows of ``model`` whose name or one of whose aliases is exactly ``name`` (any case)."""
    return model._default_manager.filter(
        Q(name__iexact=name) | Q(aliases__name__iexact=name)
    ).distinct()


# What a typed name creates: a company or an asset by its name; the rest is filled in later.
CREATORS: dict[type[models.Model], Callable[[str], models.Model]] = {
    Company: lambda name: Company.objects.create(name=name),
    Asset: lambda name: Asset.objects.create(name=name),
}


class CreatableAutocompleteSelect(AutocompleteSelect):
    """The admin autocomplete, offering the typed text as a new entry (when ``can_create``);
    a typed name that comes back with the page (after an error elsewhere) is shown as typed."""

    def __init__(self, *args: Any, can_create: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.can_create = can_create

    @property
    def media(self) -> forms.Media:
        # After the admin's autocomplete.js, whose Select2 set-up it extends for these pickers:
        # one list, so the page's media merge keeps that order (two added lists would not).
        # (Media's merged lists, _css and _js, are not in django-stubs.)
        plain = super().media
        css, js = plain._css, plain._js  # type: ignore[attr-defined]
        return forms.Media(css=css, js=[*js, "js/admin_pickers.js"])

    def build_attrs(self, base_attrs: dict[str, Any], extra_attrs: Any = None) -> dict[str, Any]:
        attrs = super().build_attrs(base_attrs, extra_attrs=extra_attrs)
        if self.can_create:
            attrs["data-tags"] = "true"  # Select2 option: what is typed can be chosen
            attrs["data-placeholder"] = "Search, or type a new name"
        return attrs

    def optgroups(self, name: str, value: Sequence[str], attrs: Any = None) -> list[Any]:
        typed = [str(v) for v in value if v not in (None, "") and not str(v).isdigit()]
        groups = super().optgroups(name, [v for v in value if str(v) not in typed], attrs)
        for text in typed:
            option = self.create_option(name, text, text, True, len(groups))
            groups.append((None, [option], len(groups)))
        return groups


class CreatableModelChoiceField(forms.ModelChoiceField):
    """A primary key from the list, or a name: found by name or alias, else created.

    ``can_create`` is the user's add permission on the model: without it a name is only
    looked up, never created.
    """

    def __init__(self, *args: Any, can_create: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.can_create = can_create
        # Set by the formset (DealInlineFormSet.add_fields) when the row is marked for deletion.
        self.row_deleted = False

    def clean(self, value: Any) -> Any:
        text = " ".join(str(value or "").split())
        if not text or text.isdigit():
            return super().clean(value)
        if self.row_deleted:
            return None  # a name typed in a row being deleted creates nothing
        assert self.queryset is not None  # set by the ForeignKey that made this field
        model = self.queryset.model
        noun = model._meta.verbose_name
        # What the name column takes: a longer name or a NUL byte would fail in the database
        # (a 500) rather than here, in the lookup or the create below.
        limit = model._meta.get_field("name").max_length or 200
        if "\x00" in text:
            raise ValidationError(f"A {noun} name cannot contain a NUL character.", code="nul")
        if len(text) > limit:
            raise ValidationError(
                f"A {noun} name has at most {limit} characters (this one has {len(text)}).",
                code="max_length",
            )
        matches = list(_by_name(model, text)[:4])
        if len(matches) > 1:
            names = ", ".join(str(m) for m in matches[:3])
            raise ValidationError(
                f"“{text}” is the name of more than one {noun} ({names}): pick one from the list.",
                code="ambiguous",
            )
        if matches:
            return matches[0]
        if not self.can_create:
            raise ValidationError(
                f"No {noun} is named “{text}”, and you may not add one: pick one from the list.",
                code="not_found",
            )
        try:
            return CREATORS[model](text)
        except ValidationError as error:
            raise ValidationError(f"Cannot create the {noun} “{text}”: {error}") from None
