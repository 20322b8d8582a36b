"""The review screen's forms: one candidate deal, its parties, assets and money terms, with
the quotes behind each value, the directory matches and the duplicate warning."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from django import forms
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe

from companies.filters import assets_matching, companies_matching
from companies.models import Asset, Company, Modality, Phase
from companies.names import normalize_name
from deals.dates import format_precise
from deals.models import Deal, DealParty, PaymentComponent
from deals.typed import PreciseDateField, TypedAmountField, take_currency

SIGNING_SALT = "deals.intake.review"

# Below this an extracted value is a guess: the analyst must tick "confirmed" before saving.
CONFIRM_BELOW = 0.8
# The other side of each role, for the one-click "swap parties".
SWAPPED_ROLE = {
    "licensor": "licensee", "licensee": "licensor", "acquirer": "target", "target": "acquirer",
    "investor": "partner",
}  # fmt: skip


MAX_TEXT = 100_000


NEW = "new"


# Quote rows whose value is a reading of the sentence, not a copy of its words.
_LABEL_FIELDS = {"deal type", "status", "territory", "announced on"}


UNDISCLOSED = "undisclosed"


def _choice_field(form: forms.BaseForm, name: str) -> forms.ChoiceField:
    """The form's field ``name``, which the form declares as a ChoiceField."""
    field = form.fields[name]
    assert isinstance(field, forms.ChoiceField)
    return field


class IntakeTextForm(forms.Form):
    """Screen 1: the announcement and where it was published."""

    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 16, "cols": 100}),
        max_length=MAX_TEXT,
        help_text="Paste the press release or news article (up to 100,000 characters).",
    )
    source_url = forms.URLField(label="Source URL", max_length=500, assume_scheme="https")
    publisher = forms.CharField(max_length=200, required=False)
    source_title = forms.CharField(label="Title", max_length=400, required=False)
    published_on = forms.DateField(
        label="Published on",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Resolves relative dates such as “on the 12th (local time)”. Defaults to today.",
    )


