"""Atom feeds of new deals: everything, one conference's deals, one company's deals.

Feed objects are shared between requests, so the reader's identity travels in the object that
``get_object`` returns rather than on ``self``; every item query is ``visible_to`` that user.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time
from typing import Any

from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from companies.models import Company
from deals import plain
from deals.dates import format_precise
from deals.models import Conference, Deal, DealParty, DealQuerySet
from deals.models.terms import split_sides

FEED_LENGTH = 50


@dataclass(frozen=True)
class FeedScope:
    """Who is reading, and which conference or company the feed is about (if any)."""

    user: Any
    subject: Conference | Company | None = None


class DealFeed(Feed):
    """The latest deals, newest announcement first."""

    feed_type = Atom1Feed

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> FeedScope:
        return FeedScope(user=request.user)

    def title(self, scope: FeedScope) -> str:
        return "DealScope: latest deals"

    def subtitle(self, scope: FeedScope) -> str:
        return "New pharma business-development deals: licenses, options, acquisitions."

    def link(self, scope: FeedScope) -> str:
        return reverse("deals:deal_list")

    def deals(self, scope: FeedScope) -> DealQuerySet:
        return Deal.objects.visible_to(scope.user)

    def items(self, scope: FeedScope) -> QuerySet[Deal]:
        return self.deals(scope).for_listing().order_by("-announced_on", "-pk")[:FEED_LENGTH]

    def item_title(self, deal: Deal) -> str:
        return deal.title

    def item_description(self, deal: Deal) -> str:
        return describe(deal)

    def item_link(self, deal: Deal) -> str:
        return deal.get_absolute_url()

    def item_pubdate(self, deal: Deal) -> datetime | None:
        # Announcement dates are calendar dates; midnight UTC is the honest instant for a day.
        # A deal known only to its month, quarter or year has no such instant: <published> is
        # left out (Atom makes it optional) and the description names the period instead.
        if deal.announced_on:
            if deal.announced_on_precision != "day":
                return None
            return datetime.combine(deal.announced_on, time.min, tzinfo=UTC)
        return deal.created_at

    def item_updateddate(self, deal: Deal) -> datetime:
        return deal.updated_at

    def item_categories(self, deal: Deal) -> list[str]:
        categories = [deal.get_deal_type_display()]
        if deal.conference is not None:
            categories.append(deal.conference.name)
        return categories


class ConferenceDealFeed(DealFeed):
    """The deals linked to one conference."""

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> FeedScope:
        conference = get_object_or_404(Conference, slug=kwargs["slug"])
        return FeedScope(user=request.user, subject=conference)

    def title(self, scope: FeedScope) -> str:
        return f"DealScope: deals at {scope.subject}"

    def subtitle(self, scope: FeedScope) -> str:
        return f"Deals announced at {scope.subject}."

    def link(self, scope: FeedScope) -> str:
        assert scope.subject is not None  # get_object() found it
        return scope.subject.get_absolute_url()

    def deals(self, scope: FeedScope) -> DealQuerySet:
        return Deal.objects.visible_to(scope.user).filter(conference=scope.subject)


class CompanyDealFeed(DealFeed):
    """The deals one company takes part in, in any role."""

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> FeedScope:
        company = get_object_or_404(Company, slug=kwargs["slug"])
        return FeedScope(user=request.user, subject=company)

    def title(self, scope: FeedScope) -> str:
        return f"DealScope: deals of {scope.subject}"

    def subtitle(self, scope: FeedScope) -> str:
        return f"Deals {scope.subject} takes part in."

    def link(self, scope: FeedScope) -> str:
        assert scope.subject is not None  # get_object() found it
        return scope.subject.get_absolute_url()

    def deals(self, scope: FeedScope) -> DealQuerySet:
        assert isinstance(scope.subject, Company)  # get_object() found it
        parties = DealParty.objects.filter(company=scope.subject).values("deal")
        return Deal.objects.visible_to(scope.user).filter(pk__in=parties)


def describe(deal: Deal) -> str:
    """A one-paragraph plain-text summary: who, what, the headline value and the terms known."""
    sellers, buyers, others = split_sides(deal.parties.all())

    def names(group: list[DealParty]) -> str:
        return ", ".join(p.company.name if p.company is not None else "Undisclosed" for p in group)

    status = deal.get_status_display().lower()
    parts = [deal.get_deal_type_display()]
    if deal.announced_on:
        # "License, announced Mar 4, 2026"; a later status beside it: "(closed), announced …".
        when = format_precise(deal.announced_on, deal.announced_on_precision)
        parts[0] += (
            f", announced {when}" if status == "announced" else f" ({status}), announced {when}"
        )
    else:
        parts[0] += f" ({status})"
    if sellers or buyers:
        # The arrow runs from the side that gives rights (or is bought) to the side that takes
        # them; a partner stands on neither and is named after it with its role.
        parts.append(" → ".join(filter(None, [names(sellers), names(buyers)])))
    if others:
        partners = ", ".join(f"{names([p])} ({p.get_role_display().lower()})" for p in others)
        parts.append(f"with {partners}" if sellers or buyers else partners)
    if deal.headline_amount is not None:
        parts.append(f"headline {plain.headline_text(deal)}")
    upfront = plain.upfront_text(deal)
    if upfront != plain.UNDISCLOSED:  # a disclosed upfront, in dollars or "no FX rate"
        parts.append(f"upfront {upfront}")
    text = "; ".join(parts) + "."
    if deal.summary:
        text = f"{text} {deal.summary}"
    return text
