"""What one deal's own facts rule out, before any saved-search condition reaches SQL.

Matching a new deal against 10,000 saved searches spends most of its time building a
FilterSet per distinct condition and running it against the deal. Most conditions fail on a
fact the deal carries itself ("licensor_country=JP" for a Chinese licensor, "deal_type=
acquisition" for a license), so :class:`DealFacts` loads those facts in three small queries and
answers :meth:`DealFacts.rules_out` for a condition.

This is a *prefilter*, never the judge: ``rules_out`` returns True only when the condition
certainly fails (a value it does not fully understand, an unknown slug spelled differently, a
parameter it has no rule for all answer False, "maybe"), and every condition it lets through is
still evaluated by the deal list's own :class:`~deals.filters.DealFilterSet`. A wrong "maybe"
costs time; a wrong "ruled out" would lose an alert, which tests/test_alerts_matching.py guards
with a differential test against the FilterSet reference on every parameter it knows.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from django import forms

from companies.models import Company, CompanyAlias, Modality, Phase
from companies.names import normalize_name
from deals import classes, regions
from deals.filter_parts import NONE
from deals.filters import COUNTRY_ROLES, DealFilterSet
from deals.models import Deal, DealAsset, DealParty

# Party-slug parameters: parameter -> the role it asks about (None: any role).
SLUG_ROLES: dict[str, str | None] = {
    "company": None,
    "licensor": DealParty.Role.LICENSOR,
    "licensee": DealParty.Role.LICENSEE,
    "acquirer": DealParty.Role.ACQUIRER,
    "acquired": DealParty.Role.TARGET,
}
# Money and date parameters: parameter -> (Deal attribute, True when the bound is a minimum).
BOUNDS: dict[str, tuple[str, bool]] = {
    "min_headline_usd": ("headline_amount_usd", True),
    "min_upfront_usd": ("upfront_usd", True),
    "min_total_potential_usd": ("total_potential_usd", True),
    "max_total_potential_usd": ("total_potential_usd", False),
    "announced_after": ("announced_on", True),
    "announced_before": ("announced_on", False),
}
# The deal's own columns the rules read.
FACT_COLUMNS = (
    "status", "deal_type", "deal_class", "conference_id", "conference__slug",
    *dict.fromkeys(attribute for attribute, _ in BOUNDS.values()),
)  # fmt: skip
CHOICES = {
    "deal_type": frozenset(Deal.Type.values),
    "status": frozenset(Deal.Status.values),
    "deal_class": frozenset(classes.DealClass.values),
    "modality": frozenset(Modality.values),
    "phase_at_signing": frozenset(Phase.values),
}


def _folded(values: Iterable[str | None]) -> frozenset[str]:
    return frozenset(v.casefold() for v in values if v)


@functools.lru_cache(maxsize=4096)
def _bound(name: str, raw: str) -> Decimal | date | None:
    """``raw`` read by the parameter's own form field (the same parsing as the deal list), or
    None when that field refuses it (then the FilterSet decides, and refuses it too)."""
    try:
        value: Any = DealFilterSet.base_filters[name].field.clean(raw)
    except forms.ValidationError:
        return None
    return value if isinstance(value, Decimal | date) else None


@dataclass
class DealFacts:
    """The facts of one deal that decide most saved-search conditions without SQL."""

    # The deal's own columns, read from the database (not from the caller's instance, whose
    # generated deal_class or freshly assigned strings may not be what the database holds).
    row: dict[str, Any]
    # (role, company id, company slug, company country) of each party.
    parties: list[tuple[str, int | None, str, str]] = field(default_factory=list)
    modalities: frozenset[str] = frozenset()
    phases: frozenset[str] = frozenset()
    asset_slugs: frozenset[str] = frozenset()
    asset_ids: frozenset[int] = frozenset()
    target_slugs: frozenset[str] = frozenset()
    target_ids: frozenset[int] = frozenset()

    @classmethod
    def load(cls, deal: Deal) -> DealFacts:
        """Four small queries: the deal's columns, its parties, its assets, their targets."""
        row = Deal.objects.filter(pk=deal.pk).values(*FACT_COLUMNS).get()
        parties: list[tuple[str, int | None, str, str]] = [
            (role, company_id, slug or "", country or "")
            for role, company_id, slug, country in DealParty.objects.filter(deal=deal).values_list(
                "role", "company_id", "company__slug", "company__country"
            )
        ]
        assets = list(
            DealAsset.objects.filter(deal=deal).values_list(
                "asset_id", "asset__slug", "asset__modality", "phase_at_signing"
            )
        )
        targets = list(
            DealAsset.objects.filter(deal=deal, asset__targets__isnull=False).values_list(
                "asset__targets__id", "asset__targets__slug"
            )
        )
        return cls(
            row=row,
            parties=parties,
            modalities=frozenset(m for _, _, m, _ in assets),
            phases=frozenset(p for _, _, _, p in assets),
            asset_slugs=_folded(s for _, s, _, _ in assets),
            asset_ids=frozenset(a for a, _, _, _ in assets),
            target_slugs=_folded(s for _, s in targets),
            target_ids=frozenset(t for t, _ in targets),
        )

    @functools.cached_property
    def company_ids(self) -> frozenset[int]:
        return frozenset(c for _, c, _, _ in self.parties if c is not None)

    @functools.cached_property
    def company_names(self) -> dict[int, frozenset[str]]:
        """Per party company: its names and aliases as a company parameter may give them
        (the deal list takes a name or alias where a slug is expected, companies.filters
        .company_named). Loaded only when a saved search names a company."""
        names: dict[int, set[str]] = {c: set() for c in self.company_ids}
        rows = Company.objects.filter(pk__in=self.company_ids).values_list(
            "pk", "name", "legal_name", "local_name"
        )
        for pk, *texts in rows:
            for text in texts:
                if text:
                    names[pk] |= {text.strip().casefold(), normalize_name(text, strip_legal=True)}
        aliases = CompanyAlias.objects.filter(company_id__in=self.company_ids)
        for pk, normalized in aliases.values_list("company_id", "normalized"):
            names[pk].add(normalized)
        return {pk: frozenset(n for n in texts if n) for pk, texts in names.items()}

    def rules_out(self, part: tuple[str, ...]) -> bool:
        """True when the deal certainly fails condition ``part`` (see the module docstring)."""
        if part == ("status:default",):
            return self.row["status"] in classes.PIPELINE_STATUSES
        values: dict[str, list[str]] = {}
        for pair in part:
            name, _, value = pair.partition("=")
            values.setdefault(name, []).append(value)
        if len(values) != 1:
            return self._targets_ruled_out(values)
        ((name, given),) = values.items()
        rule = _RULES.get(name) or (_country_rule if name in COUNTRY_ROLES else None)
        return rule(self, name, given) if rule is not None else False

    def _targets_ruled_out(self, values: dict[str, list[str]]) -> bool:
        """``target`` read together with ``target_match``."""
        if set(values) != {"target", "target_match"} or values["target_match"] not in (
            ["any"],
            ["all"],
        ):
            return False
        every = values["target_match"] == ["all"]
        return _target_rule(self, "target", values["target"], every=every)


