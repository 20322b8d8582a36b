"""Keep the stored company figures (deals/profiles/stored.py) current on every write.

Every save or delete of what a profile figure reads marks the companies whose figures it can
change, whichever door it came through (admin and its actions, API service, importer, intake);
once the transaction commits, their figures are computed again, once each however many rows the
transaction wrote (the pattern of deals/rights/sync.py):

- a deal (status, date, visibility, type, stored money): its parties;
- a party row: the deal's parties before and after (a partner's count moves with it);
- a deal-asset link, a payment term (the stored upfront), an FX rate (the USD amounts): the
  parties of the deals concerned;
- an asset's modality or therapeutic areas, an area's name or slug: the parties of the deals
  covering those assets;
- a company's name, slug or country (shown in its partners' figures): it and its partners.

Bulk loaders that send no signals (seed_synthetic, load_demo) call
:func:`deals.profiles.stored.rebuild` themselves. What a write removes is marked before it
goes (``pre_save``/``pre_delete``); outside a transaction (an admin action's save)
``on_commit`` runs at once, so a ``pre_save`` marks without scheduling and the ``post_save``
that follows schedules.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Model, Q, QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

from companies.models import Asset, Company, TherapeuticArea
from core.marks import PendingMarks, flush_on_commit
from deals.models import Deal, DealAsset, DealParty, FxRate, PaymentComponent
from deals.profiles import stored

# The company fields a profile shows of its partners (and of itself, in its links).
COMPANY_FIELDS = ("name", "slug", "country")


_pending = PendingMarks()


def _mark(using: str, deals: Any = (), companies: Any = (), *, schedule: bool = True) -> None:
    _pending.mark(using, "deals", deals)
    _pending.mark(using, "companies", companies)
    if schedule:
        _schedule(using)


def _schedule(using: str) -> None:
    flush_on_commit(using, flush)


def flush(using: str = "default") -> int:
    """Compute again the figures of every company marked since the last flush."""
    marked = _pending.take(using)
    if not marked:
        return 0
    companies = set(marked["companies"]) | set(
        DealParty.objects.using(using)
        .filter(deal_id__in=marked["deals"], company__isnull=False)
        .values_list("company_id", flat=True)
    )
    stored.refresh(companies, using)
    return len(companies)


def _using(kwargs: dict[str, Any]) -> str:
    return str(kwargs.get("using") or "default")


def _deal_going(origin: Any) -> bool:
    """True when a part goes because its deal does (the deal's pre_delete marked it)."""
    return isinstance(origin, Deal) or (isinstance(origin, QuerySet) and origin.model is Deal)


def _deals_of_assets(assets: Any, using: str) -> list[int]:
    return list(
        DealAsset.objects.using(using)
        .filter(asset_id__in=list(assets))
        .values_list("deal_id", flat=True)
    )


def _deal_saved(sender: type[Deal], instance: Deal, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return
    _mark(_using(kwargs), deals=[instance.pk])


def _deal_pre_delete(sender: type[Deal], instance: Deal, **kwargs: Any) -> None:
    using = _using(kwargs)
    parties = DealParty.objects.using(using).filter(deal_id=instance.pk, company__isnull=False)
    _mark(using, companies=list(parties.values_list("company_id", flat=True)), schedule=False)


def _deal_deleted(sender: type[Deal], instance: Deal, **kwargs: Any) -> None:
    if _pending.has(_using(kwargs)):
        _schedule(_using(kwargs))


def _part_pre_save(sender: type[Model], instance: Any, **kwargs: Any) -> None:
    """A party or asset row moved to another deal or company: the old one is touched."""
    if kwargs.get("raw") or instance.pk is None:
        return
    using = _using(kwargs)
    old = sender._default_manager.using(using).filter(pk=instance.pk).values().first()
    if old is not None:
        _mark(using, deals=[old["deal_id"]], companies=[old.get("company_id")], schedule=False)


def _part_changed(sender: type[Model], instance: Any, **kwargs: Any) -> None:
    if kwargs.get("raw") or _deal_going(kwargs.get("origin")):
        return
    # A deleted party row is no longer among its deal's parties: its company is named.
    _mark(
        _using(kwargs),
        deals=[instance.deal_id],
        companies=[getattr(instance, "company_id", None)],
    )


def _fx_changed(sender: type[FxRate], instance: FxRate, **kwargs: Any) -> None:
    # deals/signals.py rewrote the USD amounts (with update(): no deal signal) just before.
    if kwargs.get("raw"):
        return
    using = _using(kwargs)
    uses = Q(headline_currency=instance.currency) | Q(payments__currency=instance.currency)
    _mark(using, deals=Deal.objects.using(using).filter(uses).values_list("pk", flat=True))


def _asset_pre_save(sender: type[Asset], instance: Asset, **kwargs: Any) -> None:
    if kwargs.get("raw") or instance.pk is None:
        return
    using = _using(kwargs)
    old = Asset.objects.using(using).filter(pk=instance.pk).values_list("modality", flat=True)
    if list(old) != [instance.modality]:
        _mark(using, deals=_deals_of_assets([instance.pk], using), schedule=False)


def _marked_saved(sender: type[Model], instance: Any, **kwargs: Any) -> None:
    """After an asset or company is written: compute again what its ``pre_save`` marked."""
    if not kwargs.get("raw") and _pending.has(_using(kwargs)):
        _schedule(_using(kwargs))


def _areas_changed(sender: type, instance: Any, **kwargs: Any) -> None:
    action = kwargs.get("action")
    using = _using(kwargs)
    if kwargs.get("reverse"):  # area.assets.add(...): the assets are pk_set
        if action == "pre_clear":
            instance._profile_cleared = list(instance.assets.values_list("pk", flat=True))
            return
        assets = getattr(instance, "_profile_cleared", []) if action == "post_clear" else []
        assets = assets or list(kwargs.get("pk_set") or [])
    else:
        assets = [instance.pk]
    if action in {"post_add", "post_remove", "post_clear"}:
        _mark(using, deals=_deals_of_assets(assets, using))


def _area_pre_save(sender: type[TherapeuticArea], instance: TherapeuticArea, **kwargs: Any) -> None:
    if kwargs.get("raw") or instance.pk is None:
        return
    using = _using(kwargs)
    old = TherapeuticArea.objects.using(using).filter(pk=instance.pk).values("name", "slug")
    if list(old) != [{"name": instance.name, "slug": instance.slug}]:
        assets = Asset.therapeutic_areas.through.objects.using(using).filter(
            therapeuticarea_id=instance.pk
        )
        _mark(
            using,
            deals=_deals_of_assets(assets.values_list("asset_id", flat=True), using),
            schedule=False,
        )


def _company_pre_save(sender: type[Company], instance: Company, **kwargs: Any) -> None:
    if kwargs.get("raw") or instance.pk is None:
        return
    using = _using(kwargs)
    old = Company.objects.using(using).filter(pk=instance.pk).values(*COMPANY_FIELDS).first()
    if old is None or all(old[f] == getattr(instance, f) for f in COMPANY_FIELDS):
        return
    deals = DealParty.objects.using(using).filter(company_id=instance.pk)
    _mark(
        using,
        deals=deals.values_list("deal_id", flat=True),
        companies=[instance.pk],
        schedule=False,
    )


def connect() -> None:
    """Connect the receivers (DealsConfig.ready, after deals/signals.py: a payment's or FX
    rate's stored amounts are rewritten by its receivers before these read them)."""
    uid = "profile-sync"
    post_save.connect(_deal_saved, sender=Deal, dispatch_uid=f"{uid}-deal-save")
    pre_delete.connect(_deal_pre_delete, sender=Deal, dispatch_uid=f"{uid}-deal-pre-del")
    post_delete.connect(_deal_deleted, sender=Deal, dispatch_uid=f"{uid}-deal-del")
    for model in (DealParty, DealAsset, PaymentComponent):
        name = model._meta.model_name
        pre_save.connect(_part_pre_save, sender=model, dispatch_uid=f"{uid}-{name}-pre")
        post_save.connect(_part_changed, sender=model, dispatch_uid=f"{uid}-{name}-save")
        post_delete.connect(_part_changed, sender=model, dispatch_uid=f"{uid}-{name}-del")
    post_save.connect(_fx_changed, sender=FxRate, dispatch_uid=f"{uid}-fx-save")
    post_delete.connect(_fx_changed, sender=FxRate, dispatch_uid=f"{uid}-fx-del")
    pre_save.connect(_asset_pre_save, sender=Asset, dispatch_uid=f"{uid}-asset-pre")
    post_save.connect(_marked_saved, sender=Asset, dispatch_uid=f"{uid}-asset-save")
    m2m_changed.connect(
        _areas_changed, sender=Asset.therapeutic_areas.through, dispatch_uid=f"{uid}-areas"
    )
    pre_save.connect(_area_pre_save, sender=TherapeuticArea, dispatch_uid=f"{uid}-area-pre")
    post_save.connect(_marked_saved, sender=TherapeuticArea, dispatch_uid=f"{uid}-area-save")
    pre_save.connect(_company_pre_save, sender=Company, dispatch_uid=f"{uid}-company-pre")
    post_save.connect(_marked_saved, sender=Company, dispatch_uid=f"{uid}-company-save")
