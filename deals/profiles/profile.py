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

from django.db.models import QuerySet
from django.http import QueryDict
from django.urls import reverse
from django.utils.http import urlencode

from companies.models import Asset, Company, Modality, Phase
from core.charts import BarChart
from core.result_cache import cached, query_key
from deals import classes
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
    """The profile of ``company`` over the ``visible`` deals, rights as of ``as_of``.

    The deal figures are cached by data version (core/result_cache.py) under the company and
    the SQL of ``visible``, which holds the reader's visibility class; the assets' rights are
    derived on every request.
    """
    figures = cached(
        "company-profile",
        (company.pk, query_key(visible)),
        lambda: _figures(company, visible),
        using=visible.db,
    )
    return CompanyProfile(
        company=company,
        **figures,
        assets=_assets(company, visible, as_of),
        assets_total=Asset.objects.filter(owner=company).count(),
    )


def _figures(company: Company, visible: QuerySet[Deal]) -> dict[str, Any]:
    """The deal figures of a profile (plain data, so that they can be cached).

    The company's party rows are read once (the deals it takes part in that a deal list
    counts: visible, not pipeline) and grouped here; each figure keeps the deal-list
    parameters that select the same deals, which tests/test_profiles.py holds equal to the
    API list's count. Grouping ids in Python keeps every query an index lookup at any scale,
    where per-figure EXISTS filters over all deals cost seconds for a company with thousands.
    """
    slug = company.slug
    role_of = {role: key for key, (_, role, _, _) in ROLES.items()}
    mine = (
        DealParty.objects.filter(company=company, deal__in=visible.filter(classes.counted()))
        .values_list("deal_id", "role", "deal__announced_on", "deal__deal_class")
        .order_by()
    )
    ids_by_role: dict[str, set[int]] = {key: set() for key in ROLES}
    licensing: dict[str, set[int]] = {key: set() for key in ROLES}
    all_ids: set[int] = set()
    years: dict[int, dict[str, int]] = {}
    for deal_id, role, announced_on, deal_class in mine:
        all_ids.add(deal_id)
        key = role_of.get(role)
        if key is None:
            continue
        ids_by_role[key].add(deal_id)
        if deal_class == classes.DealClass.LICENSING:
            licensing[key].add(deal_id)
        if announced_on is not None:
            counts = years.setdefault(announced_on.year, dict.fromkeys(ROLES, 0))
            counts[key] += 1
    counts_fig = {key: Figure(len(ids_by_role[key]), ((ROLES[key][0], slug),)) for key in ROLES}
    by_year = [
        {
            "year": year,
            **{
                key: Figure(
                    n,
                    (
                        (ROLES[key][0], slug),
                        ("announced_after", f"{year}-01-01"),
                        ("announced_before", f"{year}-12-31"),
                    ),
                )
                for key, n in found.items()
            },
        }
        for year, found in sorted(years.items())
    ]
    any_role = (("company", slug),)
    ordered_ids = sorted(all_ids)
    return dict(
        counts=counts_fig,
        by_year=by_year,
        partners=_partners(company, ids_by_role),
        modalities=_modalities(ordered_ids, any_role),
        therapeutic_areas=_areas(ordered_ids, any_role),
        upfront={
            "received": _upfront(visible, licensing["as_licensor"], "licensor", slug),
            "paid": _upfront(visible, licensing["as_licensee"], "licensee", slug),
        },
        all_deals=Figure(len(all_ids), any_role),
    )


def _partners(company: Company, ids_by_role: dict[str, set[int]]) -> list[dict[str, Any]]:
    """The companies on the other side of the company's deals, per relation, most deals first."""
    by_deal = {deal_id: key for key, ids in ids_by_role.items() for deal_id in ids}
    other_role = {key: role for key, (_, _, role, _) in ROLES.items()}
    rows = (
        DealParty.objects.filter(deal_id__in=sorted(by_deal), company__isnull=False)
        .exclude(company=company)
        .values_list("deal_id", "role", "company__slug", "company__name", "company__country")
        .order_by()
    )
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for deal_id, role, other_slug, name, country in rows:
        key = by_deal[deal_id]
        if role != other_role[key]:
            continue
        entry = found.setdefault(
            (key, other_slug),
            {"slug": other_slug, "name": name, "country": country or None, "ids": set()},
        )
        entry["ids"].add(deal_id)
    partners = []
    for (key, other_slug), entry in found.items():
        param, _, _, other_param = ROLES[key]
        partners.append(
            {
                "slug": other_slug,
                "name": entry["name"],
                "country": entry["country"],
                "relation": key,
                "label": PARTNER_LABELS[key],
                "deals": Figure(
                    len(entry["ids"]), ((param, company.slug), (other_param, other_slug))
                ),
            }
        )
    partners.sort(key=lambda p: (-p["deals"].value, p["name"]))
    return partners[:TOP_PARTNERS]


def _modalities(ids: list[int], base: tuple[tuple[str, str], ...]) -> list[dict[str, Any]]:
    labels = dict(Modality.choices)
    deals: dict[str, set[int]] = {}
    rows = DealAsset.objects.filter(deal_id__in=ids).exclude(asset__modality="")
    for deal_id, modality in rows.values_list("deal_id", "asset__modality").order_by():
        deals.setdefault(modality, set()).add(deal_id)
    ranked = sorted(deals.items(), key=lambda item: (-len(item[1]), item[0]))
    return [
        {
            "modality": code,
            "label": labels.get(code, code),
            "deals": Figure(len(found), (*base, ("modality", code))),
        }
        for code, found in ranked
    ]


def _areas(ids: list[int], base: tuple[tuple[str, str], ...]) -> list[dict[str, Any]]:
    deals: dict[tuple[str, str], set[int]] = {}
    rows = DealAsset.objects.filter(deal_id__in=ids, asset__therapeutic_areas__isnull=False)
    fields = ("deal_id", "asset__therapeutic_areas__slug", "asset__therapeutic_areas__name")
    for deal_id, slug, name in rows.values_list(*fields).order_by():
        deals.setdefault((slug, name), set()).add(deal_id)
    ranked = sorted(deals.items(), key=lambda item: (-len(item[1]), item[0][1]))
    return [
        {
            "slug": slug,
            "name": name,
            "deals": Figure(len(found), (*base, ("therapeutic_area", slug))),
        }
        for (slug, name), found in ranked
    ]


def _upfront(visible: QuerySet[Deal], ids: set[int], param: str, slug: str) -> Money:
    """The disclosed upfront over the company's licensing deals in one role, as the deal list
    summary (deals/analytics/summary.py) computes it for ``<param>=<slug>&deal_class=licensing``.
    """
    params = ((param, slug), ("deal_class", "licensing"))
    if not ids:
        return Money(None, 0, 0, Figure(0, params))
    summary = summarize(visible.filter(pk__in=sorted(ids)))
    upfront = summary.classes[0].statistics.upfront
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
