"""The two stamps django-simple-history reads off an instance when its save writes history.

simple-history names the user and the reason of a change from private attributes of the
instance being saved (``_history_user``, ``_change_reason``): its documented way to set them
outside a request. The models do not declare them, so they are set here, in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser
    from django.db import models

_HISTORY_USER = "_history_user"
_CHANGE_REASON = "_change_reason"


def set_history_user(obj: models.Model, user: AbstractBaseUser) -> None:
    """Name ``user`` as the author of the history row that ``obj``'s next save writes."""
    setattr(obj, _HISTORY_USER, user)


def set_change_reason(obj: models.Model, reason: str) -> None:
    """Give the history row that ``obj``'s next save writes its reason."""
    setattr(obj, _CHANGE_REASON, reason)
