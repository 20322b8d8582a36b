"""Sending what :mod:`deals.alerts.matching` recorded: immediate e-mails, webhooks, digests.

Each delivery is sent in its own transaction with its row locked (``SKIP LOCKED`` on
PostgreSQL), so two workers never send the same row and a worker stopped mid-batch leaves
every unsent row pending for the next run. Visibility is checked again at send time: a deal
made internal after it matched is skipped, never sent to a reader.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import logging
import socket
import urllib.error
import urllib.request
from collections.abc import Callable
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import connection, transaction
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from deals import plain
from deals.models import Deal

from .matching import user_sees
from .models import Delivery, Frequency, SavedSearch, Watch, WebhookSubscription

logger = logging.getLogger(__name__)

UNSUBSCRIBE_SALT = "deals.alerts.unsubscribe"
WEBHOOK_TIMEOUT_SECONDS = 10
WEBHOOK_MAX_ATTEMPTS = 5  # per delivery, with backoff between them
WEBHOOK_DISABLE_AFTER = 10  # consecutive failed attempts disable the subscription


# --- addresses ------------------------------------------------------------------------------


def absolute(path: str) -> str:
    """``path`` on the public site (``SITE_URL``): e-mails and webhooks have no request."""
    return settings.SITE_URL.rstrip("/") + path


def site_request(user: Any) -> HttpRequest:
    """A request for ``SITE_URL`` by ``user``, for serializers that build absolute URLs."""
    parts = urlsplit(settings.SITE_URL)
    request = HttpRequest()
    request.method = "GET"
    request.META["SERVER_NAME"] = parts.hostname or "localhost"
    request.META["SERVER_PORT"] = str(parts.port or (443 if parts.scheme == "https" else 80))
    request.META["HTTP_HOST"] = parts.netloc
    if parts.scheme == "https":
        request.META["wsgi.url_scheme"] = "https"
        request.is_secure = lambda: True  # type: ignore[method-assign]
    # SITE_URL is our own setting, not a client's Host header: no ALLOWED_HOSTS check needed.
    request.get_host = lambda: parts.netloc  # type: ignore[method-assign]
    request.user = user
    return request


# --- webhook URL safety ---------------------------------------------------------------------


class UnsafeURL(ValueError):
    """A webhook URL DealScope refuses to call."""


def check_webhook_url(url: str) -> None:
    """Refuse anything but HTTP(S) to a public address (every address the host resolves to).

    Loopback, private, link-local and reserved targets would let a subscriber make the server
    call its own network; ``WEBHOOKS_ALLOW_PRIVATE`` allows them for local testing only.
    """
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        raise UnsafeURL("Only http:// and https:// webhook URLs are allowed.")
    if not parts.hostname:
        raise UnsafeURL("The webhook URL has no host.")
    if parts.username or parts.password:
        raise UnsafeURL("Credentials in the webhook URL are not allowed; use the signature.")
    if settings.WEBHOOKS_ALLOW_PRIVATE:
        return
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        infos = socket.getaddrinfo(parts.hostname, port, proto=socket.IPPROTO_TCP)
    except (OSError, ValueError) as exc:
        raise UnsafeURL(f"The webhook host cannot be resolved: {exc}.") from None
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not address.is_global:
            raise UnsafeURL(
                f"The webhook host resolves to a private or loopback address ({address}); "
                "only public addresses are allowed."
            )


def sign(body: bytes, secret: str) -> str:
    """The ``X-DealScope-Signature`` value: ``sha256=`` and the hex HMAC of the body."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect could lead to a private address the URL check never saw: not followed."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def webhook_body(deal: Deal, user: Any) -> bytes:
    """The API's JSON of ``deal`` as ``user`` would read it."""
    from deals.api.serializers import DealSerializer  # the API's wire format, one home

    loaded = Deal.objects.for_listing().select_related("royalty").get(pk=deal.pk)
    data = DealSerializer(loaded, context={"request": site_request(user)}).data
    return json.dumps(data, separators=(",", ":"), default=str).encode()


def _post_webhook(delivery: Delivery) -> None:
    hook = delivery.webhook
    assert hook is not None
    check_webhook_url(hook.url)  # again at send time: DNS may have changed since it was set
    body = webhook_body(delivery.deal, delivery.user)
    request = urllib.request.Request(  # noqa: S310 (scheme checked above)
        hook.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": "DealScope-Webhooks/1",
            "X-DealScope-Signature": sign(body, hook.secret),
            "X-DealScope-Delivery": str(delivery.pk),
            "X-DealScope-Event": "deal.updated" if delivery.updated else "deal.new",
        },
    )
    with _OPENER.open(request, timeout=WEBHOOK_TIMEOUT_SECONDS) as response:
        if not 200 <= response.status < 300:
            raise urllib.error.HTTPError(
                hook.url, response.status, "not a 2xx answer", response.headers, None
            )


