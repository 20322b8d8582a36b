"""Analysts' admin for deals, conferences, FX rates and regions.

A deal is entered on one page: its parties, assets, territory, payments, royalty, sources
and events are inlines. After every save the USD values are recomputed through
``deals.services`` (the same function the API and the importer call) and the computed
totals are shown read-only beside the reported headline, with their definitions.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypedDict

from django.contrib import admin, messages
from django.contrib.admin.options import IS_POPUP_VAR
from django.db import models, router, transaction
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.forms import Textarea
from django.http import HttpRequest
from import_export.admin import ImportExportMixin

from companies.filters import assets_matching, companies_matching
from core import money
from core.admin import AnalystAdmin, HistoryAdmin, search_terms

from . import services
from .admin_inlines import (
    EMPTY,
    DealAssetInline,
    DealEventInline,
    DealPartyInline,
    DealTerritoryInline,
    LicensorCountryFilter,
    ModalityFilter,
    PaymentComponentInline,
    RightsConflictFilter,
    RoyaltyInline,
    SourceInline,
)
from .forms import (
    AnalystModelForm,
    DealAdminForm,
    DealSourceField,
)
from .intake.resources import ConferenceResource, DealResource
from .models import (
    Conference,
    ConferenceSeries,
    Deal,
    DealAsset,
    DealParty,
    FxRate,
    PaymentComponent,
    Region,
    Source,
)
from .models.terms import split_sides

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations


class _EditionCount(TypedDict):
    """What ConferenceSeriesAdmin.get_queryset annotates."""

    edition_count: int


class _DealCount(TypedDict):
    """What ConferenceAdmin.get_queryset annotates."""

    deal_count: int


def usd_text(amount: Decimal | None) -> str:
    """ "$650M (650,000,000.00 USD)": compact for reading, exact for checking."""
    if amount is None:
        return EMPTY
    return f"{money.compact_money(amount, 'USD')} ({amount:,.2f} USD)"


def party_name(party: DealParty) -> str:
    if party.company is not None:
        return party.company.name
    return f"undisclosed ({party.name_as_reported})" if party.name_as_reported else "undisclosed"


def parties_text(parties: list[DealParty]) -> str:
    """ "RemeGen → AbbVie" (licensor → licensee); partners are joined with "×"."""
    # Rights (or the company) flow from the seller side to the buyer side (split_sides).
    giving, taking, others = ([party_name(p) for p in side] for side in split_sides(parties))
    if giving and taking:
        text = f"{', '.join(giving)} → {', '.join(taking)}"
        return f"{text} × {' × '.join(others)}" if others else text
    return " × ".join(giving + taking + others) or EMPTY


# Starting values of a new deal's blank inline rows, by formset prefix. Only where an
# untouched row is left out rightly: a payment row with no amount is nothing yet. (Parties get
# no preset role: an untouched "licensee" row would silently drop an undisclosed licensee.)
NEW_DEAL_ROWS: dict[str, list[dict[str, Any]]] = {
    "payments": [{"kind": PaymentComponent.Kind.UPFRONT_CASH}],
}


def _link_new_source(form: Any, name: str, new_sources: dict[int, Source]) -> bool:
    """Point ``form``'s row at the source its picker named as "New source i", now saved.

    True when it did. ``check_new_source`` (deals/forms.py) has already refused a choice whose
    source form was left empty or deleted, so the source is there.
    """
    field = form.fields.get(name)
    if not isinstance(field, DealSourceField) or field.new_index is None:
        return False
    setattr(form.instance, name, new_sources[field.new_index])
    return True


def _bump_version(deal: Deal) -> None:
    """Every write moves the version the API's ETag is built from (as ``save_deal`` does).

    An API client holding an older copy then gets a 412 instead of undoing this change.
    """
    Deal.objects.filter(pk=deal.pk).update(version=F("version") + 1)


# ---------------------------------------------------------------------------------------
# List filters over derived facts


@admin.register(Deal)
class DealAdmin(ImportExportMixin, HistoryAdmin):
    # Import/export in the documented flat layout (docs/import.md), dry run first.
    resource_classes = [DealResource]
    form = DealAdminForm
    # The list page with a link to /admin/intake/; import/export builds its tools on it.
    change_list_template = "admin/deals/deal/change_list.html"
    list_display = (
        "title",
        "parties_display",
        "announced_on",
        "headline",
        "status",
        "visibility",
    )
    list_filter = (
        "conference",
        "deal_type",
        "status",
        "visibility",
        LicensorCountryFilter,
        ModalityFilter,
        RightsConflictFilter,
    )
    list_select_related = ("conference",)
    search_fields = ("title", "parties__company__name", "deal_assets__asset__name")
    search_help_text = (
        "Deal title, company name or alias (e.g. a former or local-language name), "
        "asset name or alias."
    )
    date_hierarchy = "announced_on"
    autocomplete_fields = ("conference",)
    readonly_fields = (
        "headline_usd",
        "upfront_total",
        "committed_total",
        "total_potential_total",
        "created_by",
        "created_at",
        "updated_at",
    )
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "title",
                    "slug",
                    ("deal_type", "exclusive"),
                    ("status", "visibility"),
                    "loaded_version",
                )
            },
        ),
        (
            "Dates",
            {
                "fields": (
                    ("signed_on", "signed_on_precision"),
                    ("announced_on", "announced_on_precision"),
                    "conference",
                )
            },
        ),
        (
            "Headline value as reported",
            {
                "fields": (
                    ("headline_amount", "headline_currency"),
                    "headline_usd",
                    "headline_source",
                    "headline_quote",
                )
            },
        ),
        (
            "Computed totals (USD, from the payments below)",
            {"fields": ("upfront_total", "committed_total", "total_potential_total")},
        ),
        ("Text", {"fields": ("summary", "analyst_notes")}),
        ("Record", {"fields": ("created_by", "created_at", "updated_at"), "classes": ["collapse"]}),
    )
    inlines = (
        DealPartyInline,
        DealAssetInline,
        DealTerritoryInline,
        PaymentComponentInline,
        RoyaltyInline,
        SourceInline,
        DealEventInline,
    )
    actions = ("make_public", "make_internal", "recompute_usd_values")
    formfield_overrides = {models.TextField: {"widget": Textarea(attrs={"rows": 3, "cols": 80})}}

    def get_fieldsets(self, request: HttpRequest, obj: Deal | None = None) -> Any:
        left_out: set[str] = set()
        if obj is None:
            # Nothing is computed before the first save: leave out what could only show "—".
            left_out |= {"headline_usd", "created_by", "created_at", "updated_at"}
            left_out |= {"upfront_total", "committed_total", "total_potential_total"}
        if obj is None or not self.has_change_permission(request, obj):
            # Only a form that can be saved needs to remember the version it was loaded at.
            left_out.add("loaded_version")
        fieldsets = []
        for name, options in self.fieldsets:
            fields = [f for f in options["fields"] if f not in left_out]
            if fields:
                fieldsets.append((name, {**options, "fields": fields}))
        return fieldsets

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        # Internal deals stay hidden from staff without view_internal_deal, here as everywhere.
        # for_listing() loads parties with their companies in one query for the whole page.
        return Deal.objects.visible_to(request.user).for_listing()

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet, search_term: str
    ) -> tuple[QuerySet, bool]:
        """Every term must match the title, a party or an asset (names and aliases alike).

        The same alias-aware matching as the browse pages and the API; EXISTS subqueries
        rather than joins keep one row per deal, so no DISTINCT is needed.
        """
        for term in search_terms(search_term):
            parties = DealParty.objects.filter(deal=OuterRef("pk")).filter(
                Q(company__in=companies_matching(term).values("pk"))
                | Q(name_as_reported__icontains=term)
            )
            assets = DealAsset.objects.filter(
                deal=OuterRef("pk"), asset__in=assets_matching(term).values("pk")
            )
            queryset = queryset.filter(Q(title__icontains=term) | Exists(parties) | Exists(assets))
        return queryset, False

    # -- list columns -------------------------------------------------------------------

    @admin.display(description="parties")
    def parties_display(self, obj: Deal) -> str:
        return parties_text(list(obj.parties.all()))

    @admin.display(description="headline", ordering="headline_amount_usd")
    def headline(self, obj: Deal) -> str:
        if obj.headline_amount is None:
            return EMPTY
        if obj.headline_amount_usd is None:
            reported = money.compact_money(obj.headline_amount, obj.headline_currency)
            return f"{reported} (no FX rate)"
        return money.compact_money(obj.headline_amount_usd, "USD")

    # -- the form --------------------------------------------------------------------------

    def changeform_view(
        self,
        request: HttpRequest,
        object_id: str | None = None,
        form_url: str = "",
        extra_context: Any = None,
    ) -> Any:
        with transaction.atomic(using=router.db_for_write(self.model)):
            response = super().changeform_view(request, object_id, form_url, extra_context)
            if (
                request.method == "POST"
                and response.status_code == 200
                and (IS_POPUP_VAR not in request.POST)
            ):
                # The page came back with errors: undo the companies and assets its pickers
                # created while validating (deals/pickers.py), so nothing is saved half-way.
                transaction.set_rollback(True)
        return response

    def get_formset_kwargs(
        self, request: HttpRequest, obj: Deal | None, inline: Any, prefix: str
    ) -> dict[str, Any]:
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        if obj is None or obj.pk is None:
            # A new deal's first payment row starts where most deals do, with the upfront.
            # Untouched, it is left out as any blank row is.
            kwargs.setdefault("initial", NEW_DEAL_ROWS.get(prefix, []))
        return kwargs

    # -- read-only values on the change form --------------------------------------------

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: Any = None
    ) -> Any:
        if request.method == "GET":
            self._warn_rights_conflicts(request, object_id)
        return super().change_view(request, object_id, form_url, extra_context)

    def _warn_rights_conflicts(self, request: HttpRequest, object_id: str) -> None:
        """Tell the analyst about exclusive grants overlapping this deal's (deals/rights/):
        the rights map keeps the first and shows no guess; resolving them is the analyst's."""
        from deals.rights.conflicts import conflicts

        visible = Deal.objects.visible_to(request.user)
        deal = visible.filter(pk=object_id).first() if object_id.isdigit() else None
        if deal is None:
            return
        assets = [link.asset for link in deal.deal_assets.select_related("asset__owner")]
        for row in conflicts(visible, assets):
            if deal.pk in (row.standing.pk, row.conflicting.pk):
                messages.warning(
                    request,
                    f"Rights conflict on {row.asset.name} in {row.territory}: "
                    f"“{row.standing.title}” (granted first, shown as holding) and "
                    f"“{row.conflicting.title}” both grant it exclusively. Check the "
                    "territories, exclusivity or a missing termination.",
                )

    def _totals(self, obj: Deal) -> dict[str, Decimal | None]:
        """The deal's stored money measures (deals/measures.py)."""
        names = ("upfront_usd", "committed_usd", "total_potential_usd")
        return {name: getattr(obj, name) for name in names}

    @admin.display(description="headline in USD")
    def headline_usd(self, obj: Deal) -> str:
        if obj.headline_needs_fx:
            on = obj.fx_date.isoformat() if obj.fx_date else "an unknown date"
            return f"no FX rate for {obj.headline_currency} on or before {on}"
        return usd_text(obj.headline_amount_usd)

    @admin.display(description="upfront")
    def upfront_total(self, obj: Deal) -> str:
        return usd_text(self._totals(obj)["upfront_usd"])

    @admin.display(description="committed")
    def committed_total(self, obj: Deal) -> str:
        return usd_text(self._totals(obj)["committed_usd"])

    @admin.display(description="total potential")
    def total_potential_total(self, obj: Deal) -> str:
        return usd_text(self._totals(obj)["total_potential_usd"])

    # -- saving ---------------------------------------------------------------------------

    def save_model(self, request: HttpRequest, obj: Deal, form: Any, change: bool) -> None:
        if not change:
            assert request.user.is_authenticated  # the admin serves signed-in staff only
            obj.created_by = request.user
        before = (
            Deal.objects.only("announced_on", "signed_on").filter(pk=obj.pk).first()
            if change
            else None
        )
        super().save_model(request, obj, form, change)
        if change:
            _bump_version(obj)
        if before is not None and before.fx_date != obj.fx_date:
            # The FX date moved. save_related() recomputes too, but a history revert saves
            # no inlines and never gets there; the payments must follow the date either way.
            services.recompute_usd(obj)

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        # Sources first: a payment, the royalty, an event or the headline may cite a source
        # added on this same page ("New source 1"), which needs its row before they can.
        sources = [fs for fs in formsets if fs.model is Source]
        super().save_related(request, form, sources, change)
        new_sources = {
            index: source_form.instance
            for fs in sources
            for index, source_form in enumerate(fs.forms)
            if source_form.instance.pk and source_form not in fs.deleted_forms
        }
        others = [fs for fs in formsets if fs.model is not Source]
        for fs in others:
            for row in fs.forms:
                _link_new_source(row, "source", new_sources)
        for fs in others:
            self.save_formset(request, form, fs, change)
        if _link_new_source(form, "headline_source", new_sources):
            form.instance.save(update_fields=["headline_source", "updated_at"])
        deal = form.instance
        # The deal came from get_queryset() with its payments prefetched; drop that stale
        # copy so the recomputation sees the rows the inlines just saved.
        deal.refresh_from_db()
        # Payments saved by the inlines got their USD value from the deal as it was when
        # the form was built; recompute now that the deal and every row are saved.
        services.recompute_usd(deal)
        self._warn_about_money(request, deal)

    def _warn_about_money(self, request: HttpRequest, deal: Deal) -> None:
        row = Deal.objects.filter(pk=deal.pk).values("disclosed_usd", "headline_amount_usd").first()
        disclosed = row["disclosed_usd"] if row else None
        headline = row["headline_amount_usd"] if row else None
        if disclosed is not None and headline is not None and disclosed > headline:
            self.message_user(
                request,
                f"The disclosed payments add up to {usd_text(disclosed)}, more than the "
                f"reported headline of {usd_text(headline)}. Check the breakdown and the "
                "headline against the sources.",
                messages.WARNING,
            )
        missing_fx = deal.payments.filter(
            disclosed=True, amount__isnull=False, amount_usd__isnull=True
        )
        currencies = sorted(set(missing_fx.values_list("currency", flat=True)))
        if deal.headline_needs_fx:
            currencies = sorted({*currencies, deal.headline_currency})
        if currencies:
            self.message_user(
                request,
                f"No FX rate on or before the deal's date for {', '.join(currencies)}: those "
                "amounts have no USD value until a rate is added.",
                messages.WARNING,
            )

    # -- actions --------------------------------------------------------------------------

    def _set_visibility(self, request: HttpRequest, queryset: QuerySet, visibility: str) -> int:
        changed = 0
        # One save per deal (not queryset.update) so each change lands in the history with
        # the user, and the version moves for API clients.
        for deal in queryset.exclude(visibility=visibility):
            deal.visibility = visibility
            deal.save(update_fields=["visibility", "updated_at"])
            _bump_version(deal)
            changed += 1
        return changed

    @admin.action(description="Make the selected deals public", permissions=["change"])
    def make_public(self, request: HttpRequest, queryset: QuerySet) -> None:
        n = self._set_visibility(request, queryset, Deal.Visibility.PUBLIC)
        self.message_user(request, f"{n} deal(s) made public.", messages.SUCCESS)

    @admin.action(description="Make the selected deals internal", permissions=["change"])
    def make_internal(self, request: HttpRequest, queryset: QuerySet) -> None:
        n = self._set_visibility(request, queryset, Deal.Visibility.INTERNAL)
        self.message_user(request, f"{n} deal(s) made internal.", messages.SUCCESS)

    @admin.action(
        description="Recompute USD values from the current FX rates", permissions=["change"]
    )
    def recompute_usd_values(self, request: HttpRequest, queryset: QuerySet) -> None:
        n = 0
        for deal in queryset:
            services.recompute_usd(deal)
            n += 1
        self.message_user(request, f"USD values recomputed for {n} deal(s).", messages.SUCCESS)


