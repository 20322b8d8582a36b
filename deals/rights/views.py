"""``/assets/<slug>/rights/``: the rights table and map of one asset, on any date."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views import View

from companies.models import Asset
from deals.models import Deal
from deals.rights import params, svg
from deals.rights.load import asset_rights


class AssetRightsView(View):
    """An asset's rights holders by territory (table and map) on ``as_of`` (default today)."""

    template_name = "rights/asset_rights.html"

    def get(self, request: HttpRequest, slug: str) -> HttpResponse:
        asset = get_object_or_404(Asset.objects.select_related("owner"), slug=slug)
        context: dict[str, object] = {"asset": asset, "as_of_value": request.GET.get("as_of", "")}
        try:
            day = params.as_of(request.GET.get("as_of"))
        except params.BadDate as exc:
            context["error"] = str(exc)
            return render(request, self.template_name, context, status=400)
        rights = asset_rights(asset, Deal.objects.visible_to(request.user), day)
        context.update(
            rights=rights, as_of=day, map_svg=svg.render(rights), legend=svg.legend(rights)
        )
        return render(request, self.template_name, context)
