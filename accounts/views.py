"""Reader sign-up with e-mail confirmation (a signed, expiring token); sign-in, sign-out and
password reset are Django's own auth views (accounts/urls.py), guarded by django-axes."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import send_mail
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse

from .forms import SignUpForm

CONFIRM_SALT = "accounts.confirm-email"
CONFIRM_MAX_AGE = 3 * 24 * 3600  # three days to click the link


def signup(request: HttpRequest) -> HttpResponse:
    """Create an inactive reader account and e-mail its confirmation link."""
    if request.method == "POST":
        form = SignUpForm(request.POST)
        if form.is_valid():
            user = form.save()
            token = signing.dumps({"u": user.pk, "e": user.email}, salt=CONFIRM_SALT)
            link = request.build_absolute_uri(reverse("accounts:confirm", args=[token]))
            body = render_to_string("accounts/confirm_email.txt", {"user": user, "link": link})
            send_mail(
                "Confirm your DealScope account", body, settings.DEFAULT_FROM_EMAIL, [user.email]
            )
            return render(request, "accounts/signup_done.html", {"email": user.email})
        return render(request, "accounts/signup.html", {"form": form}, status=400)
    return render(request, "accounts/signup.html", {"form": SignUpForm()})


def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """Activate the account the signed link names (once its address is confirmed)."""
    try:
        payload = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
        user = get_user_model().objects.get(pk=payload["u"], email=payload["e"])
    except (signing.BadSignature, KeyError, TypeError, get_user_model().DoesNotExist):
        return render(request, "accounts/confirm.html", {"ok": False}, status=400)
    if not user.is_active:
        user.is_active = True
        user.save(update_fields=["is_active"])
    return render(request, "accounts/confirm.html", {"ok": True})
