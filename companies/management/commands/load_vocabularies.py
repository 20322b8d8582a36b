"""Load the shipped vocabularies (companies/vocabularies.py): therapeutic areas, ICD-10
indications and HGNC-coded targets. Idempotent: existing rows keep their slugs and are only
filled in; a target already known under another name (same HGNC symbol) is not duplicated."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction

from companies import vocabularies
from companies.models import Indication, Target, TherapeuticArea


def load_vocabularies() -> dict[str, int]:
    """Create what is missing; returns how many rows of each vocabulary were created."""
    created = {"therapeutic_areas": 0, "indications": 0, "targets": 0}
    with transaction.atomic():
        areas: dict[str, TherapeuticArea] = {}
        for name, description in vocabularies.THERAPEUTIC_AREAS:
            area, new = TherapeuticArea.objects.get_or_create(
                name=name, defaults={"description": description}
            )
            if not new and not area.description:
                area.description = description
                area.save(update_fields=["description"])
            areas[name] = area
            created["therapeutic_areas"] += new
        for code, name, area_name in vocabularies.INDICATIONS:
            _, new = Indication.objects.get_or_create(
                name=name, defaults={"code": code, "therapeutic_area": areas.get(area_name)}
            )
            created["indications"] += new
        known_symbols = set(
            Target.objects.exclude(gene_symbol="").values_list("gene_symbol", flat=True)
        )
        for name, symbol in vocabularies.TARGETS:
            if Target.objects.filter(name=name).exists() or symbol in known_symbols:
                continue
            Target.objects.create(name=name, gene_symbol=symbol)
            known_symbols.add(symbol)
            created["targets"] += 1
    return created


class Command(BaseCommand):
    help = "Load therapeutic areas, ICD-10 indications and HGNC-coded targets (idempotent)."

    def handle(self, *args: Any, **options: Any) -> None:
        created = load_vocabularies()
        self.stdout.write(", ".join(f"{k}: {v} created" for k, v in created.items()))
