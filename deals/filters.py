"""FilterSets for deals and conferences: one class behind both ``/deals/`` and ``/api/v1/deals/``.

The HTML list renders ``DealFilterSet(...).form`` and the API uses it as ``filterset_class``,
so the parameters of docs/contract.md mean the same thing everywhere. Every bad value (unknown slug,
country code, date, amount) is a form error keyed by the parameter; the API turns it into a 400
``{"param": ["message"]}``.

Filters that cross a to-many relation (parties, assets, payments) use EXISTS subqueries, so a
deal is never repeated and a COUNT needs no DISTINCT.

Visibility is not this module's business: callers pass ``Deal.objects.visible_to(user)`` as
the queryset, and nothing here widens it.
"""

from __future__ import annotations

from typing import Any, ClassVar

import django_filters
from django import forms
from django.db.models import (
    Exists,
    OuterRef,
    Q,
    QuerySet,
)

from companies.models import Asset, Company, Indication, Modality, Phase, Target, TherapeuticArea
from core.filter_copies import FieldCopies, FilterSet
from core.filters import (
    CountryFilter,
    StrictBooleanFilter,
    StrictOrderingFilter,
    id_filter,
    slug_filter,
    text_search_field,
)
from core.select_cache import cache_selects
from deals import classes, measures
from deals.filter_parts import (
    NONE,
    CountriesFilter,
    DateParamFilter,
    ManySlugsOrNoneField,
    MoneyFilter,
    NullsLastOrderingFilter,
    SlugListFilter,
    TerritoriesFilter,
    YearFilter,
    _any_of,
    _asset_exists,
    _listed,
    _multi_choice,
    _multi_slug,
    _party_exists,
    _territory_choices,
    company_filter,
    territory_covers,
)
from deals.search import IdArray, deals_matching, fetched_then_sorted

from .models import (
    Conference,
    ConferenceSeries,
    Deal,
    DealParty,
    PaymentComponent,
)

# Public ordering parameter → (model field, label). An allowlist: anything else is a 400, so a
# client can never order by analyst_notes or by a slow expression.
DEAL_ORDERING = {
    "announced_on": ("announced_on", "Announced"),
    "total_potential_usd": ("total_potential_usd", "Total potential (USD)"),
    "headline_usd": ("headline_amount_usd", "Headline value (USD)"),
    "upfront_usd": ("upfront_usd", "Upfront (USD)"),
    "title": ("title", "Title"),
}

# Party roles a country filter can look at: parameter -> role.
COUNTRY_ROLES = {
    "licensor_country": DealParty.Role.LICENSOR,
    "licensee_country": DealParty.Role.LICENSEE,
    "target_country": DealParty.Role.TARGET,
    "acquirer_country": DealParty.Role.ACQUIRER,
}