# ---------------------------------------------------------------------------------------
# Conferences, FX rates, regions


class ConferenceInline(admin.TabularInline):
    model = Conference
    form = AnalystModelForm
    fields = ("year", "name", "start_date", "end_date", "city", "country")
    extra = 0
    show_change_link = True


@admin.register(ConferenceSeries)
class ConferenceSeriesAdmin(AnalystAdmin):
    list_display = ("name", "short_name", "editions")
    search_fields = ("name", "short_name")
    inlines = (ConferenceInline,)

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).annotate(edition_count=Count("editions"))

    @admin.display(description="editions", ordering="edition_count")
    def editions(self, obj: WithAnnotations[ConferenceSeries, _EditionCount]) -> int:
        return obj.edition_count


@admin.register(Conference)
class ConferenceAdmin(ImportExportMixin, AnalystAdmin):
    resource_classes = [ConferenceResource]
    form = AnalystModelForm
    list_display = ("name", "series", "year", "start_date", "end_date", "city", "country", "deals")
    list_filter = ("series", "year")
    list_select_related = ("series",)
    search_fields = ("name", "series__name", "series__short_name", "city")
    date_hierarchy = "start_date"
    autocomplete_fields = ("series",)
    fields = (
        "series",
        "year",
        "name",
        "slug",
        ("start_date", "end_date"),
        ("city", "country", "timezone"),
        "website",
    )

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        visible = Deal.objects.visible_to(request.user).filter(conference=OuterRef("pk"))
        counts = visible.order_by().values("conference").annotate(n=Count("pk")).values("n")
        return (
            super()
            .get_queryset(request)
            .annotate(deal_count=Coalesce(Subquery(counts, output_field=models.IntegerField()), 0))
        )

    @admin.display(description="deals", ordering="deal_count")
    def deals(self, obj: WithAnnotations[Conference, _DealCount]) -> int:
        return obj.deal_count


@admin.register(FxRate)
class FxRateAdmin(AnalystAdmin):
    form = AnalystModelForm
    list_display = ("currency", "date", "usd_per_unit", "source")
    list_filter = ("currency",)
    search_fields = ("currency", "source")
    date_hierarchy = "date"
    fields = ("currency", "date", "usd_per_unit", "source")


@admin.register(Region)
class RegionAdmin(AnalystAdmin):
    form = AnalystModelForm
    list_display = ("code", "name", "countries_display")
    search_fields = ("code", "name")
    fields = ("code", "name", "slug", "countries", "description")

    @admin.display(description="countries")
    def countries_display(self, obj: Region) -> str:
        # django-countries is untyped: a multiple CountryField holds Country objects, not a str.
        codes = [str(c.code) for c in obj.countries]  # type: ignore[attr-defined]
        return ", ".join(codes) if codes else "all (worldwide)"
