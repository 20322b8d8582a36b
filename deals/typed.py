"""Amounts and dates as analysts type them, for the admin and the intake forms.

"$1.1B", "1.1 billion", "₩8.2T", "50M" and "1,100,000,000" are all amounts an analyst writes;
the form reads them with the extractor's money grammar (one grammar for text and forms) and
shows the value back in full ("1,100,000,000") so a slipped scale is seen before saving.
Dates take "Jan 2026" and "Q1 2026" with their precision (deals/dates.py). Anything that
cannot be read is a form error naming what was typed; nothing is guessed.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from django import forms

from deals.dates import format_precise, parse_precise

_BARE_SCALE = {"k": 10**3, "m": 10**6, "mm": 10**6, "b": 10**9, "bn": 10**9, "t": 10**12}
_BARE = re.compile(
    r"(?P<num>-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))\s*(?P<scale>[a-z]{0,2})"
)


def parse_amount(text: str) -> tuple[Decimal, str | None]:
    """(amount, currency or None) for an amount typed by an analyst; ``ValueError`` otherwise."""
    from deals.intake.extraction.amounts import parse_money

    raw = " ".join(str(text).split())
    if not raw:
        raise ValueError("Enter an amount.")
    # A lone "T" after a currency symbol is trillions ("₩8.2T"), as analysts write it.
    spelled = re.sub(r"(?<=\d)\s?[tT](?![A-Za-z])", " trillion", raw)
    found = parse_money(spelled)
    if len(found) == 1 and found[0].text.strip() == spelled.strip(" .").strip():
        return found[0].amount, found[0].currency
    m = _BARE.fullmatch(raw.lower().replace(" million", "m").replace(" billion", "b").replace(
        " trillion", "t").replace(" thousand", "k"))  # fmt: skip
    if m and (m["scale"] in _BARE_SCALE or not m["scale"]):
        try:
            value = Decimal(m["num"].replace(",", ""))
        except InvalidOperation:  # pragma: no cover - the pattern only lets digits through
            raise ValueError(f"“{raw}” is not an amount.") from None
        return value * _BARE_SCALE.get(m["scale"], 1), None
    raise ValueError(
        f"“{raw}” is not an amount: write 1100000000, 1.1B, $1.1B, 1.1 billion, 50M or ₩8.2T."
    )


def full(amount: Decimal) -> str:
    """The amount in full, with thousands separators and no trailing zero cents."""
    text = f"{amount:,.2f}"
    return text[:-3] if text.endswith(".00") else text


class TypedAmountField(forms.DecimalField):
    """A money amount typed as an analyst writes it; the currency it names is kept.

    ``typed_currency`` on the field's form (``form.typed_currencies[name]``) lets the form
    fill or check its currency field.
    """

    widget = forms.TextInput

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max_digits", 20)
        kwargs.setdefault("decimal_places", 2)
        super().__init__(*args, **kwargs)
        self.last_currency: str | None = None
        if not self.help_text:
            self.help_text = "As written: 1.1B, $1.1B, 1.1 billion, 50M, ₩8.2T."

    def to_python(self, value: Any) -> Decimal | None:  # type: ignore[override]
        self.last_currency = None
        if value in self.empty_values:
            return None
        if isinstance(value, Decimal | int):
            return Decimal(value)
        try:
            amount, currency = parse_amount(str(value))
        except ValueError as error:
            raise forms.ValidationError(str(error), code="invalid") from None
        self.last_currency = currency
        return amount

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, Decimal | int | float) and not isinstance(value, bool):
            return full(Decimal(str(value)))
        if isinstance(value, str):
            try:
                return full(Decimal(value))
            except InvalidOperation:
                return value
        return value

    def widget_attrs(self, widget: forms.Widget) -> dict[str, Any]:
        attrs = super().widget_attrs(widget)
        attrs.pop("step", None)
        attrs.update({"inputmode": "decimal", "autocomplete": "off"})
        return attrs


def take_currency(
    form: forms.BaseForm, cleaned: dict[str, Any], amount_field: str, currency_field: str
) -> None:
    """Fill an empty currency from a typed "$"/"₩"; refuse one that disagrees with it."""
    field = form.fields.get(amount_field)
    typed = getattr(field, "last_currency", None)
    if not typed or cleaned.get(amount_field) is None:
        return
    current = (cleaned.get(currency_field) or "").strip().upper()
    if not current:
        cleaned[currency_field] = typed
        form.errors.pop(currency_field, None)
    elif current != typed:
        form.add_error(
            currency_field,
            f"The amount is written in {typed} but the currency says {current}; correct one.",
        )


class PreciseDateField(forms.CharField):
    """A date typed as the source gives it: "2026-01-12", "Jan 2026", "Q1 2026", "2026".

    Cleans to the period's first day; the precision read is left in ``last_precision``.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", forms.TextInput(attrs={"maxlength": 40, "size": 14}))
        kwargs.setdefault("help_text", "2026-01-12, 12 Jan 2026, Jan 2026, Q1 2026 or 2026.")
        super().__init__(*args, **kwargs)
        self.last_precision = "day"

    def to_python(self, value: Any) -> date | None:  # type: ignore[override]
        self.last_precision = "day"
        if isinstance(value, date):
            return value
        text = super().to_python(value)
        if not text:
            return None
        try:
            parsed, self.last_precision = parse_precise(text)
        except ValueError as error:
            raise forms.ValidationError(str(error), code="invalid") from None
        return parsed

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, date):
            return value.isoformat()
        return value


def show_precise(value: date | None, precision: str) -> str:
    """What a precise-date input shows for a stored date: "2026-01-12", "Jan 2026"."""
    if value is None:
        return ""
    return value.isoformat() if precision == "day" else format_precise(value, precision)


class PreciseDatesMixin(forms.ModelForm):
    """A model form whose dates in ``precise_dates`` are typed as the source gives them.

    Each name has a ``<name>_precision`` model field beside it and is declared on the form as a
    :class:`PreciseDateField`. A stored date is shown back as typed ("Jan 2026", not
    2026-01-01); "Jan 2026" typed with the precision left at "day" means the month, while a
    day typed with "month" chosen keeps the month (the model stores the period's first day).
    One home for the deal's dates, an event's and a source's.
    """

    precise_dates: tuple[str, ...] = ()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in self.precise_dates:
            if self.instance.pk and name in self.fields and self.add_prefix(name) not in self.data:
                self.initial[name] = show_precise(
                    getattr(self.instance, name), getattr(self.instance, f"{name}_precision")
                )

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean() or self.cleaned_data
        for name in self.precise_dates:
            field, precision = self.fields.get(name), f"{name}_precision"
            if (
                isinstance(field, PreciseDateField)
                and cleaned.get(name)
                and (field.last_precision != "day" or self.add_prefix(precision) not in self.data)
            ):
                cleaned[precision] = field.last_precision
        return cleaned
