"""Who and what: companies, drug assets and the vocabularies that describe them.

This module knows nothing about deals; deal pages reach companies through reverse relations.
"""

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from core.urls_fast import slug_url

from .names import normalize_name, unique_slug


class Phase(models.TextChoices):
    """Development phase of an asset, in the order drugs move through them."""

    DISCOVERY = "discovery", "Discovery"
    PRECLINICAL = "preclinical", "Preclinical"
    PHASE_1 = "phase_1", "Phase 1"
    PHASE_1_2 = "phase_1_2", "Phase 1/2"
    PHASE_2 = "phase_2", "Phase 2"
    PHASE_2_3 = "phase_2_3", "Phase 2/3"
    PHASE_3 = "phase_3", "Phase 3"
    FILED = "filed", "Filed"
    APPROVED = "approved", "Approved"
    DISCONTINUED = "discontinued", "Discontinued"


class Modality(models.TextChoices):
    """What kind of medicine or technology an asset is."""

    SMALL_MOLECULE = "small_molecule", "Small molecule"
    MONOCLONAL_ANTIBODY = "monoclonal_antibody", "Monoclonal antibody"
    BISPECIFIC = "bispecific", "Bispecific antibody"
    TRISPECIFIC = "trispecific", "Trispecific antibody"
    ADC = "adc", "Antibody-drug conjugate (ADC)"
    RADIOLIGAND = "radioligand", "Radioligand therapy"
    PEPTIDE = "peptide", "Peptide"
    SIRNA = "sirna", "siRNA / RNAi"
    ASO = "aso", "Antisense oligonucleotide (ASO)"
    MRNA = "mrna", "mRNA"
    CELL_THERAPY = "cell_therapy", "Cell therapy"
    GENE_THERAPY = "gene_therapy", "Gene therapy"
    VACCINE = "vaccine", "Vaccine"
    PROTEIN = "protein", "Protein / enzyme"
    PLATFORM = "platform", "Formulation / delivery platform"
    OTHER = "other", "Other"


class SlugNamed(models.Model):
    """Abstract base: a name with a stable slug generated once from it."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True, allow_unicode=True, blank=True)

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        # Generated once and then left alone: renaming must not break links people shared.
        if not self.slug:
            self.slug = unique_slug(self, self.name)
        super().save(*args, **kwargs)

    def __str__(self) -> str:
        return self.name


class TherapeuticArea(SlugNamed):
    """A therapeutic area such as oncology or neurology."""

    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["name"], name="therapeuticarea_unique_name")]


class Indication(SlugNamed):
    """A disease or condition an asset is developed for, from a standard classification.

    ``code`` is the ICD-10 code or block the indication stands under (C34 for lung cancer),
    so that a vocabulary loaded from the classification and one typed by an analyst meet.
    """

    code = models.CharField(
        max_length=20, blank=True, help_text="ICD-10 code or block, e.g. C34 (lung cancer)."
    )
    therapeutic_area = models.ForeignKey(
        TherapeuticArea,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="indications",
    )
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["name"], name="indication_unique_name")]


class Target(SlugNamed):
    """A biological target (PD-1, VEGF-A, TROP2...), with its HGNC gene symbol."""

    gene_symbol = models.CharField(
        max_length=40, blank=True, help_text="HGNC gene symbol, e.g. PDCD1 for PD-1."
    )
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["name"], name="target_unique_name")]


class Company(SlugNamed):
    """A company, institute or investor that takes part in deals."""

    class Type(models.TextChoices):
        BIG_PHARMA = "big_pharma", "Big pharma"
        MID_PHARMA = "mid_pharma", "Mid-size pharma"
        BIOTECH = "biotech", "Biotech"
        STARTUP = "startup", "Startup"
        ACADEMIC = "academic", "Academic / institute"
        CRO_CDMO = "cro_cdmo", "CRO / CDMO"
        INVESTOR = "investor", "Investor"

    class Ownership(models.TextChoices):
        PUBLIC = "public", "Public"
        PRIVATE = "private", "Private"
        SUBSIDIARY = "subsidiary", "Subsidiary"

    legal_name = models.CharField(max_length=300, blank=True)
    local_name = models.CharField(
        max_length=200, blank=True, help_text="Name in the local language, e.g. 荣昌生物."
    )
    country = CountryField(blank=True, help_text="Headquarters country.")
    city = models.CharField(max_length=120, blank=True)
    company_type = models.CharField(max_length=20, choices=Type.choices, blank=True)
    ownership = models.CharField(max_length=20, choices=Ownership.choices, blank=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="subsidiaries"
    )
    website = models.URLField(blank=True)
    description = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(user_model=settings.AUTH_USER_MODEL)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "companies"
        indexes = [models.Index(fields=["country"], name="company_country")]
        constraints = [
            models.CheckConstraint(
                condition=~Q(parent=models.F("pk")), name="company_not_own_parent"
            ),
        ]

    def clean(self) -> None:
        if self.parent_id and self.parent_id == self.pk:
            raise ValidationError({"parent": "A company cannot be its own parent."})
        if self.parent_id and self.ownership and self.ownership != self.Ownership.SUBSIDIARY:
            raise ValidationError(
                {"ownership": "A company with a parent company should be marked as a subsidiary."}
            )

    def get_absolute_url(self) -> str:
        return slug_url("companies:company_detail", self.slug)


class StockListing(models.Model):
    """Where a company's shares trade (a company can be listed on several exchanges)."""

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="listings")
    exchange = models.CharField(max_length=40, help_text="e.g. NYSE, SSE, HKEX, KOSDAQ.")
    ticker = models.CharField(max_length=20)

    class Meta:
        ordering = ["exchange", "ticker"]
        constraints = [
            models.UniqueConstraint(fields=["exchange", "ticker"], name="listing_unique_ticker"),
        ]

    def __str__(self) -> str:
        return f"{self.exchange}: {self.ticker}"


