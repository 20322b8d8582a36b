"""Pages of the alerts: save a search, My DealScope, watches, unsubscribe, private feeds.

Every deal shown comes from ``Deal.objects.visible_to(request.user)`` (or the feed owner's),
through the deal list's own FilterSet.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.core.validators import URLValidator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View
from django.views.decorators.http import require_POST

from accounts.models import has_api_access
from deals.filters import DealFilterSet
from deals.models import Deal

from .delivery import UnsafeURL, check_webhook_url, read_unsubscribe_token
from .matching import QueryError, normalize_query
from .models import Frequency, SavedSearch, Watch, WebhookSubscription
from .visits import new_in_window, remember_visit

NEW_SHOWN = 5  # new deals listed under each saved search on My DealScope


def _me(request: HttpRequest) -> Any:
    """The signed-in user of a login-required view (never anonymous there)."""
    assert request.user.is_authenticated
    return request.user


class SavedSearchForm(forms.ModelForm):
    """Name, deal-list query and e-mail frequency; the query is checked by the deal list's
    FilterSet, and a parameter it rejects is an error naming that parameter."""

    class Meta:
        model = SavedSearch
        fields = ["name", "query", "email"]
        widgets = {"query": forms.HiddenInput}

    def clean_query(self) -> str:
        try:
            return normalize_query(self.cleaned_data.get("query", ""))
        except QueryError as exc:
            raise forms.ValidationError(
                [f"{name}: {' '.join(msgs)}" for name, msgs in exc.errors.items()]
            ) from None


def search_deals(search: SavedSearch, user: Any) -> QuerySet[Deal]:
    """The saved search's deals as its owner sees them (the deal list's FilterSet)."""
    visible = Deal.objects.visible_to(user)
    filterset = DealFilterSet(data=QueryDict(search.query), queryset=visible)
    if not filterset.is_valid():
        return visible.none()
    return filterset.qs


def _new_since(search: SavedSearch, user: Any) -> QuerySet[Deal]:
    """The deals added since the owner last opened the search (the list marks the same)."""
    return new_in_window(search_deals(search, user), search.last_seen_at, timezone.now())


class SaveSearchView(LoginRequiredMixin, View):
    """The "Save this search" form of the deal list (GET shows it, POST stores it)."""

    template_name = "alerts/save_search.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        query = request.GET.get("query", "")
        form = SavedSearchForm(initial={"query": query, "email": Frequency.DAILY})
        errors: list[str] = []
        try:
            normalize_query(query)
        except QueryError as exc:
            errors = [f"{k}: {' '.join(v)}" for k, v in exc.errors.items()]
        status = 400 if errors else 200
        return render(
            request,
            self.template_name,
            {"form": form, "query": query, "errors": errors},
            status=status,
        )

    def post(self, request: HttpRequest) -> HttpResponse:
        form = SavedSearchForm(request.POST)
        if not form.is_valid():
            return render(
                request,
                self.template_name,
                {"form": form, "query": request.POST.get("query", ""), "errors": []},
                status=400,
            )
        search = form.save(commit=False)
        search.user = request.user
        search.last_seen_at = timezone.now()
        search.save()
        messages.success(request, f"Saved “{search.name}”.")
        return redirect("alerts:my_dealscope")


class WebhookForm(forms.Form):
    """A saved search's webhook URL, checked as the API checks ``webhook_url``: a URL (the
    API's URLField validator), then HTTP(S) to a public address (:func:`check_webhook_url`)."""

    url = forms.CharField(
        label="Webhook URL",
        max_length=500,
        validators=[URLValidator()],
        widget=forms.URLInput(attrs={"placeholder": "https://example.org/dealscope-hook"}),
    )

    def clean_url(self) -> str:
        url = self.cleaned_data["url"].strip()
        try:
            check_webhook_url(url)
        except UnsafeURL as exc:
            raise forms.ValidationError(str(exc)) from None
        return url


# Session key of the webhook secret to show once, on the next page (not a secret itself).
WEBHOOK_SECRET_KEY = "alerts_webhook_secret"  # noqa: S105  # nosec B105


