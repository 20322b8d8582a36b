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

from django.db.models import Count, QuerySet, Sum
from django.db.models.functions import ExtractYear
from django.http import QueryDict
from django.utils.http import urlencode

from companies.models import Asset, Company, Modality, Phase
from core.charts import BarChart
from core.urls_fast import plain_url
from deals import classes
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
# The money measures the company page sums per role group (name -> stored deal column).
MONEY_SUMS = {
    "headline": "headline_amount_usd",
    "upfront": "upfront_usd",
    "potential": "total_potential_usd",
}
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
        return f"{plain_url('deals:deal_list')}?{self.query}"

    @property
    def api_list_url(self) -> str:
        return f"{plain_url('deal-list')}?{self.query}"


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
    # party role -> deals (pipeline included) and sums of their stored money measures
    party_roles: dict[str, dict[str, Any]] = field(default_factory=dict)

    def role_totals(self, roles: tuple[str, ...]) -> dict[str, Any]:
        """Deals with the company in any of ``roles`` and their summed money measures, as one
        SUM over those deals gives them (a company takes one role in a deal: disjoint)."""
        totals: dict[str, Any] = {"deals": 0, **dict.fromkeys(MONEY_SUMS)}
        for role in roles:
            found = self.party_roles.get(role)
            if found is None:
                continue
            totals["deals"] += found["deals"]
            for name in MONEY_SUMS:
                if found[name] is not None:
                    totals[name] = (totals[name] or 0) + found[name]
        return totals

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


def company_profile(
    company: Company,
    visible: QuerySet[Deal],
    as_of: date,
    *,
    public: bool = False,
    with_assets: bool = True,
) -> CompanyProfile:
    """The profile of ``company`` over the ``visible`` deals, rights as of ``as_of``.

    ``public`` says that ``visible`` is exactly the public deals (the reader may not see
    internal ones): the deal figures are then read from the stored row
    (deals/profiles/stored.py) when there is one. Otherwise, and for readers who may see
    internal deals, each figure is one grouped aggregate computed now.

    ``with_assets=False`` leaves out the company's assets and their rights (``assets`` empty,
    ``assets_total`` 0) for a page that shows neither: working out every asset's rights
    holders is most of a profile's cost.
    """
    values = stored_values(company) if public else None
    if values is None:
        values = figure_values(company, visible)
    return CompanyProfile(
        company=company,
        **figures_from(company.slug, values),
        assets=_assets(company, visible, as_of) if with_assets else [],
        assets_total=Asset.objects.filter(owner=company).count() if with_assets else 0,
    )


def stored_values(company: Company) -> dict[str, Any] | None:
    """The stored public figure values of ``company`` (None: no row, compute them)."""
    from deals.models import CompanyFigures

    row = CompanyFigures.objects.filter(company=company).values_list("figures", flat=True)
    return next(iter(row), None)


def figure_values(company: Company, visible: QuerySet[Deal]) -> dict[str, Any]:
    """The deal figures of a profile as plain JSON values (what deals/profiles/stored.py
    stores), each counted over the deal list :func:`figures_from` links it to
    (tests/test_profiles.py holds every figure equal to the API list's count).

    The deals counted are those a deal list counts (visible, not pipeline) that have the
    company as a party; every figure is a COUNT(DISTINCT deal) grouped in SQL, so no deal id
    travels to Python and long lists stay behind their links.
    """
    counted = visible.filter(classes.counted())
    role_of = {role: key for key, (_, role, _, _) in ROLES.items()}
    per_role: dict[str, int] = dict.fromkeys(ROLES, 0)
    years: dict[int, dict[str, int]] = {}
    total = 0
    # One grouped query over the company's own party rows (company in one filter(): one
    # join). A company takes one role in a deal (unique deal and company), so the groups are
    # disjoint and their sum is the number of its deals in any role.
    for role, year, n in (
        counted.filter(parties__company=company)
        .order_by()
        .values_list("parties__role", ExtractYear("announced_on"))
        .annotate(n=Count("pk", distinct=True))
    ):
        total += n
        key = role_of.get(role)
        if key is None:
            continue  # partner, investor: in the total only
        per_role[key] += n
        if year is not None:
            years.setdefault(year, dict.fromkeys(ROLES, 0))[key] += n
    deal_ids = counted.filter(parties__company=company).values("pk")
    slug = company.slug
    # Per party role over every visible deal, pipeline included (the company page's groups).
    party_roles = {
        role: [n, *(None if v is None else str(v) for v in sums)]
        for role, n, *sums in visible.filter(parties__company=company)
        .order_by()
        .values_list("parties__role")
        .annotate(n=Count("pk"), **{name: Sum(column) for name, column in MONEY_SUMS.items()})
    }
    return {
        "total": total,
        "party_roles": party_roles,
        "roles": per_role,
        "years": [[year, [found[key] for key in ROLES]] for year, found in sorted(years.items())],
        "partners": _partners(company, counted, per_role),
        "modalities": _modalities(deal_ids),
        "areas": _areas(deal_ids),
        "upfront": {
            "received": _upfront(visible, "licensor", slug, per_role["as_licensor"]),
            "paid": _upfront(visible, "licensee", slug, per_role["as_licensee"]),
        },
    }


