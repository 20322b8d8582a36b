"""The deal and conference JSON of docs/contract.md, for reading and for writing.

Money leaves as decimal strings in currency units ("5600000000.00"), never floats; an amount
that was not disclosed is ``null`` beside ``"disclosed": false``, never 0. Analyst notes are
written only for readers holding ``deals.view_internal_deal``.

Read serializers expect the querysets of the viewsets (``for_listing()`` and friends): they
only read what those prefetch, so a page costs the same number of queries at any length.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from django.http import QueryDict
from django.urls import reverse
from drf_spectacular.utils import (
    extend_schema_field,
    inline_serializer,
)
from rest_framework import serializers

from companies.api.serializers import AssetRefSerializer, CompanyRefSerializer
from companies.models import Asset, Company, Phase
from core import money
from core.api.base import (
    VISIBLE_DEALS,
    CountryInputField,
    FullCleanModelSerializer,
    StrictFieldsMixin,
    many_data,
)
from core.api.fields import (
    BlankAsNullCharField,
    CountryCodeField,
    SlugOrIdField,
    api_url,
    html_url,
    money_field,
)
from core.slugs import SlugInputField
from deals import limits
from deals.classes import DealClass
from deals.measures import DEFINITIONS
from deals.models import (
    MONEY,
    Conference,
    ConferenceSeries,
    Deal,
    DealEvent,
    DealParty,
    PaymentComponent,
)
from deals.services import DealInputError, save_deal
from deals.summaries import (
    DealSummarySerializer,
)

# --- references to other objects ------------------------------------------------------------


class DealConferenceRefSerializer(serializers.Serializer):
    slug = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)
    api_url = serializers.SerializerMethodField()

    def get_api_url(self, conference: Conference) -> str:
        return api_url("conference-detail", conference.slug, self.context.get("request"))


# --- the parts of a deal --------------------------------------------------------------------


class PartySerializer(serializers.Serializer):
    role = serializers.ChoiceField(choices=DealParty.Role.choices, read_only=True)
    company = CompanyRefSerializer(read_only=True, allow_null=True)
    disclosed = serializers.BooleanField(
        read_only=True, help_text="False when the counterparty was not named (company is null)."
    )
    name_as_reported = BlankAsNullCharField(help_text="The name the source used, if different.")


class DealAssetSerializer(serializers.Serializer):
    asset = AssetRefSerializer(read_only=True)
    phase_at_signing = BlankAsNullCharField(help_text="The asset's phase when the deal was signed.")


class TerritorySerializer(serializers.Serializer):
    included = serializers.ListField(
        child=serializers.CharField(),
        read_only=True,
        help_text="Region codes (WW, GREATER_CHINA, EU...) or ISO 3166-1 alpha-2 countries.",
    )
    excluded = serializers.ListField(child=serializers.CharField(), read_only=True)


class PaymentSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=PaymentComponent.Kind.choices, read_only=True)
    disclosed = serializers.BooleanField(
        read_only=True, help_text="False: the term exists but its amount was not disclosed."
    )
    amount = money_field(help_text="In the currency as reported; null when undisclosed.")
    currency = BlankAsNullCharField(help_text="ISO 4217; null when undisclosed.")
    amount_usd = money_field(help_text="Converted at the announcement date; null without a rate.")
    usd_missing_fx = serializers.BooleanField(read_only=True, source="needs_fx")
    contingent = serializers.BooleanField(
        read_only=True, help_text="Paid only if something happens."
    )
    quote = BlankAsNullCharField()
    note = BlankAsNullCharField()
    # DRF takes declared fields off the class; the stubs take this one for Field.source.
    source = serializers.SerializerMethodField()  # type: ignore[assignment]

    def get_source(self, payment: PaymentComponent) -> str | None:
        if not payment.source_id:
            return None
        # The deal's sources are prefetched (and payment.deal is the prefetching deal), so
        # this costs no query, unlike payment.source would for every payment.
        for source in payment.deal.sources.all():
            if source.pk == payment.source_id:
                return source.url
        return None


class RoyaltySerializer(serializers.Serializer):
    min_pct = serializers.DecimalField(
        max_digits=5, decimal_places=2, read_only=True, allow_null=True
    )
    max_pct = serializers.DecimalField(
        max_digits=5, decimal_places=2, read_only=True, allow_null=True
    )
    tiered = serializers.BooleanField(read_only=True, allow_null=True)
    wording = BlankAsNullCharField(help_text='e.g. "tiered double-digit royalties".')
    disclosed = serializers.BooleanField(
        read_only=True, help_text="True when rates were disclosed."
    )


class SourceSerializer(serializers.Serializer):
    url = serializers.URLField(read_only=True)
    publisher = BlankAsNullCharField()
    title = BlankAsNullCharField()
    published_on = serializers.DateField(read_only=True, allow_null=True)
    published_on_precision = serializers.ChoiceField(
        choices=Deal.DatePrecision.choices,
        read_only=True,
        help_text="How much of published_on is known; published_on is then the period's first day.",
    )
    language = BlankAsNullCharField()
    quote = BlankAsNullCharField(help_text="The passage that supports the deal's facts.")


class EventSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=DealEvent.Kind.choices, read_only=True)
    date = serializers.DateField(read_only=True, allow_null=True)
    date_precision = serializers.ChoiceField(
        choices=Deal.DatePrecision.choices,
        read_only=True,
        help_text="How much of date the source gives; date is then the period's first day.",
    )
    description = BlankAsNullCharField()
    amount = money_field()
    currency = BlankAsNullCharField()


def _territory(deal: Deal) -> dict[str, list[str]]:
    territory: dict[str, list[str]] = {"included": [], "excluded": []}
    for line in deal.territories.all():
        territory["excluded" if line.excluded else "included"].append(line.code)
    return territory


def _royalty(deal: Deal) -> Any:
    try:
        return deal.royalty
    except Deal.royalty.RelatedObjectDoesNotExist:
        return None


def can_see_internal(request: Any) -> bool:
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated and user.has_perm("deals.view_internal_deal"))


class DealSerializer(DealSummarySerializer):
    """The full deal of docs/contract.md ("A deal reads as")."""

    exclusive = serializers.BooleanField(read_only=True, allow_null=True)
    visibility = serializers.ChoiceField(choices=Deal.Visibility.choices, read_only=True)
    signed_on = serializers.DateField(read_only=True, allow_null=True)
    signed_on_precision = serializers.ChoiceField(
        choices=Deal.DatePrecision.choices,
        read_only=True,
        help_text="How much of signed_on the source gives: day, month, quarter or year.",
    )
    announced_on_precision = serializers.ChoiceField(
        choices=Deal.DatePrecision.choices,
        read_only=True,
        help_text="How much of announced_on the source gives; announced_on is then the "
        "period's first day (2026-01-01 with month = Jan 2026).",
    )
    summary = BlankAsNullCharField()
    conference = DealConferenceRefSerializer(read_only=True, allow_null=True)
    parties = PartySerializer(many=True, read_only=True)
    assets = DealAssetSerializer(many=True, read_only=True, source="deal_assets")
    territory = serializers.SerializerMethodField()
    payments = PaymentSerializer(many=True, read_only=True)
    royalty = serializers.SerializerMethodField()
    sources = SourceSerializer(many=True, read_only=True)
    events = EventSerializer(many=True, read_only=True)
    version = serializers.IntegerField(
        read_only=True, help_text="Increases with every write through the API."
    )
    created_at = serializers.DateTimeField(read_only=True)
    updated_at = serializers.DateTimeField(read_only=True)

    @extend_schema_field(TerritorySerializer)
    def get_territory(self, deal: Deal) -> dict[str, list[str]]:
        return _territory(deal)

    @extend_schema_field(RoyaltySerializer(allow_null=True))
    def get_royalty(self, deal: Deal) -> dict[str, Any] | None:
        royalty = _royalty(deal)
        return RoyaltySerializer(royalty).data if royalty else None

    analyst_notes = serializers.CharField(
        read_only=True,
        help_text=(
            "Internal notes. Present only for readers allowed to see internal deals "
            "(Viewer and Analyst roles); the key is absent for everyone else."
        ),
    )

    # docs/contract.md's order first, then the extras.
    FIELD_ORDER = (
        "id", "slug", "title", "deal_type", "status", "exclusive", "visibility", "signed_on",
        "announced_on", "conference", "parties", "assets", "territory", "headline_value",
        "payments", "royalty", "totals_usd", "sources", "events", "url", "api_url", "deal_class",
        "signed_on_precision", "announced_on_precision", "summary", "analyst_notes", "version",
        "created_at", "updated_at",
    )  # fmt: skip

    def get_fields(self) -> dict[str, serializers.Field]:
        fields = super().get_fields()
        ordered = {name: fields.pop(name) for name in self.FIELD_ORDER if name in fields}
        ordered.update(fields)
        documenting = getattr(self.context.get("view"), "swagger_fake_view", False)
        if not documenting and not can_see_internal(self.context.get("request")):
            # Nobody else gets the key at all, not even empty.
            ordered.pop("analyst_notes", None)
        return ordered


# --- conferences ----------------------------------------------------------------------------


class ConferenceSerializer(serializers.Serializer):
    """A conference edition, e.g. JPM 2026."""

    id = serializers.IntegerField(read_only=True)
    slug = serializers.CharField(read_only=True)
    name = serializers.CharField(read_only=True)
    series = serializers.SerializerMethodField()
    year = serializers.IntegerField(read_only=True)
    start_date = serializers.DateField(read_only=True)
    end_date = serializers.DateField(read_only=True)
    city = BlankAsNullCharField()
    country = CountryCodeField()
    timezone = BlankAsNullCharField()
    website = BlankAsNullCharField()
    deal_count = serializers.IntegerField(
        read_only=True,
        help_text="Deals linked to this conference that you may see, every class; deals in "
        "negotiation are not counted.",
    )
    url = serializers.SerializerMethodField()
    api_url = serializers.SerializerMethodField()

    @extend_schema_field(
        inline_serializer(
            "ConferenceSeriesRef",
            fields={
                "slug": serializers.CharField(),
                "name": serializers.CharField(),
                "short_name": serializers.CharField(allow_null=True),
            },
        )
    )
    def get_series(self, conference: Conference) -> dict[str, Any]:
        series = conference.series
        return {"slug": series.slug, "name": series.name, "short_name": series.short_name or None}

    def get_url(self, conference: Conference) -> str:
        return html_url(conference, "conferences", self.context.get("request"))

    def get_api_url(self, conference: Conference) -> str:
        return api_url("conference-detail", conference.slug, self.context.get("request"))


class ConferenceTotalsSerializer(serializers.Serializer):
    deal_class = serializers.ListField(
        child=serializers.ChoiceField(choices=DealClass.choices),
        help_text="The deal classes these totals add up (licensing unless ?deal_class= asks "
        "for others); deals in negotiation never count.",
    )
    deal_count = serializers.IntegerField(read_only=True)
    headline_usd = money_field(help_text="Sum of the deals' reported headline values in USD.")
    upfront_usd = money_field(
        help_text="Sum of the deals' upfront totals. " + DEFINITIONS["upfront"]
    )
    committed_usd = money_field(help_text="Sum of the deals' committed totals.")
    total_potential_usd = money_field(help_text="Sum of the deals' total potential values.")
    undisclosed_value_count = serializers.IntegerField(
        read_only=True,
        help_text="Deals with neither a headline nor a disclosed component (not counted as 0).",
    )
    list_url = serializers.URLField(help_text="The /deals/ page listing exactly these deals.")
    api_list_url = serializers.URLField(
        help_text="The /api/v1/deals/ list whose count equals deal_count."
    )


# The deals' summaries as PostgreSQL writes them, which ConferenceViewSet.prepare_detail()
# attaches to a conference (Conference does not declare the attribute).
DEAL_SUMMARIES = "deal_summaries"
NEGOTIATIONS = "negotiations"  # the pipeline deals, listed apart and never counted
TOTAL_CLASSES = "total_classes"  # the deal classes the totals add up


class ConferenceDetailSerializer(ConferenceSerializer):
    """A conference with its (visible) deals and their totals."""

    deals = serializers.SerializerMethodField(
        help_text="The deals announced at the conference, every class; not the negotiations."
    )
    negotiations = serializers.SerializerMethodField(
        help_text="Rumoured deals and deals in negotiation reported around the conference: "
        "listed apart, never counted in the totals or statistics."
    )
    totals = serializers.SerializerMethodField()

    # On PostgreSQL the view attaches ``deal_summaries`` (DEAL_SUMMARIES), this serializer's
    # JSON of each deal written by the database (deals/queries/pgjson.py); elsewhere
    # ``visible_deals``, the models.

    @extend_schema_field(DealSummarySerializer(many=True))
    def get_deals(self, conference: Conference) -> list[dict[str, Any]]:
        if hasattr(conference, DEAL_SUMMARIES):
            return getattr(conference, DEAL_SUMMARIES)
        deals = getattr(conference, VISIBLE_DEALS)
        return many_data(DealSummarySerializer(deals, many=True, context=self.context))

    @extend_schema_field(DealSummarySerializer(many=True))
    def get_negotiations(self, conference: Conference) -> list[dict[str, Any]]:
        deals = getattr(conference, NEGOTIATIONS)
        if hasattr(conference, DEAL_SUMMARIES):
            return list(deals)
        return many_data(DealSummarySerializer(deals, many=True, context=self.context))

    @extend_schema_field(ConferenceTotalsSerializer)
    def get_totals(self, conference: Conference) -> dict[str, Any]:
        classes = getattr(conference, TOTAL_CLASSES)
        if hasattr(conference, DEAL_SUMMARIES):
            rows = [
                _summary_amounts(deal)
                for deal in getattr(conference, DEAL_SUMMARIES)
                if deal["deal_class"] in classes
            ]
        else:
            rows = [
                {
                    "headline_usd": deal.headline_amount_usd,
                    "upfront_usd": deal.upfront_usd,
                    "committed_usd": deal.committed_usd,
                    "total_potential_usd": deal.total_potential_usd,
                }
                for deal in getattr(conference, VISIBLE_DEALS)
                if deal.deal_class in classes
            ]

        def total(key: str) -> Decimal | None:
            values = [value for row in rows if (value := row[key]) is not None]
            return sum(values, Decimal(0)) if values else None

        query = QueryDict(mutable=True)
        query["conference"] = conference.slug
        query.setlist("deal_class", classes)
        request = self.context.get("request")
        totals = {
            "deal_class": classes,
            "list_url": _absolute(request, f"{reverse('deals:deal_list')}?{query.urlencode()}"),
            "api_list_url": _absolute(request, f"{reverse('deal-list')}?{query.urlencode()}"),
            "deal_count": len(rows),
            "headline_usd": total("headline_usd"),
            "upfront_usd": total("upfront_usd"),
            "committed_usd": total("committed_usd"),
            "total_potential_usd": total("total_potential_usd"),
            "undisclosed_value_count": sum(1 for r in rows if r["total_potential_usd"] is None),
        }
        return ConferenceTotalsSerializer(totals).data


def _summary_amounts(summary: dict[str, Any]) -> dict[str, Decimal | None]:
    """The amounts a conference adds up, from a deal summary's JSON (decimal strings)."""

    def number(value: str | None) -> Decimal | None:
        return None if value is None else Decimal(value)

    headline = summary["headline_value"] or {}
    totals = summary["totals_usd"]
    return {
        "headline_usd": number(headline.get("amount_usd")),
        "upfront_usd": number(totals["upfront"]),
        "committed_usd": number(totals["committed"]),
        "total_potential_usd": number(totals["total_potential"]),
    }


