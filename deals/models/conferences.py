"""Conference series and their editions, where deals are announced."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django_countries.fields import CountryField

from companies.models import SlugNamed
from core.urls_fast import slug_url
from deals.models.reference import validate_timezone


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
    # Where the dates and the place come from: every stored fact has a source.
    source_url = models.URLField(max_length=500, blank=True)
    source_publisher = models.CharField(max_length=200, blank=True)
    source_quote = models.TextField(
        blank=True, help_text="The sentence that gives the dates and the city."
    )

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
