"""The shipped vocabularies: ICD-10 indications, therapeutic areas, HGNC-coded targets."""

from __future__ import annotations

import re
from io import StringIO

import pytest
from django.core.management import call_command

from companies import vocabularies
from companies.models import Indication, Target, TherapeuticArea
from tests.factories import TargetFactory

pytestmark = pytest.mark.django_db


def test_vocabularies_load_once_and_cover_the_field() -> None:
    TargetFactory(name="Programmed death 1", gene_symbol="PDCD1")  # known under another name
    out = StringIO()
    call_command("load_vocabularies", stdout=out)
    assert "created" in out.getvalue()
    counts = (TherapeuticArea.objects.count(), Indication.objects.count(), Target.objects.count())
    call_command("load_vocabularies", stdout=StringIO())  # idempotent
    assert (
        TherapeuticArea.objects.count(),
        Indication.objects.count(),
        Target.objects.count(),
    ) == counts
    # Every ICD-10 chapter, each drug-development chapter with its area.
    chapters = Indication.objects.filter(code__contains="-")
    assert chapters.count() == 22
    assert Indication.objects.get(code="C34").therapeutic_area.name == "Oncology"
    assert Indication.objects.get(code="G30").name == "Alzheimer's disease"
    assert counts[0] >= 20 and counts[2] >= 90
    assert Target.objects.filter(gene_symbol="PDCD1").count() == 1  # not duplicated


def test_every_target_has_an_hgnc_style_symbol_and_every_area_exists() -> None:
    areas = {name for name, _ in vocabularies.THERAPEUTIC_AREAS}
    assert all(area in areas for _, _, area in vocabularies.INDICATIONS if area)
    symbols = [symbol for _, symbol in vocabularies.TARGETS]
    assert all(re.fullmatch(r"[A-Z][A-Z0-9-]*", s) for s in symbols), symbols
    assert len({name for name, _ in vocabularies.TARGETS}) == len(vocabularies.TARGETS)