def _choice_rule(facts: DealFacts, name: str, given: list[str]) -> bool:
    if not set(given) <= CHOICES[name]:
        return False  # a value the field does not know: the FilterSet refuses it
    have = {
        "deal_type": {facts.row["deal_type"]},
        "status": {facts.row["status"]},
        "deal_class": {facts.row["deal_class"]},
        "modality": facts.modalities,
        "phase_at_signing": facts.phases,
    }[name]
    return not (set(given) & set(have))


def _modality_rule(facts: DealFacts, name: str, given: list[str]) -> bool:
    if NONE in given:
        return False  # "no asset with a modality": left to the FilterSet
    return _choice_rule(facts, name, given)


def _country_rule(facts: DealFacts, name: str, given: list[str]) -> bool:
    codes = [code.strip().upper() for code in given]
    if any(code in (regions.OTHER, regions.UNKNOWN) for code in codes):
        return False  # defined by what is absent: left to the FilterSet
    wanted = {member for code in codes for member in regions.members(code)}
    role = COUNTRY_ROLES[name]
    return not any(r == role and country in wanted for r, _, _, country in facts.parties)


def _party_rule(facts: DealFacts, name: str, given: list[str]) -> bool:
    if len(given) != 1:
        return False
    role = SLUG_ROLES[name]
    value = given[0]
    slugs = _folded(slug for r, _, slug, _ in facts.parties if role is None or r == role)
    if value.casefold() in slugs:
        return False
    # Not a party's slug, but perhaps a party's name or alias ("SciNeuro Pharmaceuticals",
    # "Sineuro"), which the deal list accepts too: ruled out only when it is neither.
    forms_of_value = {value.strip().casefold(), normalize_name(value, strip_legal=True)}
    return not any(
        forms_of_value & facts.company_names.get(company, frozenset())
        for r, company, _, _ in facts.parties
        if company is not None and (role is None or r == role)
    )


def _company_id_rule(facts: DealFacts, name: str, given: list[str]) -> bool:
    if len(given) != 1 or not given[0].strip().isdigit():
        return False
    return int(given[0]) not in facts.company_ids


def _asset_rule(facts: DealFacts, name: str, given: list[str]) -> bool:
    return len(given) == 1 and given[0].casefold() not in facts.asset_slugs


def _conference_rule(facts: DealFacts, name: str, given: list[str]) -> bool:
    slug = facts.row["conference__slug"] or ""
    return len(given) == 1 and given[0].casefold() != slug.casefold()


def _target_rule(facts: DealFacts, name: str, given: list[str], *, every: bool = False) -> bool:
    slugs = [s.casefold() for s in given if s.strip()]
    if not slugs:
        return False
    if every:
        return any(s not in facts.target_slugs for s in slugs)
    return not any(s in facts.target_slugs for s in slugs)


def _bound_rule(facts: DealFacts, name: str, given: list[str]) -> bool:
    if len(given) != 1:
        return False
    bound = _bound(name, given[0])
    if bound is None:
        return False
    attribute, is_minimum = BOUNDS[name]
    have = facts.row[attribute]
    if have is None:
        return True  # a range never holds a deal without the value (SQL: NULL >= x is not true)
    return have < bound if is_minimum else have > bound


_RULES: dict[str, Callable[[DealFacts, str, list[str]], bool]] = {
    "deal_type": _choice_rule,
    "status": _choice_rule,
    "deal_class": _choice_rule,
    "modality": _modality_rule,
    "phase_at_signing": _choice_rule,
    "company_id": _company_id_rule,
    "asset": _asset_rule,
    "conference": _conference_rule,
    "target": _target_rule,
    **dict.fromkeys(SLUG_ROLES, _party_rule),
    **dict.fromkeys(BOUNDS, _bound_rule),
}
