"""Admin forms for deals: analysts' wording for constraint violations, per-deal choices.

Model ``clean()`` methods already say what is wrong in analysts' words. The database
constraints behind them are validated too (Django runs ``validate_constraints`` in every
ModelForm), but their default message is "Constraint “payment_amount_non_negative” is
violated."; the mixin below says it in words instead, and drops a constraint message that
only repeats what ``clean()`` already said.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django import forms
from django.core.exceptions import ValidationError
from django.db import router
from django.forms.formsets import DELETION_FIELD_NAME
from django.forms.utils import ErrorDict
from django.utils.functional import cached_property

from core.slugs import normalize_slug, validate_slug

from .models import Deal, DealEvent, PaymentComponent, Source
from .pickers import CreatableModelChoiceField
from .typed import PreciseDateField, PreciseDatesMixin, TypedAmountField, take_currency

# Keyed by constraint name; each points at the field the analyst has to fix (None: the row).
CONSTRAINT_MESSAGES: dict[str, tuple[str | None, str]] = {
    "deal_announced_not_before_signed": (
        "announced_on",
        "A deal cannot be announced before it was signed.",
    ),
    "deal_headline_positive": ("headline_amount", "The headline amount must be more than 0."),
    "deal_dates_in_range": ("announced_on", "Deal dates run from 1970 to five years ahead."),
    "deal_headline_amount_has_currency": (
        "headline_currency",
        "A headline amount needs its currency (e.g. USD), and a currency needs an amount.",
    ),
    "payment_amount_positive": (
        "amount",
        "A payment amount must be more than 0; mark it undisclosed when it is not known.",
    ),
    "payment_upfront_not_contingent": (
        "contingent",
        "An upfront payment is due at signing: it is never contingent.",
    ),
    "payment_disclosed_has_amount": (
        "amount",
        "A disclosed payment needs an amount and a currency; an undisclosed one has neither.",
    ),
    "payment_milestones_contingent": (
        "contingent",
        "Milestones and CVRs are paid only if something happens: tick “contingent”.",
    ),
    "royalty_rates_in_order": (
        "max_pct",
        "Royalty rates run from 0 to 100%, and the maximum cannot be below the minimum.",
    ),
    "royalty_rates_only_when_disclosed": (
        "disclosed",
        "Rates were given, so they were disclosed: tick “disclosed”, or clear them.",
    ),
    "conference_dates_in_order": ("end_date", "The conference cannot end before it starts."),
    "conference_unique_edition": (None, "This series already has an edition in that year."),
    "dealparty_one_role_per_company": (
        "company",
        "This company is already a party to the deal; give each company one role.",
    ),
    "dealparty_one_undisclosed_per_role": (
        "company",
        "A deal has at most one undisclosed party per role.",
    ),
    "dealterritory_region_xor_country": (
        None,
        "Choose either a region or a country for each territory line.",
    ),
    "dealterritory_unique_region": ("region", "This region is already in the deal's territory."),
    "dealterritory_unique_country": ("country", "This country is already in the deal's territory."),
    "dealevent_amount_has_currency": (
        "currency",
        "An event amount needs its currency, and a currency needs an amount.",
    ),
    "fxrate_positive": ("usd_per_unit", "A rate must be greater than zero."),
    "fxrate_currency_iso4217": ("currency", "Use an ISO 4217 currency code such as KRW."),
    "region_code_shape": ("code", "Use an upper-case code such as GREATER_CHINA."),
}


if TYPE_CHECKING:
    _FormBase = forms.ModelForm  # what the mixin is mixed into, for the type checker
else:
    _FormBase = object


class AnalystConstraintsMixin(_FormBase):
    """Validate DB constraints with analysts' messages instead of Django's generic one."""

    # Django's private ModelForm parts this mixin builds on (django-stubs leaves them out).
    _errors: ErrorDict | None
    _get_validation_exclusions: Callable[[], set[str]]
    _update_errors: Callable[[ValidationError], None]

    def validate_constraints(self) -> None:
        exclude = self._get_validation_exclusions()
        using = router.db_for_write(type(self.instance), instance=self.instance)
        already_said = self._messages_so_far()
        for model_class, constraints in self.instance.get_constraints():
            for constraint in constraints:
                try:
                    constraint.validate(model_class, self.instance, exclude=exclude, using=using)
                except ValidationError as error:
                    field, message = CONSTRAINT_MESSAGES.get(constraint.name, (None, None))
                    if message is None:
                        self._update_errors(error)
                        continue
                    if message in already_said:
                        continue
                    if field not in self.fields or field in exclude:
                        field = None
                    self.add_error(field, message)
                    already_said.add(message)

    def _messages_so_far(self) -> set[str]:
        said: set[str] = set()
        for errors in (self._errors or {}).values():
            said.update(str(e) for e in errors)
        return said


class AnalystModelForm(AnalystConstraintsMixin, forms.ModelForm):
    """Base of every deals admin form: constraint messages in words, currency codes upper-cased."""

    _CURRENCY_FIELDS = ("currency", "headline_currency")

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        # "usd" and " USD" are what people type; ISO 4217 codes are upper-case.
        for name in self._CURRENCY_FIELDS:
            if isinstance(cleaned.get(name), str):
                cleaned[name] = cleaned[name].strip().upper()
        slug = self.cleaned_data.get("slug")
        if slug and isinstance(slug, str):
            # "ａｂｃ" becomes "abc" (before the uniqueness check); lookalikes are refused.
            self.cleaned_data["slug"] = normalize_slug(slug)
            try:
                validate_slug(self.cleaned_data["slug"])
            except ValidationError as error:
                self.add_error("slug", error)
        return cleaned


# --- Sources added in the same save ------------------------------------------------------------
#
# A payment, the royalty, an event or the headline may cite a source the analyst is adding on
# the same page. Its picker offers, beside the deal's saved sources, "New source 1 (added
# below)"…: the value ``new-<i>`` names the form ``sources-<i>`` of the Source inline, and the
# admin saves the sources first and then links the rows to them (DealAdmin.save_related).

SOURCES_PREFIX = "sources"  # the Source inline's formset prefix (Source.deal's related_name)
NEW_SOURCE = "new-"
NEW_SOURCE_CHOICES = 3  # new sources offered in a picker: a press text rarely cites more


def source_choices(deal: Deal) -> list[tuple[Any, str]]:
    """The deal's saved sources, then the new ones its page may be adding."""
    saved = list(Source.objects.filter(deal=deal)) if deal.pk else []
    new = [
        (f"{NEW_SOURCE}{len(saved) + k}", f"New source {k + 1} (being added below)")
        for k in range(NEW_SOURCE_CHOICES)
    ]
    return [("", "---------"), *((s.pk, str(s)) for s in saved), *new]


