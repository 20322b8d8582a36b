"""Writes that touch several models: USD recomputation and (later) deal intake and import.

Every write path (admin, API, importer, demo loader) calls these, so validation and history
are the same whichever door the data comes in by.
"""

from collections.abc import Mapping
from datetime import date
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models, transaction
from django.db.models import F, Q

from core.history import set_change_reason, set_history_user
from core.slugs import normalize_slug, validate_slug

from . import fx, limits
from .models import Deal, PaymentComponent
from .models.terms import SELLER_ROLES


def recompute_usd(deal: Deal) -> None:
    """Recompute the USD value of the deal's headline and of every disclosed component."""
    on = deal.fx_date
    headline_usd = fx.to_usd(deal.headline_amount, deal.headline_currency, on)
    if headline_usd != deal.headline_amount_usd:
        Deal.objects.filter(pk=deal.pk).update(headline_amount_usd=headline_usd)
        deal.headline_amount_usd = headline_usd
    changed = []
    for component in deal.payments.all():
        usd = fx.to_usd(component.amount, component.currency, on) if component.disclosed else None
        if usd != component.amount_usd:
            component.amount_usd = usd
            changed.append(component)
    if changed:
        PaymentComponent.objects.bulk_update(changed, ["amount_usd"])
    # bulk_update() sends no signals: rewrite the stored measures here.
    deal.refresh_totals()


@transaction.atomic
def recompute_usd_for_currency(currency: str, since: date) -> int:
    """Recompute the deals whose money is in ``currency`` and dated on or after ``since``."""
    uses_currency = Q(headline_currency=currency) | Q(payments__currency=currency)
    dated = Q(announced_on__gte=since) | Q(announced_on__isnull=True, signed_on__gte=since)
    deals = Deal.objects.filter(uses_currency, dated).distinct().prefetch_related("payments")
    count = 0
    for deal in deals:
        recompute_usd(deal)
        count += 1
    return count


# --- deal intake: one deal with all its terms, in one transaction --------------------------
#
# The API's POST/PUT/PATCH, and any other door that receives a whole deal (an import row, an
# accepted extraction), call save_deal(). It runs each model's full_clean(), so a request is
# refused with field errors for exactly what the database constraints would refuse, and it
# replaces each nested collection as a whole, so a client sends what the deal *is* rather
# than a list of edits.

# Deal columns a caller may set directly (``conference`` takes a Conference or None).
DEAL_SCALAR_FIELDS = (
    "title", "slug", "deal_type", "status", "exclusive", "visibility", "signed_on",
    "announced_on", "signed_on_precision", "announced_on_precision", "summary", "analyst_notes",
    "conference",
)  # fmt: skip
# Deal columns whose errors belong to the nested "headline_value" object of the input.
_HEADLINE_FIELDS = {
    "headline_amount": "amount",
    "headline_currency": "currency",
    "headline_quote": "quote",
    "headline_source": "source",
}


class DealInputError(Exception):
    """The input cannot be saved; ``errors`` mirrors the input's shape.

    Nested lists report by position as strings, as DRF does: ``{"payments": {"1": {...}}}``.
    """

    def __init__(self, errors: dict[str, Any]) -> None:
        super().__init__("The deal is invalid.")
        self.errors = errors


def _messages(error: ValidationError) -> dict[str, list[str]]:
    """A Django ValidationError as {field: [messages]} with ``non_field_errors`` for the rest."""
    if hasattr(error, "error_dict"):
        return {
            ("non_field_errors" if field == NON_FIELD_ERRORS else field): messages
            for field, messages in error.message_dict.items()
        }
    return {"non_field_errors": error.messages}


def _messages_of(validator: Any, value: Any, field: str) -> dict[str, list[str]]:
    """``{field: messages}`` when ``validator(value)`` refuses ``value``, else ``{}``."""
    try:
        validator(value)
    except ValidationError as error:
        return {field: error.messages}
    return {}


