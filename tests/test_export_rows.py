"""The export's row builder looks choice labels up in tables made once (deals/exports.py), not
through get_FOO_display() per cell: a differential test against Django's own display methods,
so that the faster path can never say something the models would not."""

from __future__ import annotations

from decimal import Decimal

import pytest

from companies.models import Modality, Phase
from deals import exports
from deals.models import Deal, DealParty, PaymentComponent
from tests import factories as f

pytestmark = pytest.mark.django_db


def test_export_labels_are_the_models_display_labels() -> None:
    deal = f.DealFactory(deal_type=Deal.Type.OPTION, status=Deal.Status.CLOSED)
    f.DealPartyFactory(deal=deal, role=DealParty.Role.LICENSOR)
    partner = f.DealPartyFactory(deal=deal, role=DealParty.Role.PARTNER)
    asset = f.AssetFactory(modality=Modality.ADC)
    deal_asset = f.DealAssetFactory(deal=deal, asset=asset, phase_at_signing=Phase.PHASE_2)
    payment = f.PaymentFactory(deal=deal, kind=PaymentComponent.Kind.UPFRONT_CASH)
    loaded = exports.for_export(Deal.objects.filter(pk=deal.pk)).get()
    row = exports.deal_row(loaded, str)
    assert row["deal_type"] == deal.get_deal_type_display()
    assert row["status"] == deal.get_status_display()
    assert row["modalities"] == asset.get_modality_display()
    assert row["phases_at_signing"] == f"{asset.name}: {deal_asset.get_phase_at_signing_display()}"
    assert f"({partner.get_role_display()})" in row["other_parties"]
    assert row["payments"].startswith(f"{payment.get_kind_display()}: ")


@pytest.mark.parametrize(
    ("table", "choices"),
    [
        (exports.TYPE_LABELS, Deal.Type.choices),
        (exports.STATUS_LABELS, Deal.Status.choices),
        (exports.ROLE_LABELS, DealParty.Role.choices),
        (exports.KIND_LABELS, PaymentComponent.Kind.choices),
        (exports.MODALITY_LABELS, Modality.choices),
        (exports.PHASE_LABELS, Phase.choices),
    ],
)
def test_every_choice_has_its_label_in_the_export_tables(table, choices) -> None:
    assert table == {key: str(label) for key, label in choices}


def test_payment_terms_read_as_amounts_not_raw_decimals() -> None:
    """The "Payment terms" column says "$50M (50,000,000 USD)", as the pages do, not the stored
    "50000000.00 USD"; a won amount keeps its currency; an undisclosed one says so."""
    deal = f.DealFactory()
    f.PaymentFactory(deal=deal, kind=PaymentComponent.Kind.UPFRONT_CASH)
    f.PaymentFactory(
        deal=deal,
        kind=PaymentComponent.Kind.DEVELOPMENT_MILESTONES,
        amount=Decimal("8200000000000.00"),
        currency="KRW",
    )
    f.PaymentFactory(
        deal=deal, kind=PaymentComponent.Kind.COMMERCIAL_MILESTONES, amount=None, disclosed=False
    )
    loaded = exports.for_export(Deal.objects.filter(pk=deal.pk)).get()
    terms = exports.deal_row(loaded, str)["payments"].split("; ")
    labels = exports.KIND_LABELS
    assert f"{labels['upfront_cash']}: $50M (50,000,000 USD)" in terms
    assert f"{labels['development_milestones']}: ₩8.2T (8,200,000,000,000 KRW)" in terms
    assert f"{labels['commercial_milestones']}: undisclosed" in terms
    assert not any(".00" in term for term in terms)