# --- e-mail ---------------------------------------------------------------------------------


def unsubscribe_url(*, search: SavedSearch | None = None, watch: Watch | None = None) -> str:
    """A link that turns the e-mail of one saved search or watch off, without logging in."""
    payload = {"s": search.pk} if search is not None else {"w": watch.pk if watch else 0}
    token = signing.dumps(payload, salt=UNSUBSCRIBE_SALT)
    return absolute(reverse("alerts:unsubscribe", args=[token]))


def read_unsubscribe_token(token: str) -> dict[str, int]:
    """The payload of an unsubscribe token, or ``signing.BadSignature``."""
    payload = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    if not isinstance(payload, dict):
        raise signing.BadSignature("not an unsubscribe token")
    return payload


def _deal_line(delivery: Delivery) -> dict[str, Any]:
    deal = delivery.deal
    return {
        "deal": deal,
        "updated": delivery.updated,
        "headline": plain.headline_text(deal),
        "upfront": plain.upfront_text(deal),
        "total_potential": plain.total_potential_text(deal),
        "url": absolute(deal.get_absolute_url()),
    }


def _subscription_name(delivery: Delivery) -> str:
    if delivery.saved_search is not None:
        return f"saved search “{delivery.saved_search.name}”"
    if delivery.watch is not None:
        return f"watch on {delivery.watch.target}"
    return "alert"


def build_email(
    user: Any, deliveries: list[Delivery], *, digest: str = ""
) -> EmailMultiAlternatives:
    """One e-mail (text and HTML) listing the deals of ``deliveries``, grouped by subscription."""
    groups: dict[str, dict[str, Any]] = {}
    for delivery in deliveries:
        key = (
            f"s{delivery.saved_search_id}" if delivery.saved_search_id else f"w{delivery.watch_id}"
        )
        group = groups.setdefault(
            key,
            {
                "name": _subscription_name(delivery),
                "unsubscribe_url": unsubscribe_url(
                    search=delivery.saved_search, watch=delivery.watch
                ),
                "lines": [],
            },
        )
        group["lines"].append(_deal_line(delivery))
    count = len(deliveries)
    if digest:
        subject = f"DealScope {digest} digest: {count} deal{'s' if count != 1 else ''}"
    else:
        first = deliveries[0]
        prefix = "Updated deal" if first.updated else "New deal"
        subject = f"{prefix}: {first.deal.title}"
        if count > 1:
            subject = f"DealScope: {count} deals for your alerts"
    context = {
        "user": user,
        "groups": list(groups.values()),
        "digest": digest,
        "count": count,
        "my_url": absolute(reverse("alerts:my_dealscope")),
    }
    text = render_to_string("alerts/email/deals.txt", context)
    html = render_to_string("alerts/email/deals.html", context)
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, [user.email])
    message.attach_alternative(html, "text/html")
    first_unsubscribe = next(iter(groups.values()))["unsubscribe_url"]
    message.extra_headers["List-Unsubscribe"] = f"<{first_unsubscribe}>"
    return message


# --- the loop -------------------------------------------------------------------------------


def _due(queryset: QuerySet[Delivery]) -> QuerySet[Delivery]:
    now = timezone.now()
    return queryset.filter(status=Delivery.Status.PENDING).filter(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    )


def _locked(queryset: QuerySet[Delivery]) -> QuerySet[Delivery]:
    if connection.features.has_select_for_update_skip_locked:
        return queryset.select_for_update(skip_locked=True, of=("self",))
    return queryset


def _still_visible(delivery: Delivery) -> bool:
    return delivery.user.is_active and user_sees(delivery.user, delivery.deal)


def _send_one(delivery: Delivery) -> None:
    """Send one locked, pending delivery and record the outcome on it."""
    if not _still_visible(delivery):
        delivery.status = Delivery.Status.SKIPPED
        delivery.add_log("skipped: the subscriber may not see this deal")
        return
    delivery.attempts += 1
    if delivery.channel == Delivery.Channel.EMAIL:
        if not delivery.user.email:
            delivery.status = Delivery.Status.SKIPPED
            delivery.add_log("skipped: the user has no e-mail address")
            return
        build_email(delivery.user, [delivery]).send()
        delivery.status = Delivery.Status.SENT
        delivery.sent_at = timezone.now()
        delivery.add_log(f"e-mailed {delivery.user.email}")
        return
    hook = delivery.webhook
    if hook is None or not hook.active:
        delivery.status = Delivery.Status.SKIPPED
        delivery.add_log("skipped: the webhook is disabled")
        return
    try:
        _post_webhook(delivery)
    except (OSError, ValueError, urllib.error.URLError) as exc:
        _webhook_failed(delivery, hook, exc)
        return
    delivery.status = Delivery.Status.SENT
    delivery.sent_at = timezone.now()
    delivery.add_log(f"POST {hook.url}: 2xx")
    WebhookSubscription.objects.filter(pk=hook.pk).update(failures=0)