def _my_dealscope(
    request: HttpRequest,
    *,
    forms_by_search: dict[int, WebhookForm] | None = None,
    status: int = 200,
) -> HttpResponse:
    """My DealScope; ``forms_by_search`` holds a refused webhook form to show with its error."""
    forms_by_search = forms_by_search or {}
    api_access = has_api_access(request.user)
    # Shown once: taken out of the (server-side) session as it is rendered.
    new_secret = request.session.pop(WEBHOOK_SECRET_KEY, None)
    rows = []
    for search in SavedSearch.objects.filter(user_id=_me(request).pk).select_related("webhook"):
        new = _new_since(search, request.user)
        new_count = new.count()
        new_deals = list(new.order_by("-created_at", "-pk")[:NEW_SHOWN])
        hook = getattr(search, "webhook", None)
        form = forms_by_search.get(search.pk) or WebhookForm(
            initial={"url": hook.url if hook else ""}, auto_id=f"hook-{search.pk}-%s"
        )
        shown_once = new_secret and new_secret.get("search") == search.pk and hook is not None
        rows.append(
            {
                "search": search,
                "new_count": new_count,
                "new_deals": new_deals,
                "new_more": new_count - len(new_deals),
                "list_url": f"{reverse('deals:deal_list')}?{search.query}",
                "open_url": reverse("alerts:saved_search_open", args=[search.pk]),
                "feed_url": reverse("alerts:saved_search_feed", args=[search.feed_token]),
                "webhook": hook,
                "webhook_form": form,
                "webhook_secret": new_secret["secret"] if shown_once else None,
            }
        )
    watches = Watch.objects.filter(user_id=_me(request).pk).select_related("content_type")
    context = {
        "rows": rows,
        "watch_count": watches.count(),
        "frequencies": Frequency.choices,
        "api_access": api_access,
    }
    return render(request, "alerts/my_dealscope.html", context, status=status)


class MyDealScopeView(LoginRequiredMixin, View):
    """The reader's saved searches with what is new since the last visit, and their watches."""

    def get(self, request: HttpRequest) -> HttpResponse:
        response = _my_dealscope(request)
        response["Cache-Control"] = "no-store"  # it may carry a webhook secret, shown once
        return response


@login_required
@require_POST
def saved_search_webhook(request: HttpRequest, pk: int) -> HttpResponse:
    """Set (``action=set`` with ``url``) or remove (``action=clear``) a saved search's webhook,
    for readers with an API token; the new signing secret is shown once on My DealScope."""
    search = get_object_or_404(SavedSearch, pk=pk, user_id=_me(request).pk)
    if not has_api_access(request.user):
        return HttpResponse(
            "Webhooks are for API token holders: ask an administrator for a token.",
            status=403,
            content_type="text/plain; charset=utf-8",
        )
    action = request.POST.get("action", "")
    if action == "clear":
        search.set_webhook(None)
        messages.success(request, f"“{search.name}” no longer calls a webhook.")
        return redirect("alerts:my_dealscope")
    if action != "set":
        return HttpResponse("Unknown action.", status=400, content_type="text/plain")
    form = WebhookForm(request.POST, auto_id=f"hook-{search.pk}-%s")
    if not form.is_valid():
        return _my_dealscope(request, forms_by_search={search.pk: form}, status=400)
    was_disabled = _disabled(search)
    secret = search.set_webhook(form.cleaned_data["url"])
    if secret is not None:
        request.session[WEBHOOK_SECRET_KEY] = {"search": search.pk, "secret": secret}
        messages.success(request, f"“{search.name}” now posts its new deals to the webhook.")
    elif was_disabled:
        messages.success(request, f"“{search.name}” posts to its webhook again.")
    else:
        messages.success(request, "The webhook already had that address: nothing changed.")
    return redirect("alerts:my_dealscope")


def _disabled(search: SavedSearch) -> bool:
    hook = WebhookSubscription.objects.filter(saved_search=search).first()
    return hook is not None and hook.disabled_at is not None


