"""Reference data: the regions territories are made of, FX rates, and field validators."""

from __future__ import annotations

import zoneinfo
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django_countries.fields import CountryField

from companies.models import SlugNamed
from core import money

CURRENCY_SHAPE = Q(currency__regex=r"^[A-Z]{3}$")


def validate_currency(value: str) -> None:
    """Field validator: the value must be an ISO 4217 code."""
    if value and not money.is_currency(value):
        raise ValidationError(f"“{value}” is not an ISO 4217 currency code (e.g. USD, KRW, CHF).")


def validate_positive_amount(value: Decimal | None) -> None:
    """Field validator: a disclosed amount is more than 0 (undisclosed is a state, not 0)."""
    if value is not None and value <= 0:
        raise ValidationError(
            "An amount must be more than 0: leave out a term that does not exist, or mark it "
            "undisclosed when its amount is not known."
        )


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
