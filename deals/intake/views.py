""" "New deals from text": paste an announcement, review the extracted candidates, accept drafts.

Three admin-styled screens for staff with ``deals.add_deal``:
1. the text form (text, source URL, publisher, publication date);
2. the review: each candidate's values as editable fields beside the sentences they came from,
   company and asset matches (an existing one or "create new"), and a warning when a deal
   with the same parties and asset was announced within 90 days;
3. the result: links to the draft deals created. Rejected candidates create nothing.

The extraction travels from screen 1 to screen 2 in a signed hidden field, so the quotes
shown as provenance cannot be altered in the browser; the values themselves are the
analyst's to edit.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import permission_required
from django.core import signing
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from deals import services
from deals.intake.extraction import directory_from_db, extract_deals
from deals.intake.forms import (
    NEW,
    SIGNING_SALT,
    SWAPPED_ROLE,
    UNDISCLOSED,
    IntakeTextForm,
    Review,
    _admin_change_url,
    swap_parties,
)
from deals.models import Deal

# --- Forms ----------------------------------------------------------------------------------


# --- Review model ---------------------------------------------------------------------------


# --- Views ----------------------------------------------------------------------------------


def _guard(view: Any) -> Any:
    return staff_member_required(permission_required("deals.add_deal", raise_exception=True)(view))


@_guard
@require_http_methods(["GET", "POST"])
def intake_start(request: HttpRequest) -> HttpResponse:
    """Screen 1 (GET) and, when the text is valid, screen 2 with the extracted candidates."""
    form = IntakeTextForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        published_on = data["published_on"] or timezone.localdate()
        candidates = [
            c.to_dict() for c in extract_deals(data["text"], published_on, directory_from_db())
        ]
        source = {
            "language": _language(data["text"]),
            "url": data["source_url"],
            "publisher": data["publisher"],
            "title": data["source_title"],
            "published_on": published_on.isoformat(),
        }
        payload = signing.dumps(
            {"source": source, "candidates": candidates}, salt=SIGNING_SALT, compress=True
        )
        reviews = [Review(i, c, user=request.user) for i, c in enumerate(candidates)]
        return _render_review(request, source, payload, reviews)
    return render(
        request,
        "intake/start.html",
        {**_admin_context(request, "New deals from text"), "form": form},
    )


@_guard
@require_http_methods(["POST"])
def intake_review(request: HttpRequest) -> HttpResponse:
    """Screen 2 submitted: create a draft deal for each accepted candidate, or show the errors."""
    try:
        bundle = signing.loads(request.POST.get("payload", ""), salt=SIGNING_SALT)
    except signing.BadSignature:
        return HttpResponseBadRequest(
            "The review form was altered or is incomplete; paste the text again."
        )
    source, candidates = bundle["source"], bundle["candidates"]
    swap = request.POST.get("swap", "")
    if swap.startswith("c") and swap[1:].isdigit() and int(swap[1:]) < len(candidates):
        # "Swap parties" without JavaScript: the same screen, each party on the other side.
        index = int(swap[1:])
        candidates[index] = swap_parties(candidates[index])
        data = request.POST.copy()
        for key in list(data):
            if key.startswith(f"{swap}-party-") and key.endswith("-role"):
                role = str(data.get(key, ""))
                data[key] = SWAPPED_ROLE.get(role, role)
        payload = signing.dumps(
            {"source": source, "candidates": candidates}, salt=SIGNING_SALT, compress=True
        )
        reviews = [Review(i, c, data=data, user=request.user) for i, c in enumerate(candidates)]
        return _render_review(request, source, payload, reviews)
    reviews = [Review(i, c, data=request.POST, user=request.user) for i, c in enumerate(candidates)]
    if not all(r.is_valid() for r in reviews):
        messages.error(request, "Please correct the errors below; nothing was saved.")
        return _render_review(request, source, request.POST["payload"], reviews, status=400)
    accepted = [r for r in reviews if r.form.cleaned_data["decision"] == "accept"]
    if not accepted:
        messages.info(request, "All candidates were rejected; nothing was created.")
        return redirect("intake:intake_start")
    try:
        with transaction.atomic():
            deals = [
                services.create_deal_from_extraction(_reviewed(r), source=source, user=request.user)
                for r in accepted
            ]
    except services.DealInputError as error:
        messages.error(request, f"The deal could not be saved: {_flatten(error.errors)}")
        return _render_review(request, source, request.POST["payload"], reviews, status=400)
    ids = ",".join(str(d.pk) for d in deals)
    return redirect(f"{reverse('intake:intake_done')}?deals={ids}")


@_guard
@require_http_methods(["GET"])
def intake_done(request: HttpRequest) -> HttpResponse:
    """Screen 3: the drafts just created, with links to edit them in the admin."""
    ids = [int(x) for x in request.GET.get("deals", "").split(",") if x.isdigit()]
    deals = list(
        Deal.objects.visible_to(request.user)
        .filter(pk__in=ids)
        .prefetch_related("parties__company")
    )
    rows = [(deal, _admin_change_url(deal)) for deal in deals]
    context = {**_admin_context(request, "Draft deals created"), "rows": rows}
    return render(request, "intake/done.html", context)


def _render_review(
    request: HttpRequest,
    source: dict[str, Any],
    payload: str,
    reviews: list[Review],
    status: int = 200,
) -> HttpResponse:
    context = {
        **_admin_context(request, "Review extracted deals"),
        "source": source,
        "payload": payload,
        "reviews": reviews,
    }
    return render(request, "intake/review.html", context, status=status)


def _admin_context(request: HttpRequest, title: str) -> dict[str, Any]:
    from django.contrib import admin

    return {**admin.site.each_context(request), "title": title}


def _language(text: str) -> str:
    """ "ko" for Hangul, "zh" for Han without Hangul, else "en": enough for the Source row."""
    if any("가" <= ch <= "힣" for ch in text):
        return "ko"
    if any("一" <= ch <= "鿿" for ch in text):
        return "zh"
    return "en"


def _codes(value: str) -> list[str]:
    return [code.strip().upper() for code in value.replace(";", ",").split(",") if code.strip()]


def _reviewed(review: Review) -> dict[str, Any]:
    """The analyst's edited values, in the shape services.create_deal_from_extraction takes."""
    data = review.form.cleaned_data
    quotes = review.candidate.get("quotes", {})
    parties = []
    for form in review.parties.forms:
        p = form.cleaned_data
        if not p or not p.get("include"):
            continue
        if (
            p.get("company") is None
            and p.get("match") not in {NEW, UNDISCLOSED}
            and not p.get("name")
        ):
            continue
        parties.append(
            {
                "role": p["role"],
                "company": p.get("company"),
                "new_company": (p.get("name") or "").strip()
                if p.get("match") == NEW and not p.get("company")
                else "",
                "name_as_reported": (p.get("name") or "").strip(),
            }
        )
    assets = []
    for asset_form in review.assets.forms:
        a = asset_form.cleaned_data
        if (
            not a
            or not a.get("include")
            or (not a.get("asset") and not (a.get("name") or "").strip())
        ):
            continue
        assets.append(
            {
                "asset": a.get("asset"),
                "new_asset": (a.get("name") or "").strip() if not a.get("asset") else "",
                "modality": a.get("modality") or "",
                "phase_at_signing": a.get("phase_at_signing") or "",
            }
        )
    extracted_quotes = {
        (p["kind"], p.get("amount")): p.get("quote", "") for p in review.candidate["payments"]
    }
    payments = []
    for payment_form in review.payments.forms:
        p = payment_form.cleaned_data
        if not p or not p.get("include") or not p.get("kind"):
            continue
        key = (p["kind"], f"{p['amount']:.2f}" if p.get("amount") is not None else None)
        payments.append(
            {
                "kind": p["kind"],
                "disclosed": bool(p.get("disclosed")),
                "amount": p.get("amount") if p.get("disclosed") else None,
                "currency": p.get("currency") if p.get("disclosed") else "",
                "quote": extracted_quotes.get(key, ""),
            }
        )
    headline = None
    if data.get("headline_amount") is not None:
        headline = {
            "amount": data["headline_amount"],
            "currency": data["headline_currency"],
            "quote": quotes.get("headline", ""),
        }
    return {
        "title": data["title"].strip(),
        "deal_type": data["deal_type"],
        "status": data["status"],
        "exclusive": data.get("exclusive"),
        "announced_on": data.get("announced_on"),
        "announced_on_precision": data.get("announced_on_precision") or "day",
        "visibility": Deal.Visibility.PUBLIC if data.get("publish") else Deal.Visibility.INTERNAL,
        "parties": parties,
        "assets": assets,
        "headline_value": headline,
        "payments": payments,
        "territory": {
            "included": _codes(data.get("territory_included") or ""),
            "excluded": _codes(data.get("territory_excluded") or ""),
        },
        "royalty": data.get("royalty") or "",
        "quotes": sorted(
            {q for q in quotes.values() if q} | {q for _, _, q in review.quote_rows() if q}
        ),
    }


def _flatten(errors: Any, prefix: str = "") -> str:
    if isinstance(errors, dict):
        return "; ".join(_flatten(v, f"{prefix}{k} ") for k, v in errors.items())
    if isinstance(errors, list):
        return "; ".join(
            f"{prefix}{e}" if not isinstance(e, dict | list) else _flatten(e, prefix)
            for e in errors
        )
    return f"{prefix}{errors}"