# --- writing --------------------------------------------------------------------------------


def _currency_code(value: str) -> None:
    if value and not money.is_currency(value):
        raise serializers.ValidationError(f"“{value}” is not an ISO 4217 currency code (e.g. USD).")


def _money_input(**kwargs: Any) -> serializers.DecimalField:
    kwargs.setdefault("required", False)
    kwargs.setdefault("allow_null", True)
    return serializers.DecimalField(
        max_digits=MONEY["max_digits"],
        decimal_places=MONEY["decimal_places"],
        min_value=Decimal(0),
        coerce_to_string=True,
        **kwargs,
    )


def _currency_input() -> serializers.CharField:
    # null is accepted like "" (no currency): an undisclosed amount has none to give.
    return serializers.CharField(
        max_length=3, required=False, allow_blank=True, allow_null=True, validators=[_currency_code]
    )


def _source_ref() -> serializers.URLField:
    return serializers.URLField(
        max_length=500,
        required=False,
        allow_null=True,
        allow_blank=True,
        help_text="URL of one of this deal's sources (listed in `sources`).",
    )


class PartyInputSerializer(StrictFieldsMixin, serializers.Serializer):
    role = serializers.ChoiceField(choices=DealParty.Role.choices)
    company = SlugOrIdField(
        queryset=Company.objects.all(),
        allow_null=True,
        required=False,
        help_text="Id or slug; null for an undisclosed counterparty.",
    )
    name_as_reported = serializers.CharField(max_length=200, required=False, allow_blank=True)