class AliasBase(models.Model):
    """Abstract base for another name something is known by, kept normalised for matching."""

    name = models.CharField(max_length=200)
    normalized = models.CharField(max_length=200, editable=False, db_index=True)

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.normalized = self.normalize(self.name)
        super().save(*args, **kwargs)

    @staticmethod
    def normalize(value: str) -> str:
        return normalize_name(value)

    def __str__(self) -> str:
        return self.name


class CompanyAlias(AliasBase):
    """Another name of a company: a former name, an abbreviation, a local-language name."""

    class Kind(models.TextChoices):
        FORMER = "former", "Former name"
        ABBREVIATION = "abbreviation", "Abbreviation"
        LOCAL = "local", "Local-language name"
        SPELLING = "spelling", "Alternative spelling"
        OTHER = "other", "Other"

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="aliases")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    valid_from = models.DateField(null=True, blank=True)
    valid_to = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "company aliases"
        constraints = [
            models.UniqueConstraint(fields=["company", "name"], name="companyalias_unique_name"),
            models.CheckConstraint(
                condition=Q(valid_from__isnull=True)
                | Q(valid_to__isnull=True)
                | Q(valid_from__lte=models.F("valid_to")),
                name="companyalias_valid_range",
            ),
        ]

    @staticmethod
    def normalize(value: str) -> str:
        return normalize_name(value, strip_legal=True)

    def clean(self) -> None:
        if self.valid_from and self.valid_to and self.valid_from > self.valid_to:
            raise ValidationError(
                {"valid_to": "An alias cannot stop being valid before it starts."}
            )


class Asset(SlugNamed):
    """A drug candidate or a technology platform, named by its code (RC148) or name."""

    owner = models.ForeignKey(
        Company,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assets",
        help_text="The originator company.",
    )
    modality = models.CharField(max_length=30, choices=Modality.choices, blank=True)
    is_platform = models.BooleanField(
        default=False, help_text="A technology platform rather than a single candidate."
    )
    targets = models.ManyToManyField(Target, blank=True, related_name="assets")
    therapeutic_areas = models.ManyToManyField(TherapeuticArea, blank=True, related_name="assets")
    indications = models.TextField(
        blank=True, help_text="As reported, e.g. NSCLC, colorectal cancer."
    )
    indication_terms = models.ManyToManyField(
        Indication,
        blank=True,
        related_name="assets",
        help_text="The indications from the vocabulary, for filtering and comps.",
    )
    highest_phase = models.CharField(max_length=20, choices=Phase.choices, blank=True)
    description = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(user_model=settings.AUTH_USER_MODEL)

    class Meta:
        ordering = ["name"]

    def get_absolute_url(self) -> str:
        return slug_url("companies:asset_detail", self.slug)


class AssetAlias(AliasBase):
    """Another name of an asset: another code, the INN or a brand name."""

    class Kind(models.TextChoices):
        CODE = "code", "Code"
        INN = "inn", "INN"
        BRAND = "brand", "Brand"
        OTHER = "other", "Other"

    asset = models.ForeignKey(Asset, on_delete=models.CASCADE, related_name="aliases")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.CODE)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "asset aliases"
        constraints = [
            models.UniqueConstraint(fields=["asset", "name"], name="assetalias_unique_name"),
        ]