def _webhook_failed(delivery: Delivery, hook: WebhookSubscription, exc: Exception) -> None:
    delivery.add_log(f"POST {hook.url} failed (attempt {delivery.attempts}): {exc}")
    failures = hook.failures + 1
    disabled_at = timezone.now() if failures >= WEBHOOK_DISABLE_AFTER else None
    WebhookSubscription.objects.filter(pk=hook.pk).update(
        failures=failures, disabled_at=disabled_at
    )
    hook.failures, hook.disabled_at = failures, disabled_at
    if disabled_at is not None:
        delivery.add_log(f"webhook disabled after {failures} consecutive failures")
    if delivery.attempts >= WEBHOOK_MAX_ATTEMPTS or disabled_at is not None:
        delivery.status = Delivery.Status.FAILED
        return
    # 1, 2, 4, 8... minutes: a receiver that is down for a while is not hammered.
    delivery.next_attempt_at = timezone.now() + timedelta(minutes=2 ** (delivery.attempts - 1))


IMMEDIATE = Q(channel=Delivery.Channel.WEBHOOK) | Q(frequency=Frequency.IMMEDIATE)


def _send_locked(delivery: Delivery) -> None:
    try:
        _send_one(delivery)
    except Exception as exc:  # an SMTP outage: retried later, never lost
        logger.exception("alert delivery %s failed", delivery.pk)
        delivery.add_log(f"failed: {exc}")
        if delivery.attempts >= WEBHOOK_MAX_ATTEMPTS:
            delivery.status = Delivery.Status.FAILED
        delivery.next_attempt_at = timezone.now() + timedelta(minutes=5)
    delivery.save()


def deliver_one(delivery_id: int) -> Delivery | None:
    """Send delivery ``delivery_id`` if it is an immediate one, pending and due (else None)."""
    with transaction.atomic():
        delivery = (
            _locked(_due(Delivery.objects.filter(IMMEDIATE, pk=delivery_id)))
            .select_related("user", "deal", "webhook", "saved_search", "watch")
            .first()
        )
        if delivery is None:
            return None  # sent already, not due yet, or another worker holds it
        _send_locked(delivery)
    return delivery


def deliver_pending(
    *, limit: int | None = None, after_each: Callable[[], None] | None = None
) -> int:
    """Send every due immediate e-mail and webhook, one locked row at a time; returns the count
    handled. ``after_each`` is a test hook (a worker stopped mid-batch)."""
    handled = 0
    while limit is None or handled < limit:
        with transaction.atomic():
            delivery = (
                _locked(_due(Delivery.objects.filter(IMMEDIATE)))
                .select_related("user", "deal", "webhook", "saved_search", "watch")
                .order_by("pk")
                .first()
            )
            if delivery is None:
                break
            _send_locked(delivery)
        handled += 1
        if after_each is not None:
            after_each()
    return handled


DIGEST_PERIODS: dict[str, str] = {Frequency.DAILY: "daily", Frequency.WEEKLY: "weekly"}


def send_digests(frequency: str) -> int:
    """One e-mail per user with every pending delivery of that frequency; returns e-mails sent.

    Nobody with nothing new gets an e-mail: a digest exists only when deliveries wait for it.
    """
    pending = _due(
        Delivery.objects.filter(channel=Delivery.Channel.EMAIL, frequency=frequency)
    ).values_list("user_id", flat=True)
    sent = 0
    for user_id in sorted(set(pending)):
        with transaction.atomic():
            rows = list(
                _locked(
                    _due(
                        Delivery.objects.filter(
                            channel=Delivery.Channel.EMAIL, frequency=frequency, user_id=user_id
                        )
                    )
                )
                .select_related("user", "deal", "saved_search", "watch")
                .order_by("pk")
            )
            if not rows:
                continue
            user = rows[0].user
            visible = []
            for delivery in rows:
                if _still_visible(delivery) and user.email:
                    visible.append(delivery)
                else:
                    delivery.status = Delivery.Status.SKIPPED
                    delivery.add_log("skipped: not visible to the subscriber, or no address")
            if visible:
                build_email(user, visible, digest=DIGEST_PERIODS[frequency]).send()
                sent += 1
            now = timezone.now()
            for delivery in visible:
                delivery.status = Delivery.Status.SENT
                delivery.sent_at = now
                delivery.attempts += 1
                delivery.add_log(f"in the {DIGEST_PERIODS[frequency]} digest to {user.email}")
            Delivery.objects.bulk_update(rows, ["status", "sent_at", "attempts", "log"])
    return sent
