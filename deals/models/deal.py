"""The deal: a license, an option, an acquisition, an investment... and the queries over deals.

Money is stored per component exactly as reported (amount + ISO 4217 currency) beside its USD
value at the announcement date. Undisclosed is a state of its own, never a zero.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, router, transaction
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from core.urls_fast import slug_url
from deals import classes, fx, measures
from deals.dates import PRECISIONS, format_precise, period_start, storable, validate_deal_date
from deals.measures import MONEY
from deals.models.conferences import Conference
from deals.models.reference import validate_currency, validate_positive_amount

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser, User


def _parties_prefetch() -> models.Prefetch:
    """A deal's parties in their reported order, with their companies."""
    from deals.models.terms import DealParty  # terms.py builds on this module

    return models.Prefetch(
        "parties", queryset=DealParty.objects.select_related("company").order_by("order", "pk")
    )


def sees_internal(user: User | AnonymousUser | None) -> bool:
    """Whether ``user`` may see internal deals (the one home of the rule behind visible_to)."""
    return bool(
        user is not None and user.is_authenticated and user.has_perm("deals.view_internal_deal")
    )


def headline_needs_fx(deal: Any) -> bool:
    """The rule of ``Deal.headline_needs_fx`` for a deal or a row of its values (pages that
    total hundreds of deals read plain rows): a headline is reported, no FX rate turns it
    into USD."""
    return deal.headline_amount is not None and deal.headline_amount_usd is None


class DealQuerySet(models.QuerySet):
    """Queries over deals; visibility is always explicit through :meth:`visible_to`."""

    def public(self) -> DealQuerySet:
        return self.filter(visibility=Deal.Visibility.PUBLIC)

    def visible_to(self, user: User | AnonymousUser | None) -> DealQuerySet:
        """Deals ``user`` may see: internal ones only with the ``view_internal_deal`` permission."""
        if sees_internal(user):
            return self
        return self.public()

    def with_live_totals(self, prefix: str = "live_") -> DealQuerySet:
        """Annotate every money measure computed now from the payments (``live_upfront_usd``...).

        The stored columns (``upfront_usd``...) are these values, written on every save; this
        is the computation they are checked against (``refresh_totals``, ``check_data``).
        """
        from deals.models.terms import PaymentComponent

        live = measures.live_annotations(PaymentComponent)
        return self.annotate(**{f"{prefix}{name}": expr for name, expr in live.items()})

    def refresh_totals(self) -> int:
        """Write every money measure of these deals from their payments and headline, in one
        UPDATE (set-based, so a bulk load refreshes a million deals in one statement)."""
        from deals.models.terms import PaymentComponent

        return self.order_by().update(**measures.live_annotations(PaymentComponent))

    def for_table(self) -> DealQuerySet:
        """What the HTML deal table (templates/includes/deal_table.html) shows: parties, assets
        with their phase at signing and therapeutic areas, conference; for_listing() without
        the targets, payments and territory that only the API and the exports write out."""
        from deals.models.terms import DealAsset

        return self.select_related("conference", "conference__series").prefetch_related(
            _parties_prefetch(),
            models.Prefetch(
                "deal_assets",
                queryset=DealAsset.objects.select_related("asset").prefetch_related(
                    "asset__therapeutic_areas"
                ),
            ),
        )

    def for_listing(self) -> DealQuerySet:
        """Everything a deal list (HTML, API, export) shows, in a constant number of queries."""
        from deals.models.terms import DealAsset

        return self.select_related("conference", "conference__series").prefetch_related(
            _parties_prefetch(),
            models.Prefetch(
                "deal_assets",
                queryset=DealAsset.objects.select_related("asset").prefetch_related(
                    "asset__targets"
                ),
            ),
            "payments",
            "territories__region",
        )


class DatePrecision(models.TextChoices):
    """How much of a date the source states: "Jan 2026" is a month, not the 1st of it.

    The date column holds the first day of the period, so ordering, filters and statistics
    put a month-precision date in its month (and a quarter in its quarter).
    """

    DAY = "day", "Day"
    MONTH = "month", "Month"
    QUARTER = "quarter", "Quarter"
    YEAR = "year", "Year"


def precision_field(
    help_text: str = "Day, month, quarter or year: how much of the date the source gives.",
) -> models.CharField:
    """The precision column beside a date (a deal's, an event's, a source's): one definition,
    checked by each model's constraint on ``PRECISIONS``; raw inserts get "day" too."""
    return models.CharField(
        max_length=7,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        db_default=DatePrecision.DAY,
        help_text=help_text,
    )


