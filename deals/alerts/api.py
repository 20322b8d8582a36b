"""``/api/v1/saved-searches/``: a token holder's own saved searches and their webhooks.

``query`` is checked by the deal list's FilterSet (a rejected parameter is a 400 naming it),
``webhook_url`` by :func:`deals.alerts.delivery.check_webhook_url`; nothing is stored when
either is refused. The webhook's signing secret is in the response that sets the URL, once.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.urls import reverse
from drf_spectacular.utils import (
    OpenApiResponse,
    extend_schema,
    extend_schema_field,
    extend_schema_view,
)
from rest_framework import mixins, permissions, serializers, viewsets
from rest_framework.request import Request

from core.api.base import LIST_ERRORS, READ_ERRORS, WRITE_ERRORS, StrictFieldsMixin

from .delivery import UnsafeURL, check_webhook_url
from .matching import QueryError, normalize_query
from .models import SavedSearch


class SavedSearchSerializer(StrictFieldsMixin, serializers.ModelSerializer):
    """``{"id", "name", "query", "email", "webhook_url", "feed_url", "created_at"}``."""

    webhook_url = serializers.URLField(
        max_length=500,
        required=False,
        allow_null=True,
        help_text="Receives new matches as signed POSTs (X-DealScope-Signature).",
    )
    feed_url = serializers.SerializerMethodField()
    webhook_secret = serializers.SerializerMethodField(
        help_text="The HMAC key of the signatures: present only in the answer that set the URL."
    )

    class Meta:
        model = SavedSearch
        fields = [
            "id", "name", "query", "email", "webhook_url", "feed_url", "created_at",
            "webhook_secret",
        ]  # fmt: skip
        read_only_fields = ["id", "feed_url", "created_at"]

    def to_representation(self, instance: SavedSearch) -> dict[str, Any]:
        data = super().to_representation(instance)
        hook = getattr(instance, "webhook", None)
        data["webhook_url"] = hook.url if hook is not None else None
        if data.get("webhook_secret") is None:
            data.pop("webhook_secret", None)  # the key is absent, not null, after the first answer
        return data

    @extend_schema_field(serializers.URLField())
    def get_feed_url(self, search: SavedSearch) -> str:
        path = reverse("alerts:saved_search_feed", args=[search.feed_token])
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request is not None else path

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_webhook_secret(self, search: SavedSearch) -> str | None:
        return getattr(search, "_new_webhook_secret", None)

    def validate_query(self, value: str) -> str:
        try:
            return normalize_query(value)
        except QueryError as exc:
            # Each refused parameter named, as the deal list's own 400 does.
            raise serializers.ValidationError(
                [f"{name}: {' '.join(msgs)}" for name, msgs in exc.errors.items()]
            ) from None

    def validate_webhook_url(self, value: str | None) -> str | None:
        if value:
            try:
                check_webhook_url(value)
            except UnsafeURL as exc:
                raise serializers.ValidationError(str(exc)) from None
        return value or None

    def _set_webhook(self, search: SavedSearch, url: str | None) -> None:
        secret = search.set_webhook(url)
        if secret is not None:
            search._new_webhook_secret = secret  # type: ignore[attr-defined]

    def create(self, validated_data: dict[str, Any]) -> SavedSearch:
        url = validated_data.pop("webhook_url", None)
        with transaction.atomic():
            search = SavedSearch.objects.create(**validated_data)
            self._set_webhook(search, url)
        return search

    def update(self, instance: SavedSearch, validated_data: dict[str, Any]) -> SavedSearch:
        has_url = "webhook_url" in validated_data
        url = validated_data.pop("webhook_url", None)
        with transaction.atomic():
            instance = super().update(instance, validated_data)
            if has_url:
                self._set_webhook(instance, url)
        return instance


_NO_TOKEN = {401: WRITE_ERRORS[401]}


@extend_schema_view(
    list=extend_schema(
        summary="Your saved searches",
        responses={200: SavedSearchSerializer, **LIST_ERRORS, **_NO_TOKEN},
    ),
    create=extend_schema(
        summary="Save a deal-list search",
        responses={201: SavedSearchSerializer, **WRITE_ERRORS},
    ),
    retrieve=extend_schema(
        summary="One of your saved searches",
        responses={200: SavedSearchSerializer, **READ_ERRORS, **_NO_TOKEN},
    ),
    update=extend_schema(
        summary="Replace a saved search",
        responses={200: SavedSearchSerializer, **WRITE_ERRORS, 404: READ_ERRORS[404]},
    ),
    partial_update=extend_schema(
        summary="Change a saved search",
        responses={200: SavedSearchSerializer, **WRITE_ERRORS, 404: READ_ERRORS[404]},
    ),
    destroy=extend_schema(
        summary="Delete a saved search",
        responses={
            204: OpenApiResponse(description="Deleted."),
            **_NO_TOKEN,
            404: READ_ERRORS[404],
            429: READ_ERRORS[429],
        },
    ),
)
class SavedSearchViewSet(
    mixins.ListModelMixin,
    mixins.CreateModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    """The requesting user's saved searches (anyone else's are a 404)."""

    serializer_class = SavedSearchSerializer
    permission_classes = [permissions.IsAuthenticated]
    # Any id-looking segment reaches the view, so a malformed id is the API's JSON 404.
    lookup_value_regex = "[^/]+"
    queryset = SavedSearch.objects.none()

    def get_queryset(self) -> Any:
        user = self.request.user
        if not user.is_authenticated:
            return SavedSearch.objects.none()
        return SavedSearch.objects.filter(user_id=user.pk).select_related("webhook").order_by("pk")

    def perform_create(self, serializer: serializers.BaseSerializer) -> None:
        request: Request = self.request
        serializer.save(user=request.user)