def _validate(obj: models.Model, exclude: tuple[str, ...] = ()) -> dict[str, list[str]]:
    try:
        obj.full_clean(exclude=list(exclude))
    except ValidationError as error:
        return _messages(error)
    return {}


def _saved[M: models.Model](obj: M, user: Any) -> M:
    # The history middleware knows the user inside a request; outside one (a command, an
    # import) the caller's user is stamped explicitly so every history row names someone.
    if user is not None and getattr(user, "is_authenticated", False):
        set_history_user(obj, user)
    obj.save()
    return obj


def _territory_line(code: str) -> dict[str, Any] | str:
    """A DealTerritory's fields for ``code`` (region code or ISO country), or an error message."""
    from django_countries import countries

    from .models import Region

    text = str(code).strip().upper()
    region = Region.objects.filter(code=text).first()
    if region is not None:
        return {"region": region}
    if len(text) == 2 and text in countries:
        return {"country": text}
    return (
        f"“{code}” is neither a region code (e.g. WW, GREATER_CHINA) nor an ISO 3166-1 "
        "alpha-2 country code."
    )


def _item_errors(errors: list[dict[str, Any]]) -> dict[str, dict[str, Any]] | None:
    # Keyed by position, like DRF's own errors for nested lists: {"1": {"amount": [...]}}.
    return {str(i): found for i, found in enumerate(errors) if found} or None