class DealSourceField(forms.ModelChoiceField):
    """One of the deal's sources, or ``new-<i>``: the source the page's form i is adding.

    A new source cleans to ``None`` (it has no row yet) and its form index is kept in
    ``new_index`` until the admin has saved the sources and can link the row to it.
    """

    new_index: int | None = None

    def clean(self, value: Any) -> Any:
        self.new_index = None
        if isinstance(value, str) and value.startswith(NEW_SOURCE):
            index = value.removeprefix(NEW_SOURCE)
            if not index.isdigit():
                raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
            self.new_index = int(index)
            return None
        return super().clean(value)


def use_deal_sources(form: forms.BaseForm, name: str, deal: Deal, choices: list) -> None:
    """Make ``form``'s source field pick among ``deal``'s sources and the ones being added."""
    old = form.fields.get(name)
    if not isinstance(old, forms.ModelChoiceField):
        return  # left out of this form
    field = DealSourceField(
        queryset=Source.objects.filter(deal=deal) if deal.pk else Source.objects.none(),
        required=False,
        label=old.label,
        help_text=old.help_text,
        widget=old.widget,
    )
    # Listed once per formset, not once per row: the queryset still validates input.
    field.widget.choices = choices
    form.fields[name] = field


def check_new_source(form: forms.BaseForm, name: str) -> None:
    """A row citing "new source i" needs that source form filled in and kept."""
    field = form.fields.get(name)
    if not isinstance(field, DealSourceField) or field.new_index is None:
        return
    prefix = f"{SOURCES_PREFIX}-{field.new_index}-"
    if not str(form.data.get(f"{prefix}url", "")).strip() or form.data.get(f"{prefix}DELETE"):
        form.add_error(
            name,
            "That new source is not being added (no URL in its form below): fill in its "
            "URL, or pick another source.",
        )


