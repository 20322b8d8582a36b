"""Comparable deals: the criteria (:class:`CompsFilterSet`, "like this deal or asset") and the
panel of comparables that deal and asset pages load after the page."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import django_filters
from django import forms
from django.db.models import (
    QuerySet,
)
from django.http import QueryDict
from django.urls import reverse

from companies.models import Asset
from deals.analytics.stats import (
    CompsStatistics,
    comps_statistics,
)
from deals.classes import DEFAULT_STATISTICS_CLASS, DealClass, with_default_class
from deals.filter_parts import _asset_exists, _listed
from deals.filters import DealFilterSet
from deals.models import (
    Deal,
    DealAsset,
)

if TYPE_CHECKING:
    from django.contrib.auth import models as auth

    User = auth.User | auth.AnonymousUser | None


class _Asker(Protocol):
    """What the FilterSet reads of a request: who is asking (an HttpRequest, DRF's Request or
    :class:`_UserRequest`)."""

    @property
    def user(self) -> User: ...


# Criteria that "like this deal / asset" fills. Other criteria (dates, country, territory,
# deal type) always combine with them.
FILLABLE = ("modality", "target", "therapeutic_area", "phase_at_signing")


# The comps criteria, in the order the form shows them.
CRITERIA = (
    "deal_class",
    "modality",
    "target",
    "target_match",
    "therapeutic_area",
    "indication",
    "phase_at_signing",
    "deal_type",
    "licensor_country",
    "territory",
    "announced_after",
    "announced_before",
)


class CompsFilterSet(DealFilterSet):
    """Comparable-deal criteria: ``DealFilterSet`` plus "like this deal / asset".

    Every ``DealFilterSet`` parameter works here with the same meaning (a URL copied from
    ``/deals/`` works on ``/comps/`` and back). Comps are statistics, so they compare one class
    of deals: licensing unless ``deal_class`` says otherwise, or the class of ``like_deal``
    (the comps of an acquisition are acquisitions).

    ``like_deal=<slug>`` / ``like_asset=<slug>`` fill modality, target, therapeutic area and
    phase from that deal's assets (or the asset itself, its highest phase standing for the phase
    at signing) when none of those four is given, and always leave out the deal itself (or the
    asset's own deals). With explicit criteria they only do the leaving out, so a form that
    unticks one filled criterion keeps it unticked.
    """

    like_deal = django_filters.CharFilter(
        label="Deals like",
        method="filter_like_deal",
        max_length=80,
        help_text="A deal, by the last part of its address: its assets' modality, targets, area "
        "and phase fill the criteria, and the deal itself is left out.",
        widget=forms.TextInput(attrs={"placeholder": "e.g. abbvie-remegen-rc148-2026"}),
    )
    like_asset = django_filters.CharFilter(
        label="Deals like the asset",
        method="filter_like_asset",
        max_length=80,
        help_text="An asset, by the last part of its address: its modality, targets, area and "
        "highest phase fill the criteria, and its own deals are left out.",
        widget=forms.TextInput(attrs={"placeholder": "e.g. rc148"}),
    )

    def __init__(
        self,
        data: Any = None,
        queryset: QuerySet[Deal] | None = None,
        *,
        request: _Asker | None = None,
        **kwargs: Any,
    ) -> None:
        user = getattr(request, "user", None)
        # "Like" lookups see what the user may see: an internal deal's slug is "not found".
        self.visible = Deal.objects.visible_to(user)
        self.subject_deal: Deal | None = None  # the deal like_deal names
        self.subject_asset: Asset | None = None  # the asset like_asset names
        self.filled: dict[str, list[str]] = {}
        self._like_errors: dict[str, str] = {}
        self.default_class_applied = False
        if data is not None:
            data = self._fill_from_like(data)
            subject = self.subject_deal
            default = subject.deal_class if subject else DEFAULT_STATISTICS_CLASS
            data, self.default_class_applied = with_default_class(data, default)
        super().__init__(data, queryset, request=request, **kwargs)

    # --- like this deal / asset ----------------------------------------------------------------

    def _fill_from_like(self, data: Any) -> Any:
        deal_slug = (data.get("like_deal") or "").strip()
        asset_slug = (data.get("like_asset") or "").strip()
        if deal_slug:
            self.subject_deal = self.visible.filter(slug=deal_slug).first()
            if self.subject_deal is None:
                self._like_errors["like_deal"] = f"No deal with slug “{deal_slug}”."
        if asset_slug:
            self.subject_asset = Asset.objects.filter(slug=asset_slug).first()
            if self.subject_asset is None:
                self._like_errors["like_asset"] = f"No asset with slug “{asset_slug}”."
        if deal_slug and asset_slug:
            self._like_errors["like_asset"] = "Give like_deal or like_asset, not both."
        source = self.subject_deal or self.subject_asset
        if source is None or self._like_errors:
            return data
        if any(v.strip() for key in FILLABLE for v in _getlist(data, key)):
            return data  # explicit criteria win; "like" only leaves the subject out
        self.filled = like_criteria(source)
        if not hasattr(data, "setlist"):
            return {**data, **self.filled}
        filled = data.copy()
        for key, values in self.filled.items():
            filled.setlist(key, values)
        return filled

    def is_valid(self) -> bool:
        valid = super().is_valid()
        for name, message in self._like_errors.items():
            if name not in self.form.errors:
                self.form.add_error(name, message)
        return valid and not self._like_errors

    def filter_like_deal(self, queryset: QuerySet[Deal], name: str, value: str) -> QuerySet[Deal]:
        return queryset.exclude(pk=self.subject_deal.pk) if self.subject_deal else queryset

    def filter_like_asset(self, queryset: QuerySet[Deal], name: str, value: str) -> QuerySet[Deal]:
        if self.subject_asset is None:
            return queryset
        return queryset.exclude(_asset_exists(asset=self.subject_asset))

    # --- the deal list behind the statistics --------------------------------------------------

    def list_query(self) -> QueryDict:
        """The ``/deals/`` parameters that list exactly the deals these comps count.

        Every criterion in force (given, filled from "like" and the default class) as written,
        and the subject left out with ``exclude_deal``: the deal itself, or the asset's own
        deals among those this user may see (an internal slug never goes into a link).
        """
        query = QueryDict(mutable=True)
        data = self.data
        for name in DealFilterSet.base_filters:
            if name in ("exclude_deal",):
                continue
            values = [v for v in _getlist(data, name) if v.strip()]
            if values:
                query.setlist(name, values)
        left_out = [v for v in _getlist(data, "exclude_deal") if v.strip()]
        if self.subject_deal is not None:
            left_out.append(self.subject_deal.slug)
        if self.subject_asset is not None:
            left_out += list(
                self.visible.filter(_asset_exists(asset=self.subject_asset))
                .order_by("slug")
                .values_list("slug", flat=True)
            )
        if left_out:
            query.setlist("exclude_deal", list(dict.fromkeys(left_out)))
        return query

    # --- for the UI ----------------------------------------------------------------------------

    def criteria_summary(self) -> list[tuple[str, str]]:
        """(label, readable values) for each criterion in force, as the user would say it."""
        if not self.is_bound or not self.is_valid():
            return []
        summary = []
        for name in (*CRITERIA, "status", "q"):
            value = self.form.cleaned_data.get(name)
            if isinstance(value, QuerySet):
                value = list(value)  # an empty selection comes back as an empty QuerySet
            if value in (None, "", [], ()):
                continue
            if name == "target_match":
                continue  # said with the targets
            field = self.form.fields[name]
            text = _readable(field, value)
            if isinstance(value, list | tuple) and len(value) > 1:
                match = self.form.cleaned_data.get("target_match") if name == "target" else ""
                text = f"{'all' if match == 'all' else 'any'} of {text}"
            summary.append((str(field.label), text))
        return summary


def _getlist(data: Any, key: str) -> list[str]:
    if hasattr(data, "getlist"):
        return data.getlist(key)
    value = data.get(key)
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]


def _readable(field: forms.Field, value: Any) -> str:
    """ "PD-1, VEGF-A" for slugs, "Bispecific antibody" for a choice, "2026-01-12" for a date."""
    if isinstance(value, QuerySet) or hasattr(value, "_meta"):
        return ", ".join(str(item) for item in _listed(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    # Iterate rather than test truthiness: django-filter's lazy choices (countries) have no len().
    choices = getattr(field, "choices", None)
    labels: dict[Any, Any] = {}
    for key, label in choices if choices is not None else []:
        if isinstance(label, list | tuple):  # a group of choices
            labels.update(label)
        else:
            labels[key] = label
    items = value if isinstance(value, list | tuple) else [value]
    return ", ".join(str(labels.get(item, item)) for item in items)


def like_criteria(source: Deal | Asset) -> dict[str, list[str]]:
    """The criteria "like this deal / asset" fills: modalities, target and area slugs, phases."""
    if isinstance(source, Deal):
        deal_assets = list(
            DealAsset.objects.filter(deal=source)
            .select_related("asset")
            .prefetch_related("asset__targets", "asset__therapeutic_areas")
        )
        assets = [da.asset for da in deal_assets]
        phases = [da.phase_at_signing for da in deal_assets if da.phase_at_signing]
    else:
        assets = [Asset.objects.prefetch_related("targets", "therapeutic_areas").get(pk=source.pk)]
        phases = [source.highest_phase] if source.highest_phase else []
    criteria = {
        "modality": _unique(a.modality for a in assets if a.modality),
        "target": _unique(t.slug for a in assets for t in a.targets.all()),
        "therapeutic_area": _unique(t.slug for a in assets for t in a.therapeutic_areas.all()),
        "phase_at_signing": _unique(phases),
    }
    return {key: values for key, values in criteria.items() if values}


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


@dataclass
class CompsPanel:
    """What a deal or asset page shows as "comparable deals": a few deals and their medians."""

    subject: Deal | Asset
    criteria: list[tuple[str, str]]
    deals: list[Deal]
    statistics: CompsStatistics | None
    url: str
    relaxed: bool = False  # True when the strictest criteria found nothing and looser ones did
    list_url: str = ""  # the deal list counting exactly these deals
    deal_class: str = DEFAULT_STATISTICS_CLASS

    @property
    def class_label(self) -> str:
        """ "Licensing deals" / "M&A deals": comps compare one class (deals/classes.py)."""
        return f"{DealClass(self.deal_class).label} deals"

    @property
    def count(self) -> int:
        return self.statistics.count if self.statistics else 0

    @property
    def kind(self) -> str:
        return "deal" if isinstance(self.subject, Deal) else "asset"


# Tried in order until one finds a comparable deal: the full "like" criteria, then looser ones.
PANEL_LADDER: tuple[tuple[str, ...], ...] = (
    FILLABLE,
    ("modality", "target"),
    ("modality", "therapeutic_area"),
    ("modality",),
)


def comparable_deals_for(subject: Deal | Asset, user: User, limit: int = 5) -> CompsPanel:
    """The comparable-deals panel of a deal or asset page, for what ``user`` may see.

    Deals like the subject by its modality, targets, areas and phase; when none match all four,
    the criteria are loosened step by step (:data:`PANEL_LADDER`) and the panel says so. The
    panel's link opens ``/comps/`` with exactly the criteria used.
    """
    from django.http import QueryDict

    like_key = "like_deal" if isinstance(subject, Deal) else "like_asset"
    criteria = like_criteria(subject)
    visible = Deal.objects.visible_to(user)
    comps_url = reverse("deals_analytics:comps")
    tried: set[frozenset[str]] = set()
    for step, keys in enumerate(PANEL_LADDER):
        used = {key: criteria[key] for key in keys if key in criteria}
        if not used or frozenset(used) in tried:
            continue
        tried.add(frozenset(used))
        params = QueryDict(mutable=True)
        params[like_key] = subject.slug
        for key, values in used.items():
            params.setlist(key, values)
        filterset = CompsFilterSet(params, queryset=visible, request=_UserRequest(user))
        if not filterset.is_valid():
            break
        matching = filterset.qs
        if not matching.exists():
            continue
        statistics = comps_statistics(matching, with_values=True)
        return CompsPanel(
            subject=subject,
            criteria=filterset.criteria_summary(),
            deals=list(matching.for_listing().order_by("-announced_on", "-pk")[:limit]),
            statistics=statistics,
            url=f"{comps_url}?{params.urlencode()}",
            relaxed=step > 0,
            list_url=f"{reverse('deals:deal_list')}?{filterset.list_query().urlencode()}",
            deal_class=subject.deal_class
            if isinstance(subject, Deal)
            else DEFAULT_STATISTICS_CLASS,
        )
    fallback = QueryDict(mutable=True)
    fallback[like_key] = subject.slug
    return CompsPanel(subject, [], [], None, f"{comps_url}?{fallback.urlencode()}")


class _UserRequest:
    """The one thing a FilterSet reads from a request here: who is asking."""

    def __init__(self, user: User) -> None:
        self.user = user
