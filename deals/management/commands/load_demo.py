"""Load the demo data set (``deals/demo/``); running it twice changes nothing.

Every row is found by its natural key (slug, code, name, ISO date...) and written only when
one of its values differs, so a second run makes no writes at all: no new rows, no new
history entries, no FX-triggered recomputation. The whole load is one transaction.
Rows added by hand to a demo deal are left alone; the loader never deletes.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db import models, transaction
from django_countries.fields import Country

from companies.management.commands.load_vocabularies import (
    load_vocabularies as load_shipped_vocabularies,
)
from companies.models import (
    Asset,
    AssetAlias,
    Company,
    CompanyAlias,
    StockListing,
    Target,
    TherapeuticArea,
)
from deals import demo as demo_data
from deals.models import (
    Conference,
    ConferenceSeries,
    Deal,
    DealAsset,
    DealEvent,
    DealParty,
    DealTerritory,
    FxRate,
    PaymentComponent,
    Region,
    Royalty,
    Source,
)
from deals.services import recompute_usd

# A demo source's own fields; its publication date's precision defaults to the day.
SOURCE_FIELDS = ("publisher", "title", "published_on", "language", "quote")


def _plain(value: Any) -> Any:
    """A comparable form of a field value: model instances by pk, countries by code."""
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, Country):
        return value.code
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


class _Loader:
    """Upserts rows by natural key and counts what it created, changed or left alone."""

    def __init__(self) -> None:
        self.created: Counter[str] = Counter()
        self.updated: Counter[str] = Counter()
        self.unchanged: Counter[str] = Counter()

    def upsert[M: models.Model](
        self, model: type[M], lookup: dict[str, Any], values: dict[str, Any]
    ) -> M:
        """The row matching ``lookup``, created or brought in line with ``values``.

        Saves only when something differs: every save adds a history row and may trigger
        USD recomputation, and a re-run must leave the database exactly as it was.
        """
        label = model._meta.label
        obj = model._default_manager.filter(**lookup).first()
        if obj is None:
            obj = model(**lookup, **values)
            obj.full_clean()
            obj.save()
            self.created[label] += 1
            return obj
        changed = {f: v for f, v in values.items() if _plain(getattr(obj, f)) != _plain(v)}
        if not changed:
            self.unchanged[label] += 1
            return obj
        for field, value in changed.items():
            setattr(obj, field, value)
        obj.full_clean()
        obj.save()
        self.updated[label] += 1
        return obj

    # --- vocabularies and reference data ------------------------------------------------

    def load_vocabularies(self) -> tuple[dict[str, TherapeuticArea], dict[str, Target]]:
        areas = {
            row["name"]: self.upsert(
                TherapeuticArea, {"name": row["name"]},
                {"slug": row["slug"], "description": row["description"]},
            )
            for row in demo_data.THERAPEUTIC_AREAS
        }  # fmt: skip
        # Areas the assets name beyond the list above (the vocabulary command adds the rest).
        for name in sorted(
            {a for row in demo_data.ASSETS for a in row.get("therapeutic_areas", [])}
        ):
            if name not in areas:
                areas[name] = self.upsert(TherapeuticArea, {"name": name}, {})
        targets = {
            row["name"]: self.upsert(
                Target, {"name": row["name"]},
                {"slug": row["slug"], "gene_symbol": row["gene_symbol"],
                 "description": row["description"]},
            )
            for row in demo_data.TARGETS
        }  # fmt: skip
        for row in demo_data.REGIONS:
            self.upsert(
                Region, {"code": row["code"]},
                {"name": row["name"], "slug": row["slug"], "countries": sorted(row["countries"]),
                 "description": row["description"]},
            )  # fmt: skip
        return areas, targets

    def load_fx_rates(self) -> None:
        for row in demo_data.FX_RATES:
            self.upsert(
                FxRate, {"currency": row["currency"], "date": row["date"]},
                {"usd_per_unit": row["usd_per_unit"], "source": row["source"]},
            )  # fmt: skip

    # --- companies and assets ----------------------------------------------------------

    def load_companies(self) -> dict[str, Company]:
        companies: dict[str, Company] = {}
        for row in demo_data.COMPANIES:
            parent_slug = row.get("parent")
            if parent_slug and parent_slug not in companies:
                raise CommandError(f"Company {row['slug']}: parent {parent_slug} must come first.")
            company = self.upsert(
                Company, {"slug": row["slug"]},
                {
                    "name": row["name"],
                    "legal_name": row.get("legal_name", ""),
                    "local_name": row.get("local_name", ""),
                    "country": row.get("country", ""),
                    "city": row.get("city", ""),
                    "company_type": row.get("company_type", ""),
                    "ownership": row.get("ownership", ""),
                    "parent": companies[parent_slug] if parent_slug else None,
                    "website": row.get("website", ""),
                    "description": row.get("description", ""),
                },
            )  # fmt: skip
            for name, kind in row.get("aliases", []):
                self.upsert(CompanyAlias, {"company": company, "name": name}, {"kind": kind})
            for exchange, ticker in row.get("listings", []):
                self.upsert(
                    StockListing, {"exchange": exchange, "ticker": ticker}, {"company": company}
                )
            companies[row["slug"]] = company
        return companies

    def load_assets(
        self,
        companies: dict[str, Company],
        areas: dict[str, TherapeuticArea],
        targets: dict[str, Target],
    ) -> dict[str, Asset]:
        assets: dict[str, Asset] = {}
        for row in demo_data.ASSETS:
            asset = self.upsert(
                Asset, {"slug": row["slug"]},
                {
                    "name": row["name"],
                    "owner": companies[row["owner"]],
                    "modality": row["modality"],
                    "is_platform": row.get("is_platform", False),
                    "indications": row.get("indications", ""),
                    "highest_phase": row.get("highest_phase", ""),
                    "description": row.get("description", ""),
                },
            )  # fmt: skip
            # set() only writes the difference, so an unchanged list costs no write.
            asset.targets.set([targets[name] for name in row.get("targets", [])])
            asset.therapeutic_areas.set([areas[name] for name in row.get("therapeutic_areas", [])])
            for name, kind in row.get("aliases", []):
                self.upsert(AssetAlias, {"asset": asset, "name": name}, {"kind": kind})
            assets[row["slug"]] = asset
        return assets

    def load_conferences(self) -> dict[str, Conference]:
        series = {
            row["slug"]: self.upsert(
                ConferenceSeries, {"slug": row["slug"]},
                {"name": row["name"], "short_name": row["short_name"], "website": row["website"]},
            )
            for row in demo_data.CONFERENCE_SERIES
        }  # fmt: skip
        conferences: dict[str, Conference] = {}
        fields = (
            "year",
            "name",
            "start_date",
            "end_date",
            "city",
            "country",
            "timezone",
            "website",
        )
        for row in demo_data.CONFERENCES:
            values = {field: row.get(field, "") for field in fields}
            values["series"] = series[row["series"]]
            source = row.get("source") or {}
            values["source_url"] = source.get("url", "")
            values["source_publisher"] = source.get("publisher", "")
            values["source_quote"] = source.get("quote", "")
            conferences[row["slug"]] = self.upsert(Conference, {"slug": row["slug"]}, values)
        return conferences

    # --- deals ---------------------------------------------------------------------------

    def load_deal(
        self,
        row: dict[str, Any],
        companies: dict[str, Company],
        assets: dict[str, Asset],
        conferences: dict[str, Conference],
    ) -> Deal:
        headline = row.get("headline") or {}
        deal = self.upsert(
            Deal, {"slug": row["slug"]},
            {
                "title": row["title"],
                "deal_type": row["deal_type"],
                "exclusive": row.get("exclusive"),
                "status": row["status"],
                "visibility": Deal.Visibility.PUBLIC,
                "signed_on": row.get("signed_on"),
                "signed_on_precision": row.get("signed_on_precision", "day"),
                "announced_on": row.get("announced_on"),
                # A deal its sources date only to the month is stored so ("Aug 2024"), not as
                # the 1st of a month nobody reported.
                "announced_on_precision": row.get("announced_on_precision", "day"),
                "conference": conferences[row["conference"]] if row.get("conference") else None,
                "summary": row.get("summary", ""),
                "analyst_notes": row.get("analyst_notes", ""),
                "headline_amount": headline.get("amount"),
                "headline_currency": headline.get("currency", ""),
                "headline_quote": headline.get("quote", ""),
            },
        )  # fmt: skip

        sources: dict[str, Source] = {}
        for src in row["sources"]:
            sources[src["key"]] = self.upsert(
                Source, {"deal": deal, "url": src["url"]},
                {
                    **{k: src[k] for k in SOURCE_FIELDS},
                    "published_on_precision": src.get("published_on_precision", "day"),
                },
            )  # fmt: skip

        def source(key: str | None) -> Source | None:
            if key is None:
                return None
            if key not in sources:
                raise CommandError(f"Deal {row['slug']}: unknown source key {key!r}.")
            return sources[key]

        # The headline's source must belong to the deal, so it is linked once sources exist.
        self.upsert(Deal, {"pk": deal.pk}, {"headline_source": source(headline.get("source"))})
        deal.refresh_from_db()

        for order, party in enumerate(row["parties"]):
            company = companies[party["company"]] if party["company"] else None
            self.upsert(
                DealParty, {"deal": deal, "company": company, "role": party["role"]},
                {"name_as_reported": party.get("name_as_reported", ""), "order": order},
            )  # fmt: skip
        for item in row["assets"]:
            self.upsert(
                DealAsset, {"deal": deal, "asset": assets[item["asset"]]},
                {"phase_at_signing": item.get("phase_at_signing", "")},
            )  # fmt: skip
        for excluded, codes in ((False, row["territory"]["included"]),
                                (True, row["territory"]["excluded"])):  # fmt: skip
            for code in codes:
                # A code is a named region (WW, GREATER_CHINA, EU) if one exists, else a country.
                region = Region.objects.filter(code=code).first()
                lookup: dict[str, Any] = (
                    {"deal": deal, "region": region, "country": ""}
                    if region
                    else {"deal": deal, "region": None, "country": code}
                )
                self.upsert(DealTerritory, lookup, {"excluded": excluded})
        for payment in row["payments"]:
            kind = payment["kind"]
            disclosed = payment.get("disclosed", True)
            self.upsert(
                PaymentComponent, {"deal": deal, "order": payment["order"]},
                {
                    "kind": kind,
                    "disclosed": disclosed,
                    "amount": payment.get("amount") if disclosed else None,
                    "currency": payment.get("currency", "") if disclosed else "",
                    # Stated explicitly so the model's save() never has to flip it on re-runs.
                    "contingent": payment.get(
                        "contingent", kind in PaymentComponent.ALWAYS_CONTINGENT
                    ),
                    "source": source(payment.get("source")),
                    "quote": payment.get("quote", ""),
                    "note": payment.get("note", ""),
                },
            )  # fmt: skip
        royalty = row.get("royalty")
        if royalty:
            self.upsert(
                Royalty, {"deal": deal},
                {
                    "disclosed": royalty.get("disclosed", False),
                    "min_pct": royalty.get("min_pct"),
                    "max_pct": royalty.get("max_pct"),
                    "tiered": royalty.get("tiered"),
                    "wording": royalty.get("wording", ""),
                    "source": source(royalty.get("source")),
                },
            )  # fmt: skip
        for event in row["events"]:
            self.upsert(
                DealEvent,
                {
                    "deal": deal, "kind": event["kind"], "date": event["date"],
                    "description": event["description"],
                },
                {
                    "source": source(event.get("source")),
                    "date_precision": event.get("date_precision", "day"),
                    "amount": event.get("amount"),
                    "currency": (
                        event.get("currency", "") if event.get("amount") is not None else ""
                    ),
                },
            )  # fmt: skip

        # USD values always come from the FX table, whichever order rows were written in.
        recompute_usd(deal)
        return deal

    def load_all(self) -> list[Deal]:
        areas, targets = self.load_vocabularies()
        # Then the shipped vocabularies fill in the rest (ICD-10 indications, HGNC targets).
        load_shipped_vocabularies()
        # Rates first, so amounts get their USD value the moment they are written.
        self.load_fx_rates()
        companies = self.load_companies()
        assets = self.load_assets(companies, areas, targets)
        conferences = self.load_conferences()
        return [self.load_deal(row, companies, assets, conferences) for row in demo_data.DEALS]


class Command(BaseCommand):
    help = "Load the JPM 2026 demo data set (idempotent: a second run changes nothing)."

    def handle(self, *args: object, **options: Any) -> None:
        loader = _Loader()
        # All or nothing: a bad row must not leave half a demo behind.
        with transaction.atomic():
            deals = loader.load_all()
        created, updated = sum(loader.created.values()), sum(loader.updated.values())
        unchanged = sum(loader.unchanged.values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data: {len(deals)} deals; {created} rows created, {updated} updated, "
                f"{unchanged} unchanged."
            )
        )
        if int(options.get("verbosity", 1)) >= 2:
            for label in sorted(set(loader.created) | set(loader.updated)):
                self.stdout.write(
                    f"  {label}: {loader.created[label]} created, {loader.updated[label]} updated"
                )
