"""The deal admin's inlines (parties, assets, territory, payments, royalty, sources, events)
and its list filters; deals/admin.py puts them on the deal page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.contrib import admin
from django.contrib.admin.widgets import RelatedFieldWidgetWrapper
from django.db import models
from django.db.models import Exists, OuterRef, QuerySet
from django.forms import Textarea
from django.http import HttpRequest
from django_countries import countries

from companies.models import Company, Modality
from core import money
from deals.forms import (
    AnalystModelForm,
    DealEventForm,
    DealInlineFormSet,
    DealPartyFormSet,
    DealTerritoryFormSet,
    PaymentComponentForm,
    SourceForm,
)
from deals.limits import MAX_PER_DEAL
from deals.models import (
    Deal,
    DealAsset,
    DealEvent,
    DealParty,
    DealTerritory,
    PaymentComponent,
    Royalty,
    Source,
)
from deals.pickers import CreatableAutocompleteSelect, CreatableModelChoiceField

if TYPE_CHECKING:
    pass


# An empty cell in the admin, and the textareas of inline rows, two lines tall.
EMPTY = "—"
SMALL_TEXT: dict[type[models.Field], dict[str, Any]] = {
    models.TextField: {"widget": Textarea(attrs={"rows": 2, "cols": 36})}
}


class LicensorCountryFilter(admin.SimpleListFilter):
    """Deals whose licensor is headquartered in a country (only countries in use are listed)."""

    title = "licensor country"
    parameter_name = "licensor_country"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple]:
        codes = (
            Company.objects.filter(deal_parties__role=DealParty.Role.LICENSOR)
            .exclude(country="")
            .order_by()
            .values_list("country", flat=True)
            .distinct()
        )
        return sorted(((code, countries.name(code)) for code in codes), key=lambda c: c[1])

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        if not self.value():
            return queryset
        licensors = DealParty.objects.filter(
            deal=OuterRef("pk"), role=DealParty.Role.LICENSOR, company__country=self.value()
        )
        return queryset.filter(Exists(licensors))


class ModalityFilter(admin.SimpleListFilter):
    """Deals covering at least one asset of a modality."""

    title = "modality"
    parameter_name = "modality"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple]:
        return list(Modality.choices)

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        if not self.value():
            return queryset
        assets = DealAsset.objects.filter(deal=OuterRef("pk"), asset__modality=self.value())
        return queryset.filter(Exists(assets))


# ---------------------------------------------------------------------------------------
# Deal inlines


if TYPE_CHECKING:
    _InlineBase = admin.TabularInline  # what the mixin is mixed into, for the type checker
else:
    _InlineBase = object


class _CompactRelatedMixin(_InlineBase):
    """Inline pickers keep "add" and "view" but drop "change" and "delete".

    Editing or deleting a company from a deal's row is never what the analyst meant there
    (and deleting one in use is refused anyway); the two icons only crowd the row.
    """

    def formfield_for_dbfield(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        widget = getattr(field, "widget", None)
        if isinstance(widget, RelatedFieldWidgetWrapper):
            widget.can_change_related = False
            widget.can_delete_related = False
        return field


class _CreatableInline(_InlineBase):
    """Autocomplete pickers (``creatable``) that create a company or asset typed by name,
    without leaving the deal form (deals/pickers.py)."""

    creatable: tuple[str, ...] = ()

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.name in self.creatable:
            # Only a user who may add companies (assets) creates them from here.
            opts = db_field.related_model._meta
            can_create = request.user.has_perm(f"{opts.app_label}.add_{opts.model_name}")
            kwargs["widget"] = CreatableAutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using"), can_create=can_create
            )
            kwargs["form_class"] = CreatableModelChoiceField
            kwargs["can_create"] = can_create
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class _CappedInline:
    """An inline that stops at the deal's limit for its part (deals/limits.py), as the API
    and the importer do: no "Add another" past it, and a form error if a POST has more."""

    cap: str

    def get_max_num(self, request: HttpRequest, obj: Deal | None = None, **kwargs: Any) -> int:
        return MAX_PER_DEAL[self.cap]

    def get_formset(self, request: HttpRequest, obj: Deal | None = None, **kwargs: Any) -> Any:
        kwargs.setdefault("validate_max", True)
        return super().get_formset(request, obj, **kwargs)  # type: ignore[misc]


class DealPartyInline(_CappedInline, _CreatableInline, _CompactRelatedMixin, admin.TabularInline):
    cap = "parties"
    creatable = ("company",)
    model = DealParty
    formset = DealPartyFormSet
    form = AnalystModelForm
    autocomplete_fields = ("company",)
    fields = ("role", "company", "name_as_reported", "order")
    verbose_name = "party"
    verbose_name_plural = "parties"

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        # Each row's heading is str(party): the company's name.
        return super().get_queryset(request).select_related("company")

    def get_extra(self, request: HttpRequest, obj: Deal | None = None, **kwargs: Any) -> int:
        return 2 if obj is None else 0


class DealAssetInline(_CappedInline, _CreatableInline, _CompactRelatedMixin, admin.TabularInline):
    cap = "assets"
    creatable = ("asset",)
    model = DealAsset
    formset = DealInlineFormSet
    form = AnalystModelForm
    autocomplete_fields = ("asset",)
    fields = ("asset", "phase_at_signing")
    verbose_name = "asset"
    verbose_name_plural = "assets (with the phase each had when the deal was signed)"

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        # Each row's heading is str(deal_asset): "<asset> in <deal>".
        return super().get_queryset(request).select_related("asset", "deal")

    def get_extra(self, request: HttpRequest, obj: Deal | None = None, **kwargs: Any) -> int:
        return 1 if obj is None else 0


class DealTerritoryInline(_CappedInline, _CompactRelatedMixin, admin.TabularInline):
    cap = "territory"
    model = DealTerritory
    formset = DealTerritoryFormSet
    form = AnalystModelForm
    autocomplete_fields = ("region",)
    fields = ("region", "country", "excluded")
    verbose_name = "territory line"
    verbose_name_plural = "territory (regions or countries included, or excluded)"
    extra = 0

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).select_related("region")


class PaymentComponentInline(_CappedInline, _CompactRelatedMixin, admin.TabularInline):
    cap = "payments"
    model = PaymentComponent
    formset = DealInlineFormSet
    form = PaymentComponentForm
    fields = (
        "kind",
        "disclosed",
        "amount",
        "currency",
        "usd",
        "contingent",
        "source",
        "quote",
    )
    readonly_fields = ("usd",)
    formfield_overrides = SMALL_TEXT
    verbose_name = "payment"
    verbose_name_plural = "payments (one row per money term, exactly as reported)"

    def get_extra(self, request: HttpRequest, obj: Deal | None = None, **kwargs: Any) -> int:
        return 1 if obj is None else 0

    @admin.display(description="USD")
    def usd(self, obj: PaymentComponent) -> str:
        if not obj.pk:
            return EMPTY
        if not obj.disclosed:
            return "undisclosed"
        if obj.needs_fx:
            return f"no FX rate for {obj.currency}"
        return money.compact_money(obj.amount_usd, "USD")


class RoyaltyInline(_CompactRelatedMixin, admin.StackedInline):
    model = Royalty
    formset = DealInlineFormSet
    form = AnalystModelForm
    fields = (("disclosed", "tiered"), ("min_pct", "max_pct"), "wording", "source")
    max_num = 1
    extra = 0
    verbose_name_plural = "royalty"


class SourceInline(_CappedInline, admin.StackedInline):
    cap = "sources"
    model = Source
    form = SourceForm
    fields = (
        ("url", "language"), ("publisher", "published_on", "published_on_precision"), "title",
        "quote",
    )  # fmt: skip
    formfield_overrides = {models.TextField: {"widget": Textarea(attrs={"rows": 3, "cols": 80})}}
    verbose_name_plural = "sources (every number should be traceable to one)"

    def get_formset(self, request: HttpRequest, obj: Deal | None = None, **kwargs: Any) -> Any:
        # Labels given here replace the form's own: keep SourceForm's ("Precision").
        kwargs.setdefault("labels", {**SourceForm.Meta.labels, "url": "URL"})
        return super().get_formset(request, obj, **kwargs)

    def get_extra(self, request: HttpRequest, obj: Deal | None = None, **kwargs: Any) -> int:
        return 1 if obj is None else 0


class DealEventInline(_CappedInline, _CompactRelatedMixin, admin.TabularInline):
    cap = "events"
    model = DealEvent
    formset = DealInlineFormSet
    form = DealEventForm
    fields = ("kind", "date", "date_precision", "description", "amount", "currency", "source")
    formfield_overrides = SMALL_TEXT
    verbose_name_plural = "events (the deal's life: signed, announced, closed, …)"
    extra = 0


# ---------------------------------------------------------------------------------------
# Deals


class RightsConflictFilter(admin.SimpleListFilter):
    """Deals whose exclusive grant overlaps another's (deals/rights/): analysts resolve them."""

    title = "rights conflict"
    parameter_name = "rights_conflict"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("yes", "Overlapping exclusive grant")]

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        if self.value() != "yes":
            return queryset
        from deals.rights.conflicts import conflicting_deal_ids

        return queryset.filter(pk__in=conflicting_deal_ids(Deal.objects.visible_to(request.user)))