class DealAssetInputSerializer(StrictFieldsMixin, serializers.Serializer):
    asset = SlugOrIdField(queryset=Asset.objects.all())
    phase_at_signing = serializers.ChoiceField(
        choices=Phase.choices, required=False, allow_blank=True
    )


class TerritoryInputSerializer(StrictFieldsMixin, serializers.Serializer):
    included = serializers.ListField(
        child=serializers.CharField(max_length=20), required=False, default=list
    )
    excluded = serializers.ListField(
        child=serializers.CharField(max_length=20), required=False, default=list
    )


class HeadlineInputSerializer(StrictFieldsMixin, serializers.Serializer):
    amount = _money_input(allow_null=False, required=True)
    currency = serializers.CharField(max_length=3, validators=[_currency_code])
    quote = serializers.CharField(required=False, allow_blank=True)
    # DRF takes declared fields off the class; the stubs take this one for Field.source.
    source = _source_ref()  # type: ignore[assignment]


class PaymentInputSerializer(StrictFieldsMixin, serializers.Serializer):
    kind = serializers.ChoiceField(choices=PaymentComponent.Kind.choices)
    disclosed = serializers.BooleanField(required=False, default=True)
    amount = _money_input(help_text="Required when disclosed; null when not.")
    currency = _currency_input()
    contingent = serializers.BooleanField(
        required=False,
        allow_null=True,
        default=None,
        help_text="Defaults to true for milestones and CVRs (always contingent), else false.",
    )
    quote = serializers.CharField(required=False, allow_blank=True)
    note = serializers.CharField(max_length=300, required=False, allow_blank=True)
    # DRF takes declared fields off the class; the stubs take this one for Field.source.
    source = _source_ref()  # type: ignore[assignment]


