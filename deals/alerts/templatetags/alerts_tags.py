"""``{% watch_button obj %}``: the Watch / Watching button of a company, asset, target or
conference page (a sign-in link for anonymous readers)."""

from __future__ import annotations

from typing import Any

from django import template
from django.contrib.contenttypes.models import ContentType

from deals.alerts.models import Watch

register = template.Library()


@register.inclusion_tag("alerts/_watch_button.html", takes_context=True)
def watch_button(context: dict[str, Any], obj: Any) -> dict[str, Any]:
    request = context.get("request")
    user = getattr(request, "user", None)
    kind = obj._meta.model_name
    watching = bool(
        user is not None
        and user.is_authenticated
        and Watch.objects.filter(
            user_id=user.pk,
            content_type=ContentType.objects.get_for_model(obj),
            object_id=obj.pk,
        ).exists()
    )
    return {
        "request": request,
        "user": user,
        "kind": kind,
        "slug": obj.slug,
        "watching": watching,
        "csrf_token": context.get("csrf_token"),
    }