class DealFilterSet(FilterSet):
    """The deal filters of docs/contract.md, shared by ``/deals/`` and ``/api/v1/deals/``.

    Criteria marked "repeatable" take several values (``modality=adc&modality=bispecific``): a
    deal matches when it matches ANY value of a parameter and ALL parameters; targets can be
    asked to match all of them (``target_match=all``). One value means exactly one.

    Rumoured deals and deals in negotiation are not deals yet (deals/classes.py): a list
    leaves them out unless ``status`` asks for them.
    """

    q = text_search_field(
        "Company names (former and local names too), asset codes with or without hyphens, "
        "targets; every word must match."
    )
    deal_class = _multi_choice(
        classes.DealClass.choices,
        label="Deal class",
        noun="deal class",
        help_text="Licensing (licenses, options, collaborations), M&A or equity investments. "
        "Lists show every class; statistics compare one class at a time.",
        field_name="deal_class",
        widget=forms.CheckboxSelectMultiple,
    )
    conference = slug_filter(
        Conference,
        label="Conference",
        widget=forms.Select,
        help_text="Deals announced at a conference, e.g. the J.P. Morgan Healthcare Conference.",
    )
    company = company_filter(
        label="Company",
        method="filter_company",
        role="",
        help_text="Deals this company took part in, in any role. Type a name or a former name.",
    )
    company_id = id_filter(
        Company,
        label="Company (by number)",
        field_name="company",
        method="filter_company",
        # For scripts that hold a company's number; readers pick a company by name above.
        widget=forms.HiddenInput,
    )
    licensor = company_filter(
        label="Licensor",
        method="filter_licensor",
        role=DealParty.Role.LICENSOR,
        help_text="Deals where this company granted the rights.",
    )
    licensee = company_filter(
        label="Licensee",
        method="filter_licensee",
        role=DealParty.Role.LICENSEE,
        help_text="Deals where this company took the rights.",
    )
    asset = slug_filter(
        Asset,
        label="Asset",
        method="filter_asset",
        help_text="Deals covering this drug candidate or platform.",
    )
    acquirer = company_filter(
        label="Acquirer",
        method="filter_acquirer",
        role=DealParty.Role.ACQUIRER,
        help_text="Acquisitions and mergers where this company was the buyer.",
    )
    acquired = company_filter(
        label="Acquired company",
        method="filter_acquired",
        role=DealParty.Role.TARGET,
        help_text="Acquisitions where this company was bought (or sold the assets bought).",
    )
    licensor_country = CountriesFilter(
        role=DealParty.Role.LICENSOR,
        label="Licensor country",
        help_text="Where the company granting the rights is based. A region (Greater China, EU) "
        "counts each of its countries.",
    )
    licensee_country = CountriesFilter(
        role=DealParty.Role.LICENSEE,
        label="Licensee country",
        help_text="Where the company taking the rights is based.",
    )
    target_country = CountriesFilter(
        role=DealParty.Role.TARGET,
        label="Target country",
        help_text="Acquisitions: where the company bought is based.",
    )
    acquirer_country = CountriesFilter(
        role=DealParty.Role.ACQUIRER,
        label="Acquirer country",
        help_text="Acquisitions: where the buyer is based.",
    )
    deal_type = _multi_choice(
        Deal.Type.choices,
        label="Deal type",
        noun="deal type",
        field_name="deal_type",
        help_text="License, option, collaboration, asset purchase, acquisition…; several "
        "choices find any of them.",
    )
    status = _multi_choice(
        Deal.Status.choices,
        label="Status",
        noun="status",
        field_name="status",
        help_text="Rumoured deals and talks in negotiation are left out unless you pick them: "
        "they are not deals yet.",
    )
    modality = _multi_choice(
        [*Modality.choices, (NONE, "None recorded")],
        label="Modality",
        noun="modality",
        method="filter_modality",
        help_text="What the drug is (antibody, ADC, bispecific, siRNA…), for any asset in the "
        "deal.",
    )
    target = _multi_slug(
        Target,
        label="Target",
        method="filter_target",
        help_text="What any asset in the deal acts on (PD-1, TROP2…). With several targets, "
        "see “Targets to match”.",
    )
    target_match = django_filters.ChoiceFilter(
        choices=[("any", "Any of the targets"), ("all", "All of the targets")],
        label="Targets to match",
        method="filter_target_match",
        empty_label="Any of them (default)",
        help_text="Any: deals on any of the chosen targets. All: deals whose assets cover every "
        "one of them.",
    )
    therapeutic_area = _multi_slug(
        TherapeuticArea,
        label="Therapeutic area",
        method="filter_therapeutic_area",
        help_text="The disease area of any asset in the deal (oncology, neurology…).",
        field_class=ManySlugsOrNoneField,
    )
    indication = _multi_slug(
        Indication,
        label="Indication",
        method="filter_indication",
        help_text="The disease any asset in the deal is developed for, e.g. non-small-cell "
        "lung cancer.",
        field_class=ManySlugsOrNoneField,
    )
    phase_at_signing = _multi_choice(
        Phase.choices,
        label="Phase at signing",
        noun="phase",
        method="filter_phase_at_signing",
        help_text="How far an asset in the deal had got when the deal was signed (e.g. "
        "Phase 2), not where it stands today.",
    )
    territory = TerritoriesFilter(
        choices=_territory_choices,
        label="Territory",
        method="filter_territory",
        help_text="Deals whose licensed territory covers this country or region (by name, "
        "through a region or worldwide) and does not exclude it.",
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    announced_after = DateParamFilter(
        field_name="announced_on",
        lookup_expr="gte",
        label="Announced on or after",
        help_text="The first announcement day to include.",
    )
    announced_before = DateParamFilter(
        field_name="announced_on",
        lookup_expr="lte",
        label="Announced on or before",
        help_text="The last announcement day to include.",
    )
    min_total_potential_usd = MoneyFilter(
        field_name="total_potential_usd",
        lookup_expr="gte",
        label="Total potential at least (USD)",
        help_text=measures.DEFINITIONS["total_potential"],
    )
    max_total_potential_usd = MoneyFilter(
        field_name="total_potential_usd",
        lookup_expr="lte",
        label="Total potential at most (USD)",
        help_text="Deals with no disclosed value are left out of a range. Type amounts as "
        "500M or 1.5B.",
    )
    min_headline_usd = MoneyFilter(
        field_name="headline_amount_usd",
        lookup_expr="gte",
        label="Headline at least (USD)",
        help_text="The total reported in the announcement (“up to $1.7B”), in US dollars.",
    )
    has_upfront = StrictBooleanFilter(
        label="Disclosed upfront",
        method="filter_has_upfront",
        help_text="Yes: an upfront payment of a disclosed amount. No: no upfront, or its "
        "amount was not disclosed.",
    )
    min_upfront_usd = MoneyFilter(
        field_name="upfront_usd",
        lookup_expr="gte",
        label="Upfront at least (USD)",
        help_text=measures.DEFINITIONS["upfront"],
    )
    exclude_deal = SlugListFilter(
        method="filter_exclude_deal",
        label="Leave out deals",
        help_text="Deals left out of the list; comparable-deal links use it to leave out the "
        "deal being compared.",
    )
    ordering = NullsLastOrderingFilter(
        fields=tuple((field, param) for param, (field, _label) in DEAL_ORDERING.items()),
        field_labels={field: label for field, label in DEAL_ORDERING.values()},
        label="Order by",
        empty_label="Newest first (default)",
        help_text="Undisclosed amounts come last either way.",
    )

    class Meta:
        model = Deal
        fields: list[str] = []

    # The form class of each FilterSet class, built once: django-filter builds it (a form field
    # per filter, then a new class) on every request. Safe to share because a form deep-copies
    # its class's fields, model choice fields re-read their queryset and callable choices
    # (territories) are called on every render and validation.
    _form_classes: ClassVar[dict[type, type[forms.Form]]] = {}

    def get_form_class(self) -> type[forms.Form]:
        form_class = DealFilterSet._form_classes.get(type(self))
        if form_class is None:
            # Its selects render from core/select_cache.py while their options are unchanged.
            form_class = cache_selects(super().get_form_class())
            # Each form copies its fields one level deep (core/filter_copies.py).
            form_class.base_fields = FieldCopies(form_class.base_fields)
            DealFilterSet._form_classes[type(self)] = form_class
        return form_class

    def filter_queryset(self, queryset: QuerySet[Deal]) -> QuerySet[Deal]:
        queryset = super().filter_queryset(queryset)
        if not self.form.cleaned_data.get("status"):
            # Pipeline is not a deal: listed only when a status filter asks for it.
            queryset = queryset.filter(classes.counted())
        return queryset

    # --- parties -------------------------------------------------------------------------

    def filter_company(self, queryset: QuerySet[Deal], name: str, value: Company) -> QuerySet[Deal]:
        return queryset.filter(_party_exists(company=value))

    def filter_licensor(
        self, queryset: QuerySet[Deal], name: str, value: Company
    ) -> QuerySet[Deal]:
        return queryset.filter(_party_exists(company=value, role=DealParty.Role.LICENSOR))

    def filter_licensee(
        self, queryset: QuerySet[Deal], name: str, value: Company
    ) -> QuerySet[Deal]:
        return queryset.filter(_party_exists(company=value, role=DealParty.Role.LICENSEE))

    def filter_asset(self, queryset: QuerySet[Deal], name: str, value: Asset) -> QuerySet[Deal]:
        return queryset.filter(_asset_exists(asset=value))

    def filter_acquirer(
        self, queryset: QuerySet[Deal], name: str, value: Company
    ) -> QuerySet[Deal]:
        return queryset.filter(_party_exists(company=value, role=DealParty.Role.ACQUIRER))

    def filter_acquired(
        self, queryset: QuerySet[Deal], name: str, value: Company
    ) -> QuerySet[Deal]:
        return queryset.filter(_party_exists(company=value, role=DealParty.Role.TARGET))

    # --- assets --------------------------------------------------------------------------

    @_any_of
    def filter_modality(self, queryset: QuerySet[Deal], name: str, value: Any) -> QuerySet[Deal]:
        values = _listed(value)
        condition = Q(_asset_exists(asset__modality__in=[v for v in values if v != NONE]))
        if NONE in values:
            condition |= ~Q(_asset_exists(~Q(asset__modality="")))
        return queryset.filter(condition)

    @_any_of
    def filter_target(self, queryset: QuerySet[Deal], name: str, value: Any) -> QuerySet[Deal]:
        targets = _listed(value)
        if self.form.cleaned_data.get("target_match") == "all":
            for target in targets:
                queryset = queryset.filter(_asset_exists(asset__targets=target))
            return queryset
        # The join to the asset's targets stays inside the EXISTS: the outer query keeps one
        # row per deal however many targets match.
        return queryset.filter(_asset_exists(asset__targets__in=targets))

    def filter_target_match(
        self, queryset: QuerySet[Deal], name: str, value: str
    ) -> QuerySet[Deal]:
        return queryset  # read by filter_target

    @_any_of
    def filter_therapeutic_area(
        self, queryset: QuerySet[Deal], name: str, value: Any
    ) -> QuerySet[Deal]:
        values = _listed(value)
        areas = [v for v in values if v != NONE]
        condition = Q(_asset_exists(asset__therapeutic_areas__in=areas)) if areas else Q()
        if NONE in values:
            none = ~Q(_asset_exists(asset__therapeutic_areas__isnull=False))
            condition = condition | none if areas else none
        return queryset.filter(condition)

    @_any_of
    def filter_indication(self, queryset: QuerySet[Deal], name: str, value: Any) -> QuerySet[Deal]:
        values = _listed(value)
        terms = [v for v in values if v != NONE]
        condition = Q(_asset_exists(asset__indication_terms__in=terms)) if terms else Q()
        if NONE in values:
            none = ~Q(_asset_exists(asset__indication_terms__isnull=False))
            condition = condition | none if terms else none
        return queryset.filter(condition)

    @_any_of
    def filter_phase_at_signing(
        self, queryset: QuerySet[Deal], name: str, value: Any
    ) -> QuerySet[Deal]:
        return queryset.filter(_asset_exists(phase_at_signing__in=_listed(value)))

    @_any_of
    def filter_territory(self, queryset: QuerySet[Deal], name: str, value: Any) -> QuerySet[Deal]:
        condition = Q()
        for code in _listed(value):
            condition |= territory_covers(code)
        return queryset.filter(condition)

    def filter_exclude_deal(
        self, queryset: QuerySet[Deal], name: str, value: list[str]
    ) -> QuerySet[Deal]:
        return queryset.exclude(slug__in=value) if value else queryset

    # --- money ---------------------------------------------------------------------------

    def filter_has_upfront(
        self, queryset: QuerySet[Deal], name: str, value: bool
    ) -> QuerySet[Deal]:
        # Any disclosed upfront term, converted to USD or not (the stored upfront_usd is null
        # for an amount with no FX rate, which is still a disclosed upfront).
        upfront = PaymentComponent.objects.filter(
            deal=OuterRef("pk"), disclosed=True, kind__in=PaymentComponent.UPFRONT_KINDS
        )
        return queryset.filter(Exists(upfront) if value else ~Exists(upfront))

    # --- text ----------------------------------------------------------------------------

    def search(self, queryset: QuerySet[Deal], name: str, value: str) -> QuerySet[Deal]:
        """Every word, as a prefix, in the deal's search document (deals/search.py).

        The document holds the title, summary, every name of every party and asset (codes
        with and without hyphens), targets, modality and indications, so "Pfizer Seagen",
        "PD-1 VEGF" and "AbbVie RC148" find what they mean on SQLite and PostgreSQL alike;
        a company name word with one typo still matches.
        """
        condition = deals_matching(value, using=queryset.db)
        if condition is None:
            return queryset
        if isinstance(condition, IdArray) and not queryset.query.order_by:
            # The default order only: an ``ordering`` parameter, applied after this filter,
            # replaces it.
            return fetched_then_sorted(queryset.filter(condition))
        return queryset.filter(condition)


class ConferenceFilterSet(FilterSet):
    """Filters of the conference list (``/conferences/`` and ``/api/v1/conferences/``)."""

    q = text_search_field()
    series = slug_filter(ConferenceSeries, label="Series", widget=forms.Select)
    year = YearFilter(field_name="year", label="Year")
    country = CountryFilter(label="Country")
    ordering = StrictOrderingFilter(
        fields=(("start_date", "start_date"), ("name", "name")),
        field_labels={"start_date": "Start date", "name": "Name"},
        label="Order by",
        empty_label="Most recent first (default)",
    )

    class Meta:
        model = Conference
        fields: list[str] = []

    def search(self, queryset: QuerySet[Conference], name: str, value: str) -> QuerySet[Conference]:
        text = value.strip()
        return queryset.filter(
            Q(name__icontains=text)
            | Q(series__name__icontains=text)
            | Q(series__short_name__iexact=text)
            | Q(city__icontains=text)
        )
