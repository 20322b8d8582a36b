"""The reader sign-up form: a username, an e-mail address (required, unique) and a password."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm


class SignUpForm(UserCreationForm):
    """Django's user creation form plus a verified-later e-mail address."""

    email = forms.EmailField(help_text="Alerts and the confirmation link are sent here.")

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "email")

    def clean_email(self) -> str:
        email: str = self.cleaned_data["email"].strip().lower()
        if get_user_model().objects.filter(email__iexact=email).exists():
            raise forms.ValidationError("An account with this e-mail address exists already.")
        return email

    def save(self, commit: bool = True) -> Any:
        user = super().save(commit=False)
        user.email = self.cleaned_data["email"]
        # Inactive (cannot sign in) until the address is confirmed; never staff.
        user.is_active = False
        user.is_staff = False
        if commit:
            user.save()
        return user
