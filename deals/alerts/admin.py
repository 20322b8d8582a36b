"""Admin for alerts: saved searches, watches, webhooks and the delivery log."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from .models import Delivery, SavedSearch, Watch, WebhookSubscription


@admin.register(SavedSearch)
class SavedSearchAdmin(admin.ModelAdmin):
    list_display = ("name", "user", "query", "email", "created_at")
    list_select_related = ("user",)
    list_filter = ("email",)
    search_fields = ("name", "query", "user__username", "user__email")
    exclude = ("feed_token",)  # a credential: not shown


@admin.register(Watch)
class WatchAdmin(admin.ModelAdmin):
    list_display = ("user", "content_type", "object_id", "email", "created_at")
    list_select_related = ("user", "content_type")
    list_filter = ("content_type", "email")


@admin.register(WebhookSubscription)
class WebhookSubscriptionAdmin(admin.ModelAdmin):
    list_display = ("url", "saved_search", "failures", "disabled_at", "created_at")
    list_select_related = ("saved_search",)
    exclude = ("secret",)  # shown to its owner once; never again
    actions = ["enable"]

    @admin.action(description="Enable again (reset the failure count)")
    def enable(self, request: HttpRequest, queryset: QuerySet[WebhookSubscription]) -> None:
        count = queryset.update(disabled_at=None, failures=0)
        self.message_user(request, f"{count} webhooks enabled.", messages.SUCCESS)


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    """The delivery log: what was sent to whom, how often it was tried and why it failed."""

    list_display = (
        "pk", "channel", "frequency", "user", "deal", "updated", "status", "attempts",
        "created_at", "sent_at",
    )  # fmt: skip
    list_select_related = ("user", "deal")
    list_filter = ("status", "channel", "frequency", "updated")
    search_fields = ("user__username", "deal__title", "dedup_key")
    readonly_fields = [f.name for f in Delivery._meta.fields]
    actions = ["retry"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.action(description="Retry now")
    def retry(self, request: HttpRequest, queryset: QuerySet[Delivery]) -> None:
        count = queryset.exclude(status=Delivery.Status.SENT).update(
            status=Delivery.Status.PENDING, next_attempt_at=None
        )
        self.message_user(request, f"{count} deliveries queued again.", messages.SUCCESS)
