"""Marking the deals new since a reader's last visit of a saved search, on the deal list.

"My DealScope" counts, per saved search, the deals added since the reader last opened it
(``SavedSearch.last_seen_at``). Opening it there (:func:`remember_visit`, called by the
``saved_search_open`` view) moves that stamp to now and remembers in the session the window
between the previous stamp and now; the deal list (:func:`new_marks`) marks its rows added in
that window while it shows the same filters, so the rows marked are the deals the count
announced, and the next visit starts from zero.

The window is kept in the session, not in the URL: the deal list's address stays the API's
(a copied URL works on ``/api/v1/deals/``), and nobody else's visit can be read from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl

from django.db.models import QuerySet
from django.http import HttpRequest, QueryDict
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from deals.models import Deal

from .matching import NOT_FILTERS
from .models import SavedSearch

SESSION_KEY = "alerts_visits"
KEPT = 20  # saved-search visits remembered per session (the most recent ones)


def _filters(query: str | QueryDict) -> tuple[tuple[str, str], ...]:
    """The filters of a deal-list query, order-free: sorting or paging the list keeps them."""
    pairs = query.lists() if isinstance(query, QueryDict) else None
    if pairs is not None:
        items = [(k, v) for k, values in pairs for v in values]
    else:
        items = parse_qsl(str(query), keep_blank_values=False)
    return tuple(sorted((k, v) for k, v in items if v.strip() and k not in NOT_FILTERS))


def new_in_window(deals: QuerySet[Deal], since: datetime | None, until: datetime) -> QuerySet[Deal]:
    """The deals of ``deals`` added after ``since`` (all of them when never visited) and by
    ``until``: My DealScope's "N new" (until now) and the list's marks use this one rule."""
    if since is not None:
        deals = deals.filter(created_at__gt=since)
    return deals.filter(created_at__lte=until)


def remember_visit(request: HttpRequest, search: SavedSearch) -> None:
    """Stamp ``search`` as seen now; keep the window since the previous stamp for the list."""
    now = timezone.now()
    visits: dict[str, Any] = dict(request.session.get(SESSION_KEY, {}))
    visits.pop(str(search.pk), None)
    visits[str(search.pk)] = {
        "query": search.query,
        "since": search.last_seen_at.isoformat() if search.last_seen_at else None,
        "until": now.isoformat(),
    }
    # Dicts keep insertion order: the oldest visits go first.
    request.session[SESSION_KEY] = dict(list(visits.items())[-KEPT:])
    search.last_seen_at = now
    search.save(update_fields=["last_seen_at"])


@dataclass
class NewMarks:
    """The rows to mark on one page of the deal list, and how many are new in all."""

    search: SavedSearch
    since: datetime | None
    count: int
    ids: frozenset[int]


def new_marks(request: HttpRequest, deals: QuerySet[Deal], page_ids: list[int]) -> NewMarks | None:
    """What to mark on the deal list showing ``deals`` (its filtered queryset) when the reader
    came from one of their saved searches with the same filters; None otherwise."""
    user = request.user
    visits = request.session.get(SESSION_KEY) if user.is_authenticated else None
    if not visits or user.pk is None:
        return None
    shown = _filters(request.GET)
    for pk, visit in reversed(list(visits.items())):
        if _filters(visit.get("query", "")) != shown:
            continue
        search = SavedSearch.objects.filter(pk=int(pk), user_id=user.pk).first()
        until = parse_datetime(visit.get("until") or "")
        if search is None or until is None:
            return None  # deleted since, or another account's session data: nothing to mark
        since = parse_datetime(visit["since"]) if visit.get("since") else None
        new = new_in_window(deals, since, until)
        ids = frozenset(new.filter(pk__in=page_ids).values_list("pk", flat=True))
        return NewMarks(search=search, since=since, count=new.count(), ids=ids)
    return None
