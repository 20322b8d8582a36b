"""Reference rows through the ORM: therapeutic areas, targets, regions, conferences, FX rates.

They are few, created once and shared with real data: a row that already exists (by name or
code) is used as it is; only missing ones are created, with ``syn-`` slugs.
"""

from __future__ import annotations

import bisect
import math
import random
from datetime import date, timedelta
from decimal import Decimal

from django.utils.text import slugify

from companies.models import Target, TherapeuticArea
from deals.models import Conference, ConferenceSeries, FxRate, Region
from deals.synthetic.context import Context
from deals.synthetic.helpers import cum, first_weekday
from deals.synthetic.vocabularies import (
    AREAS,
    FX_FIRST_DAY,
    FX_LAST_DAY,
    FX_SOURCE,
    FX_START,
    LAST_DAY,
    PREFIX,
    REGIONS,
    SERIES,
    TARGETS,
)


class Reference:
    """The ids of the vocabulary rows synthetic deals use, and the FX table in memory."""

    def __init__(self, ctx: Context) -> None:
        self.using = ctx.using
        self.unique = ctx.unique
        self._load()

    def _load(self) -> None:
        """Find or create every reference row (in a fixed order: slugs are taken in turn)."""
        db = self.using
        self.areas = {}
        for name, _ in AREAS:
            area = TherapeuticArea.objects.using(db).filter(name=name).first()
            if area is None:
                area = TherapeuticArea(name=name, slug=f"{PREFIX}{slugify(name)}")
                area.save(using=db)
            self.areas[name] = area.pk
        self.targets = {}
        for name, gene, _ in TARGETS:
            target = Target.objects.using(db).filter(name=name).first()
            if target is None:
                slug = f"{PREFIX}{slugify(name) or slugify(gene).lower()}"
                target = Target(name=name, gene_symbol=gene, slug=self.unique(slug))
                target.save(using=db)
            self.targets[name] = target.pk
        self.regions = {}
        for code, name, countries in REGIONS:
            region = Region.objects.using(db).filter(code=code).first()
            if region is None:
                slug = self.unique(f"{PREFIX}{slugify(name)}")
                # django-countries is untyped: a multiple CountryField takes a list of codes.
                region = Region(code=code, name=name, slug=slug, countries=list(countries))  # type: ignore[misc]
                region.save(using=db)
            self.regions[code] = region.pk
        self.conferences: list[tuple[int, date, date, str]] = []
        conference_weights: list[float] = []
        for spec in SERIES:
            series = (
                ConferenceSeries.objects.using(db).filter(name=spec.name).order_by("pk").first()
            )
            if series is None:
                series = ConferenceSeries(
                    name=spec.name, short_name=spec.short, slug=f"{PREFIX}{slugify(spec.short)}"
                )
                series.save(using=db)
            for year in spec.years:
                start = first_weekday(year, spec.month, spec.day, spec.weekday)
                end = start + timedelta(days=spec.days - 1)
                edition = Conference.objects.using(db).filter(series=series, year=year).first()
                if edition is None:
                    edition = Conference(
                        series=series, year=year, name=f"{spec.name} {year}",
                        slug=f"{PREFIX}{slugify(spec.short)}-{year}", start_date=start,
                        end_date=end, city=spec.city, country=spec.country,
                        timezone=spec.timezone,
                    )  # fmt: skip
                    edition.save(using=db)
                if edition.start_date > LAST_DAY:
                    continue
                last = min(edition.end_date, LAST_DAY)
                self.conferences.append((edition.pk, edition.start_date, last, spec.short))
                # Later editions carry more deals, as the real calendar does.
                conference_weights.append(spec.weight * (1 + (year - 2015) / 6))
        self.conference_cum = cum(conference_weights)
        self._fx_rates()

    def _fx_rates(self) -> None:
        """Load the FX table; create a random walk only for currencies that have no rates.

        A currency that already has rates (real ones, or ours from an earlier run) is left
        alone: adding rates between real ones would silently change what existing deals'
        USD amounts should be. The walk uses its own fixed seed, so every --seed shares it.
        """
        db = self.using
        walk = random.Random("fx")  # deterministic on purpose, whatever --seed says
        new_rates: list[FxRate] = []
        present = set(
            FxRate.objects.using(db).values_list("currency", flat=True).distinct().order_by()
        )
        for currency, start in sorted(FX_START.items()):
            if currency in present:
                continue
            value, day = start, FX_FIRST_DAY
            while day <= FX_LAST_DAY:
                if day.weekday() < 5:
                    # Mean-reverting walk: plausible day-to-day noise that never drifts away.
                    value *= math.exp(walk.gauss(0, 0.004) + 0.002 * math.log(start / value))
                    usd = Decimal(f"{value:.6g}")
                    new_rates.append(
                        FxRate(currency=currency, date=day, usd_per_unit=usd, source=FX_SOURCE)
                    )
                day += timedelta(days=1)
        # bulk_create sends no post_save, so no re-pricing storm over existing deals.
        FxRate.objects.using(db).bulk_create(new_rates, batch_size=2000)
        self.fx: dict[str, tuple[list[date], list[Decimal]]] = {}
        rows = FxRate.objects.using(db).order_by("currency", "date")
        for currency, day, usd in rows.values_list("currency", "date", "usd_per_unit"):
            dates, values = self.fx.setdefault(currency, ([], []))
            dates.append(day)
            values.append(usd)

    def rate(self, currency: str, on: date | None) -> Decimal | None:
        """deals.fx.usd_rate over the in-memory FX table."""
        if currency == "USD":
            return Decimal(1)
        if not currency or on is None or currency not in self.fx:
            return None
        dates, values = self.fx[currency]
        i = bisect.bisect_right(dates, on) - 1
        return values[i] if i >= 0 else None
