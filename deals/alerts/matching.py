"""Which subscriptions a new or changed deal is news for, and the deliveries that follow.

A saved search matches a deal when the deal list's own :class:`DealFilterSet`, run over
``Deal.objects.visible_to(subscriber)`` restricted to that one deal, returns it
(:func:`search_matches`, the reference). Matching 10,000 saved searches that way builds
10,000 FilterSets; :func:`matching_queries` gets the same answer faster:

- identical query strings (readers save the same searches) are judged once;
- a search is the conjunction of its parameters, so each distinct parameter (condition) of all
  the searches is judged once;
- a condition the deal's own facts rule out (:mod:`deals.alerts.facts`: its class, status,
  countries, modalities, phases, targets, amounts, dates, in Python) ends its searches with
  no SQL;
- the remaining conditions are run by the same FilterSet, restricted to the deal, in one
  statement (an EXISTS per condition).

tests/test_alerts.py and tests/test_alerts_matching.py check it against the reference
(:func:`search_matches`), parameter by parameter; watches likewise (:func:`watch_matches`).
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl

from django.contrib.auth import get_user_model
from django.db.models import Exists, QuerySet
from django.http import QueryDict

from core.listing import PAGE_PARAMS, clean_query
from deals.filters import DealFilterSet
from deals.models import Deal

from .facts import DealFacts
from .models import Delivery, Frequency, SavedSearch, Watch

# Parameters that do not select deals: they never decide a match.
NOT_FILTERS = frozenset({"ordering", *PAGE_PARAMS})
# Parameters evaluated together because one reads the other.
TOGETHER = {"target_match": "target"}
ALL_STATUSES = [choice.value for choice in Deal.Status]
QUERIES_PER_LOAD = 500  # matched query strings per IN (...) when loading their searches
INTERNAL_PERMISSION = "deals.view_internal_deal"  # what Deal.objects.visible_to asks
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


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


@functools.lru_cache(maxsize=65536)
def _parts(query: str) -> tuple[tuple[str, ...], ...]:
    """A query's independent conditions, each as a hashable, order-free key (a pure function
    of the string: a long-running worker parses each saved query once)."""
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
    return tuple(parts)


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


def matching_queries(
    deal: Deal, queries: Iterable[str], facts: DealFacts | None = None
) -> set[str]:
    """The distinct saved queries among ``queries`` that ``deal`` passes (visibility aside).

    Identical query strings are judged once. A query whose conditions include one the deal's
    own facts rule out (:mod:`deals.alerts.facts`: no SQL) is out; the conditions of the rest
    are evaluated by the FilterSet, each distinct condition once, in one statement.
    """
    facts = facts if facts is not None else DealFacts.load(deal)
    ruled_out: dict[tuple[str, ...], bool] = {}
    survivors: dict[str, tuple[tuple[str, ...], ...]] = {}
    for query in set(queries):
        parts = _parts(query)
        for part in parts:
            out = ruled_out.get(part)
            if out is None:
                out = ruled_out[part] = facts.rules_out(part)
            if out:
                break
        else:
            survivors[query] = parts
    probe = _DealProbe(deal)
    probe.prime({part for parts in survivors.values() for part in parts})
    return {
        query for query, parts in survivors.items() if all(probe.passes(part) for part in parts)
    }


def matching_searches(deal: Deal, searches: Iterable[SavedSearch]) -> list[SavedSearch]:
    """The searches among ``searches`` that ``deal`` matches, visibility applied per owner."""
    searches = list(searches)
    matched = matching_queries(deal, {search.query for search in searches})
    candidates = [search for search in searches if search.query in matched]
    seeing = users_seeing(deal, {search.user_id for search in candidates})
    return [search for search in candidates if search.user_id in seeing]


def user_sees(user: Any, deal: Deal) -> bool:
    """Whether ``user`` may see ``deal`` (the one visibility rule, ``visible_to``)."""
    if deal.visibility == Deal.Visibility.PUBLIC:
        return True  # public deals are visible to everyone, active account or not
    return Deal.objects.visible_to(user).filter(pk=deal.pk).exists()


def users_seeing(deal: Deal, user_ids: set[int]) -> set[int]:
    """The users among ``user_ids`` who may see ``deal``, in one query.

    ``visible_to`` shows internal deals to users with ``deals.view_internal_deal``, asked
    through ``has_perm`` (one or two queries per user). The model backend's ``with_perm``
    answers the same question for many users at once (active users holding the permission
    directly, through a group, or as superusers); tests/test_alerts_matching.py checks it
    against :func:`user_sees` user by user.
    """
    if not user_ids or deal.visibility == Deal.Visibility.PUBLIC:
        return set(user_ids)
    if Deal.objects.filter(pk=deal.pk, visibility=Deal.Visibility.PUBLIC).exists():
        return set(user_ids)  # made public since the caller loaded it
    users = get_user_model()._default_manager.with_perm(
        INTERNAL_PERMISSION, is_active=True, include_superusers=True, backend=MODEL_BACKEND
    )
    return set(users.filter(pk__in=user_ids).values_list("pk", flat=True))


def watch_matches(watch: Watch, deal: Deal) -> bool:
    """The reference for one watch: the deal is about the watched item (``Watch.deal_q``), it
    counts (the deal list's default leaves talks and rumours out), and the owner may see it."""
    one = Deal.objects.filter(pk=deal.pk)
    if not DealFilterSet(data={}, queryset=one).qs.exists():
        return False
    return one.filter(watch.deal_q()).exists() and user_sees(watch.user, deal)


def matching_watches(deal: Deal, facts: DealFacts | None = None) -> list[Watch]:
    """The watches (with e-mail on) whose company, asset, target or conference the deal is about,
    of users who may see it; rumoured deals and talks are not news (the deal list's default).

    One query for the watches, whatever their number (:meth:`Watch.about_q` from the deal's
    companies, assets, targets and conference), one for the owners' visibility.
    """
    counted = DealFilterSet(data={}, queryset=Deal.objects.filter(pk=deal.pk)).qs.exists()
    if not counted:
        return []
    facts = facts if facts is not None else DealFacts.load(deal)
    about = Watch.about_q(
        company_ids=facts.company_ids,
        asset_ids=facts.asset_ids,
        target_ids=facts.target_ids,
        conference_id=facts.row["conference_id"],
    )
    if about is None:
        return []
    watches = list(
        Watch.objects.filter(about, user__is_active=True)
        .exclude(email=Frequency.OFF)
        .select_related("content_type")
        .order_by("pk")
    )
    seeing = users_seeing(deal, {watch.user_id for watch in watches})
    return [watch for watch in watches if watch.user_id in seeing]


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
        row.deal_id, row.version = deal.pk, version
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
    facts = DealFacts.load(deal)
    subscribed = SavedSearch.objects.filter(user__is_active=True).exclude(
        email=Frequency.OFF, webhook__isnull=True
    )
    # The distinct query strings first (many readers save the same search), then only the
    # searches whose query matched, with the columns delivery needs.
    queries = subscribed.order_by().values_list("query", flat=True).distinct()
    matched = sorted(matching_queries(deal, queries, facts))
    # Plain rows, not model instances: a popular deal matches thousands of searches.
    rows: list[tuple[int, int, str, int | None, Any]] = []
    for start in range(0, len(matched), QUERIES_PER_LOAD):
        rows += (
            subscribed.filter(query__in=matched[start : start + QUERIES_PER_LOAD])
            .order_by("pk")
            .values_list("pk", "user_id", "email", "webhook__id", "webhook__disabled_at")
        )
    seeing = users_seeing(deal, {user_id for _, user_id, _, _, _ in rows})
    for search_id, user_id, email, hook_id, hook_disabled_at in rows:
        if user_id not in seeing:
            continue
        if email != Frequency.OFF:
            created.append(
                _plan(
                    user_id=user_id,
                    channel=Delivery.Channel.EMAIL,
                    frequency=email,
                    key=f"search:{search_id}",
                    saved_search_id=search_id,
                )
            )
        if hook_id is not None and hook_disabled_at is None:  # WebhookSubscription.active
            created.append(
                _plan(
                    user_id=user_id,
                    channel=Delivery.Channel.WEBHOOK,
                    frequency=Frequency.IMMEDIATE,
                    key=f"hook:{hook_id}",
                    saved_search_id=search_id,
                    webhook_id=hook_id,
                )
            )
    for watch in matching_watches(deal, facts):
        created.append(
            _plan(
                user_id=watch.user_id,
                channel=Delivery.Channel.EMAIL,
                frequency=watch.email,
                key=f"watch:{watch.pk}",
                watch_id=watch.pk,
            )
        )
    return _record(deal, version, created)
