"""Keep stored USD amounts in step with the FX rates they were computed from, and each deal's
stored money measures in step with its payment terms, and each deal's search document in step with
what it is made of."""

from typing import Any

from django.db.models import QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from companies.models import Asset, AssetAlias, Company, CompanyAlias, Target
from deals import search

from .models import Deal, DealAsset, DealParty, FxRate, PaymentComponent
from .services import recompute_usd_for_currency


@receiver(post_save, sender=FxRate)
@receiver(post_delete, sender=FxRate)
def _fx_rate_changed(sender: type[FxRate], instance: FxRate, **kwargs: object) -> None:
    # A new or corrected rate can change the USD value of every deal dated on or after it.
    if kwargs.get("raw"):
        return
    recompute_usd_for_currency(instance.currency, since=instance.date)


@receiver(post_save, sender=PaymentComponent)
@receiver(post_delete, sender=PaymentComponent)
def _payment_changed(
    sender: type[PaymentComponent], instance: PaymentComponent, **kwargs: object
) -> None:
    # Every save or delete of a term, whichever door it came through (admin inline, API,
    # import, demo loader), rewrites the deal's stored measures.
    if kwargs.get("raw"):
        return
    Deal.objects.filter(pk=instance.deal_id).refresh_totals()


# --- search documents (deals/search.py) --------------------------------------------------------
# A deal's search document is made of the deal, its parties and assets, and the names of those
# companies, assets and targets; any save or delete of one of them rewrites the documents of the
# deals it reaches. bulk_create/COPY loaders send no signals and call refresh_documents
# themselves (seed_synthetic, load_demo).


def _refresh(deal_ids: Any, using: str) -> None:
    ids = list(deal_ids)
    if ids:
        search.refresh_documents(ids, using=using)


def _deleting_deals(origin: Any) -> bool:
    """True when a part goes because its deal does: rewriting the document of a deal being
    deleted would insert a row pointing at it."""
    return isinstance(origin, Deal) or (isinstance(origin, QuerySet) and origin.model is Deal)


def _deals_of_assets(asset_ids: Any) -> Any:
    return DealAsset.objects.filter(asset_id__in=list(asset_ids)).values_list("deal_id", flat=True)


@receiver(post_save, sender=Deal)
def _deal_saved(sender: type[Deal], instance: Deal, **kwargs: Any) -> None:
    fields = kwargs.get("update_fields")
    if kwargs.get("raw") or (fields is not None and not {"title", "summary"} & set(fields)):
        return
    _refresh([instance.pk], kwargs.get("using") or "default")


@receiver(post_save, sender=DealParty)
@receiver(post_delete, sender=DealParty)
@receiver(post_save, sender=DealAsset)
@receiver(post_delete, sender=DealAsset)
def _deal_part_changed(sender: type, instance: DealParty | DealAsset, **kwargs: Any) -> None:
    if kwargs.get("raw") or _deleting_deals(kwargs.get("origin")):
        return
    _refresh([instance.deal_id], kwargs.get("using") or "default")


@receiver(post_save, sender=Company)
def _company_saved(sender: type[Company], instance: Company, **kwargs: Any) -> None:
    if kwargs.get("raw") or kwargs.get("created"):
        return  # a new company is in no deal yet
    deals = DealParty.objects.filter(company=instance).values_list("deal_id", flat=True)
    _refresh(deals, kwargs.get("using") or "default")


@receiver(post_save, sender=CompanyAlias)
@receiver(post_delete, sender=CompanyAlias)
def _company_alias_changed(sender: type, instance: CompanyAlias, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return
    deals = DealParty.objects.filter(company_id=instance.company_id).values_list(
        "deal_id", flat=True
    )
    _refresh(deals, kwargs.get("using") or "default")


@receiver(post_save, sender=Asset)
def _asset_saved(sender: type[Asset], instance: Asset, **kwargs: Any) -> None:
    if kwargs.get("raw") or kwargs.get("created"):
        return
    _refresh(_deals_of_assets([instance.pk]), kwargs.get("using") or "default")


@receiver(post_save, sender=AssetAlias)
@receiver(post_delete, sender=AssetAlias)
def _asset_alias_changed(sender: type, instance: AssetAlias, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return
    _refresh(_deals_of_assets([instance.asset_id]), kwargs.get("using") or "default")


@receiver(post_save, sender=Target)
def _target_saved(sender: type[Target], instance: Target, **kwargs: Any) -> None:
    if kwargs.get("raw") or kwargs.get("created"):
        return
    assets = Asset.targets.through.objects.filter(target=instance).values_list("asset_id")
    _refresh(_deals_of_assets(assets), kwargs.get("using") or "default")


@receiver(m2m_changed, sender=Asset.targets.through)
@receiver(m2m_changed, sender=Asset.therapeutic_areas.through)
@receiver(m2m_changed, sender=Asset.indication_terms.through)
def _asset_vocabulary_changed(sender: type, instance: Any, **kwargs: Any) -> None:
    action = kwargs.get("action")
    if kwargs.get("reverse"):
        # target.assets.add(asset): the changed assets are pk_set; a clear() names none, so
        # the assets linked before it are noted at pre_clear and refreshed at post_clear.
        if action == "pre_clear":
            instance._search_cleared_assets = list(instance.assets.values_list("pk", flat=True))
            return
        if action == "post_clear":
            assets = getattr(instance, "_search_cleared_assets", [])
        else:
            assets = list(kwargs.get("pk_set") or [])
    else:
        assets = [instance.pk]
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    _refresh(_deals_of_assets(assets), kwargs.get("using") or "default")
