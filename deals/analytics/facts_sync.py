"""Keep the stored analytics groups (deals/analytics/facts.py) current on every write.

A deal's groups read its parties (role, company) and each party company's country, its asset
links, and each asset's modality and therapeutic areas (with their slugs and names). Every
save or delete of one of these marks the deals it can touch, whichever door it came through
(admin and its bulk actions, API service, importer, intake), and the touched deals' rows are
derived again right then, in the same transaction as the write.
A deal's own save changes none of its groups; its delete takes its rows with it (CASCADE).
Bulk loaders that send no signals (seed_synthetic, load_demo) call
:func:`deals.analytics.facts.rebuild` themselves.

What a write removes is marked before it goes (``pre_save``: the old deal of a moved party or
asset link); what it adds, when it is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db.models import Model
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

from companies.models import Asset, Company, TherapeuticArea
from core.marks import PendingMarks
from deals.analytics import facts
from deals.models import Deal, DealAsset, DealParty

_pending = PendingMarks()


def _using(kwargs: dict[str, Any]) -> str:
    return str(kwargs.get("using") or "default")


# Which stored dimensions a write can move: a party places its deal in country groups, an
# asset link (or the asset's modality) in modality and area groups, an area in area groups.
PARTY_DIMENSIONS = tuple(facts.COUNTRY_ROLES)
ASSET_DIMENSIONS = ("modality", "therapeutic_area")
AREA_DIMENSIONS = ("therapeutic_area",)


def _mark(
    using: str,
    deals: Iterable[int | None],
    dimensions: Iterable[str] = facts.STORED_DIMENSIONS,
    *,
    schedule: bool = True,
) -> None:
    """Mark deals (in ``dimensions``) and, unless ``schedule`` is False, derive every marked
    deal again now.

    Now, inside the writer's transaction, not at commit: the rows commit (or roll back) with
    the write that changed them, so no reader ever sees one without the other. A ``pre_save``
    or ``pre_delete`` only marks (what the write takes away, before it goes); the ``post_``
    signal that follows derives."""
    ids = list(deals)
    for dimension in dimensions:
        _pending.mark(using, dimension, ids)
    if schedule:
        flush(using)


def flush(using: str = "default") -> int:
    """Derive again the groups of every deal marked since the last flush, in the dimensions
    marked (a deleted deal just loses its rows); returns how many deals."""
    marked = _pending.take(using)
    if not marked:
        return 0
    for dimension, ids in marked.items():
        if ids:
            facts.refresh(ids, using, dimensions=(dimension,))
    return len(set().union(*marked.values()))


def _deals_of_assets(assets: Iterable[int], using: str) -> list[int]:
    return list(
        DealAsset.objects.using(using)
        .filter(asset_id__in=list(assets))
        .values_list("deal_id", flat=True)
        .distinct()
    )


def _dimensions_of(sender: type[Model]) -> tuple[str, ...]:
    return PARTY_DIMENSIONS if sender is DealParty else ASSET_DIMENSIONS


def _part_pre_save(sender: type[Model], instance: Any, **kwargs: Any) -> None:
    """A party or asset link moved to another deal: the deal it leaves is touched too."""
    if kwargs.get("raw") or instance.pk is None:
        return
    using = _using(kwargs)
    old = sender._default_manager.using(using).filter(pk=instance.pk).values("deal_id").first()
    if old is not None and old["deal_id"] != instance.deal_id:
        _mark(using, [old["deal_id"]], _dimensions_of(sender), schedule=False)


def _part_changed(sender: type[Model], instance: Any, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return
    origin = kwargs.get("origin")
    if isinstance(origin, Deal) or getattr(origin, "model", None) is Deal:
        return  # the deal itself goes, and its rows with it
    _mark(_using(kwargs), [instance.deal_id], _dimensions_of(sender))


def _company_changed(sender: type[Company], instance: Company, **kwargs: Any) -> None:
    """A company's country places its deals (as licensor or target) in a country group."""
    if kwargs.get("raw") or kwargs.get("created"):
        return
    using = _using(kwargs)
    fields = kwargs.get("update_fields")
    if fields is not None and "country" not in fields:
        return
    _mark(
        using,
        DealParty.objects.using(using)
        .filter(company=instance)
        .values_list("deal_id", flat=True)
        .distinct(),
        PARTY_DIMENSIONS,
    )


def _asset_changed(sender: type[Asset], instance: Asset, **kwargs: Any) -> None:
    if kwargs.get("raw") or kwargs.get("created"):
        return
    using = _using(kwargs)
    _mark(using, _deals_of_assets([instance.pk], using), ASSET_DIMENSIONS)


def _areas_changed(sender: Any, instance: Any, action: str, **kwargs: Any) -> None:
    """An asset's therapeutic areas changed (from either side of the relation)."""
    if action not in ("post_add", "post_remove", "post_clear", "pre_clear"):
        return
    using = _using(kwargs)
    if isinstance(instance, Asset):
        assets: list[int] = [instance.pk]
    elif action == "pre_clear":  # an area cleared of its assets: which ones, before they go
        assets = list(instance.assets.using(using).values_list("pk", flat=True))
    else:
        assets = list(kwargs.get("pk_set") or ())
    _mark(using, _deals_of_assets(assets, using), AREA_DIMENSIONS, schedule=action != "pre_clear")


def _area_changed(sender: type[TherapeuticArea], instance: TherapeuticArea, **kwargs: Any) -> None:
    """An area's slug and name are a group's key and label."""
    if kwargs.get("raw") or kwargs.get("created"):
        return
    using = _using(kwargs)
    assets = instance.assets.using(using).values_list("pk", flat=True)
    _mark(using, _deals_of_assets(assets, using), AREA_DIMENSIONS)


def _area_going(sender: type[TherapeuticArea], instance: TherapeuticArea, **kwargs: Any) -> None:
    """Deleting an area takes its links without an m2m signal: mark their deals before."""
    using = _using(kwargs)
    assets = instance.assets.using(using).values_list("pk", flat=True)
    _mark(using, _deals_of_assets(assets, using), AREA_DIMENSIONS, schedule=False)


def _area_gone(sender: type[TherapeuticArea], instance: TherapeuticArea, **kwargs: Any) -> None:
    flush(_using(kwargs))


def connect() -> None:
    """Connect the receivers (DealsConfig.ready)."""
    uid = "facts-sync"
    for model in (DealParty, DealAsset):
        name = model._meta.model_name
        pre_save.connect(_part_pre_save, sender=model, dispatch_uid=f"{uid}-{name}-pre")
        post_save.connect(_part_changed, sender=model, dispatch_uid=f"{uid}-{name}-save")
        post_delete.connect(_part_changed, sender=model, dispatch_uid=f"{uid}-{name}-del")
    post_save.connect(_company_changed, sender=Company, dispatch_uid=f"{uid}-company")
    post_save.connect(_asset_changed, sender=Asset, dispatch_uid=f"{uid}-asset")
    post_save.connect(_area_changed, sender=TherapeuticArea, dispatch_uid=f"{uid}-area")
    pre_delete.connect(_area_going, sender=TherapeuticArea, dispatch_uid=f"{uid}-area-going")
    post_delete.connect(_area_gone, sender=TherapeuticArea, dispatch_uid=f"{uid}-area-gone")
    m2m_changed.connect(
        _areas_changed, sender=Asset.therapeutic_areas.through, dispatch_uid=f"{uid}-areas"
    )
