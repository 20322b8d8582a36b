"""django-import-export resources: companies, assets, conferences and deals as flat rows.

The layouts are documented in docs/import.md. Rows are matched by slug, so a file exported
from one DealScope imports into another. Every resource:
- escapes exported text that a spreadsheet would run as a formula (= + - @ tab CR) with a
  leading apostrophe, and removes that apostrophe again on import, so a round trip is exact;
- imports all or nothing: one invalid row rolls the whole file back (the admin's dry-run
  preview shows every row's errors before anything is written).
Deals are written through ``deals.services.save_deal``, the same function as the API, so an
import validates and records history (with the importing user) exactly like any other edit.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from import_export import fields, widgets
from import_export.instance_loaders import CachedInstanceLoader

from companies.models import (
    Asset,
    Company,
    Phase,
)
from core.resources import (
    LIST_SEPARATOR,
    CountryWidget,
    SafeResource,
    cell_text,
    choice_value,
    raw_text,
    split_list,
)
from core.spreadsheets import escape_formula
from deals import services
from deals.dates import iso_precise, parse_precise
from deals.models import (
    Conference,
    ConferenceSeries,
    Deal,
    DealParty,
    PaymentComponent,
    Source,
)

UNDISCLOSED = "undisclosed"
# import_instance() parses a row into save_deal()'s input and save_instance() saves it: the
# input rides on the instance in between, under this name (Deal does not declare it).
_IMPORT_DATA = "_import_data"
ROLE_COLUMNS = [role for role, _ in DealParty.Role.choices]
PAYMENT_COLUMNS = [kind for kind, _ in PaymentComponent.Kind.choices]


# --- Companies ----------------------------------------------------------------------------


# --- Assets --------------------------------------------------------------------------------


# --- Conferences ---------------------------------------------------------------------------


class SeriesWidget(widgets.ForeignKeyWidget):
    """A conference series by name; a new name starts a new series."""

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> ConferenceSeries | None:
        name = cell_text(value)
        if not name:
            return None
        return ConferenceSeries.objects.get_or_create(name=name)[0]


class ConferenceResource(SafeResource):
    """One row per conference edition; ``series`` by name."""

    series = fields.Field(
        attribute="series", column_name="series", widget=SeriesWidget(ConferenceSeries, "name")
    )
    country = fields.Field(attribute="country", column_name="country", widget=CountryWidget())

    class Meta:
        model = Conference
        import_id_fields = ("slug",)
        # One query finds every row's existing object, instead of one query per row.
        instance_loader_class = CachedInstanceLoader
        fields = (
            "slug", "name", "series", "year", "start_date", "end_date", "city", "country",
            "timezone", "website",
        )  # fmt: skip
        export_order = fields
        skip_unchanged = False

    def save_instance(self, instance: Conference, is_create: bool, row: Any, **kwargs: Any) -> None:
        self._stamp(instance, kwargs)
        super().save_instance(instance, is_create, row, **kwargs)


# --- Deals ---------------------------------------------------------------------------------

DEAL_COLUMNS = [
    "slug", "title", "deal_type", "status", "exclusive", "visibility", "signed_on",
    "announced_on", "conference", "summary", "analyst_notes",
    *ROLE_COLUMNS,
    "assets", "territory_included", "territory_excluded", "headline_amount",
    "headline_currency", "headline_quote", "headline_source",
    *PAYMENT_COLUMNS,
    "payment_details", "royalty_min_pct", "royalty_max_pct", "royalty_tiered",
    "royalty_wording", "royalty_disclosed", "royalty_source", "source_url", "source_publisher",
    "source_title", "source_published_on", "source_language", "source_quote", "more_sources",
    "events",
]  # fmt: skip


def _bool_text(value: bool | None) -> str:
    return "" if value is None else ("true" if value else "false")


def _parse_bool(value: Any, column: str) -> bool | None:
    text = cell_text(value).lower()
    if text in {"", "none", "unknown"}:
        return None
    if text in {"true", "yes", "1", "y"}:
        return True
    if text in {"false", "no", "0", "n"}:
        return False
    raise ValidationError({column: f"“{value}” is not true, false or empty."})


def _parse_deal_date(value: Any, column: str) -> dict[str, Any]:
    """``{column: date, column_precision: precision}`` from a date cell (a deal's dates, and
    through ``_parse_dated`` a source's or an event's).

    "2026-01-12" is a day, "2026-01" a month, "2026-Q1" a quarter and "2026" a year (as the
    export writes them, deals/dates.py ``iso_precise``); a spreadsheet's date cell is a day.
    """
    precision = f"{column}_precision"
    if value in (None, ""):
        return {column: None, precision: Deal.DatePrecision.DAY}
    if isinstance(value, date):
        day = value.date() if isinstance(value, datetime) else value
        return {column: day, precision: Deal.DatePrecision.DAY}
    text = cell_text(value)
    # A date cell read back as text: "2026-01-12 00:00:00".
    if len(text) > 10 and text[4] == "-" and text[10] in " T":
        text = text[:10]
    try:
        day, found = parse_precise(text)
    except ValueError:
        raise ValidationError(
            {column: f"“{value}” is not a date (YYYY-MM-DD, or YYYY-MM, YYYY-Qn, YYYY)."}
        ) from None
    return {column: day, precision: found}


PUBLISHED = "source_published_on"


def _parse_dated(value: Any, column: str, field: str) -> dict[str, Any]:
    """``{field: date, field_precision: precision}`` for a source's or an event's date read
    from ``column`` ("2024-08" is a month); errors name the column."""
    found = _parse_deal_date(value, column)
    return {field: found[column], f"{field}_precision": found[f"{column}_precision"]}


def _parse_decimal(value: Any, column: str) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        return Decimal(cell_text(value).replace(",", ""))
    except InvalidOperation:
        raise ValidationError({column: f"“{value}” is not a number."}) from None


def _money_text(p: PaymentComponent) -> str:
    text = f"{p.amount} {p.currency}" if p.disclosed else UNDISCLOSED
    if p.contingent and p.kind not in PaymentComponent.ALWAYS_CONTINGENT:
        text += " contingent"
    return text


def _source_dict(s: Source) -> dict[str, Any]:
    return {
        "url": s.url, "publisher": s.publisher, "title": s.title,
        # "2024-08" for a source known to its month (read back with that precision).
        "published_on": iso_precise(s.published_on, s.published_on_precision) or None,
        "language": s.language, "quote": s.quote,
    }  # fmt: skip


class DealResource(SafeResource):
    """One row per deal with its parties, assets, territory, money, royalty and sources.

    Parties: one column per role holding company slugs ("; "-separated); ``undisclosed`` for a
    counterparty not named; a name as reported follows in double quotes
    (``scineuro-pharmaceuticals "Sineuro"``). Assets: ``slug`` or ``slug (phase)``. Payments:
    one column per kind holding ``AMOUNT CURRENCY`` or ``undisclosed`` (plus `` contingent``
    where that is not implied). Further sources and the events are JSON lists.
    """

    class Meta:
        model = Deal
        import_id_fields = ("slug",)
        # One query finds every row's existing object, instead of one query per row.
        instance_loader_class = CachedInstanceLoader
        fields = tuple(DEAL_COLUMNS)
        export_order = tuple(DEAL_COLUMNS)
        skip_unchanged = False
        skip_diff = False

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # Every column is read and written here, not by import-export's field machinery.
        for name in DEAL_COLUMNS:
            # ...except the slug, which import-export needs as an attribute to find the deal.
            attribute = "slug" if name == "slug" else None
            self.fields[name] = fields.Field(attribute=attribute, column_name=name)

    def get_queryset(self) -> models.QuerySet[Deal]:
        return (
            Deal.objects.for_listing()
            .prefetch_related("sources", "events", "royalty")
            .order_by("pk")
        )

    def filter_export(
        self, queryset: models.QuerySet[Deal], **kwargs: Any
    ) -> models.QuerySet[Deal]:
        # The admin hands over its changelist (already visible_to the user); re-select those
        # deals with everything a row reads prefetched, so the export runs in a few queries.
        deals = self.get_queryset().filter(pk__in=queryset.values("pk"))
        # Internal deals leave only with a user allowed to see them.
        user = kwargs.get("user") or getattr(kwargs.get("request"), "user", None)
        if user is not None:
            deals = deals.filter(pk__in=Deal.objects.visible_to(user).values("pk"))
        return deals

    def export_field(self, field: fields.Field, instance: models.Model, **kwargs: Any) -> Any:
        assert isinstance(instance, Deal)  # Meta.model: this resource exports deals only
        return escape_formula(self._cell(field.column_name, instance))

    def _cell(self, column: str, deal: Deal) -> Any:
        if column in ROLE_COLUMNS:
            items = []
            for party in deal.parties.all():
                if party.role != column:
                    continue
                ref = party.company.slug if party.company is not None else UNDISCLOSED
                items.append(f'{ref} "{party.name_as_reported}"' if party.name_as_reported else ref)
            return LIST_SEPARATOR.join(items)
        if column in PAYMENT_COLUMNS:
            return LIST_SEPARATOR.join(
                _money_text(p) for p in deal.payments.all() if p.kind == column
            )
        if column == "payment_details":
            # Quote, note and source of each payment, in the order the payment columns list them.
            ordered = [p for kind in PAYMENT_COLUMNS for p in deal.payments.all() if p.kind == kind]
            details = [
                {
                    "quote": p.quote,
                    "note": p.note,
                    "source": p.source.url if p.source is not None else "",
                }
                for p in ordered
            ]
            if not any(any(d.values()) for d in details):
                return ""
            return json.dumps(details, ensure_ascii=False)
        royalty = getattr(deal, "royalty", None) if column.startswith("royalty_") else None
        sources = list(deal.sources.all()) if column.startswith(("source_", "more_sources")) else []
        match column:
            case "exclusive":
                return _bool_text(deal.exclusive)
            case "signed_on" | "announced_on":
                # "2026-01" for a month-precision date: the file says no more than the source.
                return iso_precise(getattr(deal, column), getattr(deal, f"{column}_precision"))
            case "conference":
                return deal.conference.slug if deal.conference is not None else ""
            case "assets":
                return LIST_SEPARATOR.join(
                    f"{da.asset.slug} ({da.phase_at_signing})"
                    if da.phase_at_signing
                    else da.asset.slug
                    for da in deal.deal_assets.all()
                )
            case "territory_included" | "territory_excluded":
                excluded = column.endswith("excluded")
                return LIST_SEPARATOR.join(
                    t.code for t in deal.territories.all() if t.excluded == excluded
                )
            case "headline_amount":
                return "" if deal.headline_amount is None else str(deal.headline_amount)
            case "royalty_min_pct" | "royalty_max_pct":
                value = getattr(royalty, column.removeprefix("royalty_"), None) if royalty else None
                return "" if value is None else str(value)
            case "royalty_tiered" | "royalty_disclosed":
                if royalty is None:
                    return ""
                return _bool_text(getattr(royalty, column.removeprefix("royalty_")))
            case "royalty_wording":
                return royalty.wording if royalty else ""
            case "royalty_source":
                return royalty.source.url if royalty and royalty.source is not None else ""
            case "headline_source":
                return deal.headline_source.url if deal.headline_source is not None else ""
            case (
                "source_url"
                | "source_publisher"
                | "source_title"
                | "source_language"
                | "source_quote"
            ):
                return getattr(sources[0], column.removeprefix("source_")) if sources else ""
            case "source_published_on":
                if not sources:
                    return ""
                return iso_precise(sources[0].published_on, sources[0].published_on_precision)
            case "more_sources":
                return (
                    json.dumps([_source_dict(s) for s in sources[1:]], ensure_ascii=False)
                    if len(sources) > 1
                    else ""
                )
            case "events":
                events = [
                    {
                        "kind": e.kind,
                        "date": iso_precise(e.date, e.date_precision) or None,
                        "description": e.description,
                        "amount": str(e.amount) if e.amount is not None else None,
                        "currency": e.currency,
                    }
                    for e in deal.events.all()
                ]
                return json.dumps(events, ensure_ascii=False) if events else ""
        return raw_text(getattr(deal, column))

    # Import ------------------------------------------------------------------------------

    def import_instance(self, instance: Deal, row: dict[str, Any], **kwargs: Any) -> None:
        """Parse the row into ``save_deal`` input; every problem is reported by its column."""
        errors: dict[str, list[str]] = {}

        def attempt(column: str, parse: Any) -> Any:
            try:
                return parse()
            except ValidationError as error:
                for key, messages in error.message_dict.items():
                    errors.setdefault(key, []).extend(messages)
            except (ValueError, KeyError) as error:
                errors.setdefault(column, []).append(str(error))
            return None

        data: dict[str, Any] = {
            "slug": cell_text(row.get("slug")),
            "title": raw_text(row.get("title")),
            "deal_type": attempt(
                "deal_type",
                lambda: choice_value(row.get("deal_type"), Deal.Type.choices, "deal_type"),
            ),
            "status": attempt(
                "status", lambda: choice_value(row.get("status"), Deal.Status.choices, "status")
            ),
            "visibility": attempt(
                "visibility",
                lambda: choice_value(
                    row.get("visibility") or "public", Deal.Visibility.choices, "visibility"
                ),
            ),
            "exclusive": attempt(
                "exclusive", lambda: _parse_bool(row.get("exclusive"), "exclusive")
            ),
            # Each date with its precision ("2026-01" is a month): two keys of save_deal input.
            **(
                attempt("signed_on", lambda: _parse_deal_date(row.get("signed_on"), "signed_on"))
                or {}
            ),
            **(
                attempt(
                    "announced_on",
                    lambda: _parse_deal_date(row.get("announced_on"), "announced_on"),
                )
                or {}
            ),
            "summary": raw_text(row.get("summary")),
            "analyst_notes": raw_text(row.get("analyst_notes")),
            "conference": attempt("conference", lambda: self._conference(row.get("conference"))),
            "parties": attempt("parties", lambda: self._parties(row)),
            "assets": attempt("assets", lambda: self._assets(row.get("assets"))),
            "territory": {
                "included": [c.upper() for c in split_list(row.get("territory_included"))],
                "excluded": [c.upper() for c in split_list(row.get("territory_excluded"))],
            },
            "payments": attempt("payments", lambda: self._payments(row)),
            "royalty": attempt("royalty", lambda: self._royalty(row)),
            "sources": attempt("sources", lambda: self._sources(row)),
            "events": attempt("events", lambda: self._events(row.get("events"))),
        }
        amount = attempt(
            "headline_amount", lambda: _parse_decimal(row.get("headline_amount"), "headline_amount")
        )
        currency = cell_text(row.get("headline_currency")).upper()
        data["headline_value"] = (
            {"amount": amount, "currency": currency, "quote": raw_text(row.get("headline_quote"))}
            if amount is not None or currency
            else None
        )
        details = attempt(
            "payment_details",
            lambda: self._json_list(row.get("payment_details"), "payment_details"),
        )
        if details and data["payments"] is not None:
            if len(details) != len(data["payments"]):
                errors.setdefault("payment_details", []).append(
                    f"Lists {len(details)} payments but the payment columns hold "
                    f"{len(data['payments'])}."
                )
            for payment, detail in zip(data["payments"], details, strict=False):
                payment.update({k: detail.get(k) or "" for k in ("quote", "note")})
                payment["source"] = detail.get("source") or None
        if data["headline_value"] and cell_text(row.get("headline_source")):
            data["headline_value"]["source"] = cell_text(row.get("headline_source"))
        if data["royalty"] and cell_text(row.get("royalty_source")):
            data["royalty"]["source"] = cell_text(row.get("royalty_source"))
        if not data["slug"]:
            errors.setdefault("slug", []).append("Every deal row needs a slug.")
        if errors:
            raise ValidationError(errors)
        setattr(instance, _IMPORT_DATA, data)

    def _conference(self, value: Any) -> Conference | None:
        slug = cell_text(value)
        if not slug:
            return None
        conference = Conference.objects.filter(slug=slug).first()
        if conference is None:
            raise ValidationError(
                {"conference": f"No conference has the slug “{slug}” (import conferences first)."}
            )
        return conference

    def _parties(self, row: dict[str, Any]) -> list[dict[str, Any]]:
        parties, problems = [], []
        for role in ROLE_COLUMNS:
            for item in split_list(row.get(role)):
                ref, _, reported = item.partition(' "')
                ref, reported = ref.strip(), reported.rstrip('"')
                company = None
                if ref != UNDISCLOSED:
                    company = Company.objects.filter(slug=ref).first()
                    if company is None:
                        problems.append(
                            f"{role}: no company has the slug “{ref}” (import companies first)."
                        )
                parties.append({"role": role, "company": company, "name_as_reported": reported})
        if problems:
            raise ValidationError({"parties": problems})
        return parties

    def _assets(self, value: Any) -> list[dict[str, Any]]:
        out, problems = [], []
        phases = set(Phase.values)  # DealAsset.phase_at_signing's choices
        for item in split_list(value):
            slug, _, phase = item.partition(" (")
            phase = phase.rstrip(")").strip()
            asset = Asset.objects.filter(slug=slug.strip()).first()
            if asset is None:
                problems.append(f"No asset has the slug “{slug.strip()}” (import assets first).")
            elif phase and phase not in phases:
                problems.append(f"“{phase}” is not a phase ({', '.join(sorted(phases))}).")
            out.append({"asset": asset, "phase_at_signing": phase})
        if problems:
            raise ValidationError({"assets": problems})
        return out

    def _payments(self, row: dict[str, Any]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        errors: dict[str, list[str]] = {}
        for kind in PAYMENT_COLUMNS:
            for item in split_list(row.get(kind)):
                words = item.split()
                contingent = None
                if words and words[-1].lower() == "contingent":
                    contingent, words = True, words[:-1]
                if [w.lower() for w in words] == [UNDISCLOSED]:
                    out.append(
                        {
                            "kind": kind,
                            "disclosed": False,
                            "amount": None,
                            "currency": "",
                            "contingent": contingent,
                        }
                    )
                    continue
                if len(words) != 2:
                    errors.setdefault(kind, []).append(
                        f"“{item}” is not “AMOUNT CURRENCY” or “undisclosed”."
                    )
                    continue
                amount = _parse_decimal(words[0], kind)
                currency = words[1].upper()
                out.append(
                    {"kind": kind, "disclosed": True, "amount": amount, "currency": currency,
                     "contingent": contingent}
                )  # fmt: skip
        if errors:
            raise ValidationError(errors)
        return out

    def _royalty(self, row: dict[str, Any]) -> dict[str, Any] | None:
        columns = (
            "royalty_min_pct",
            "royalty_max_pct",
            "royalty_tiered",
            "royalty_wording",
            "royalty_disclosed",
        )
        if not any(cell_text(row.get(c)) for c in columns):
            return None
        return {
            "min_pct": _parse_decimal(row.get("royalty_min_pct"), "royalty_min_pct"),
            "max_pct": _parse_decimal(row.get("royalty_max_pct"), "royalty_max_pct"),
            "tiered": _parse_bool(row.get("royalty_tiered"), "royalty_tiered"),
            "wording": raw_text(row.get("royalty_wording")),
            "disclosed": bool(_parse_bool(row.get("royalty_disclosed"), "royalty_disclosed")),
        }

    def _sources(self, row: dict[str, Any]) -> list[dict[str, Any]]:
        sources = []
        if cell_text(row.get("source_url")):
            sources.append({
                "url": cell_text(row.get("source_url")),
                "publisher": raw_text(row.get("source_publisher")),
                "title": raw_text(row.get("source_title")),
                **_parse_dated(row.get(PUBLISHED), PUBLISHED, "published_on"),
                "language": cell_text(row.get("source_language")) or "en",
                "quote": raw_text(row.get("source_quote")),
            })  # fmt: skip
        for item in self._json_list(row.get("more_sources"), "more_sources"):
            sources.append(
                {**item, **_parse_dated(item.get("published_on"), "more_sources", "published_on")}
            )
        return sources

    @staticmethod
    def _json_list(value: Any, column: str) -> list[dict[str, Any]]:
        text = cell_text(value)
        if not text:
            return []
        try:
            items = json.loads(text)
        except ValueError:
            items = None
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise ValidationError({column: "Must be a JSON list of objects."})
        return items

    def _events(self, value: Any) -> list[dict[str, Any]]:
        events = self._json_list(value, "events")
        return [
            {
                **e,
                **_parse_dated(e.get("date"), "events", "date"),
                "amount": _parse_decimal(e.get("amount"), "events"),
            }
            for e in events
        ]

    def validate_instance(
        self,
        instance: Deal,
        import_validation_errors: dict | None = None,
        validate_unique: bool = True,
    ) -> None:
        # save_deal() runs every model's full_clean(); here only the parse errors count.
        if import_validation_errors:
            raise ValidationError(import_validation_errors)

    def save_instance(self, instance: Deal, is_create: bool, row: Any, **kwargs: Any) -> None:
        data = getattr(instance, _IMPORT_DATA)
        user = kwargs.get("user")
        try:
            saved = services.save_deal(
                data,
                deal=None if is_create else instance,
                user=user,
                change_reason=f"Imported from {kwargs.get('file_name') or 'a file'}",
            )
        except services.DealInputError as error:
            raise ValidationError(_flatten_errors(error.errors)) from None
        instance.pk = saved.pk
        instance.slug = saved.slug

    def save_m2m(self, instance: Deal, row: Any, **kwargs: Any) -> None:
        """Nothing: save_deal() wrote the related rows."""


def _flatten_errors(errors: dict[str, Any]) -> dict[str, list[str]]:
    """save_deal's nested errors as {column: [messages]} for the row's error list."""
    out: dict[str, list[str]] = {}

    def walk(value: Any, key: str, trail: str) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, key, f"{trail}{k} " if not k.isdigit() else f"{trail}#{int(k) + 1} ")
        elif isinstance(value, list):
            for v in value:
                walk(v, key, trail)
        else:
            out.setdefault(key, []).append(f"{trail}{value}".strip())

    for key, value in errors.items():
        walk(value, key, "")
    return out
