"""django-import-export resources for companies and assets, one row each, matched by slug
(layout in docs/import.md)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from import_export import fields, widgets
from import_export.instance_loaders import CachedInstanceLoader

from companies.models import (
    Asset,
    AssetAlias,
    Company,
    CompanyAlias,
    StockListing,
    Target,
    TherapeuticArea,
)
from core.resources import (
    LIST_SEPARATOR,
    CountryWidget,
    NamedVocabularyWidget,
    SafeResource,
    aliases_text,
    cell_text,
    parse_aliases,
    split_list,
)

# import_instance() parses a row's aliases and listings, after_save_instance() writes them
# once the row has a primary key: they ride on the instance in between, under these names
# (the models do not declare them).
_ALIASES = "_import_aliases"
_LISTINGS = "_import_listings"


class CompanyResource(SafeResource):
    """One row per company; ``aliases`` is "name|kind; …", ``listings`` "EXCHANGE:TICKER; …"."""

    country = fields.Field(attribute="country", column_name="country", widget=CountryWidget())
    parent = fields.Field(
        attribute="parent", column_name="parent", widget=widgets.ForeignKeyWidget(Company, "slug")
    )
    aliases = fields.Field(column_name="aliases")
    listings = fields.Field(column_name="listings")

    class Meta:
        model = Company
        import_id_fields = ("slug",)
        # One query finds every row's existing object, instead of one query per row.
        instance_loader_class = CachedInstanceLoader
        fields = (
            "slug", "name", "legal_name", "local_name", "country", "city", "company_type",
            "ownership", "parent", "website", "description", "aliases", "listings",
        )  # fmt: skip
        export_order = fields
        skip_unchanged = False

    def before_import(self, dataset: Any, **kwargs: Any) -> None:
        super().before_import(dataset, **kwargs)
        headers = list(dataset.headers or [])
        if "parent" not in headers or "slug" not in headers:
            return
        # Parents before subsidiaries, so "parent" may name a company further down the file.
        pending = [dict(zip(headers, values, strict=False)) for values in dataset]
        ordered: list[dict[str, Any]] = []
        while pending:
            waiting = {cell_text(r.get("slug")) for r in pending}
            ready = [
                r
                for r in pending
                if cell_text(r.get("parent")) not in waiting - {cell_text(r.get("slug"))}
            ]
            ready = ready or pending  # a cycle: let the rows report their own errors
            ordered.extend(ready)
            pending = [r for r in pending if r not in ready]
        dataset.wipe()
        dataset.headers = headers
        for r in ordered:
            dataset.append([r.get(h) for h in headers])

    def dehydrate_aliases(self, company: Company) -> str:
        return aliases_text(company.aliases.all())

    def dehydrate_listings(self, company: Company) -> str:
        return LIST_SEPARATOR.join(f"{x.exchange}:{x.ticker}" for x in company.listings.all())

    def import_instance(self, instance: Company, row: dict[str, Any], **kwargs: Any) -> None:
        super().import_instance(instance, row, **kwargs)
        errors = {}
        try:
            aliases = parse_aliases(row.get("aliases"), CompanyAlias.Kind.choices, "aliases")
            setattr(instance, _ALIASES, aliases)
        except ValidationError as error:
            errors.update(error.message_dict)
        listings = []
        for part in split_list(row.get("listings")):
            exchange, sep, ticker = part.partition(":")
            if not sep or not exchange.strip() or not ticker.strip():
                errors["listings"] = [f"“{part}” is not EXCHANGE:TICKER."]
            listings.append((exchange.strip(), ticker.strip()))
        setattr(instance, _LISTINGS, listings)
        if errors:
            raise ValidationError(errors)

    def save_instance(self, instance: Company, is_create: bool, row: Any, **kwargs: Any) -> None:
        self._stamp(instance, kwargs)
        super().save_instance(instance, is_create, row, **kwargs)

    def after_save_instance(self, instance: Company, row: Any, **kwargs: Any) -> None:
        instance.aliases.all().delete()
        for name, kind in getattr(instance, _ALIASES, []):
            CompanyAlias.objects.create(company=instance, name=name, kind=kind)
        instance.listings.all().delete()
        for exchange, ticker in getattr(instance, _LISTINGS, []):
            StockListing.objects.create(company=instance, exchange=exchange, ticker=ticker)


class AssetResource(SafeResource):
    """One row per asset; targets and therapeutic areas by name, "; "-separated."""

    owner = fields.Field(
        attribute="owner", column_name="owner", widget=widgets.ForeignKeyWidget(Company, "slug")
    )
    targets = fields.Field(
        attribute="targets",
        column_name="targets",
        widget=NamedVocabularyWidget(Target, field="name"),
    )
    therapeutic_areas = fields.Field(
        attribute="therapeutic_areas",
        column_name="therapeutic_areas",
        widget=NamedVocabularyWidget(TherapeuticArea, field="name"),
    )
    aliases = fields.Field(column_name="aliases")

    class Meta:
        model = Asset
        import_id_fields = ("slug",)
        # One query finds every row's existing object, instead of one query per row.
        instance_loader_class = CachedInstanceLoader
        fields = (
            "slug", "name", "owner", "modality", "is_platform", "targets", "therapeutic_areas",
            "indications", "highest_phase", "description", "aliases",
        )  # fmt: skip
        export_order = fields
        skip_unchanged = False

    def dehydrate_aliases(self, asset: Asset) -> str:
        return aliases_text(asset.aliases.all())

    def import_instance(self, instance: Asset, row: dict[str, Any], **kwargs: Any) -> None:
        super().import_instance(instance, row, **kwargs)
        aliases = parse_aliases(row.get("aliases"), AssetAlias.Kind.choices, "aliases")
        setattr(instance, _ALIASES, aliases)

    def save_instance(self, instance: Asset, is_create: bool, row: Any, **kwargs: Any) -> None:
        self._stamp(instance, kwargs)
        super().save_instance(instance, is_create, row, **kwargs)

    def after_save_instance(self, instance: Asset, row: Any, **kwargs: Any) -> None:
        instance.aliases.all().delete()
        for name, kind in getattr(instance, _ALIASES, []):
            AssetAlias.objects.create(asset=instance, name=name, kind=kind)
