"""The analysts' admin defaults every app shares: "—" for empty values, the optional slug
explained, alias-aware multi-term search, and history that view-only users cannot revert."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils.text import smart_split, unescape_string_literal
from simple_history.admin import SimpleHistoryAdmin

if TYPE_CHECKING:
    _AdminBase = admin.ModelAdmin  # what the mixin is mixed into, for the type checker
else:
    _AdminBase = object

SLUG_HELP = "Leave empty to make one from the name. Changing it breaks links people have shared."


def search_terms(search_term: str) -> list[str]:
    """Split a search box's text the way the admin does: words, or "quoted phrases"."""
    terms = []
    for bit in smart_split(search_term):
        if len(bit) > 1 and bit.startswith(('"', "'")) and bit[0] == bit[-1]:
            bit = unescape_string_literal(bit)
        if bit.strip():
            terms.append(bit)
    return terms


def search_each_term(
    queryset: models.QuerySet,
    search_term: str,
    matching: Callable[[str, models.QuerySet], models.QuerySet],
) -> models.QuerySet:
    """Narrow ``queryset`` by every term of the search box in turn (all terms must match).

    ``matching`` is the alias-aware search the browse pages and the API use
    (e.g. ``companies.filters.companies_matching``), so "Sineuro" finds
    SciNeuro here as it does there. Those use EXISTS over aliases: one row per object, so
    the changelist never needs DISTINCT.
    """
    for term in search_terms(search_term):
        queryset = matching(term, queryset)
    return queryset


class AnalystAdminMixin(_AdminBase):
    """What every analysts' admin shares: "—" for empty values, the optional slug explained."""

    model: type[models.Model]
    empty_value_display = "—"

    def get_form(
        self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any
    ) -> Any:
        if "slug" in {f.name for f in self.model._meta.fields}:
            # modelform_factory replaces the form's Meta.help_texts: merge, don't overwrite.
            form = kwargs.get("form") or self.form
            meta = getattr(form, "Meta", None)
            help_texts = {"slug": SLUG_HELP, **(getattr(meta, "help_texts", None) or {})}
            kwargs["help_texts"] = {**help_texts, **(kwargs.get("help_texts") or {})}
        return super().get_form(request, obj, change, **kwargs)


class AnalystAdmin(AnalystAdminMixin, admin.ModelAdmin):
    """A ModelAdmin with the shared defaults."""


class HistoryAdmin(AnalystAdminMixin, SimpleHistoryAdmin):
    """History with the user who made each change; only users who may change can revert."""

    def history_form_view(
        self, request: HttpRequest, object_id: str, version_id: str, extra_context: Any = None
    ) -> HttpResponse:
        # simple-history hides the Revert button from view-only users but would still save
        # a POST; a Viewer must not be able to change data through the back door.
        if request.method == "POST":
            obj = self.get_object(request, unquote(object_id))
            allowed = (
                self.has_change_permission(request, obj)
                if obj is not None
                else self.has_add_permission(request)
            )
            if not allowed:
                raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)
