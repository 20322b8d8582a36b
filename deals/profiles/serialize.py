"""A company profile as ``GET /api/v1/companies/<slug>/profile/`` writes it (docs/contract.md)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from core.api.fields import api_url
from deals.profiles.profile import ROLES, CompanyProfile, Figure
from deals.rights.load import AssetRights


def _money(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def profile_json(profile: CompanyProfile, request: Any = None) -> dict[str, Any]:
    """The profile as JSON-ready data; every count comes with the deal list that counts it."""

    def absolute(path: str) -> str:
        return request.build_absolute_uri(path) if request is not None else path

    def links(figure: Figure) -> dict[str, str]:
        return {
            "list_url": absolute(figure.list_url),
            "api_list_url": absolute(figure.api_list_url),
        }

    def counted(figure: Figure) -> dict[str, Any]:
        return {"deals": figure.value, **links(figure)}

    company = profile.company
    return {
        "company": {
            "id": company.pk,
            "slug": company.slug,
            "name": company.name,
            "country": str(company.country) or None,
            "url": absolute(company.get_absolute_url()),
            "api_url": api_url("company-detail", company.slug, request),
            "aliases": [{"name": a.name, "kind": a.kind} for a in company.aliases.all()],
            "listings": [
                {"exchange": li.exchange, "ticker": li.ticker} for li in company.listings.all()
            ],
        },
        "deals": {
            **{key: profile.counts[key].value for key in ROLES},
            "by_year": [
                {"year": row["year"], **{key: row[key].value for key in ROLES}}
                for row in profile.by_year
            ],
            "links": {key: links(profile.counts[key]) for key in ROLES},
        },
        "partners": [
            {
                "company": {
                    "slug": p["slug"],
                    "name": p["name"],
                    "country": p["country"],
                    "api_url": api_url("company-detail", p["slug"], request),
                },
                "relation": p["relation"],
                **counted(p["deals"]),
            }
            for p in profile.partners
        ],
        "modalities": [
            {"modality": m["modality"], "label": m["label"], **counted(m["deals"])}
            for m in profile.modalities
        ],
        "therapeutic_areas": [
            {"slug": t["slug"], "name": t["name"], **counted(t["deals"])}
            for t in profile.therapeutic_areas
        ],
        "upfront_usd": {
            side: {
                "sum": _money(money.total),
                "disclosed": money.disclosed,
                "undisclosed": money.undisclosed,
                **counted(money.deals),
            }
            for side, money in profile.upfront.items()
        },
        "assets": [_asset(asset_rights, request) for _, asset_rights in profile.assets],
        "assets_total": profile.assets_total,
    }


def _asset(rights: AssetRights, request: Any) -> dict[str, Any]:
    asset = rights.asset

    def absolute(path: str) -> str:
        return request.build_absolute_uri(path) if request is not None else path

    return {
        "asset": {
            "id": asset.pk,
            "slug": asset.slug,
            "name": asset.name,
            "modality": asset.modality or None,
            "url": absolute(asset.get_absolute_url()),
        },
        "highest_phase": asset.highest_phase or None,
        "holders": [
            {
                "company": None
                if row.company is None
                else {"slug": row.company.slug, "name": row.company.name},
                "basis": row.basis,
                "territory": row.territory,
                "since": row.since,
                "since_precision": row.since_precision,
            }
            for row in rights.rows
        ],
        "unlicensed": rights.unlicensed_territory,
        "rights_api_url": absolute(f"/api/v1/assets/{asset.slug}/rights/"),
    }
