"""``/deals/<slug>/``: one deal with its parties, money terms and sources, events and history."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.urls import NoReverseMatch, reverse
from django.utils.http import urlencode
from django.views.generic import DetailView

from deals.measures import DEFINITIONS
from deals.models import Deal, Source


class DealDetailView(DetailView):
    """One deal: parties, assets, territory, money terms with their sources, events, history."""

    template_name = "deals/deal_detail.html"
    context_object_name = "deal"

    def get_queryset(self) -> QuerySet:
        return (
            Deal.objects.visible_to(self.request.user)
            .for_listing()
            .select_related("headline_source", "royalty", "royalty__source")
            .prefetch_related("sources", "events", "deal_assets__asset__owner")
        )

    def can_see_internals(self) -> bool:
        """Analyst notes and change history: staff who may see internal deals."""
        user = self.request.user
        return bool(
            user.is_authenticated and user.is_staff and user.has_perm("deals.view_internal_deal")
        )

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        deal: Deal = self.object
        sources: dict[int | None, Source] = {source.pk: source for source in deal.sources.all()}
        payments = [(payment, sources.get(payment.source_id)) for payment in deal.payments.all()]
        royalty = getattr(deal, "royalty", None)
        context.update(
            payments=payments,
            royalty=royalty,
            sources=list(sources.values()),
            events=list(deal.events.all()),
            definitions=DEFINITIONS,
            show_internals=self.can_see_internals(),
            comps_panel_query=urlencode({"like_deal": deal.slug}),
        )
        if context["show_internals"]:
            context["history"] = self.history(deal)
            try:
                context["admin_url"] = reverse("admin:deals_deal_change", args=[deal.pk])
            except NoReverseMatch:  # the deal admin is not registered in this deployment
                context["admin_url"] = ""
        return context

    def history(self, deal: Deal) -> list[dict[str, Any]]:
        """The latest changes, newest first, each with the fields it changed."""
        records = list(deal.history.select_related("history_user").order_by("-history_date")[:21])
        changes = []
        for record, previous in zip(records, [*records[1:], None], strict=False):
            changed: list[str] = []
            if previous is not None:
                changed = [c.field for c in record.diff_against(previous).changes]
            changes.append({"record": record, "changed": changed})
        return changes[:20]
