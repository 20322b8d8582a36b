"""``available_in``: the asset list filter for assets whose rights in a country are still with
their originator (never licensed there, kept, or given back), derived as the rights map does
and read from the stored availability (deals/rights/stored.py) of the reader's visibility scope.

``companies/filters.py`` knows nothing of deals, so the filter extends its AssetFilterSet here;
the asset list page and ``/api/v1/assets/`` both use this class.
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils import timezone
from django_countries import countries

from companies.filters import AssetFilterSet
from companies.models import Asset
from core.filters import CountryFilter
from deals.rights import stored


class RightsAssetFilterSet(AssetFilterSet):
    """The asset list's filters plus ``available_in`` (an ISO 3166-1 country)."""

    available_in = CountryFilter(
        label="Available in",
        method="filter_available_in",
        help_text="Assets whose rights in this country are still with their originator "
        "(ISO 3166-1 alpha-2), as the rights map derives them from the deals you may see.",
    )

    def filter_available_in(
        self, queryset: QuerySet[Asset], name: str, value: str
    ) -> QuerySet[Asset]:
        code = str(value).upper()
        if code not in countries:
            return queryset.none()
        scope = stored.scope_of(getattr(self.request, "user", None))
        return queryset.exclude(pk__in=stored.unavailable(code, scope, timezone.localdate()))