class RoyaltyInputSerializer(StrictFieldsMixin, serializers.Serializer):
    min_pct = serializers.DecimalField(
        max_digits=5, decimal_places=2, required=False, allow_null=True, min_value=Decimal(0)
    )
    max_pct = serializers.DecimalField(
        max_digits=5, decimal_places=2, required=False, allow_null=True, min_value=Decimal(0)
    )
    tiered = serializers.BooleanField(required=False, allow_null=True, default=None)
    wording = serializers.CharField(max_length=300, required=False, allow_blank=True)
    disclosed = serializers.BooleanField(
        required=False,
        help_text="Whether the rates were disclosed. Defaults to true when a rate is given, "
        "else false; false beside a rate is refused.",
    )
    # DRF takes declared fields off the class; the stubs take this one for Field.source.
    source = _source_ref()  # type: ignore[assignment]


class SourceInputSerializer(StrictFieldsMixin, serializers.Serializer):
    url = serializers.URLField(max_length=500)
    publisher = serializers.CharField(max_length=200, required=False, allow_blank=True)
    title = serializers.CharField(max_length=400, required=False, allow_blank=True)
    published_on = serializers.DateField(required=False, allow_null=True)
    published_on_precision = serializers.ChoiceField(
        choices=Deal.DatePrecision.choices, required=False
    )
    language = serializers.CharField(max_length=10, required=False, allow_blank=True)
    quote = serializers.CharField(required=False, allow_blank=True)


