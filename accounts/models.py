"""API token scopes: a knox token reads by default and writes only when given the write scope.

knox stores only a digest of each token (never the key) and supports expiry; this module adds
what knox lacks, a scope per token, so a read-only key leaked from a dashboard cannot change data.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from django.db import models, transaction
from knox.models import AuthToken

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser


class TokenScope(models.Model):
    """What an API token may do (read, or read and write) and what it is for."""

    class Scope(models.TextChoices):
        READ = "read", "Read only"
        WRITE = "write", "Read and write"

    token = models.OneToOneField(
        AuthToken, on_delete=models.CASCADE, primary_key=True, related_name="scope"
    )
    scope = models.CharField(max_length=10, choices=Scope.choices, default=Scope.READ)
    description = models.CharField(
        max_length=200, blank=True, help_text="What the token is for, e.g. “weekly export script”."
    )

    class Meta:
        verbose_name = "token scope"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(scope__in=["read", "write"]), name="tokenscope_scope_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.get_scope_display()


def create_token(
    user: AbstractBaseUser,
    *,
    write: bool = False,
    expires_in: timedelta | None = None,
    description: str = "",
) -> tuple[AuthToken, str]:
    """Create a token for ``user`` and return it with its key, which is shown this once only."""
    with transaction.atomic():
        token, key = AuthToken.objects.create(user=user, expiry=expires_in)
        TokenScope.objects.create(
            token=token,
            scope=TokenScope.Scope.WRITE if write else TokenScope.Scope.READ,
            description=description,
        )
    return token, key


def has_api_access(user: AbstractBaseUser | object) -> bool:
    """Whether ``user`` holds an API token that has not expired (webhooks are for them)."""
    from django.db.models import Q
    from django.utils import timezone

    pk = getattr(user, "pk", None)
    if pk is None:
        return False
    unexpired = Q(expiry__isnull=True) | Q(expiry__gt=timezone.now())
    return AuthToken.objects.filter(unexpired, user_id=pk).exists()


def token_can_write(token: object) -> bool:
    """True for a knox token with the write scope; a token without a scope row reads only."""
    if not isinstance(token, AuthToken):
        return False
    try:
        return token.scope.scope == TokenScope.Scope.WRITE
    except TokenScope.DoesNotExist:
        return False
