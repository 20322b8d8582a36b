"""Keep the stored availability (deals/rights/stored.py) current on every write.

Every save or delete of what the rights derivation reads (a deal's type, status, dates,
exclusivity or visibility; its parties, assets, territory lines and events; a region's
countries; an asset's originator) marks the assets it can touch, whichever door it came through
(admin, API service, importer, intake); once the transaction commits, the marked assets are
derived again, once each however many rows the transaction wrote. A company takeover can touch
every asset of the companies it joins (deals/rights/lean.py follows takeovers of any company
taking part in an asset's deals), so its writes mark those too. Bulk loaders that send no
signals (seed_synthetic, load_demo) call :func:`deals.rights.stored.rebuild` themselves.

What a write removes is marked before it goes (``pre_save``/``pre_delete``: the old asset of a
deal-asset link, the old company of a takeover's party, a deleted deal's assets); what it adds,
at commit time from the deal ids.
"""

from __future__ import annotations

import logging
from typing import Any

from django.db.models import Model, QuerySet
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save

from companies.models import Asset
from core.marks import PendingMarks, flush_on_commit
from deals.models import Deal, DealAsset, DealEvent, DealParty, DealTerritory, Region
from deals.rights import stored
from deals.rights.dealfacts import TAKEOVER_ROUNDS, TAKEOVERS

logger = logging.getLogger(__name__)

# The deal fields the derivation reads.
DEAL_FIELDS = ("deal_type", "status", "signed_on", "announced_on", "exclusive", "visibility")


_pending = PendingMarks()


def _mark(
    using: str, assets: Any = (), deals: Any = (), companies: Any = (), *, schedule: bool = True
) -> None:
    """Mark what a write touches and, unless ``schedule`` is False, have it derived again when
    the transaction commits. A ``pre_save`` marks without scheduling: outside a transaction
    (an admin action's save) ``on_commit`` runs at once, before the row is written, so the
    ``post_save`` that follows schedules instead (:func:`_schedule`)."""
    _pending.mark(using, "assets", assets)
    _pending.mark(using, "deals", deals)
    _pending.mark(using, "companies", companies)
    if schedule:
        _schedule(using)


def _schedule(using: str) -> None:
    flush_on_commit(using, flush)


def _saved(sender: type[Model], instance: Any, **kwargs: Any) -> None:
    """After a deal or asset is written: derive again what its ``pre_save`` marked."""
    if kwargs.get("raw"):
        return
    using = _using(kwargs)
    if _pending.has(using):
        _schedule(using)


def flush(using: str = "default") -> int:
    """Derive again every asset marked since the last flush; returns how many."""
    marked = _pending.take(using)
    if not marked:
        return 0
    assets = affected(marked["assets"], marked["deals"], marked["companies"], using)
    stored.refresh(assets, using)
    return len(assets)


def _acquired_into(companies: set[int], using: str) -> set[int]:
    """``companies`` and every company a chain of takeovers joins to them (the derivation
    follows a takeover of any company of an asset's deals, and of whoever took that over)."""
    found = set(companies)
    for _ in range(TAKEOVER_ROUNDS + 1):
        more = set(
            DealParty.objects.using(using)
            .filter(
                company__isnull=False,
                deal__deal_type__in=TAKEOVERS,
                deal__parties__company__in=found,
            )
            .values_list("company_id", flat=True)
        )
        if more <= found:
            break
        found |= more
    return found


def affected(
    assets: set[int], deals: set[int], companies: set[int], using: str = "default"
) -> set[int]:
    """The assets whose availability the marked assets, deals and companies can change."""
    found = set(assets)
    found |= set(
        DealAsset.objects.using(using).filter(deal_id__in=deals).values_list("asset_id", flat=True)
    )
    joined = set(companies) | set(
        DealParty.objects.using(using)
        .filter(deal_id__in=deals, deal__deal_type__in=TAKEOVERS, company__isnull=False)
        .values_list("company_id", flat=True)
    )
    if joined:
        joined = _acquired_into(joined, using)
        found |= set(
            Asset.objects.using(using).filter(owner__in=joined).values_list("pk", flat=True)
        )
        found |= set(
            DealAsset.objects.using(using)
            .filter(deal__parties__company__in=joined)
            .values_list("asset_id", flat=True)
        )
    return found


def _using(kwargs: dict[str, Any]) -> str:
    return str(kwargs.get("using") or "default")


def _deal_going(origin: Any) -> bool:
    """True when a part goes because its deal does (the deal's pre_delete marked it)."""
    return isinstance(origin, Deal) or (isinstance(origin, QuerySet) and origin.model is Deal)