class CandidateForm(forms.Form):
    """Screen 2: the deal-level values of one candidate."""

    decision = forms.ChoiceField(
        choices=[("accept", "Accept as draft"), ("reject", "Reject")],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose Accept or Reject for this candidate."},
    )
    title = forms.CharField(max_length=300, required=False)
    deal_type = forms.ChoiceField(choices=Deal.Type.choices)
    status = forms.ChoiceField(choices=Deal.Status.choices)
    exclusive = forms.NullBooleanField(widget=forms.NullBooleanSelect, required=False)
    announced_on = PreciseDateField(required=False)
    headline_amount = TypedAmountField(required=False, min_value=Decimal(0))
    headline_currency = forms.CharField(max_length=3, required=False)
    territory_included = forms.CharField(
        required=False, help_text="Region or country codes, comma-separated: WW, GREATER_CHINA, US."
    )
    territory_excluded = forms.CharField(required=False)
    royalty = forms.CharField(max_length=300, required=False, label="Royalty wording")
    publish = forms.BooleanField(
        required=False,
        label="Publish now",
        help_text="Unticked, the deal is saved internal until an analyst publishes it.",
    )
    confirmed = forms.BooleanField(
        required=False,
        label="I checked the values marked to confirm",
        help_text="Required when a value was read with confidence below 0.8.",
    )

    def __init__(self, *args: Any, low_confidence: list[str] | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.low_confidence = low_confidence or []

    def clean_headline_currency(self) -> str:
        return (self.cleaned_data.get("headline_currency") or "").strip().upper()

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if data.get("decision") != "accept":
            return data
        field = self.fields["announced_on"]
        if isinstance(field, PreciseDateField):
            data["announced_on_precision"] = field.last_precision
        take_currency(self, data, "headline_amount", "headline_currency")
        if self.low_confidence and not data.get("confirmed"):
            self.add_error(
                "confirmed",
                "Confirm the values read with low confidence ("
                + ", ".join(self.low_confidence)
                + ") against the source, then tick this box.",
            )
        if not (data.get("title") or "").strip():
            self.add_error("title", "A draft deal needs a title.")
        amount, currency = data.get("headline_amount"), data.get("headline_currency")
        if amount is not None and not currency:
            self.add_error("headline_currency", "Give the headline's currency (e.g. USD).")
        if currency and amount is None:
            self.add_error("headline_amount", "Give the headline amount, or clear its currency.")
        return data


class PartyForm(forms.Form):
    """One party of a candidate: its role and which company it is."""

    # Extracted rows arrive ticked (their initial data says so); the spare row is unticked.
    include = forms.BooleanField(required=False, label="Keep")
    role = forms.ChoiceField(choices=DealParty.Role.choices)
    name = forms.CharField(max_length=200, required=False, label="Name as reported")
    match = forms.ChoiceField(choices=[], required=False)
    company_slug = forms.CharField(
        max_length=80, required=False, label="or slug", help_text="Another existing company."
    )

    def __init__(
        self, *args: Any, choices: list[tuple[str, str]] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        _choice_field(self, "match").choices = choices or [
            (NEW, "Create new company"),
            (UNDISCLOSED, "Undisclosed"),
        ]

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if not data.get("include"):
            return data
        slug = (data.get("company_slug") or "").strip()
        if slug:
            company = Company.objects.filter(slug=slug).first()
            if company is None:
                self.add_error("company_slug", f"No company has the slug “{slug}”.")
            data["company"] = company
        elif data.get("match") not in {NEW, UNDISCLOSED, None, ""}:
            data["company"] = Company.objects.filter(pk=data["match"]).first()
            if data["company"] is None:
                self.add_error("match", "That company no longer exists.")
        elif data.get("match") == NEW and not (data.get("name") or "").strip():
            self.add_error("name", "A new company needs a name.")
        elif data.get("match") == NEW:
            # A name two companies answer to is ambiguous: creating a third is never the fix.
            name = data["name"].strip()
            same = [
                c.name
                for c in companies_matching(name)[:5]
                if normalize_name(c.name, strip_legal=True)
                == normalize_name(name, strip_legal=True)
                or name.lower() in c.name.lower()
            ]
            if len(same) >= 2:
                self.add_error(
                    "match",
                    f"“{name}” matches {len(same)} companies ({', '.join(sorted(same))}): "
                    "choose one in the list or give its slug.",
                )
        return data


class AssetForm(forms.Form):
    """One asset of a candidate: an existing asset or a new one."""

    # Extracted rows arrive ticked (their initial data says so); the spare row is unticked.
    include = forms.BooleanField(required=False, label="Keep")
    name = forms.CharField(max_length=200, required=False)
    match = forms.ChoiceField(choices=[], required=False)
    modality = forms.ChoiceField(choices=[("", "—"), *Modality.choices], required=False)
    phase_at_signing = forms.ChoiceField(choices=[("", "—"), *Phase.choices], required=False)

    def __init__(
        self, *args: Any, choices: list[tuple[str, str]] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        _choice_field(self, "match").choices = choices or [(NEW, "Create new asset")]

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if not data.get("include"):
            return data
        match = data.get("match")
        if match and match != NEW:
            data["asset"] = Asset.objects.filter(pk=match).first()
            if data["asset"] is None:
                self.add_error("match", "That asset no longer exists.")
        elif not (data.get("name") or "").strip():
            self.add_error("name", "A new asset needs a name.")
        return data


class PaymentForm(forms.Form):
    """One money term of a candidate."""

    # Extracted rows arrive ticked (their initial data says so); the spare row is unticked.
    include = forms.BooleanField(required=False, label="Keep")
    kind = forms.ChoiceField(choices=PaymentComponent.Kind.choices)
    disclosed = forms.BooleanField(required=False, initial=True)
    amount = TypedAmountField(required=False, min_value=Decimal(0))
    currency = forms.CharField(max_length=3, required=False)

    def clean_currency(self) -> str:
        return (self.cleaned_data.get("currency") or "").strip().upper()

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if not data.get("include"):
            return data
        take_currency(self, data, "amount", "currency")
        if data.get("disclosed"):
            if data.get("amount") is None:
                self.add_error(
                    "amount", "A disclosed payment needs an amount; untick “disclosed” otherwise."
                )
            if not data.get("currency"):
                self.add_error("currency", "A disclosed payment needs its currency.")
        elif data.get("amount") is not None:
            self.add_error("amount", "An undisclosed payment has no amount.")
        return data


class Review:
    """One candidate on the review screen: its forms, quotes, matches and duplicate warning."""

    def __init__(
        self, index: int, candidate: dict[str, Any], data: Any = None, user: Any = None
    ) -> None:
        self.index = index
        self.candidate = candidate
        prefix = f"c{index}"
        self.party_choices = [_company_choices(p) for p in candidate["parties"]] + [
            _company_choices(None)
        ]
        self.asset_choices = [_asset_choices(a) for a in candidate["assets"]] + [
            _asset_choices(None)
        ]
        self.confidences = _field_confidences(candidate)
        self.low_confidence = sorted(
            name for name, value in self.confidences.items() if value < CONFIRM_BELOW
        )
        self.duplicates = [
            (deal, _admin_change_url(deal))
            for deal in _duplicates(candidate, self.party_choices, self.asset_choices, user)
        ]
        initial = _candidate_initial(candidate)
        if self.duplicates:
            # A possible duplicate is the analyst's call: neither answer is pre-selected.
            initial.pop("decision")
        self.form = CandidateForm(
            data, prefix=prefix, initial=initial, low_confidence=self.low_confidence
        )
        self.parties = PartyFormSet(
            data,
            prefix=f"{prefix}-party",
            initial=[
                _party_initial(p, c)
                for p, c in zip(candidate["parties"], self.party_choices, strict=False)
            ],
            form_kwargs={"choices": None},
        )
        self.assets = AssetFormSet(
            data,
            prefix=f"{prefix}-asset",
            initial=[
                _asset_initial(a, c)
                for a, c in zip(candidate["assets"], self.asset_choices, strict=False)
            ],
        )
        self.payments = PaymentFormSet(
            data,
            prefix=f"{prefix}-pay",
            initial=[_payment_initial(p) for p in candidate["payments"]],
        )
        # Each row gets its own company/asset choices (formset_factory shares form_kwargs).
        for i, party_form in enumerate(self.parties.forms):
            _choice_field(party_form, "match").choices = self.party_choices[
                min(i, len(self.party_choices) - 1)
            ]
        for i, asset_form in enumerate(self.assets.forms):
            _choice_field(asset_form, "match").choices = self.asset_choices[
                min(i, len(self.asset_choices) - 1)
            ]

    @property
    def prefix(self) -> str:
        return f"c{self.index}"

    def _rows(self, forms_: list[Any], items: list[dict[str, Any]]) -> list[tuple[Any, Any]]:
        """Each row's form with the confidence of the value it was filled from (None: spare)."""
        return [
            (form, _Confidence(items[i].get("confidence", 0.0)) if i < len(items) else None)
            for i, form in enumerate(forms_)
        ]

    def party_rows(self) -> list[tuple[Any, Any]]:
        return self._rows(self.parties.forms, self.candidate["parties"])

    def asset_rows(self) -> list[tuple[Any, Any]]:
        return self._rows(self.assets.forms, self.candidate["assets"])

    def payment_rows(self) -> list[tuple[Any, Any]]:
        return self._rows(self.payments.forms, self.candidate["payments"])

    def field_confidence(self) -> dict[str, _Confidence]:
        """Confidence of the deal-level fields, keyed by form field name."""
        c = self.candidate
        values = dict(c.get("confidences", {}))
        if c.get("headline"):
            values["headline_amount"] = c["headline"].get("confidence", 0.0)
        return {k: _Confidence(v) for k, v in values.items()}

    def fields_with_confidence(self) -> list[tuple[Any, Any]]:
        confidence = self.field_confidence()
        return [
            (field, confidence.get(field.name))
            for field in self.form
            if field.name not in {"decision", "confirmed"}
        ]

    @property
    def accepted(self) -> bool:
        return self.form.is_bound and self.form.data.get(f"{self.prefix}-decision") == "accept"

    def is_valid(self) -> bool:
        if not self.form.is_valid():
            return False
        if self.form.cleaned_data["decision"] != "accept":
            return True
        return all([self.parties.is_valid(), self.assets.is_valid(), self.payments.is_valid()])

    def quote_groups(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """Each quoted sentence once, with the values it supports; those values are marked.

        Returns (sentence as safe HTML with <mark>ed values, [(field, value)]).
        """
        groups: dict[str, list[tuple[str, str]]] = {}
        for field, value, quote in self.quote_rows():
            if quote:
                groups.setdefault(quote, []).append((field, value))
        out: list[tuple[str, list[tuple[str, str]]]] = []
        for quote, values in groups.items():
            html: str = escape(quote)
            # Only values copied from the text are marked, not labels such as "license".
            copied = [v for f, v in values if f not in _LABEL_FIELDS and v]
            for value in sorted(copied, key=len, reverse=True):
                marked = escape(value)
                if f"<mark>{marked}" in html:
                    continue
                html = re.sub(
                    rf"(?<![\w<]){re.escape(marked)}(?!\w)", f"<mark>{marked}</mark>", html, count=1
                )
            out.append((mark_safe(html), values))  # noqa: S308  # nosec B308 B703 - escaped text only
        return out

    def quote_rows(self) -> list[tuple[str, str, str]]:
        """(field, value as extracted, sentence) for the side-by-side provenance column."""
        c = self.candidate
        rows = []
        for p in c["parties"]:
            rows.append((p["role"], p.get("name_as_reported") or p["name"], p.get("quote", "")))
        for a in c["assets"]:
            rows.append(("asset", a["name"], a.get("quote", "")))
        if c.get("headline"):
            rows.append(
                ("headline", c["headline"].get("as_written", ""), c["headline"].get("quote", ""))
            )
        for p in c["payments"]:
            shown = p.get("as_written") or ("undisclosed" if not p["disclosed"] else "")
            rows.append((p["kind"], shown, p.get("quote", "")))
        quotes = c.get("quotes", {})
        for field in ("deal_type", "status", "territory", "announced_on", "royalty"):
            if quotes.get(field):
                rows.append((field.replace("_", " "), _shown(c, field), quotes[field]))
        return rows


class _Confidence(float):
    """A confidence the template can show: its value and whether it needs confirming."""

    @property
    def low(self) -> bool:
        return self < CONFIRM_BELOW


def swap_parties(candidate: dict[str, Any]) -> dict[str, Any]:
    """The candidate with each party on the other side (licensor ↔ licensee, acquirer ↔ target).

    The analyst's one click when the text was read the wrong way round; the swapped roles
    are the analyst's, so their confidence becomes 1.0.
    """
    parties = [
        {**p, "role": SWAPPED_ROLE.get(p["role"], p["role"]), "confidence": 1.0}
        for p in candidate["parties"]
    ]
    confidences = {**candidate.get("confidences", {}), "parties": 1.0}
    return {**candidate, "parties": parties, "confidences": confidences}


def _field_confidences(c: dict[str, Any]) -> dict[str, float]:
    """Confidence of each value the review shows, by the label the screen gives it."""
    out: dict[str, float] = {}
    for p in c["parties"]:
        out[f"{p['role']} {p.get('name_as_reported') or p['name']}"] = p.get("confidence", 0.0)
    for a in c["assets"]:
        out[f"asset {a['name']}"] = a.get("confidence", 0.0)
    if c.get("headline"):
        out["headline"] = c["headline"].get("confidence", 0.0)
    for p in c["payments"]:
        out[p["kind"].replace("_", " ")] = p.get("confidence", 0.0)
    for name in ("deal_type", "status", "announced_on", "territory"):
        if name in c.get("confidences", {}):
            out[name.replace("_", " ")] = c["confidences"][name]
    return out


def _shown(c: dict[str, Any], field: str) -> str:
    if field == "announced_on":
        return _date_shown(c)
    if field == "territory":
        t = c.get("territory") or {}
        excluded = f" excluding {', '.join(t.get('excluded', []))}" if t.get("excluded") else ""
        return f"{', '.join(t.get('included', []))}{excluded}"
    return str(c.get(field) or "")


def _company_choices(party: dict[str, Any] | None) -> list[tuple[str, str]]:
    choices: list[tuple[str, str]] = []
    if party and party.get("disclosed", True) and party.get("name"):
        known = list(companies_matching(party["name"]).order_by("name")[:8])
        if party.get("company_slug"):
            exact = Company.objects.filter(slug=party["company_slug"]).first()
            if exact and exact not in known:
                known.insert(0, exact)
        choices = [
            (str(c.pk), f"{c.name} (existing, {c.country or 'country unknown'})") for c in known
        ]
    return [*choices, (NEW, "Create new company"), (UNDISCLOSED, "Undisclosed")]


def _asset_choices(asset: dict[str, Any] | None) -> list[tuple[str, str]]:
    choices: list[tuple[str, str]] = []
    if asset and asset.get("name"):
        known = list(assets_matching(asset["name"]).select_related("owner").order_by("name")[:8])
        choices = [
            (str(a.pk), f"{a.name} (existing{', ' + a.owner.name if a.owner else ''})")
            for a in known
        ]
    return [*choices, (NEW, "Create new asset")]


def _candidate_initial(c: dict[str, Any]) -> dict[str, Any]:
    names = [p["name"] for p in c["parties"] if p.get("disclosed", True)]
    assets = [a["name"] for a in c["assets"]]
    title = " / ".join(names[:2]) + (f" {', '.join(assets)}" if assets else "")
    title = f"{title} {dict(Deal.Type.choices).get(c['deal_type'], c['deal_type']).lower()}".strip()
    territory = c.get("territory") or {}
    return {
        "decision": "accept",
        "title": title[:300],
        "deal_type": c["deal_type"],
        "status": c["status"],
        "exclusive": c.get("exclusive"),
        "announced_on": _date_shown(c),
        "headline_amount": (c.get("headline") or {}).get("amount"),
        "headline_currency": (c.get("headline") or {}).get("currency") or "",
        "territory_included": ", ".join(territory.get("included", [])),
        "territory_excluded": ", ".join(territory.get("excluded", [])),
        "royalty": c.get("royalty") or "",
    }


def _date_shown(c: dict[str, Any]) -> str:
    """ "2026-01-12", or "Jan 2026" when the text gave only the month."""
    if not c.get("announced_on"):
        return ""
    precision = c.get("announced_on_precision") or "day"
    value = date.fromisoformat(c["announced_on"])
    return value.isoformat() if precision == "day" else format_precise(value, precision)


def _party_initial(p: dict[str, Any], choices: list[tuple[str, str]]) -> dict[str, Any]:
    if not p.get("disclosed", True):
        match = UNDISCLOSED
    else:
        # An exact slug match is preselected; a looser name match is only offered.
        exact = (
            Company.objects.filter(slug=p.get("company_slug")).values_list("pk", flat=True).first()
        )
        match = str(exact) if exact else NEW
    # The name as the source spelled it: kept on the party, and the name of a new company.
    name = p.get("name_as_reported") or p["name"] if match != NEW else p["name"]
    return {"include": True, "role": p["role"], "name": name, "match": match}


def _asset_initial(a: dict[str, Any], choices: list[tuple[str, str]]) -> dict[str, Any]:
    exact = Asset.objects.filter(slug=a.get("asset_slug")).values_list("pk", flat=True).first()
    return {
        "include": True,
        "name": a["name"],
        "match": str(exact) if exact else NEW,
        "modality": a.get("modality") or "",
    }


def _payment_initial(p: dict[str, Any]) -> dict[str, Any]:
    return {
        "include": True,
        "kind": p["kind"],
        "disclosed": p["disclosed"],
        "amount": p.get("amount"),
        "currency": p.get("currency") or "",
    }


PartyFormSet = forms.formset_factory(PartyForm, extra=1)


AssetFormSet = forms.formset_factory(AssetForm, extra=1)


PaymentFormSet = forms.formset_factory(PaymentForm, extra=1)


DUPLICATE_WINDOW = timedelta(days=90)


def _duplicates(
    c: dict[str, Any],
    party_choices: list[list[tuple[str, str]]],
    asset_choices: list[list[tuple[str, str]]],
    user: Any,
) -> list[Deal]:
    """Deals with the same parties (and asset, when known) announced within 90 days."""
    company_ids = set()
    for p in c["parties"]:
        exact = (
            Company.objects.filter(slug=p.get("company_slug")).values_list("pk", flat=True).first()
        )
        if exact:
            company_ids.add(exact)
    disclosed = [p for p in c["parties"] if p.get("disclosed", True)]
    if not company_ids or len(company_ids) < len(disclosed):
        return []  # a party that is new to the database cannot be in an existing deal
    asset_ids = set(
        Asset.objects.filter(
            slug__in=[a.get("asset_slug") for a in c["assets"] if a.get("asset_slug")]
        ).values_list("pk", flat=True)
    )
    when = date.fromisoformat(c["announced_on"]) if c.get("announced_on") else timezone.localdate()
    deals = Deal.objects.visible_to(user).filter(
        announced_on__gte=when - DUPLICATE_WINDOW, announced_on__lte=when + DUPLICATE_WINDOW
    )
    for company_id in company_ids:
        deals = deals.filter(parties__company_id=company_id)
    if asset_ids:
        deals = deals.filter(deal_assets__asset_id__in=asset_ids)
    return list(deals.distinct().order_by("-announced_on")[:5])


def _admin_change_url(deal: Deal) -> str:
    try:
        return reverse("admin:deals_deal_change", args=[deal.pk])
    except NoReverseMatch:  # the deal admin is not registered (e.g. a trimmed-down site)
        return ""
