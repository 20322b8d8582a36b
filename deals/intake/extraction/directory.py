"""The company and asset directory built from the database."""

from __future__ import annotations

from deals.intake.extraction.results import (
    AssetRef,
    CompanyRef,
    Directory,
)


def directory_from_db() -> Directory:
    """Known companies (names, legal and local names, aliases) and assets (names, aliases)."""
    from companies.models import Asset, AssetAlias, Company, CompanyAlias

    directory = Directory()
    refs: dict[int, CompanyRef] = {}
    for pk, slug, name, legal, local in Company.objects.values_list(
        "pk", "slug", "name", "legal_name", "local_name"
    ):
        refs[pk] = CompanyRef(slug, name, pk)
        directory.add_company(refs[pk], name, legal, local)
    for company_id, normalized in CompanyAlias.objects.values_list("company_id", "normalized"):
        if normalized and company_id in refs:
            directory.companies.setdefault(normalized, refs[company_id])
    assets: dict[int, AssetRef] = {}
    for pk, slug, name in Asset.objects.values_list("pk", "slug", "name"):
        assets[pk] = AssetRef(slug, name, pk)
        directory.add_asset(assets[pk], name)
    for asset_id, normalized in AssetAlias.objects.values_list("asset_id", "normalized"):
        if normalized and asset_id in assets:
            directory.assets.setdefault(normalized, assets[asset_id])
    return directory