@transaction.atomic
def save_deal(
    data: Mapping[str, Any],
    *,
    deal: Deal | None = None,
    user: Any = None,
    change_reason: str = "",
) -> Deal:
    """Create (``deal=None``) or update a deal with its nested terms, all or nothing.

    ``data`` holds any of :data:`DEAL_SCALAR_FIELDS` plus the nested parts, named as in the
    API: ``headline_value`` ({amount, currency, quote, source} or None), ``parties``
    ([{role, company, name_as_reported}]), ``assets`` ([{asset, phase_at_signing}]),
    ``territory`` ({included: [codes], excluded: [codes]}), ``payments``, ``royalty`` (or
    None), ``sources`` and ``events``. A ``source`` inside a payment, the headline, the royalty
    or an event is the URL of one of the deal's sources.

    A key that is absent leaves that part unchanged (PATCH); a present key replaces it whole.
    Sources are matched by URL, so references to an unchanged source survive an update.
    Every update increments ``Deal.version``. Raises :class:`DealInputError` (and rolls back)
    when anything fails validation, or before anything is written when a nested part holds
    more items than ``deals/limits.py`` allows; the database is never left half-written.
    """
    from .models import DealAsset, DealEvent, DealParty, DealTerritory, Royalty, Source

    over_limit = limits.too_many(data)
    if over_limit:
        raise DealInputError(over_limit)
    creating = deal is None
    deal = Deal() if deal is None else deal
    errors: dict[str, Any] = {}

    for field in DEAL_SCALAR_FIELDS:
        if field in data:
            value = data[field]
            if field == "slug" and not value:
                continue  # keep the current slug, or generate one below
            if field == "slug":
                value = normalize_slug(value)  # "ａｂｃ" is "abc", not a second URL
                errors.update(_messages_of(validate_slug, value, "slug"))
            setattr(deal, field, value)
    headline = data.get("headline_value", ...)
    if headline is not ...:
        headline = headline or {}
        deal.headline_amount = headline.get("amount")
        deal.headline_currency = headline.get("currency") or ""
        deal.headline_quote = headline.get("quote") or ""
        deal.headline_source = None  # resolved once the sources are saved
    if creating and user is not None and getattr(user, "is_authenticated", False):
        deal.created_by = user
    if not deal.slug and deal.title:
        from companies.names import unique_slug

        deal.slug = unique_slug(deal, deal.title)
    if change_reason:
        set_change_reason(deal, change_reason)

    for field, messages in _validate(deal, exclude=("headline_source", "created_by")).items():
        if field in errors:
            continue  # already said
        if field in _HEADLINE_FIELDS:
            errors.setdefault("headline_value", {})[_HEADLINE_FIELDS[field]] = messages
        else:
            errors[field] = messages
    if errors:
        raise DealInputError(errors)
    _saved(deal, user)

    # Sources first: the other parts point at them by URL.
    if "sources" in data:
        existing = {source.url: source for source in deal.sources.all()}
        item_errors: list[dict[str, Any]] = []
        kept: set[str] = set()
        for item in data["sources"]:
            url = item.get("url", "")
            source = existing.get(url) or Source(deal=deal)
            for attr in ("url", "publisher", "title", "language", "quote"):
                if attr in item:
                    setattr(source, attr, item[attr] or "")
            if "published_on" in item:
                # A date sent without its precision is a day, as for the deal's own dates (a
                # corrected "2024-08-12" must not keep an earlier "month").
                source.published_on = item["published_on"]
                source.published_on_precision = item.get("published_on_precision") or "day"
            elif "published_on_precision" in item:
                source.published_on_precision = item["published_on_precision"] or "day"
            if url in kept:
                item_errors.append({"url": ["This URL is listed twice."]})
                continue
            found = _validate(source)
            item_errors.append(found)
            if not found:
                _saved(source, user)
                kept.add(source.url)
        for url, source in existing.items():
            if url not in kept:
                source.delete()
        if _item_errors(item_errors):
            errors["sources"] = _item_errors(item_errors)
    sources = {source.url: source for source in deal.sources.all()}

    def resolve_source(url: str | None, into: dict[str, Any]) -> Source | None:
        if not url:
            return None
        if url not in sources:
            into["source"] = [f"“{url}” is not one of this deal's sources."]
            return None
        return sources[url]

    if headline is not ... and headline.get("source"):
        source_errors: dict[str, Any] = {}
        deal.headline_source = resolve_source(headline["source"], source_errors)
        if source_errors:
            errors.setdefault("headline_value", {}).update(source_errors)
        else:
            Deal.objects.filter(pk=deal.pk).update(headline_source=deal.headline_source)

    if "parties" in data:
        deal.parties.all().delete()
        item_errors = []
        companies: set[int] = set()
        undisclosed_roles: set[str] = set()
        for order, item in enumerate(data["parties"]):
            party = DealParty(
                deal=deal,
                role=item.get("role", ""),
                company=item.get("company"),
                name_as_reported=item.get("name_as_reported") or "",
                order=order,
            )
            if party.company_id is not None and party.company_id in companies:
                item_errors.append({"company": ["A company takes one role per deal."]})
                continue
            if party.company_id is None and party.role in undisclosed_roles:
                message = f"Only one undisclosed {party.role} per deal."
                item_errors.append({"company": [message]})
                continue
            if party.company_id is None:
                undisclosed_roles.add(party.role)
            else:
                companies.add(party.company_id)
            found = _validate(party)
            item_errors.append(found)
            if not found:
                _saved(party, user)
        if _item_errors(item_errors):
            errors["parties"] = _item_errors(item_errors)

    if "assets" in data:
        deal.deal_assets.all().delete()
        item_errors = []
        assets: set[int] = set()
        for item in data["assets"]:
            deal_asset = DealAsset(
                deal=deal,
                asset=item.get("asset"),
                phase_at_signing=item.get("phase_at_signing") or "",
            )
            if deal_asset.asset_id is not None and deal_asset.asset_id in assets:
                item_errors.append({"asset": ["This asset is listed twice."]})
                continue
            assets.add(deal_asset.asset_id)
            found = _validate(deal_asset)
            item_errors.append(found)
            if not found:
                _saved(deal_asset, user)
        if _item_errors(item_errors):
            errors["assets"] = _item_errors(item_errors)

    if "territory" in data:
        deal.territories.all().delete()
        territory = data["territory"] or {}
        territory_errors: dict[str, list[str]] = {}
        seen: set[str] = set()
        for side, excluded in (("included", False), ("excluded", True)):
            for code in territory.get(side) or []:
                line = _territory_line(code)
                key = str(code).strip().upper()
                if isinstance(line, str):
                    territory_errors.setdefault(side, []).append(line)
                elif key in seen:
                    territory_errors.setdefault(side, []).append(f"“{code}” is listed twice.")
                else:
                    seen.add(key)
                    _saved(DealTerritory(deal=deal, excluded=excluded, **line), user)
        if territory_errors:
            errors["territory"] = territory_errors

    if "payments" in data:
        deal.payments.all().delete()
        item_errors = []
        for order, item in enumerate(data["payments"]):
            found = {}
            disclosed = item.get("disclosed", True)
            kind = item.get("kind", "")
            contingent = item.get("contingent")
            if kind in PaymentComponent.ALWAYS_CONTINGENT or contingent is None:
                # Milestones and CVRs are contingent by definition (the model enforces it).
                contingent = kind in PaymentComponent.ALWAYS_CONTINGENT
            payment = PaymentComponent(
                deal=deal,
                kind=kind,
                disclosed=disclosed,
                amount=item.get("amount"),
                currency=(item.get("currency") or "") if disclosed else "",
                contingent=contingent,
                quote=item.get("quote") or "",
                note=item.get("note") or "",
                order=order,
            )
            payment.source = resolve_source(item.get("source"), found)
            # amount_usd is derived in save(); the constraint on it is checked there.
            found |= _validate(payment, exclude=("amount_usd",))
            item_errors.append(found)
            if not found:
                _saved(payment, user)
        if _item_errors(item_errors):
            errors["payments"] = _item_errors(item_errors)

    if "royalty" in data:
        item = data["royalty"]
        if item is None:
            Royalty.objects.filter(deal=deal).delete()
        else:
            royalty = Royalty.objects.filter(deal=deal).first() or Royalty(deal=deal)
            found = {}
            royalty.min_pct = item.get("min_pct")
            royalty.max_pct = item.get("max_pct")
            # Rates given without a word on disclosure were disclosed; an explicit
            # "disclosed": false beside a rate contradicts itself and is refused by clean().
            has_rates = royalty.min_pct is not None or royalty.max_pct is not None
            royalty.disclosed = item.get("disclosed", has_rates)
            royalty.tiered = item.get("tiered")
            royalty.wording = item.get("wording") or ""
            royalty.source = resolve_source(item.get("source"), found)
            found |= _validate(royalty)
            if found:
                errors["royalty"] = found
            else:
                _saved(royalty, user)

    if "events" in data:
        deal.events.all().delete()
        item_errors = []
        for item in data["events"]:
            found = {}
            event = DealEvent(
                deal=deal,
                kind=item.get("kind", ""),
                date=item.get("date"),
                date_precision=item.get("date_precision") or "day",
                description=item.get("description") or "",
                amount=item.get("amount"),
                currency=item.get("currency") or "",
            )
            event.source = resolve_source(item.get("source"), found)
            found |= _validate(event)
            item_errors.append(found)
            if not found:
                _saved(event, user)
        if _item_errors(item_errors):
            errors["events"] = _item_errors(item_errors)

    if errors:
        raise DealInputError(errors)  # rolls back everything above

    # Dates or currencies may have changed: USD values follow the announcement date's rates.
    recompute_usd(deal)
    if not creating:
        # The version makes concurrent edits visible (ETags); F() keeps two writers honest.
        Deal.objects.filter(pk=deal.pk).update(version=F("version") + 1)
    deal.refresh_from_db()
    return deal