@login_required
def open_saved_search(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark the search as seen now and go to its deal list, whose rows added since the
    previous visit are marked "New" (deals/alerts/visits.py)."""
    search = get_object_or_404(SavedSearch, pk=pk, user_id=_me(request).pk)
    remember_visit(request, search)
    url = reverse("deals:deal_list")
    return HttpResponseRedirect(f"{url}?{search.query}" if search.query else url)


@login_required
@require_POST
def update_saved_search(request: HttpRequest, pk: int) -> HttpResponse:
    """Change the e-mail frequency, revoke the private feed, or delete the saved search."""
    search = get_object_or_404(SavedSearch, pk=pk, user_id=_me(request).pk)
    action = request.POST.get("action", "")
    if action == "delete":
        search.delete()
        messages.success(request, f"Deleted “{search.name}”.")
    elif action == "revoke_feed":
        search.revoke_feed()
        messages.success(request, "The old feed address no longer works; here is the new one.")
    elif action == "email" and request.POST.get("email") in Frequency.values:
        search.email = request.POST["email"]
        search.save(update_fields=["email"])
        messages.success(request, f"E-mail for “{search.name}”: {search.get_email_display()}.")
    else:
        return HttpResponse("Unknown action.", status=400, content_type="text/plain")
    return redirect("alerts:my_dealscope")


WATCHABLE_MODELS = {model: app for app, model in Watch.WATCHABLE}


def _watch_target(kind: str, slug: str) -> tuple[ContentType, Any]:
    if kind not in WATCHABLE_MODELS:
        raise Http404("Not watchable.")
    content_type = ContentType.objects.get_by_natural_key(WATCHABLE_MODELS[kind], kind)
    model = content_type.model_class()
    assert model is not None
    return content_type, get_object_or_404(model, slug=slug)


@login_required
@require_POST
def toggle_watch(request: HttpRequest, kind: str, slug: str) -> HttpResponse:
    """Watch or stop watching a company, asset, target or conference, then go back."""
    content_type, target = _watch_target(kind, slug)
    existing = Watch.objects.filter(
        user_id=_me(request).pk, content_type=content_type, object_id=target.pk
    )
    if existing.exists():
        existing.delete()
        messages.success(request, f"You no longer watch {target}.")
    else:
        Watch.objects.create(
            user_id=_me(request).pk, content_type=content_type, object_id=target.pk
        )
        messages.success(request, f"You now watch {target}: its new deals reach you daily.")
    back = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        return HttpResponseRedirect(back)
    return redirect("alerts:watches")


class WatchListView(LoginRequiredMixin, View):
    """The watched items with their latest deals and events."""

    template_name = "alerts/watches.html"
    LATEST = 5

    def get(self, request: HttpRequest) -> HttpResponse:
        visible = Deal.objects.visible_to(request.user)
        rows = []
        for watch in Watch.objects.filter(user_id=_me(request).pk).select_related("content_type"):
            target = watch.target
            if target is None:
                continue
            deals = list(
                visible.filter(watch.deal_q())
                .distinct()
                .order_by("-announced_on", "-pk")
                .prefetch_related("events")[: self.LATEST]
            )
            rows.append({"watch": watch, "target": target, "kind": watch.kind, "deals": deals})
        return render(request, self.template_name, {"rows": rows})


def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """Turn off the e-mail of one saved search or watch from a signed link, without login.

    GET shows a confirmation button (mail scanners follow links); POST turns the e-mail off.
    """
    try:
        payload = read_unsubscribe_token(token)
    except signing.BadSignature:
        return render(request, "alerts/unsubscribe.html", {"invalid": True}, status=400)
    if "s" in payload:
        subject: SavedSearch | Watch | None = SavedSearch.objects.filter(pk=payload["s"]).first()
    else:
        subject = Watch.objects.filter(pk=payload.get("w", 0)).first()
    done = False
    if subject is not None and request.method == "POST":
        subject.email = Frequency.OFF
        subject.save(update_fields=["email"])
        done = True
    return render(
        request,
        "alerts/unsubscribe.html",
        {"subject": subject, "done": done, "invalid": subject is None},
        status=200 if subject is not None else 404,
    )
