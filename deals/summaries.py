"""A deal inside another object's JSON (a company's, an asset's, a conference's deals).

Both apps' APIs show deal summaries, so the shape lives here, beside the model, rather than
in either API package: ``companies/api`` never imports ``deals/api``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.api.fields import (
    BlankAsNullCharField,
    api_url,
    html_url,
    money_field,
)
from deals import measures
from deals.classes import DEFINITIONS as CLASS_DEFINITIONS
from deals.classes import DealClass
from deals.measures import DEFINITIONS
from deals.models import Deal


class HeadlineSerializer(serializers.Serializer):
    amount = money_field(help_text="The total as reported, in its currency.")
    currency = serializers.CharField(read_only=True, help_text="ISO 4217.")
    amount_usd = money_field(help_text="Converted at the announcement date; null without a rate.")
    usd_missing_fx = serializers.BooleanField(
        read_only=True, help_text="True when no FX rate was known to convert the amount to USD."
    )
    quote = BlankAsNullCharField(help_text="The sentence that reported it.")
    # DRF takes declared fields off the class; the stubs take this one for Field.source.
    source = BlankAsNullCharField(help_text="URL of the source that reported it.")  # type: ignore[assignment]


class TotalsSerializer(serializers.Serializer):
    """A deal's money measures in USD, each null when nothing it covers is disclosed."""

    upfront = money_field(help_text=DEFINITIONS["upfront"])
    committed = money_field(help_text=DEFINITIONS["committed"])
    milestones = money_field(help_text=DEFINITIONS["milestones"])
    disclosed = money_field(help_text=DEFINITIONS["disclosed"])
    total_potential = money_field(help_text=DEFINITIONS["total_potential"])


def _headline(deal: Deal) -> dict[str, Any] | None:
    if deal.headline_amount is None:
        return None
    source = getattr(deal, "headline_source", None) if deal.headline_source_id else None
    return {
        "amount": deal.headline_amount,
        "currency": deal.headline_currency,
        "amount_usd": deal.headline_amount_usd,
        "usd_missing_fx": deal.headline_needs_fx,
        "quote": deal.headline_quote,
        "source": source.url if source else None,
    }


def _totals(deal: Deal) -> dict[str, Decimal | None]:
    # The deal's stored measures (deals/measures.py), by key.
    return {name.removesuffix("_usd"): getattr(deal, name) for name in measures.STORED}


class DealSummarySerializer(serializers.Serializer):
    """A deal in a list of another object's deals (a company's, an asset's, a conference's)."""

    id = serializers.IntegerField(read_only=True)
    slug = serializers.CharField(read_only=True)
    title = serializers.CharField(read_only=True)
    deal_type = serializers.ChoiceField(choices=Deal.Type.choices, read_only=True)
    deal_class = serializers.ChoiceField(
        choices=DealClass.choices, read_only=True, help_text=CLASS_DEFINITIONS["deal_class"]
    )
    status = serializers.ChoiceField(choices=Deal.Status.choices, read_only=True)
    announced_on = serializers.DateField(read_only=True, allow_null=True)
    announced_on_precision = serializers.ChoiceField(
        choices=Deal.DatePrecision.choices,
        read_only=True,
        help_text="How exactly the announcement date is known; a month is stored as its 1st.",
    )
    headline_value = serializers.SerializerMethodField()
    totals_usd = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField(help_text="The deal's HTML page.")
    api_url = serializers.SerializerMethodField(help_text="The deal in this API.")

    @extend_schema_field(HeadlineSerializer(allow_null=True))
    def get_headline_value(self, deal: Deal) -> dict[str, Any] | None:
        value = _headline(deal)
        return HeadlineSerializer(value).data if value else None

    @extend_schema_field(TotalsSerializer)
    def get_totals_usd(self, deal: Deal) -> dict[str, Any]:
        return TotalsSerializer(_totals(deal)).data

    def get_url(self, deal: Deal) -> str:
        return html_url(deal, "deals", self.context.get("request"))

    def get_api_url(self, deal: Deal) -> str:
        return api_url("deal-detail", deal.slug, self.context.get("request"))
