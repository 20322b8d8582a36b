"""A company's deal profile: deals per role and year, partners, modalities, therapeutic areas,
disclosed upfront received and paid, and its assets with their current rights holders.

Each figure is computed over a deal list defined by :class:`deals.filters.DealFilterSet`
parameters (``licensor=<slug>``, ``licensee=<slug>``...), applied to the deals the reader may
see; the figure carries those parameters, so its link shows exactly the deals it counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from django.db.models import Count, QuerySet
from django.db.models.functions import ExtractYear
from django.http import QueryDict
from django.urls import reverse
from django.utils.http import urlencode

from companies.models import Asset, Company, Modality, Phase
from core.charts import BarChart
from deals.analytics.summary import summarize
from deals.filters import DealFilterSet
from deals.models import Deal, DealAsset, DealParty
from deals.rights.load import AssetRights, rights_for_assets

# role key -> (deal-list parameter, the party role, the counterparty's role and parameter)
ROLES: dict[str, tuple[str, str, str, str]] = {
    "as_licensor": ("licensor", DealParty.Role.LICENSOR, DealParty.Role.LICENSEE, "licensee"),
    "as_licensee": ("licensee", DealParty.Role.LICENSEE, DealParty.Role.LICENSOR, "licensor"),
    "as_acquirer": ("acquirer", DealParty.Role.ACQUIRER, DealParty.Role.TARGET, "acquired"),
    "as_target": ("acquired", DealParty.Role.TARGET, DealParty.Role.ACQUIRER, "acquirer"),
}
ROLE_LABELS = {
    "as_licensor": "As licensor",
    "as_licensee": "As licensee",
    "as_acquirer": "As acquirer",
    "as_target": "Acquired (as target or seller)",
}
PARTNER_LABELS = {
    "as_licensor": "licensed to",
    "as_licensee": "licensed from",
    "as_acquirer": "acquired",
    "as_target": "acquired by",
}
TOP_PARTNERS = 10
# A profile shows this many of the company's assets with their rights; the asset list has all.
ASSETS_SHOWN = 25


@dataclass(frozen=True)
class Figure:
    """A number and the deal list behind it (its DealFilterSet parameters)."""

    value: int
    params: tuple[tuple[str, str], ...]

    @property
    def query(self) -> str:
        return urlencode(self.params)

    @property
    def list_url(self) -> str:
        return f"{reverse('deals:deal_list')}?{self.query}"

    @property
    def api_list_url(self) -> str:
        return f"{reverse('deal-list')}?{self.query}"


@dataclass(frozen=True)
class Money:
    """A disclosed upfront sum (None when none is disclosed) over the deal list behind it."""

    total: Decimal | None
    disclosed: int
    undisclosed: int
    deals: Figure


@dataclass
class CompanyProfile:
    """Everything the profile section, its API and the compare page show for a company."""

    company: Company
    counts: dict[str, Figure]
    by_year: list[dict[str, Any]]
    partners: list[dict[str, Any]]
    modalities: list[dict[str, Any]]
    therapeutic_areas: list[dict[str, Any]]
    upfront: dict[str, Money]
    assets: list[tuple[Asset, AssetRights]]
    assets_total: int
    all_deals: Figure = field(default_factory=lambda: Figure(0, ()))

    @property
    def has_deals(self) -> bool:
        return self.all_deals.value > 0

    @property
    def role_figures(self) -> list[tuple[str, Figure]]:
        return [(ROLE_LABELS[key], self.counts[key]) for key in ROLES]

    @property
    def year_rows(self) -> list[tuple[int, list[Figure]]]:
        return [(row["year"], [row[key] for key in ROLES]) for row in self.by_year]

    def chart(self) -> BarChart:
        """Deals per year as licensor and as licensee, each bar linking to its deal list."""
        keys = ("as_licensor", "as_licensee")
        return BarChart.build(
            "Deals per year",
            [ROLE_LABELS[key] for key in keys],
            [
                (
                    str(row["year"]),
                    "",
                    [row[key].value for key in keys],
                    [row[key].list_url if row[key].params else "" for key in keys],
                )
                for row in self.by_year
            ],
            stacked=False,
            money=False,
            caption="Deals announced each year with the company as licensor and as licensee.",
        )


def deal_list(visible: QuerySet[Deal], params: tuple[tuple[str, str], ...]) -> QuerySet[Deal]:
    """The deal list for ``params``, exactly as ``/deals/`` and ``/api/v1/deals/`` filter it."""
    data: dict[str, Any] = {}
    for key, value in params:
        data.setdefault(key, []).append(value)
    query = QueryDict(mutable=True)
    for key, values in data.items():
        query.setlist(key, values)
    filterset = DealFilterSet(data=query, queryset=visible)
    if not filterset.is_valid():  # only our own parameters reach here: a bug, not input
        raise ValueError(filterset.errors)
    return filterset.qs


def company_profile(company: Company, visible: QuerySet[Deal], as_of: date) -> CompanyProfile:
    """The profile of ``company`` over the ``visible`` deals, rights as of ``as_of``."""
    slug = company.slug
    counts: dict[str, Figure] = {}
    years: dict[int | None, dict[str, Figure]] = {}
    partners: list[dict[str, Any]] = []
    for key, (param, _role, other_role, other_param) in ROLES.items():
        params = ((param, slug),)
        deals = deal_list(visible, params)
        rows = deals.order_by().values(year=ExtractYear("announced_on")).annotate(n=Count("pk"))
        total = 0
        for row in rows:
            total += row["n"]
            if row["year"] is not None:
                years.setdefault(row["year"], {})[key] = Figure(
                    row["n"],
                    (
                        *params,
                        ("announced_after", f"{row['year']}-01-01"),
                        ("announced_before", f"{row['year']}-12-31"),
                    ),
                )
        counts[key] = Figure(total, params)
        others = (
            DealParty.objects.filter(
                role=other_role, company__isnull=False, deal__in=deals.values("pk")
            )
            .exclude(company=company)
            .values("company__slug", "company__name", "company__country")
            .annotate(n=Count("deal", distinct=True))
            .order_by("-n", "company__name")[:TOP_PARTNERS]
        )
        for other in others:
            partners.append(
                {
                    "slug": other["company__slug"],
                    "name": other["company__name"],
                    "country": other["company__country"] or None,
                    "relation": key,
                    "label": PARTNER_LABELS[key],
                    "deals": Figure(other["n"], (*params, (other_param, other["company__slug"]))),
                }
            )
    partners.sort(key=lambda p: (-p["deals"].value, p["name"]))
    by_year = [
        {"year": year, **{key: found.get(key, Figure(0, ())) for key in ROLES}}
        for year, found in sorted((y, f) for y, f in years.items() if y is not None)
    ]
    any_role = (("company", slug),)
    involved = deal_list(visible, any_role)
    return CompanyProfile(
        company=company,
        counts=counts,
        by_year=by_year,
        partners=partners[:TOP_PARTNERS],
        modalities=_modalities(involved, any_role),
        therapeutic_areas=_areas(involved, any_role),
        upfront={
            "received": _upfront(visible, (("licensor", slug), ("deal_class", "licensing"))),
            "paid": _upfront(visible, (("licensee", slug), ("deal_class", "licensing"))),
        },
        assets=_assets(company, visible, as_of),
        assets_total=Asset.objects.filter(owner=company).count(),
        all_deals=Figure(involved.count(), any_role),
    )


def _modalities(deals: QuerySet[Deal], base: tuple[tuple[str, str], ...]) -> list[dict[str, Any]]:
    labels = dict(Modality.choices)
    rows = (
        DealAsset.objects.filter(deal__in=deals.values("pk"))
        .exclude(asset__modality="")
        .values("asset__modality")
        .annotate(n=Count("deal", distinct=True))
        .order_by("-n", "asset__modality")
    )
    return [
        {
            "modality": row["asset__modality"],
            "label": labels.get(row["asset__modality"], row["asset__modality"]),
            "deals": Figure(row["n"], (*base, ("modality", row["asset__modality"]))),
        }
        for row in rows
    ]


def _areas(deals: QuerySet[Deal], base: tuple[tuple[str, str], ...]) -> list[dict[str, Any]]:
    rows = (
        DealAsset.objects.filter(
            deal__in=deals.values("pk"), asset__therapeutic_areas__isnull=False
        )
        .values("asset__therapeutic_areas__slug", "asset__therapeutic_areas__name")
        .annotate(n=Count("deal", distinct=True))
        .order_by("-n", "asset__therapeutic_areas__name")
    )
    return [
        {
            "slug": row["asset__therapeutic_areas__slug"],
            "name": row["asset__therapeutic_areas__name"],
            "deals": Figure(
                row["n"], (*base, ("therapeutic_area", row["asset__therapeutic_areas__slug"]))
            ),
        }
        for row in rows
    ]


def _upfront(visible: QuerySet[Deal], params: tuple[tuple[str, str], ...]) -> Money:
    """The disclosed upfront over a deal list: its sum as the list summary computes it."""
    summary = summarize(deal_list(visible, params))
    if not summary.classes:
        return Money(None, 0, 0, Figure(0, params))
    statistics = summary.classes[0].statistics
    upfront = statistics.upfront
    return Money(
        upfront.total, upfront.disclosed, upfront.undisclosed, Figure(summary.count, params)
    )


def _assets(
    company: Company, visible: QuerySet[Deal], as_of: date
) -> list[tuple[Asset, AssetRights]]:
    phases = {value: index for index, (value, _) in enumerate(Phase.choices)}
    assets = sorted(
        Asset.objects.filter(owner=company).select_related("owner")[:ASSETS_SHOWN],
        key=lambda a: (-phases.get(a.highest_phase, -1), a.name),
    )
    rights = rights_for_assets(assets, visible, as_of)
    return [(asset, rights[asset.pk]) for asset in assets]
