"""Transactions and events: deals, their parties, assets, money terms, sources and conferences.

Money is stored per component exactly as reported (amount + ISO 4217 currency) beside its USD
value at the announcement date. Undisclosed is a state of its own, never a zero.
"""

from __future__ import annotations

import zoneinfo
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q, Sum
from django.db.models.functions import Coalesce, Greatest
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from companies.models import Asset, Company, Phase, SlugNamed
from core import money
from core.urls_fast import slug_url

from . import fx

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

MONEY = {"max_digits": 20, "decimal_places": 2}
CURRENCY_SHAPE = Q(currency__regex=r"^[A-Z]{3}$")


def validate_currency(value: str) -> None:
    """Field validator: the value must be an ISO 4217 code."""
    if value and not money.is_currency(value):
        raise ValidationError(f"“{value}” is not an ISO 4217 currency code (e.g. USD, KRW, CHF).")


def validate_timezone(value: str) -> None:
    """Field validator: the value must be an IANA time zone name."""
    if value and value not in zoneinfo.available_timezones():
        raise ValidationError(f"“{value}” is not a time zone name (e.g. America/Los_Angeles).")


class Region(SlugNamed):
    """A named group of countries used in territories (Worldwide, Greater China, EU...)."""

    code = models.CharField(
        max_length=20,
        unique=True,
        help_text="Upper-case code used in territories, e.g. WW, GREATER_CHINA, EU.",
    )
    countries = CountryField(multiple=True, blank=True, help_text="Empty for Worldwide.")
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(code__regex=r"^[A-Z][A-Z_]+$"), name="region_code_shape"
            ),
        ]

    def clean(self) -> None:
        if self.code and (self.code.upper() != self.code or len(self.code) < 2):
            raise ValidationError({"code": "Use an upper-case code such as GREATER_CHINA."})


class FxRate(models.Model):
    """How many US dollars one unit of a currency bought on a date."""

    currency = models.CharField(max_length=3, validators=[validate_currency])
    date = models.DateField()
    usd_per_unit = models.DecimalField(max_digits=20, decimal_places=10)
    source = models.CharField(max_length=200, blank=True, help_text="Where the rate comes from.")

    class Meta:
        ordering = ["currency", "-date"]
        verbose_name = "FX rate"
        constraints = [
            models.UniqueConstraint(fields=["currency", "date"], name="fxrate_unique_day"),
            models.CheckConstraint(condition=Q(usd_per_unit__gt=0), name="fxrate_positive"),
            models.CheckConstraint(condition=CURRENCY_SHAPE, name="fxrate_currency_iso4217"),
        ]

    def __str__(self) -> str:
        return f"{self.currency} {self.date}: {self.usd_per_unit} USD"


class ConferenceSeries(SlugNamed):
    """A recurring conference, e.g. the J.P. Morgan Healthcare Conference ("JPM")."""

    short_name = models.CharField(max_length=40, blank=True)
    website = models.URLField(blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "conference series"


class Conference(SlugNamed):
    """One edition of a conference series (JPM 2026), where deals are announced."""

    series = models.ForeignKey(ConferenceSeries, on_delete=models.PROTECT, related_name="editions")
    year = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1900), MaxValueValidator(2200)]
    )
    start_date = models.DateField()
    end_date = models.DateField()
    city = models.CharField(max_length=120, blank=True)
    country = CountryField(blank=True)
    timezone = models.CharField(max_length=64, blank=True, validators=[validate_timezone])
    website = models.URLField(blank=True)

    class Meta:
        ordering = ["-start_date"]
        constraints = [
            models.CheckConstraint(
                condition=Q(start_date__lte=F("end_date")), name="conference_dates_in_order"
            ),
            models.UniqueConstraint(fields=["series", "year"], name="conference_unique_edition"),
        ]

    def clean(self) -> None:
        if self.start_date and self.end_date and self.start_date > self.end_date:
            raise ValidationError({"end_date": "The conference cannot end before it starts."})

    def get_absolute_url(self) -> str:
        return slug_url("deals:conference_detail", self.slug)


