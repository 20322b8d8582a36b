"""The private Atom feed of one saved search: its secret token is the only credential.

The feed shows what the search's owner may see (never more), so a leaked URL leaks no more
than that reader's own view; revoking the feed replaces the token.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse

from deals.feeds import DealFeed, FeedScope
from deals.models import DealQuerySet

from .models import SavedSearch


class SavedSearchFeed(DealFeed):
    """The latest deals of one saved search, as its owner sees them."""

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> FeedScope:
        search = get_object_or_404(
            SavedSearch.objects.select_related("user"),
            feed_token=kwargs["token"],
            user__is_active=True,
        )
        return FeedScope(user=search.user, subject=search)  # type: ignore[arg-type]

    def title(self, scope: FeedScope) -> str:
        return f"DealScope: {scope.subject}"

    def subtitle(self, scope: FeedScope) -> str:
        return "New deals matching a saved search."

    def link(self, scope: FeedScope) -> str:
        assert isinstance(scope.subject, SavedSearch)
        return f"{reverse('deals:deal_list')}?{scope.subject.query}"

    def deals(self, scope: FeedScope) -> DealQuerySet:
        from .views import search_deals

        assert isinstance(scope.subject, SavedSearch)
        return search_deals(scope.subject, scope.user).order_by()
