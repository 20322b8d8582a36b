"""Saved searches, watches, webhook subscriptions and the deliveries sent for them.

A saved search is a deal-list query string, validated by the deal list's own FilterSet, so
what a reader saved means exactly what the list showed. A watch follows one company, asset,
target or conference. Each alert that is due becomes a :class:`Delivery` row whose
``dedup_key`` (subscription, deal, version of the deal's money, parties and status) is unique:
a worker restart or a second matching run can never send the same thing twice.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import Q


class Frequency(models.TextChoices):
    """How often a subscriber wants e-mail about a saved search or a watch."""

    OFF = "off", "No e-mail"
    IMMEDIATE = "immediate", "Immediately"
    DAILY = "daily", "Daily digest"
    WEEKLY = "weekly", "Weekly digest"


def new_feed_token() -> str:
    """A fresh secret for a private feed URL (revoking a feed replaces it)."""
    return secrets.token_urlsafe(24)


class SavedSearch(models.Model):
    """A named deal-list query of one user, with how they want to hear about new matches."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches"
    )
    name = models.CharField(max_length=120)
    # The deal list's query string as the FilterSet accepted it (tidy, page parameters removed).
    query = models.CharField(max_length=2000, blank=True)
    email = models.CharField(max_length=10, choices=Frequency.choices, default=Frequency.OFF)
    feed_token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    # When the owner last opened the list from "My DealScope": deals created later are "new".
    last_seen_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name_plural = "saved searches"
        constraints = [
            models.CheckConstraint(
                condition=Q(email__in=[c.value for c in Frequency]), name="savedsearch_email_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def set_webhook(self, url: str | None) -> str | None:
        """Point the search's webhook at ``url`` (an already checked URL), or remove it (None).

        A new URL gets a new subscription with a new secret, returned so that the caller can
        show it once; the same URL again keeps the secret and returns None, and resumes a
        webhook that repeated failures disabled (the receiver is back). The API and the
        My DealScope form both come here.
        """
        hook = WebhookSubscription.objects.filter(saved_search=self).first()
        if hook is not None and hook.url == url:
            if hook.disabled_at is not None:
                hook.disabled_at = None
                hook.failures = 0
                hook.save(update_fields=["disabled_at", "failures"])
                self._state.fields_cache["webhook"] = hook
            return None
        with transaction.atomic():
            if hook is not None:
                hook.delete()
            hook = WebhookSubscription.objects.create(saved_search=self, url=url) if url else None
        # What ``search.webhook`` answers from now on (None: RelatedObjectDoesNotExist).
        self._state.fields_cache["webhook"] = hook
        return hook.secret if hook is not None else None

    def revoke_feed(self) -> None:
        """Invalidate the private feed URL by giving it a new secret."""
        self.feed_token = new_feed_token()
        self.save(update_fields=["feed_token"])


class Watch(models.Model):
    """One user following one company, asset, target or conference."""

    WATCHABLE = (
        ("companies", "company"),
        ("companies", "asset"),
        ("companies", "target"),
        ("deals", "conference"),
    )

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="watches"
    )
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    email = models.CharField(max_length=10, choices=Frequency.choices, default=Frequency.DAILY)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "content_type", "object_id"], name="watch_once_per_user"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} watches {self.target}"

    @property
    def kind(self) -> str:
        return self.content_type.model

    def deal_q(self) -> Q:
        """The deals this watch is about, as a condition on Deal."""
        kind = self.kind
        if kind == "company":
            return Q(parties__company_id=self.object_id)
        if kind == "asset":
            return Q(deal_assets__asset_id=self.object_id)
        if kind == "target":
            return Q(deal_assets__asset__targets__id=self.object_id)
        if kind == "conference":
            return Q(conference_id=self.object_id)
        raise ValueError(f"not watchable: {kind}")

    @classmethod
    def about_q(
        cls,
        *,
        company_ids: Iterable[int],
        asset_ids: Iterable[int],
        target_ids: Iterable[int],
        conference_id: int | None,
    ) -> Q | None:
        """The watches about a deal with these parties, assets, targets and conference, as a
        condition on Watch (None: none can be): :meth:`deal_q` read from the deal's side, so
        one query finds every watch of a deal (tests compare the two)."""
        ids = {
            "company": set(company_ids),
            "asset": set(asset_ids),
            "target": set(target_ids),
            "conference": {conference_id} if conference_id is not None else set(),
        }
        condition: Q | None = None
        for app_label, model in cls.WATCHABLE:
            if not ids[model]:
                continue
            content_type = ContentType.objects.get_by_natural_key(app_label, model)
            term = Q(content_type=content_type, object_id__in=sorted(ids[model]))
            condition = term if condition is None else condition | term
        return condition


class WebhookSubscription(models.Model):
    """A URL receiving new matches of one saved search as signed POSTs of the API's deal JSON."""

    saved_search = models.OneToOneField(
        SavedSearch, on_delete=models.CASCADE, related_name="webhook"
    )
    url = models.URLField(max_length=500)
    # HMAC key of the X-DealScope-Signature header; shown to the owner once, when set.
    secret = models.CharField(max_length=64, default=secrets.token_hex)
    failures = models.PositiveIntegerField(default=0)
    disabled_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.url

    @property
    def active(self) -> bool:
        return self.disabled_at is None


class Delivery(models.Model):
    """One alert about one deal (version) for one subscription: its state and its log."""

    class Channel(models.TextChoices):
        EMAIL = "email", "E-mail"
        WEBHOOK = "webhook", "Webhook"

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed (gave up)"
        SKIPPED = "skipped", "Skipped"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="alert_deliveries"
    )
    channel = models.CharField(max_length=10, choices=Channel.choices)
    # The e-mail frequency when the delivery was made: immediate ones go out at once, daily and
    # weekly ones wait for send_digests.
    frequency = models.CharField(
        max_length=10, choices=Frequency.choices, default=Frequency.IMMEDIATE
    )
    saved_search = models.ForeignKey(
        SavedSearch, null=True, blank=True, on_delete=models.CASCADE, related_name="deliveries"
    )
    watch = models.ForeignKey(
        Watch, null=True, blank=True, on_delete=models.CASCADE, related_name="deliveries"
    )
    webhook = models.ForeignKey(
        WebhookSubscription,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    deal = models.ForeignKey("deals.Deal", on_delete=models.CASCADE, related_name="+")
    # A digest of the deal's money terms, parties and status when matched (alerts.matching).
    version = models.CharField(max_length=32)
    updated = models.BooleanField(default=False, help_text="Sent before with other terms.")
    dedup_key = models.CharField(max_length=120, unique=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    log = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name_plural = "deliveries"
        indexes = [models.Index(fields=["status", "channel", "frequency"])]

    def __str__(self) -> str:
        return f"{self.get_channel_display()} #{self.pk}"

    def add_log(self, line: str) -> None:
        from django.utils import timezone

        self.log += f"{timezone.now():%Y-%m-%d %H:%M:%S} {line}\n"
