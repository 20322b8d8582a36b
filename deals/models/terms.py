"""What a deal is made of: its parties, assets, territory, sources, money terms, royalty and
events. Every money term is stored as reported; undisclosed is a state, never a zero."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, NamedTuple

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from companies.models import Asset, Company, Phase
from core import money
from deals import fx
from deals.dates import PRECISIONS, format_precise, stored_precise, validate_deal_date
from deals.measures import ALWAYS_CONTINGENT_KINDS, MONEY, UPFRONT_KINDS
from deals.models.deal import Deal, precision_field
from deals.models.reference import Region, validate_currency, validate_positive_amount

# The sides of a deal, the one home of which role stands where: who gives rights or is bought,
# who takes them or buys (or invests), and everyone else (a "partner" is on neither side, so it
# is never drawn on a buyer's side of an arrow nor counted as a licensee).
SELLER_ROLES = ("licensor", "target")
BUYER_ROLES = ("licensee", "acquirer", "investor")


class Sides(NamedTuple):
    """A deal's parties split by side, each in the parties' own order."""

    sellers: list[Any]
    buyers: list[Any]
    others: list[Any]


def split_sides(parties: Iterable[Any]) -> Sides:
    """``parties`` (anything with a ``role``) split into sellers, buyers and the rest."""
    sides = Sides([], [], [])
    for party in parties:
        role = party["role"] if isinstance(party, Mapping) else party.role
        group = 0 if role in SELLER_ROLES else 1 if role in BUYER_ROLES else 2
        sides[group].append(party)
    return sides


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
            # "An undisclosed partner" is one company; three undisclosed licensors say nothing.
            models.UniqueConstraint(
                fields=["deal", "role"],
                condition=Q(company__isnull=True),
                name="dealparty_one_undisclosed_per_role",
                violation_error_message="A deal has at most one undisclosed party per role.",
            ),
        ]

    @property
    def disclosed(self) -> bool:
        return self.company_id is not None

    def __str__(self) -> str:
        company = self.company if self.company_id else None
        who = company.name if company is not None else "Undisclosed"
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
        region = self.region if self.region_id else None
        return region.code if region is not None else str(self.country)

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
    published_on = models.DateField(null=True, blank=True, validators=[validate_deal_date])
    # A source whose day is not known ("Aug 2024": a page with no dateline, an excerpt found
    # through an aggregator) keeps its month, not an invented 1st.
    published_on_precision = precision_field("Day, month, quarter or year: how much is known.")
    language = models.CharField(
        max_length=10, blank=True, default="en", help_text="e.g. en, ko, zh."
    )
    quote = models.TextField(blank=True, help_text="The passage that supports the deal's facts.")
    history = HistoricalRecords(user_model=settings.AUTH_USER_MODEL)

    class Meta:
        ordering = ["published_on", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["deal", "url"], name="source_unique_url_per_deal"),
            models.CheckConstraint(
                condition=Q(published_on_precision__in=PRECISIONS),
                name="source_published_on_precision_known",
            ),
        ]

    @property
    def published_label(self) -> str:
        """The publication date as precise as it is known: "Aug 12, 2024" or "Aug 2024"."""
        return format_precise(self.published_on, self.published_on_precision)

    def save(self, *args: Any, **kwargs: Any) -> None:
        # "Aug 2024" is stored as its first day, whatever day was typed.
        self.published_on, self.published_on_precision = stored_precise(
            self.published_on, self.published_on_precision
        )
        super().save(*args, **kwargs)

    def __str__(self) -> str:
        return self.title or self.url


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
        **MONEY, null=True, blank=True, validators=[validate_positive_amount],
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
                condition=Q(amount__isnull=True) | Q(amount__gt=0),
                name="payment_amount_positive",
            ),
            models.CheckConstraint(
                condition=~Q(kind__in=UPFRONT_KINDS) | Q(contingent=False),
                name="payment_upfront_not_contingent",
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
        source = self.source if self.source_id and self.deal_id else None
        if source is not None and source.deal_id != self.deal_id:
            errors["source"] = "The source must be one of this deal's sources."
        if self.kind in self.UPFRONT_KINDS and self.contingent:
            errors["contingent"] = "An upfront payment is due at signing: it is never contingent."
        if errors:
            raise ValidationError(errors)

    def save(self, *args: Any, **kwargs: Any) -> None:
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
            models.CheckConstraint(
                condition=Q(disclosed=True) | (Q(min_pct__isnull=True) & Q(max_pct__isnull=True)),
                name="royalty_rates_only_when_disclosed",
            ),
        ]

    def clean(self) -> None:
        if self.min_pct is not None and self.max_pct is not None and self.min_pct > self.max_pct:
            raise ValidationError({"max_pct": "The maximum royalty cannot be below the minimum."})
        if self.disclosed and self.min_pct is None and self.max_pct is None:
            message = "Disclosed royalties need a rate; untick “disclosed” for wording only."
            raise ValidationError({"disclosed": message})
        if not self.disclosed and (self.min_pct is not None or self.max_pct is not None):
            message = "Rates were given, so they were disclosed: tick “disclosed”, or clear them."
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
    date = models.DateField(null=True, blank=True, validators=[validate_deal_date])
    # "Closed in February 2025" is a month: shown so, ordered and filtered as its first day.
    date_precision = precision_field()
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
            models.CheckConstraint(
                condition=Q(date_precision__in=PRECISIONS), name="dealevent_date_precision_known"
            ),
        ]

    @property
    def date_label(self) -> str:
        """The event's date as precise as its source: "Feb 3, 2025" or "Feb 2025"."""
        return format_precise(self.date, self.date_precision)

    def save(self, *args: Any, **kwargs: Any) -> None:
        # A month-precise event is stored as the month's first day.
        self.date, self.date_precision = stored_precise(self.date, self.date_precision)
        super().save(*args, **kwargs)

    def clean(self) -> None:
        if self.amount is not None and not self.currency:
            raise ValidationError({"currency": "An event amount needs its currency."})
        if self.amount is None and self.currency:
            raise ValidationError({"amount": "Give the amount, or clear the currency."})

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.date_label}".strip()
