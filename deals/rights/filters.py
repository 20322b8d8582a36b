"""``available_in``: the asset list filter for assets whose rights in a country are still with
their originator (never licensed there, kept, or given back), derived as the rights map does.

``companies/filters.py`` knows nothing of deals, so the filter extends its AssetFilterSet here;
the asset list page and ``/api/v1/assets/`` both use this class.
"""

from __future__ import annotations

from datetime import date

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from django_countries import countries

from companies.filters import AssetFilterSet
from companies.models import Asset
from core.filters import CountryFilter
from deals import classes
from deals.filters import territory_covers
from deals.models import Deal, DealAsset, DealEvent, DealParty
from deals.rights import lean
from deals.rights.derive import ENDED, ENDING_EVENTS

# Deal types whose license can take a country away from the originator.
LICENSING = (
    Deal.Type.LICENSE, Deal.Type.COLLABORATION, Deal.Type.PLATFORM_LICENSE, Deal.Type.OPTION,
)  # fmt: skip
GRANTS = (Deal.Type.LICENSE, Deal.Type.COLLABORATION, Deal.Type.PLATFORM_LICENSE)
# Candidates are derived in batches of this many assets (bounded memory per batch).
BATCH = 2000


def _surely_licensed_out(licenses: QuerySet[Deal], today: date) -> QuerySet[DealAsset]:
    """Asset links of licenses that certainly hold the country today: an exclusive (or not
    stated) license, not an option, in force (signed or announced by today, not ended, no
    termination or rights-returned event) whose licensor is the asset's originator. Nothing
    in the derivation gives such a country back to the originator, so these assets need no
    replay; tests/test_rights_demo.py checks the filter against the full derivation."""
    in_force = (
        licenses.filter(deal_type__in=GRANTS)
        .exclude(status__in=ENDED)
        .filter(Q(signed_on__lte=today) | Q(signed_on__isnull=True, announced_on__lte=today))
        .filter(Exists(DealParty.objects.filter(deal=OuterRef("pk"), role="licensee")))
        .exclude(Exists(DealEvent.objects.filter(deal=OuterRef("pk"), kind__in=ENDING_EVENTS)))
    )
    by_originator = DealParty.objects.filter(
        deal=OuterRef("deal_id"), role="licensor", company=OuterRef("asset__owner_id")
    )
    return DealAsset.objects.filter(deal__in=in_force.values("pk")).filter(Exists(by_originator))


def unavailable_in(country: str, visible: QuerySet[Deal], assets: QuerySet[Asset]) -> list[int]:
    """Ids among ``assets`` whose rights in ``country`` have left their originator today.

    Only an exclusive (or not stated) license covering the country can take it away, so
    only assets with such a visible deal are looked at; those certainly licensed out are
    found in SQL and only the rest (options, terminations, sub-licenses...) are derived.
    """
    today = timezone.localdate()
    licenses = visible.filter(
        classes.counted(),
        territory_covers(country),
        ~Q(exclusive=False),
        deal_type__in=LICENSING,
    )
    surely = set(_surely_licensed_out(licenses, today).values_list("asset_id", flat=True))
    candidates = list(
        assets.filter(
            pk__in=DealAsset.objects.filter(deal__in=licenses.values("pk")).values("asset_id")
        )
        .exclude(pk__in=surely)
        .select_related("owner")
    )
    unavailable: list[int] = sorted(surely)
    for start in range(0, len(candidates), BATCH):
        batch = candidates[start : start + BATCH]
        still = lean.available_in(batch, visible, today, country)
        unavailable += [asset.pk for asset in batch if asset.pk not in still]
    return unavailable


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
        user = getattr(self.request, "user", None)
        visible = Deal.objects.visible_to(user)
        return queryset.exclude(pk__in=unavailable_in(code, visible, Asset.objects.all()))
