"""Which subscriptions a new or changed deal is news for, and the deliveries that follow.

A saved search matches a deal when the deal list's own :class:`DealFilterSet`, run over
``Deal.objects.visible_to(subscriber)`` restricted to that one deal, returns it
(:func:`search_matches`, the reference). Matching 10,000 saved searches that way builds
10,000 FilterSets; :func:`matching_searches` gets the same answer faster by evaluating each
distinct parameter of all the searches once against the deal (a search is the conjunction of
its parameters, each evaluated by the same FilterSet) and is checked against the reference by
tests/test_alerts_matching.py.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl

from django.db.models import Exists, QuerySet
from django.http import QueryDict

from core.listing import PAGE_PARAMS, clean_query
from deals.filters import DealFilterSet
from deals.models import Deal

from .models import Delivery, Frequency, SavedSearch, Watch

# Parameters that do not select deals: they never decide a match.
NOT_FILTERS = frozenset({"ordering", *PAGE_PARAMS})
# Parameters evaluated together because one reads the other.
TOGETHER = {"target_match": "target"}
ALL_STATUSES = [choice.value for choice in Deal.Status]


class QueryError(ValueError):
    """A saved-search query the deal list would reject: ``errors`` maps parameter → messages."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__("; ".join(f"{k}: {' '.join(v)}" for k, v in errors.items()))
        self.errors = errors


def normalize_query(query: str) -> str:
    """``query`` as the deal list accepts it (empty values and paging dropped), or QueryError.

    Unknown parameters and unreadable values are errors keyed by the parameter, exactly as the
    list page and the API report them.
    """
    params = clean_query(QueryDict(query.lstrip("?")))
    for key in PAGE_PARAMS:
        params.pop(key, None)
    filterset = DealFilterSet(data=params, queryset=Deal.objects.none())
    known = set(filterset.base_filters)
    errors: dict[str, list[str]] = {
        name: ["Unknown deal-list parameter."] for name in sorted(set(params) - known)
    }
    if not filterset.is_valid():
        errors.update({name: list(messages) for name, messages in filterset.errors.items()})
    if errors:
        raise QueryError(errors)
    return params.urlencode()


def search_matches(search: SavedSearch, deal: Deal) -> bool:
    """The reference: the saved query over what its owner may see, restricted to ``deal``."""
    visible = Deal.objects.visible_to(search.user).filter(pk=deal.pk)
    filterset = DealFilterSet(data=QueryDict(search.query), queryset=visible)
    return filterset.is_valid() and filterset.qs.exists()


def _parts(query: str) -> list[tuple[str, ...]]:
    """A query's independent conditions, each as a hashable, order-free key."""
    groups: dict[str, list[tuple[str, str]]] = {}
    # parse_qsl reads a stored (already normalized) query as QueryDict does, and faster (README,
    # "Figures behind design choices").
    for name, value in parse_qsl(query, keep_blank_values=False):
        if name in NOT_FILTERS:
            continue
        groups.setdefault(TOGETHER.get(name, name), []).append((name, value))
    parts = [tuple(sorted(f"{n}={v}" for n, v in pairs)) for pairs in groups.values()]
    if "status" not in groups:
        # No status asked: the list's default (pipeline deals left out) is a condition too.
        parts.append(("status:default",))
    return parts


@functools.cache
def _narrow_filterset(names: frozenset[str]) -> type[DealFilterSet]:
    """DealFilterSet with only the filters ``names``: the same filter objects and methods (and
    the same pipeline default, which reads ``status``), without building the form fields of
    the thirty others for every condition; 10,000 saved searches stay well under a second."""
    narrow: Any = type("NarrowDealFilterSet", (DealFilterSet,), {"__module__": __name__})
    narrow.base_filters = {name: DealFilterSet.base_filters[name] for name in names}
    return narrow