class Deal(models.Model):
    """A business-development transaction: a license, an option, an acquisition, an investment..."""

    class Type(models.TextChoices):
        LICENSE = "license", "License"
        OPTION = "option", "Option to license"
        COLLABORATION = "collaboration", "Collaboration / co-development"
        ASSET_PURCHASE = "asset_purchase", "Asset purchase"
        ACQUISITION = "acquisition", "Company acquisition"
        MERGER = "merger", "Merger"
        EQUITY = "equity", "Equity investment"
        PLATFORM_LICENSE = "platform_license", "Platform / technology license"

    class Status(models.TextChoices):
        RUMORED = "rumored", "Rumored"
        NEGOTIATION = "negotiation", "In negotiation"
        ANNOUNCED = "announced", "Announced"
        CLOSED = "closed", "Closed"
        TERMINATED = "terminated", "Terminated"
        EXPIRED = "expired", "Expired"

    class Visibility(models.TextChoices):
        PUBLIC = "public", "Public"
        INTERNAL = "internal", "Internal"

    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=80, unique=True, allow_unicode=True, blank=True)
    deal_type = models.CharField(max_length=20, choices=Type.choices)
    # Licensing, M&A or equity (deals/classes.py), derived by the database from the type, so
    # the class can never disagree with it; statistics group and filter on it.
    deal_class = models.GeneratedField(
        expression=classes.class_expression(),
        output_field=models.CharField(max_length=12, choices=classes.DealClass.choices),
        db_persist=True,
    )
    exclusive = models.BooleanField(
        null=True, blank=True, help_text="Leave empty when not reported."
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.ANNOUNCED)
    visibility = models.CharField(
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.PUBLIC,
        help_text=(
            "Internal deals, like every deal's analyst notes, are shown only to users whose "
            "role may view internal deals (Viewer, Analyst), signed in or through their API "
            "tokens; anonymous readers and other users never see them."
        ),
    )

    DatePrecision = DatePrecision

    signed_on = models.DateField(null=True, blank=True, validators=[validate_deal_date])
    signed_on_precision = precision_field()
    announced_on = models.DateField(
        null=True, blank=True, db_index=True, validators=[validate_deal_date]
    )
    announced_on_precision = precision_field()
    conference = models.ForeignKey(
        Conference, null=True, blank=True, on_delete=models.PROTECT, related_name="deals"
    )
    summary = models.TextField(blank=True)
    analyst_notes = models.TextField(
        blank=True, help_text="Internal: shown only to the Viewer and Analyst roles."
    )

    # The total as reported ("up to $5.6B"), kept beside the component breakdown.
    headline_amount = models.DecimalField(
        **MONEY, null=True, blank=True, validators=[validate_positive_amount]
    )
    headline_currency = models.CharField(max_length=3, blank=True, validators=[validate_currency])
    headline_amount_usd = models.DecimalField(**MONEY, null=True, blank=True, editable=False)
    headline_source = models.ForeignKey(
        "Source", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    headline_quote = models.TextField(
        blank=True, help_text="The sentence that reports the headline."
    )

    # The money measures (deals/measures.py), stored: written from the payments and headline
    # on every save (refresh_totals), so lists filter, sort and sum them on an index instead of
    # recomputing them per row. check_data and the tests hold them to the live computation.
    upfront_usd = models.DecimalField(**MONEY, null=True, blank=True, editable=False)
    committed_usd = models.DecimalField(**MONEY, null=True, blank=True, editable=False)
    milestones_usd = models.DecimalField(**MONEY, null=True, blank=True, editable=False)
    disclosed_usd = models.DecimalField(**MONEY, null=True, blank=True, editable=False)
    total_potential_usd = models.DecimalField(**MONEY, null=True, blank=True, editable=False)

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", editable=False,
    )  # fmt: skip
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    # The stored measures are derived (refresh_totals), not edited: history records the terms.
    history = HistoricalRecords(
        user_model=settings.AUTH_USER_MODEL,
        excluded_fields=["version", "deal_class", *measures.STORED],
    )

    objects = DealQuerySet.as_manager()

    # URL words next to a deal's slug: /api/v1/deals/summary/ would hide a deal slugged so.
    RESERVED_SLUGS = ("summary",)

    class Meta:
        ordering = ["-announced_on", "-pk"]
        permissions = [("view_internal_deal", "Can view internal deals and analyst notes")]
        indexes = [
            # The default list order, with the id tie-break, so deep pages scan the index only.
            models.Index(
                fields=["visibility", "-announced_on", "-id"], name="deal_visible_recent_id"
            ),
            # The same order over the deals that count (the rule of deals/classes.py counted()):
            # lists leave talks and rumours out, and the newest deals are mostly talks, so a
            # list filtered by a party or an asset walked the index above past every one of
            # them, fetching each row to read its status, before finding its first deal.
            models.Index(
                fields=["visibility", "-announced_on", "-id"],
                condition=classes.counted(),
                name="deal_counted_recent",
            ),
            # A conference's deals in list order: at 1M deals a big conference holds thousands,
            # and its first page sorted them all instead of reading 50 from an index (README,
            # "Figures behind design choices").
            models.Index(
                fields=["conference", "visibility", "-announced_on", "-id"],
                name="deal_conference_recent_id",
            ),
            models.Index(
                fields=["headline_amount_usd"],
                condition=Q(headline_amount_usd__isnull=False),
                name="deal_headline_usd",
            ),
            models.Index(fields=["deal_type"], name="deal_type_idx"),
            models.Index(fields=["deal_class", "visibility"], name="deal_class_idx"),
            # With the visibility, so counting a reader's talks and rumours (the totals row's
            # "N in negotiation") reads the matching index entries only.
            models.Index(fields=["status", "visibility"], name="deal_status_visible"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(signed_on__isnull=True)
                | Q(announced_on__isnull=True)
                | Q(announced_on__gte=F("signed_on")),
                name="deal_announced_not_before_signed",
            ),
            models.CheckConstraint(
                condition=Q(headline_amount__isnull=True) | Q(headline_amount__gt=0),
                name="deal_headline_positive",
            ),
            models.CheckConstraint(
                condition=storable("signed_on") & storable("announced_on"),
                name="deal_dates_in_range",
            ),
            models.CheckConstraint(
                condition=Q(signed_on_precision__in=PRECISIONS)
                & Q(announced_on_precision__in=PRECISIONS),
                name="deal_date_precisions_known",
            ),
            models.CheckConstraint(
                condition=(Q(headline_amount__isnull=True) & Q(headline_currency=""))
                | (Q(headline_amount__isnull=False) & Q(headline_currency__regex=r"^[A-Z]{3}$")),
                name="deal_headline_amount_has_currency",
            ),
            models.CheckConstraint(
                condition=Q(visibility__in=["public", "internal"]), name="deal_visibility_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.signed_on and self.announced_on and self.announced_on < self.signed_on:
            errors["announced_on"] = "A deal cannot be announced before it was signed."
        if self.headline_amount is not None and not self.headline_currency:
            errors["headline_currency"] = "A headline amount needs its currency (e.g. USD)."
        if self.headline_currency and self.headline_amount is None:
            errors["headline_amount"] = "Give the headline amount, or clear its currency."
        if self.slug in self.RESERVED_SLUGS:
            errors["slug"] = f"“{self.slug}” is a reserved word in deal URLs; choose another slug."
        source = self.headline_source if self.headline_source_id and self.pk else None
        if source is not None and source.deal_id != self.pk:
            errors["headline_source"] = "The headline's source must be one of this deal's sources."
        if errors:
            raise ValidationError(errors)

    @classmethod
    def from_db(
        cls, db: str | None, field_names: Collection[str], values: Collection[Any], **kwargs: Any
    ) -> Deal:
        instance = super().from_db(db, field_names, values, **kwargs)
        # Remember the FX date as loaded so that save() knows when components need re-pricing.
        instance._loaded_fx_date = instance.fx_date if "announced_on" in field_names else None
        return instance

    @property
    def announced_label(self) -> str:
        """The announcement date as precise as its source: "Jan 12, 2026", "Jan 2026", "Q1 2026"."""
        return format_precise(self.announced_on, self.announced_on_precision)

    @property
    def signed_label(self) -> str:
        """The signing date as precise as its source."""
        return format_precise(self.signed_on, self.signed_on_precision)

    def save(self, *args: Any, **kwargs: Any) -> None:
        from companies.names import unique_slug

        if not self.slug:
            self.slug = unique_slug(self, self.title)
        # "Jan 2026" is stored as its first day, whatever day was typed with it.
        if self.announced_on:
            self.announced_on = period_start(self.announced_on, self.announced_on_precision)
        if self.signed_on:
            self.signed_on = period_start(self.signed_on, self.signed_on_precision)
        self.headline_amount_usd = fx.to_usd(
            self.headline_amount, self.headline_currency, self.fx_date
        )
        # One transaction for the row and the USD amounts and totals written after it: the
        # receivers that act on commit (stored availability, stored company figures) then read
        # the deal as finished, also when no transaction was open (a save from a script).
        using = kwargs.get("using") or router.db_for_write(type(self), instance=self)
        with transaction.atomic(using=using):
            super().save(*args, **kwargs)
            if getattr(self, "_loaded_fx_date", self.fx_date) != self.fx_date:
                from deals.services import recompute_usd  # services imports this module

                recompute_usd(self)
            self._loaded_fx_date = self.fx_date
            self.refresh_totals()

    def refresh_totals(self) -> None:
        """Write this deal's stored measures from its payments and headline, and read them back."""
        Deal.objects.filter(pk=self.pk).refresh_totals()
        values = Deal.objects.filter(pk=self.pk).values(*measures.STORED).first() or {}
        for name, value in values.items():
            setattr(self, name, value)

    @property
    def fx_date(self) -> date | None:
        """The date whose FX rates convert this deal's money: announcement, else signing."""
        return self.announced_on or self.signed_on

    @property
    def headline_needs_fx(self) -> bool:
        """True when a headline is reported but no FX rate turns it into USD."""
        return headline_needs_fx(self)

    def get_absolute_url(self) -> str:
        return slug_url("deals:deal_detail", self.slug)