# --- text intake: an analyst-accepted extraction becomes an internal draft deal ------------


@transaction.atomic
def create_deal_from_extraction(
    reviewed: Mapping[str, Any], *, source: Mapping[str, Any], user: Any
) -> Deal:
    """Save one reviewed extraction candidate as an internal draft deal, with its source.

    ``reviewed`` is what the analyst accepted on the "New deals from text" screen: title,
    deal_type, status, exclusive, announced_on, ``parties`` ([{role, company (a Company or
    None), new_company (a name to create), name_as_reported}]), ``assets`` ([{asset (an Asset
    or None), new_asset, modality, phase_at_signing}]), ``headline_value``, ``payments``,
    ``territory``, ``royalty`` (wording) and ``quotes`` (the sentences the values came from).
    ``source`` is {url, publisher, title, published_on, language}.

    Companies and assets the analyst chose to create are created first, then the deal goes
    through :func:`save_deal` like every other door, so validation and history are the same;
    everything is stamped with ``user`` and rolls back together if anything is invalid. The
    deal is always internal: nothing extracted is published without a further decision.
    """
    from companies.models import Asset, Company
    from companies.names import normalize_name

    reason = "Created from text intake"

    def _create[M: models.Model](obj: M) -> M:
        set_change_reason(obj, reason)
        return _saved(obj, user)

    new_companies: dict[str, Company] = {}
    parties = []
    for item in reviewed.get("parties", []):
        company = item.get("company")
        name = (item.get("new_company") or "").strip()
        if company is None and name:
            key = normalize_name(name, strip_legal=True)
            company = new_companies.get(key) or _create(Company(name=name))
            new_companies[key] = company
        reported = (item.get("name_as_reported") or "").strip()
        parties.append(
            {
                "role": item["role"],
                "company": company,
                # Keep the source's spelling when it differs ("Sineuro" for SciNeuro).
                "name_as_reported": reported if company is None or reported != company.name else "",
            }
        )
    # A new asset belongs to the party that brings it: the licensor, target or seller.
    owners = [p["company"] for p in parties if p["company"] and p["role"] in SELLER_ROLES]
    owner = owners[0] if owners else None
    new_assets: dict[str, Asset] = {}
    assets = []
    for item in reviewed.get("assets", []):
        asset = item.get("asset")
        name = (item.get("new_asset") or "").strip()
        if asset is None and name:
            key = normalize_name(name)
            asset = new_assets.get(key) or _create(
                Asset(name=name, owner=owner, modality=item.get("modality") or "")
            )
            new_assets[key] = asset
        assets.append({"asset": asset, "phase_at_signing": item.get("phase_at_signing") or ""})

    url = source["url"]
    headline = reviewed.get("headline_value")
    wording = (reviewed.get("royalty") or "").strip()
    data = {
        "title": reviewed["title"],
        "deal_type": reviewed["deal_type"],
        "status": reviewed["status"],
        "exclusive": reviewed.get("exclusive"),
        "announced_on": reviewed.get("announced_on"),
        "announced_on_precision": reviewed.get("announced_on_precision") or "day",
        # Internal until an analyst publishes it (the review screen's "publish now" box).
        "visibility": reviewed.get("visibility") or Deal.Visibility.INTERNAL,
        "analyst_notes": f"Draft from text intake of {url}; check every value against the source.",
        "sources": [
            {
                "url": url,
                "publisher": source.get("publisher") or "",
                "title": source.get("title") or "",
                "published_on": (
                    date.fromisoformat(source["published_on"])
                    if isinstance(source.get("published_on"), str)
                    else source.get("published_on")
                ),
                "language": source.get("language") or "en",
                "quote": "\n".join(reviewed.get("quotes", [])),
            }
        ],
        "headline_value": {**headline, "source": url} if headline else None,
        "parties": parties,
        "assets": assets,
        "territory": reviewed.get("territory") or {"included": [], "excluded": []},
        "payments": [{**p, "source": url} for p in reviewed.get("payments", [])],
        "royalty": None,
    }
    if wording:
        # Wording only ("tiered double-digit royalties"): the rates themselves were not given.
        tiered = "tiered" in wording.lower() or None
        data["royalty"] = {
            "wording": wording[:300],
            "disclosed": False,
            "tiered": tiered,
            "source": url,
        }
    return save_deal(data, user=user, change_reason=reason)