class _DealProbe:
    """Answers "does this one deal pass this condition?" once per distinct condition; all the
    conditions known up front are answered by one query (an EXISTS per condition)."""

    CHUNK = 200  # conditions per query: keeps each statement a reasonable size

    def __init__(self, deal: Deal) -> None:
        self.one = Deal.objects.filter(pk=deal.pk)
        self.cache: dict[tuple[str, ...], bool] = {}
        self.filtersets: dict[frozenset[str], Any] = {}

    def _filterset(self, data: QueryDict) -> Any:
        """A narrow FilterSet bound to ``data``. One instance per set of parameters, re-bound
        for each condition: its filters and their form fields (250 countries, slug lookups)
        are built once, not once per condition."""
        names = frozenset(data) | {"status"}
        filterset = self.filtersets.get(names)
        if filterset is None:
            filterset = self.filtersets[names] = _narrow_filterset(names)(
                data=data, queryset=self.one
            )
            return filterset
        filterset.data = data
        # django-filter caches the bound form and the queryset on the instance.
        filterset.__dict__.pop("_form", None)
        filterset.__dict__.pop("_qs", None)
        return filterset

    def _filtered(self, part: tuple[str, ...]) -> QuerySet[Deal] | None:
        """The deal if it passes ``part`` (the FilterSet's own queryset), None if invalid."""
        data = QueryDict(mutable=True)
        if part != ("status:default",):
            for pair in part:
                name, _, value = pair.partition("=")
                data.appendlist(name, value)
            if "status" not in data:
                # Every status listed: the FilterSet's pipeline default does not apply, so
                # this part is judged alone (the default is a part of its own).
                data.setlist("status", ALL_STATUSES)
        filterset = self._filterset(data)
        return filterset.qs if filterset.is_valid() else None

    def prime(self, parts: set[tuple[str, ...]]) -> None:
        todo = [part for part in parts if part not in self.cache]
        for start in range(0, len(todo), self.CHUNK):
            chunk = todo[start : start + self.CHUNK]
            checks: dict[str, Exists] = {}
            for i, part in enumerate(chunk):
                qs = self._filtered(part)
                if qs is None:
                    self.cache[part] = False
                else:
                    checks[f"c{i}"] = Exists(qs.order_by().values("pk"))
            if not checks:
                continue
            row = self.one.order_by().values(**checks).first() or {}
            for i, part in enumerate(chunk):
                if f"c{i}" in checks:
                    self.cache[part] = bool(row.get(f"c{i}"))

    def passes(self, part: tuple[str, ...]) -> bool:
        if part not in self.cache:
            self.prime({part})
        return self.cache[part]


def matching_searches(deal: Deal, searches: Iterable[SavedSearch]) -> list[SavedSearch]:
    """The searches among ``searches`` that ``deal`` matches, visibility applied per owner."""
    searches = list(searches)
    parts = {search.pk: _parts(search.query) for search in searches}
    probe = _DealProbe(deal)
    probe.prime({part for each in parts.values() for part in each})
    sees: dict[int, bool] = {}
    public = deal.visibility == Deal.Visibility.PUBLIC
    matched = []
    for search in searches:
        if not public:
            if search.user_id not in sees:
                sees[search.user_id] = user_sees(search.user, deal)
            if not sees[search.user_id]:
                continue
        if all(probe.passes(part) for part in parts[search.pk]):
            matched.append(search)
    return matched


def user_sees(user: Any, deal: Deal) -> bool:
    """Whether ``user`` may see ``deal`` (the one visibility rule, ``visible_to``)."""
    if deal.visibility == Deal.Visibility.PUBLIC:
        return True  # public deals are visible to everyone, active account or not
    return Deal.objects.visible_to(user).filter(pk=deal.pk).exists()


def matching_watches(deal: Deal) -> list[Watch]:
    """The watches (with e-mail on) whose company, asset, target or conference the deal is about,
    of users who may see it; rumoured deals and talks are not news (the deal list's default)."""
    counted = DealFilterSet(data={}, queryset=Deal.objects.filter(pk=deal.pk)).qs.exists()
    if not counted:
        return []
    matched = []
    watches = Watch.objects.exclude(email=Frequency.OFF).select_related("user", "content_type")
    for watch in watches.filter(user__is_active=True):
        if not Deal.objects.filter(pk=deal.pk).filter(watch.deal_q()).exists():
            continue
        if user_sees(watch.user, deal):
            matched.append(watch)
    return matched