class EventInputSerializer(StrictFieldsMixin, serializers.Serializer):
    kind = serializers.ChoiceField(choices=DealEvent.Kind.choices)
    date = serializers.DateField(required=False, allow_null=True)
    date_precision = serializers.ChoiceField(choices=Deal.DatePrecision.choices, required=False)
    description = serializers.CharField(required=False, allow_blank=True)
    amount = _money_input()
    currency = _currency_input()
    # DRF takes declared fields off the class; the stubs take this one for Field.source.
    source = _source_ref()  # type: ignore[assignment]


class DealWriteSerializer(StrictFieldsMixin, serializers.Serializer):
    """A deal with all its terms, as POSTed, PUT or PATCHed.

    POST and PUT describe the whole deal: a nested part left out is emptied. PATCH changes
    only the keys it sends; a nested list that is sent replaces the old one whole.
    """

    title = serializers.CharField(max_length=300)
    slug = SlugInputField(
        max_length=80,
        required=False,
        help_text="Generated from the title if omitted. Brought to NFKC and lower case; "
        "Latin mixed with lookalike Cyrillic or Greek letters is refused.",
    )
    deal_type = serializers.ChoiceField(choices=Deal.Type.choices)
    status = serializers.ChoiceField(choices=Deal.Status.choices, default=Deal.Status.ANNOUNCED)
    exclusive = serializers.BooleanField(allow_null=True, default=None)
    visibility = serializers.ChoiceField(
        choices=Deal.Visibility.choices, default=Deal.Visibility.PUBLIC
    )
    signed_on = serializers.DateField(allow_null=True, default=None)
    announced_on = serializers.DateField(allow_null=True, default=None)
    signed_on_precision = serializers.ChoiceField(
        choices=Deal.DatePrecision.choices, default=Deal.DatePrecision.DAY
    )
    announced_on_precision = serializers.ChoiceField(
        choices=Deal.DatePrecision.choices, default=Deal.DatePrecision.DAY
    )
    summary = serializers.CharField(allow_blank=True, default="")
    analyst_notes = serializers.CharField(allow_blank=True, default="")
    conference = SlugOrIdField(queryset=Conference.objects.all(), allow_null=True, default=None)
    headline_value = HeadlineInputSerializer(allow_null=True, default=None)
    parties = PartyInputSerializer(many=True, default=list)
    assets = DealAssetInputSerializer(many=True, default=list)
    territory = TerritoryInputSerializer(default=dict)
    payments = PaymentInputSerializer(many=True, default=list)
    royalty = RoyaltyInputSerializer(allow_null=True, default=None)
    sources = SourceInputSerializer(many=True, default=list)
    events = EventInputSerializer(many=True, default=list)

    def to_internal_value(self, data: Any) -> Any:
        # Refuse oversized nested lists before validating thousands of items one by one.
        over_limit = limits.too_many(data) if isinstance(data, dict) else {}
        if over_limit:
            raise serializers.ValidationError(over_limit)
        return super().to_internal_value(data)

    def create(self, validated_data: dict[str, Any]) -> Deal:
        return _save_deal(validated_data, None, self.context)

    def update(self, instance: Deal, validated_data: dict[str, Any]) -> Deal:
        return _save_deal(validated_data, instance, self.context)


class ConferenceWriteSerializer(FullCleanModelSerializer):
    """A conference edition as POSTed, PUT or PATCHed."""

    series = SlugOrIdField(queryset=ConferenceSeries.objects.all())
    slug = SlugInputField(
        max_length=80, required=False, help_text="Generated from the name if omitted."
    )
    country = CountryInputField()

    class Meta:
        model = Conference
        fields = [
            "name", "slug", "series", "year", "start_date", "end_date", "city", "country",
            "timezone", "website",
        ]  # fmt: skip


def _save_deal(
    validated_data: dict[str, Any], deal: Deal | None, context: Mapping[str, Any]
) -> Deal:
    request = context.get("request")
    try:
        return save_deal(
            validated_data,
            deal=deal,
            user=getattr(request, "user", None),
            change_reason="API write",
        )
    except DealInputError as error:
        raise serializers.ValidationError(error.errors) from None


def _absolute(request: Any, path: str) -> str:
    return request.build_absolute_uri(path) if request is not None else path