def _parties_prefetch() -> models.Prefetch:
    """A deal's parties in their reported order, with their companies."""
    return models.Prefetch(
        "parties", queryset=DealParty.objects.select_related("company").order_by("order", "pk")
    )


class DealQuerySet(models.QuerySet):
    """Queries over deals; visibility is always explicit through :meth:`visible_to`."""

    def public(self) -> DealQuerySet:
        return self.filter(visibility=Deal.Visibility.PUBLIC)

    def visible_to(self, user: AbstractBaseUser | AnonymousUser | None) -> DealQuerySet:
        """Deals ``user`` may see: internal ones only with the ``view_internal_deal`` permission."""
        if user is not None and user.is_authenticated and user.has_perm("deals.view_internal_deal"):
            return self
        return self.public()

    def with_totals(self) -> DealQuerySet:
        """Annotate ``upfront_usd``, ``committed_usd``, ``disclosed_usd``, ``total_potential_usd``.

        The definitions (also shown in the UI and the API schema):
        - upfront: disclosed upfront cash + upfront equity, in USD;
        - committed: every disclosed non-contingent component, in USD;
        - total potential: the larger of the reported headline and the sum of disclosed
          components (a partial breakdown never hides a larger reported total).
        Each is NULL when nothing it sums is disclosed with a known USD value.
        """
        payments = PaymentComponent.objects.filter(deal=models.OuterRef("pk"), disclosed=True)

        def _sum(qs: models.QuerySet) -> models.Subquery:
            total = qs.order_by().values("deal").annotate(s=Sum("amount_usd")).values("s")
            return models.Subquery(total, output_field=models.DecimalField(**MONEY))

        disclosed = _sum(payments)
        return self.annotate(
            upfront_usd=_sum(payments.filter(kind__in=PaymentComponent.UPFRONT_KINDS)),
            committed_usd=_sum(payments.filter(contingent=False)),
            disclosed_usd=disclosed,
            total_potential_usd=Greatest(
                Coalesce(disclosed, F("headline_amount_usd")),
                Coalesce(F("headline_amount_usd"), disclosed),
                output_field=models.DecimalField(**MONEY),
            ),
        )

    def for_table(self) -> DealQuerySet:
        """What the HTML deal table (templates/includes/deal_table.html) shows: parties, assets,
        conference and totals; for_listing() without the targets, payments and territory that
        only the API and the exports write out (four queries fewer per page)."""
        return (
            self.select_related("conference", "conference__series")
            .prefetch_related(
                _parties_prefetch(),
                models.Prefetch("deal_assets", queryset=DealAsset.objects.select_related("asset")),
            )
            .with_totals()
        )

    def for_listing(self) -> DealQuerySet:
        """Everything a deal list (HTML, API, export) shows, in a constant number of queries."""
        return (
            self.select_related("conference", "conference__series")
            .prefetch_related(
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
            .with_totals()
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
    exclusive = models.BooleanField(
        null=True, blank=True, help_text="Leave empty when not reported."
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.ANNOUNCED)
    visibility = models.CharField(
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.PUBLIC,
        help_text="Internal deals and analyst notes never reach anonymous users or the public API.",
    )
    signed_on = models.DateField(null=True, blank=True)
    announced_on = models.DateField(null=True, blank=True, db_index=True)
    conference = models.ForeignKey(
        Conference, null=True, blank=True, on_delete=models.PROTECT, related_name="deals"
    )
    summary = models.TextField(blank=True)
    analyst_notes = models.TextField(blank=True, help_text="Internal; never shown to the public.")

    # The total as reported ("up to $5.6B"), kept beside the component breakdown.
    headline_amount = models.DecimalField(
        **MONEY, null=True, blank=True, validators=[MinValueValidator(Decimal(0))]
    )
    headline_currency = models.CharField(max_length=3, blank=True, validators=[validate_currency])
    headline_amount_usd = models.DecimalField(**MONEY, null=True, blank=True, editable=False)
    headline_source = models.ForeignKey(
        "Source", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    headline_quote = models.TextField(
        blank=True, help_text="The sentence that reports the headline."
    )

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", editable=False,
    )  # fmt: skip
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords(user_model=settings.AUTH_USER_MODEL, excluded_fields=["version"])

    objects = DealQuerySet.as_manager()

    class Meta:
        ordering = ["-announced_on", "-pk"]
        permissions = [("view_internal_deal", "Can view internal deals and analyst notes")]
        indexes = [
            # The default list order, with the id tie-break, so deep pages scan the index only.
            models.Index(
                fields=["visibility", "-announced_on", "-id"], name="deal_visible_recent_id"
            ),
            # A conference's deals in list order: at 1M deals a big conference holds thousands,
            # and its first page sorted them all (42 ms) instead of reading 50 from an index.
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
            models.Index(fields=["status"], name="deal_status_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(signed_on__isnull=True)
                | Q(announced_on__isnull=True)
                | Q(announced_on__gte=F("signed_on")),
                name="deal_announced_not_before_signed",
            ),
            models.CheckConstraint(
                condition=Q(headline_amount__isnull=True) | Q(headline_amount__gte=0),
                name="deal_headline_non_negative",
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
        if self.headline_source_id and self.pk and self.headline_source.deal_id != self.pk:
            errors["headline_source"] = "The headline's source must be one of this deal's sources."
        if errors:
            raise ValidationError(errors)

    @classmethod
    def from_db(
        cls, db: str | None, field_names: list[str], values: list[object], **kwargs: object
    ) -> Deal:
        instance = super().from_db(db, field_names, values, **kwargs)
        # Remember the FX date as loaded so that save() knows when components need re-pricing.
        instance._loaded_fx_date = instance.fx_date if "announced_on" in field_names else None
        return instance

    def save(self, *args: object, **kwargs: object) -> None:
        from companies.names import unique_slug

        if not self.slug:
            self.slug = unique_slug(self, self.title)
        self.headline_amount_usd = fx.to_usd(
            self.headline_amount, self.headline_currency, self.fx_date
        )
        super().save(*args, **kwargs)
        if getattr(self, "_loaded_fx_date", self.fx_date) != self.fx_date:
            from .services import recompute_usd  # services imports this module

            recompute_usd(self)
        self._loaded_fx_date = self.fx_date

    @property
    def fx_date(self) -> date | None:
        """The date whose FX rates convert this deal's money: announcement, else signing."""
        return self.announced_on or self.signed_on

    @property
    def headline_needs_fx(self) -> bool:
        """True when a headline is reported but no FX rate turns it into USD."""
        return self.headline_amount is not None and self.headline_amount_usd is None

    def get_absolute_url(self) -> str:
        return slug_url("deals:deal_detail", self.slug)


class DealParty(models.Model):
    """A company's role in a deal; the company may be undisclosed ("an unnamed partner")."""

    class Role(models.TextChoices):
        LICENSOR = "licensor", "Licensor"
        LICENSEE = "licensee", "Licensee"
        ACQUIRER = "acquirer", "Acquirer"
        TARGET = "target", "Acquisition target"
        PARTNER = "partner", "Partner"
        INVESTOR = "investor", "Investor"

    deal = models.ForeignKey(Deal, on_delete=models.CASCADE, related_name="parties")
    company = models.ForeignKey(
        Company, null=True, blank=True, on_delete=models.PROTECT, related_name="deal_parties",
        help_text="Leave empty when the counterparty is undisclosed.",
    )  # fmt: skip
    role = models.CharField(max_length=20, choices=Role.choices)
    name_as_reported = models.CharField(
        max_length=200, blank=True, help_text='The name the source used, e.g. "Sineuro".'
    )
    order = models.PositiveSmallIntegerField(default=0)
    history = HistoricalRecords(user_model=settings.AUTH_USER_MODEL)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name_plural = "deal parties"
        # Covers the EXISTS probes of the licensor/licensee/company filters.
        indexes = [
            models.Index(fields=["company", "role", "deal"], name="dealparty_company_role_deal")
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["deal", "company"],
                condition=Q(company__isnull=False),
                name="dealparty_one_role_per_company",
            ),
        ]

    @property
    def disclosed(self) -> bool:
        return self.company_id is not None

    def __str__(self) -> str:
        who = self.company.name if self.company_id else "Undisclosed"
        return f"{who} ({self.get_role_display()})"


class DealAsset(models.Model):
    """An asset covered by a deal, with the phase it had when the deal was signed."""

    deal = models.ForeignKey(Deal, on_delete=models.CASCADE, related_name="deal_assets")
    asset = models.ForeignKey(Asset, on_delete=models.PROTECT, related_name="deal_assets")
    phase_at_signing = models.CharField(max_length=20, choices=Phase.choices, blank=True)
    history = HistoricalRecords(user_model=settings.AUTH_USER_MODEL)

    class Meta:
        ordering = ["pk"]
        indexes = [models.Index(fields=["asset", "deal"], name="dealasset_asset_deal")]
        constraints = [
            models.UniqueConstraint(fields=["deal", "asset"], name="dealasset_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.asset} in {self.deal}"


class DealTerritory(models.Model):
    """One included or excluded region or country of a deal's territory."""

    deal = models.ForeignKey(Deal, on_delete=models.CASCADE, related_name="territories")
    region = models.ForeignKey(
        Region, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    country = CountryField(blank=True)
    excluded = models.BooleanField(default=False, help_text="Tick for “…except this region”.")
    history = HistoricalRecords(user_model=settings.AUTH_USER_MODEL)

    class Meta:
        ordering = ["excluded", "pk"]
        verbose_name_plural = "deal territories"
        constraints = [
            models.CheckConstraint(
                condition=(Q(region__isnull=False) & Q(country=""))
                | (Q(region__isnull=True) & ~Q(country="")),
                name="dealterritory_region_xor_country",
            ),
            models.UniqueConstraint(
                fields=["deal", "region"],
                condition=Q(region__isnull=False),
                name="dealterritory_unique_region",
            ),
            models.UniqueConstraint(
                fields=["deal", "country"],
                condition=~Q(country=""),
                name="dealterritory_unique_country",
            ),
        ]

    @property
    def code(self) -> str:
        return self.region.code if self.region_id else str(self.country)

    def clean(self) -> None:
        if bool(self.region_id) == bool(self.country):
            raise ValidationError("Choose either a region or a country for each territory line.")

    def __str__(self) -> str:
        return f"{'excluding ' if self.excluded else ''}{self.code}"


class Source(models.Model):
    """Where a fact comes from: a press release or article, with the passage quoted."""

    deal = models.ForeignKey(Deal, on_delete=models.CASCADE, related_name="sources")
    url = models.URLField(max_length=500)
    publisher = models.CharField(max_length=200, blank=True)
    title = models.CharField(max_length=400, blank=True)
    published_on = models.DateField(null=True, blank=True)
    language = models.CharField(
        max_length=10, blank=True, default="en", help_text="e.g. en, ko, zh."
    )
    quote = models.TextField(blank=True, help_text="The passage that supports the deal's facts.")
    history = HistoricalRecords(user_model=settings.AUTH_USER_MODEL)

    class Meta:
        ordering = ["published_on", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["deal", "url"], name="source_unique_url_per_deal"),
        ]

    def __str__(self) -> str:
        return self.title or self.url


UPFRONT_KINDS = ("upfront_cash", "upfront_equity")
# Milestones and CVRs are contingent by definition; the rest depends on the deal.
ALWAYS_CONTINGENT_KINDS = (
    "development_milestones",
    "regulatory_milestones",
    "commercial_milestones",
    "milestones",
    "cvr",
)


class PaymentComponent(models.Model):
    """One money term of a deal (upfront, milestones, royalties aside), exactly as reported."""

    class Kind(models.TextChoices):
        UPFRONT_CASH = "upfront_cash", "Upfront cash"
        UPFRONT_EQUITY = "upfront_equity", "Upfront equity"
        EQUITY_PREMIUM = "equity_premium", "Equity premium"
        NEAR_TERM = "near_term", "Near-term / guaranteed"
        OPTION_FEE = "option_fee", "Option fee"
        DEVELOPMENT_MILESTONES = "development_milestones", "Development milestones"
        REGULATORY_MILESTONES = "regulatory_milestones", "Regulatory milestones"
        COMMERCIAL_MILESTONES = "commercial_milestones", "Commercial / sales milestones"
        MILESTONES = "milestones", "Milestones (unspecified)"
        RESEARCH_FUNDING = "research_funding", "Research funding"
        CVR = "cvr", "Contingent value right (CVR)"
        ACQUISITION_PRICE = "acquisition_price", "Acquisition price"
        OTHER = "other", "Other"

    UPFRONT_KINDS = UPFRONT_KINDS
    ALWAYS_CONTINGENT = ALWAYS_CONTINGENT_KINDS

    deal = models.ForeignKey(Deal, on_delete=models.CASCADE, related_name="payments")
    kind = models.CharField(max_length=30, choices=Kind.choices)
    disclosed = models.BooleanField(
        default=True, help_text="Untick when the term exists but its amount was not disclosed."
    )
    amount = models.DecimalField(
        **MONEY, null=True, blank=True, validators=[MinValueValidator(Decimal(0))],
        help_text="In the currency as reported; leave empty when undisclosed.",
    )  # fmt: skip
    currency = models.CharField(max_length=3, blank=True, validators=[validate_currency])
    amount_usd = models.DecimalField(**MONEY, null=True, blank=True, editable=False)
    contingent = models.BooleanField(default=False, help_text="Paid only if something happens.")
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    quote = models.TextField(blank=True, help_text="The sentence this term comes from.")
    note = models.CharField(max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(default=0)
    history = HistoricalRecords(user_model=settings.AUTH_USER_MODEL)

    class Meta:
        ordering = ["order", "pk"]
        indexes = [models.Index(fields=["deal", "kind"], name="payment_deal_kind")]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__isnull=True) | Q(amount__gte=0),
                name="payment_amount_non_negative",
            ),
            models.CheckConstraint(
                condition=(
                    Q(disclosed=True) & Q(amount__isnull=False) & Q(currency__regex=r"^[A-Z]{3}$")
                )
                | (Q(disclosed=False) & Q(amount__isnull=True) & Q(amount_usd__isnull=True)),
                name="payment_disclosed_has_amount",
            ),
            models.CheckConstraint(
                condition=~Q(kind__in=ALWAYS_CONTINGENT_KINDS) | Q(contingent=True),
                name="payment_milestones_contingent",
            ),
        ]

    def __str__(self) -> str:
        value = money.compact_money(self.amount, self.currency) if self.disclosed else "undisclosed"
        return f"{self.get_kind_display()}: {value}"

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.disclosed and self.amount is None:
            errors["amount"] = "A disclosed payment needs an amount."
        if self.disclosed and not self.currency:
            errors["currency"] = "A disclosed payment needs its currency (e.g. USD)."
        if not self.disclosed and self.amount is not None:
            errors["amount"] = (
                "An undisclosed payment has no amount: clear the amount or tick “disclosed”."
            )
        if self.source_id and self.deal_id and self.source.deal_id != self.deal_id:
            errors["source"] = "The source must be one of this deal's sources."
        if errors:
            raise ValidationError(errors)

    def save(self, *args: object, **kwargs: object) -> None:
        if self.kind in self.ALWAYS_CONTINGENT:
            self.contingent = True
        if not self.disclosed:
            self.amount = None
            self.currency = ""
        self.amount_usd = fx.to_usd(self.amount, self.currency, self.deal.fx_date)
        super().save(*args, **kwargs)

    @property
    def needs_fx(self) -> bool:
        """True when the amount is known but no FX rate turns it into USD."""
        return self.disclosed and self.amount is not None and self.amount_usd is None


class Royalty(models.Model):
    """The royalty terms of a deal: a rate range, tiering and the wording used."""

    deal = models.OneToOneField(Deal, on_delete=models.CASCADE, related_name="royalty")
    disclosed = models.BooleanField(
        default=False, help_text="Tick when the rates themselves were disclosed."
    )
    min_pct = models.DecimalField(
        max_digits=5, decimal_places=2, null=True, blank=True,
        validators=[MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(100))],
    )  # fmt: skip
    max_pct = models.DecimalField(
        max_digits=5, decimal_places=2, null=True, blank=True,
        validators=[MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(100))],
    )  # fmt: skip
    tiered = models.BooleanField(null=True, blank=True)
    wording = models.CharField(
        max_length=300, blank=True, help_text='e.g. "tiered double-digit royalties".'
    )
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    history = HistoricalRecords(user_model=settings.AUTH_USER_MODEL)

    class Meta:
        verbose_name_plural = "royalties"
        constraints = [
            models.CheckConstraint(
                condition=(Q(min_pct__isnull=True) | (Q(min_pct__gte=0) & Q(min_pct__lte=100)))
                & (Q(max_pct__isnull=True) | (Q(max_pct__gte=0) & Q(max_pct__lte=100)))
                & (
                    Q(min_pct__isnull=True) | Q(max_pct__isnull=True) | Q(min_pct__lte=F("max_pct"))
                ),
                name="royalty_rates_in_order",
            ),
        ]

    def clean(self) -> None:
        if self.min_pct is not None and self.max_pct is not None and self.min_pct > self.max_pct:
            raise ValidationError({"max_pct": "The maximum royalty cannot be below the minimum."})
        if self.disclosed and self.min_pct is None and self.max_pct is None:
            message = "Disclosed royalties need a rate; untick “disclosed” for wording only."
            raise ValidationError({"disclosed": message})

    def __str__(self) -> str:
        return self.wording or "Royalty"


class DealEvent(models.Model):
    """A step in a deal's life: signed, announced, closed, option exercised, terminated..."""

    class Kind(models.TextChoices):
        SIGNED = "signed", "Signed"
        ANNOUNCED = "announced", "Announced"
        REGULATORY_CLEARANCE = "regulatory_clearance", "Regulatory clearance"
        CLOSED = "closed", "Closed"
        AMENDED = "amended", "Amended"
        OPTION_EXERCISED = "option_exercised", "Option exercised"
        MILESTONE = "milestone", "Milestone achieved / paid"
        TERMINATED = "terminated", "Terminated"
        RIGHTS_RETURNED = "rights_returned", "Rights returned"
        OTHER = "other", "Other"

    deal = models.ForeignKey(Deal, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=30, choices=Kind.choices)
    date = models.DateField(null=True, blank=True)
    description = models.TextField(blank=True)
    amount = models.DecimalField(
        **MONEY, null=True, blank=True, validators=[MinValueValidator(Decimal(0))]
    )
    currency = models.CharField(max_length=3, blank=True, validators=[validate_currency])
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    history = HistoricalRecords(user_model=settings.AUTH_USER_MODEL)

    class Meta:
        ordering = ["date", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(amount__isnull=True) & Q(currency=""))
                | (Q(amount__gte=0) & Q(currency__regex=r"^[A-Z]{3}$")),
                name="dealevent_amount_has_currency",
            ),
        ]

    def clean(self) -> None:
        if self.amount is not None and not self.currency:
            raise ValidationError({"currency": "An event amount needs its currency."})
        if self.amount is None and self.currency:
            raise ValidationError({"amount": "Give the amount, or clear the currency."})

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.date or ''}".strip()