def _is_takeover(deal_id: int, using: str) -> bool:
    return Deal.objects.using(using).filter(pk=deal_id, deal_type__in=TAKEOVERS).exists()


def _deal_pre_save(sender: type[Deal], instance: Deal, **kwargs: Any) -> None:
    if kwargs.get("raw") or instance.pk is None:
        return
    using = _using(kwargs)
    old = Deal.objects.using(using).filter(pk=instance.pk).values(*DEAL_FIELDS).first()
    if old is None or all(old[f] == getattr(instance, f) for f in DEAL_FIELDS):
        return
    if old["deal_type"] in TAKEOVERS:  # no longer a takeover: it joined these companies
        _mark(using, companies=_party_companies(instance.pk, using), schedule=False)
    _mark(using, deals=[instance.pk], schedule=False)


def _party_companies(deal_id: int, using: str) -> list[int]:
    return list(
        DealParty.objects.using(using)
        .filter(deal_id=deal_id, company__isnull=False)
        .values_list("company_id", flat=True)
    )


def _deal_pre_delete(sender: type[Deal], instance: Deal, **kwargs: Any) -> None:
    using = _using(kwargs)
    companies = _party_companies(instance.pk, using) if instance.deal_type in TAKEOVERS else []
    _mark(
        using,
        assets=DealAsset.objects.using(using)
        .filter(deal_id=instance.pk)
        .values_list("asset_id", flat=True),
        companies=companies,
    )


def _part_pre_save(sender: type[Model], instance: Any, **kwargs: Any) -> None:
    """A part moved to another deal, asset or company: what it was attached to is touched."""
    if kwargs.get("raw") or instance.pk is None:
        return
    using = _using(kwargs)
    old = sender._default_manager.using(using).filter(pk=instance.pk).values().first()
    if old is None:
        return
    # The post_save that follows (_part_changed) schedules.
    _mark(using, deals=[old["deal_id"]], assets=[old.get("asset_id")], schedule=False)
    if old.get("company_id") and _is_takeover(old["deal_id"], using):
        _mark(using, companies=[old["company_id"]], schedule=False)


def _part_changed(sender: type[Model], instance: Any, **kwargs: Any) -> None:
    if kwargs.get("raw") or _deal_going(kwargs.get("origin")):
        return
    using = _using(kwargs)
    _mark(using, deals=[instance.deal_id], assets=[getattr(instance, "asset_id", None)])
    company = getattr(instance, "company_id", None)
    if company and kwargs.get("signal") is post_delete and _is_takeover(instance.deal_id, using):
        _mark(using, companies=[company])


def _region_changed(sender: type[Region], instance: Region, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return
    using = _using(kwargs)
    _mark(
        using,
        deals=DealTerritory.objects.using(using)
        .filter(region=instance)
        .values_list("deal_id", flat=True),
    )


def _asset_pre_save(sender: type[Asset], instance: Asset, **kwargs: Any) -> None:
    if kwargs.get("raw") or instance.pk is None:
        return
    using = _using(kwargs)
    old = Asset.objects.using(using).filter(pk=instance.pk).values_list("owner_id", flat=True)
    if list(old) != [instance.owner_id]:
        _mark(using, assets=[instance.pk], schedule=False)


def connect() -> None:
    """Connect the receivers (DealsConfig.ready)."""
    uid = "rights-sync"
    pre_save.connect(_deal_pre_save, sender=Deal, dispatch_uid=f"{uid}-deal-pre")
    post_save.connect(_saved, sender=Deal, dispatch_uid=f"{uid}-deal-post")
    pre_delete.connect(_deal_pre_delete, sender=Deal, dispatch_uid=f"{uid}-deal-del")
    for model in (DealParty, DealAsset, DealTerritory, DealEvent):
        name = model._meta.model_name
        pre_save.connect(_part_pre_save, sender=model, dispatch_uid=f"{uid}-{name}-pre")
        post_save.connect(_part_changed, sender=model, dispatch_uid=f"{uid}-{name}-save")
        post_delete.connect(_part_changed, sender=model, dispatch_uid=f"{uid}-{name}-del")
    post_save.connect(_region_changed, sender=Region, dispatch_uid=f"{uid}-region")
    pre_save.connect(_asset_pre_save, sender=Asset, dispatch_uid=f"{uid}-asset")
    post_save.connect(_saved, sender=Asset, dispatch_uid=f"{uid}-asset-post")