def deal_version(deal: Deal) -> str:
    """A digest of what makes a deal worth sending again: money terms, parties and status."""
    payments = sorted(
        (p.kind, p.disclosed, str(p.amount), p.currency, p.contingent) for p in deal.payments.all()
    )
    parties = sorted((p.role, p.company_id or 0, p.name_as_reported) for p in deal.parties.all())
    material = repr(
        (deal.status, str(deal.headline_amount), deal.headline_currency, payments, parties)
    )
    return hashlib.sha256(material.encode()).hexdigest()[:32]


def _plan(
    *,
    user_id: int,
    channel: str,
    frequency: str,
    key: str,
    **subscription: Any,
) -> Delivery:
    """An unsaved delivery for ``key`` (one subscription); :func:`_record` keys and saves it."""
    return Delivery(
        user_id=user_id, channel=channel, frequency=frequency, dedup_key=key, **subscription
    )


def _record(deal: Deal, version: str, planned: list[Delivery]) -> list[Delivery]:
    """Save the planned deliveries this deal version does not have yet (one query to read the
    deal's earlier deliveries, one bulk insert); a delivery is "updated" when an earlier
    version of the deal was sent to the same subscription. Older versions still pending are
    skipped: only the latest terms go out."""
    earlier = dict(Delivery.objects.filter(deal=deal).values_list("dedup_key", "status"))
    sent_keys = {k.rsplit(":", 2)[0] for k, status in earlier.items() if status == "sent"}
    fresh = []
    for row in planned:
        subscription = row.dedup_key
        row.dedup_key = f"{subscription}:{deal.pk}:{version}"
        if row.dedup_key in earlier:
            continue
        row.deal, row.version = deal, version
        row.updated = subscription in sent_keys
        fresh.append(row)
    if not fresh:
        return []
    Delivery.objects.filter(deal=deal, status=Delivery.Status.PENDING).exclude(
        version=version
    ).update(status=Delivery.Status.SKIPPED)
    # Another worker may record the same rows at the same time: the unique key decides.
    Delivery.objects.bulk_create(fresh, ignore_conflicts=True)
    return list(
        Delivery.objects.filter(dedup_key__in=[row.dedup_key for row in fresh]).order_by("pk")
    )


def record_deliveries(deal_id: int) -> list[Delivery]:
    """Match deal ``deal_id`` against every saved search and watch; record what is due."""
    deal = Deal.objects.filter(pk=deal_id).first()
    if deal is None:
        return []
    version = deal_version(deal)
    created: list[Delivery] = []
    # Only the columns matching needs, so that 10,000 searches load quickly (README, "Figures
    # behind design choices").
    searches = (
        SavedSearch.objects.filter(user__is_active=True)
        .exclude(email=Frequency.OFF, webhook__isnull=True)
        .select_related("webhook")
        .only("pk", "user_id", "query", "email", "webhook__id", "webhook__disabled_at")
    )
    for search in matching_searches(deal, searches):
        if search.email != Frequency.OFF:
            created.append(
                _plan(
                    user_id=search.user_id,
                    channel=Delivery.Channel.EMAIL,
                    frequency=search.email,
                    key=f"search:{search.pk}",
                    saved_search=search,
                )
            )
        hook = getattr(search, "webhook", None)
        if hook is not None and hook.active:
            created.append(
                _plan(
                    user_id=search.user_id,
                    channel=Delivery.Channel.WEBHOOK,
                    frequency=Frequency.IMMEDIATE,
                    key=f"hook:{hook.pk}",
                    saved_search=search,
                    webhook=hook,
                )
            )
    for watch in matching_watches(deal):
        created.append(
            _plan(
                user_id=watch.user_id,
                channel=Delivery.Channel.EMAIL,
                frequency=watch.email,
                key=f"watch:{watch.pk}",
                watch=watch,
            )
        )
    return _record(deal, version, created)