STALE_DEAL = (
    "This deal was changed by someone else (in the admin or through the API) since you "
    "opened it. Open it again to see their changes, then redo yours."
)


class DealAdminForm(PreciseDatesMixin, AnalystModelForm):
    """The deal change form; the computed totals' definitions appear as their help text.

    ``loaded_version`` carries the version the analyst opened, so a save over a newer
    version (another analyst, an API client) is refused instead of silently undoing it.
    """

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    precise_dates = ("signed_on", "announced_on")
    # As analysts write them: "Jan 2026", "Q1 2026"; "$1.1B", "₩8.2T" (deals/typed.py).
    signed_on = PreciseDateField(required=False, label="Signed on")
    announced_on = PreciseDateField(required=False, label="Announced on")
    headline_amount = TypedAmountField(required=False)

    class Meta:
        model = Deal
        fields = (
            "title", "slug", "deal_type", "exclusive", "status", "visibility",
            "signed_on", "signed_on_precision", "announced_on", "announced_on_precision",
            "conference", "summary", "analyst_notes",
            "headline_amount", "headline_currency", "headline_source", "headline_quote",
        )  # fmt: skip
        help_texts = {
            "upfront_total": "Disclosed upfront cash + upfront equity, in USD.",
            "committed_total": "Every disclosed non-contingent payment, in USD.",
            "total_potential_total": (
                "The larger of the reported headline and the sum of disclosed payments, in USD "
                "(a partial breakdown never hides a larger reported total)."
            ),
            "headline_usd": (
                "The headline converted at the latest FX rate on or before the announcement "
                "date (the signing date when there is no announcement)."
            ),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not self.instance.pk and "visibility" in self.fields:
            # A new deal stays internal until an analyst decides to publish it.
            self.fields["visibility"].initial = Deal.Visibility.INTERNAL
        if "loaded_version" in self.fields and self.instance.pk:
            # From the database, not the instance: a history revert form is built from an
            # old copy, whose version (not kept in history) says nothing about today's.
            self.fields["loaded_version"].initial = (
                Deal.objects.filter(pk=self.instance.pk).values_list("version", flat=True).first()
            )
        # The headline's source must be one of this deal's sources (offering every source in
        # the database would be slow and an invitation to pick the wrong one), or one being
        # added below in the same save.
        use_deal_sources(self, "headline_source", self.instance, source_choices(self.instance))

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        take_currency(self, cleaned, "headline_amount", "headline_currency")
        check_new_source(self, "headline_source")
        loaded = cleaned.get("loaded_version")
        if self.instance.pk and loaded is not None:
            # The admin validates and saves inside one transaction; locking the row here
            # (PostgreSQL) keeps another writer out until this save has bumped the version.
            current = (
                Deal.objects.select_for_update()
                .filter(pk=self.instance.pk)
                .values_list("version", flat=True)
                .first()
            )
            if current is not None and current != loaded:
                raise ValidationError(STALE_DEAL, code="stale")
        return cleaned


class SourceForm(PreciseDatesMixin, AnalystModelForm):
    """A source of the deal; its publication date may be known only to the month ("Aug 2024")."""

    published_on = PreciseDateField(required=False, label="Published on")
    precise_dates = ("published_on",)

    class Meta:
        model = Source
        fields = (
            "url", "language", "publisher", "published_on", "published_on_precision", "title",
            "quote",
        )  # fmt: skip
        labels = {"published_on_precision": "Precision"}


class DealEventForm(PreciseDatesMixin, AnalystModelForm):
    """One event of the deal's life; "closed in February 2025" is typed "Feb 2025"."""

    date = PreciseDateField(required=False, label="Date")
    precise_dates = ("date",)

    class Meta:
        model = DealEvent
        fields = ("kind", "date", "date_precision", "description", "amount", "currency", "source")
        labels = {"date_precision": "Precision"}


class PaymentComponentForm(AnalystModelForm):
    """One payment row; milestones and CVRs are contingent whatever the checkbox says."""

    amount = TypedAmountField(required=False)

    class Meta:
        model = PaymentComponent
        fields = (
            "kind", "disclosed", "amount", "currency", "contingent", "source", "quote", "note",
            "order",
        )  # fmt: skip

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        # Mirror PaymentComponent.save() before the constraints are checked, so an analyst who
        # forgets to tick "contingent" on a milestone is not shown a constraint error.
        if cleaned.get("kind") in PaymentComponent.ALWAYS_CONTINGENT:
            cleaned["contingent"] = True
        take_currency(self, cleaned, "amount", "currency")
        return cleaned


class DealInlineFormSet(forms.BaseInlineFormSet):
    """Rows of one deal: sources offered are the deal's own; some values only once per deal.

    The database's conditional unique constraints (one role per company, one line per
    region or country) are not checked across a formset's rows by Django, and two new rows
    would each pass a per-row check, so without ``unique_per_deal`` the save would fail with
    an IntegrityError (a 500) instead of a form error.
    """

    unique_per_deal: tuple[tuple[str, str], ...] = ()

    @cached_property
    def _source_choices(self) -> list[tuple[Any, str]]:
        return source_choices(self.instance)

    def add_fields(self, form: forms.ModelForm, index: int | None) -> None:
        super().add_fields(form, index)
        use_deal_sources(form, "source", self.instance, self._source_choices)
        deleted = form.is_bound and bool(form.data.get(form.add_prefix(DELETION_FIELD_NAME)))
        for field in form.fields.values():
            if isinstance(field, CreatableModelChoiceField):
                field.row_deleted = self.can_delete and deleted

    def clean(self) -> None:
        super().clean()
        for form in self.forms:
            if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE"):
                check_new_source(form, "source")
        for name, message in self.unique_per_deal:
            seen: set[object] = set()
            for form in self.forms:
                data = getattr(form, "cleaned_data", None)
                if not data or data.get("DELETE") or not form.is_valid():
                    continue
                value = data.get(name)
                if value in (None, ""):
                    continue
                if value in seen:
                    form.add_error(name, message)
                seen.add(value)


class DealPartyFormSet(DealInlineFormSet):
    unique_per_deal = (("company", CONSTRAINT_MESSAGES["dealparty_one_role_per_company"][1]),)

    def clean(self) -> None:
        super().clean()
        # The conditional unique constraint across this formset's rows, which Django checks
        # one row at a time against the database only.
        message = CONSTRAINT_MESSAGES["dealparty_one_undisclosed_per_role"][1]
        roles: set[str] = set()
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE") or data.get("company") or not data.get("role"):
                continue
            if data["role"] in roles:
                form.add_error("company", message)
            roles.add(data["role"])


class DealTerritoryFormSet(DealInlineFormSet):
    unique_per_deal = (
        ("region", CONSTRAINT_MESSAGES["dealterritory_unique_region"][1]),
        ("country", CONSTRAINT_MESSAGES["dealterritory_unique_country"][1]),
    )