def figures_from(slug: str, values: dict[str, Any]) -> dict[str, Any]:
    """The profile's figures, each with the deal-list parameters that select the same deals,
    from the values :func:`figure_values` computed (now or when stored)."""
    per_role = values["roles"]
    counts_fig = {key: Figure(per_role[key], ((ROLES[key][0], slug),)) for key in ROLES}
    by_year = []
    for year, found in values["years"]:
        row: dict[str, Any] = {"year": year}
        for key, n in zip(ROLES, found, strict=True):
            row[key] = Figure(
                n,
                (
                    (ROLES[key][0], slug),
                    ("announced_after", f"{year}-01-01"),
                    ("announced_before", f"{year}-12-31"),
                ),
            )
        by_year.append(row)
    any_role = (("company", slug),)
    partners = [
        {
            "slug": other_slug,
            "name": name,
            "country": country,
            "relation": key,
            "label": PARTNER_LABELS[key],
            "deals": Figure(n, ((ROLES[key][0], slug), (ROLES[key][3], other_slug))),
        }
        for other_slug, name, country, key, n in values["partners"]
    ]
    labels = dict(Modality.choices)
    modalities = [
        {
            "modality": code,
            "label": labels.get(code, code),
            "deals": Figure(n, (*any_role, ("modality", code))),
        }
        for code, n in values["modalities"]
    ]
    areas = [
        {"slug": area, "name": name, "deals": Figure(n, (*any_role, ("therapeutic_area", area)))}
        for area, name, n in values["areas"]
    ]
    upfront = {}
    for side, param in (("received", "licensor"), ("paid", "licensee")):
        total, disclosed, n = values["upfront"][side]
        upfront[side] = Money(
            None if total is None else Decimal(total),
            disclosed,
            n - disclosed,
            Figure(n, ((param, slug), ("deal_class", "licensing"))),
        )
    return dict(
        counts=counts_fig,
        by_year=by_year,
        partners=partners,
        modalities=modalities,
        therapeutic_areas=areas,
        upfront=upfront,
        all_deals=Figure(values["total"], any_role),
        party_roles={
            role: {
                "deals": n,
                **{
                    name: None if v is None else Decimal(v)
                    for name, v in zip(MONEY_SUMS, sums, strict=True)
                },
            }
            for role, (n, *sums) in values["party_roles"].items()
        },
    )


def _partners(company: Company, counted: QuerySet[Deal], per_role: dict[str, int]) -> list[Any]:
    """The companies on the other side of the company's deals, per relation, most deals first:
    the top few of each relation grouped in SQL (relations without deals skipped), then the
    top of them all, as [slug, name, country, relation, deals]."""
    partners: list[list[Any]] = []
    for key, (_, role, other_role, _) in ROLES.items():
        if not per_role[key]:
            continue
        deals = counted.filter(parties__company=company, parties__role=role).values("pk")
        rows = (
            DealParty.objects.filter(deal__in=deals, role=other_role, company__isnull=False)
            .exclude(company=company)
            .values_list("company__slug", "company__name", "company__country")
            .annotate(n=Count("deal", distinct=True))
            .order_by("-n", "company__name", "company__slug")[:TOP_PARTNERS]
        )
        partners += [
            [other_slug, name, str(country or "") or None, key, n]
            for other_slug, name, country, n in rows
        ]
    partners.sort(key=lambda p: (-p[4], p[1], p[0]))
    return partners[:TOP_PARTNERS]


def _modalities(deal_ids: QuerySet) -> list[list[Any]]:
    rows = (
        DealAsset.objects.filter(deal__in=deal_ids)
        .exclude(asset__modality="")
        .values_list("asset__modality")
        .annotate(n=Count("deal", distinct=True))
        .order_by("-n", "asset__modality")
    )
    return [[code, n] for code, n in rows]


def _areas(deal_ids: QuerySet) -> list[list[Any]]:
    rows = (
        DealAsset.objects.filter(deal__in=deal_ids, asset__therapeutic_areas__isnull=False)
        .values_list("asset__therapeutic_areas__slug", "asset__therapeutic_areas__name")
        .annotate(n=Count("deal", distinct=True))
        .order_by("-n", "asset__therapeutic_areas__name")
    )
    return [[slug, name, n] for slug, name, n in rows]


def _upfront(visible: QuerySet[Deal], param: str, slug: str, in_role: int) -> list[Any]:
    """The disclosed upfront over the company's licensing deals in one role, as the deal list
    summary (deals/analytics/stats.py) reports it for ``<param>=<slug>&deal_class=licensing``:
    over the same list, the sum (as text: JSON has no decimals) and count of the stored
    upfront column (disclosed), and the number of deals. Only these are shown, so one plain
    aggregate instead of the summary's quartiles over every measure; tests/test_profiles.py
    holds it equal to the summary API."""
    if not in_role:  # no deal in the role: none of its licensing deals either
        return [None, 0, 0]
    params = ((param, slug), ("deal_class", "licensing"))
    # Over the list's ids: the list's own query may be DISTINCT over every deal column.
    listed = Deal.objects.filter(pk__in=deal_list(visible, params).order_by().values("pk"))
    found = listed.aggregate(
        n=Count("pk"), disclosed=Count("upfront_usd"), total=Sum("upfront_usd")
    )
    total = found["total"]
    return [None if total is None else str(total), found["disclosed"], found["n"]]


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
