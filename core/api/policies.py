"""API policies named in settings.REST_FRAMEWORK: permission, throttles, pagination, filtering,
errors.

Kept apart from the viewset machinery (``base.py``) because DRF imports these while it is
itself being imported (``rest_framework.views`` reads the default permission classes): this
module must not import ``rest_framework.views`` at import time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.db.models import ProtectedError, QuerySet, RestrictedError
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import exceptions, permissions, status, throttling
from rest_framework.pagination import PageNumberPagination
from rest_framework.settings import api_settings

from accounts.models import token_can_write
from core.result_cache import CachedCountPaginator

if TYPE_CHECKING:
    from rest_framework.request import Request
    from rest_framework.response import Response
    from rest_framework.views import APIView

MAX_PAGE_SIZE = 500


# --- who may do what ------------------------------------------------------------------------


class TokenScopePermission(permissions.DjangoModelPermissions):
    """Anyone reads; writing needs a write-scope token and the user's add/change/delete permission.

    A session login (the browsable API, an analyst in the admin) reads like its user but
    cannot write: scripts that change data must hold a token that was granted write scope.
    """

    message = (
        "Writing needs an API token with the write scope (manage.py create_api_token --write)."
    )

    def has_permission(self, request: Request, view: APIView) -> bool:
        method = request.method
        assert method is not None  # every request that reaches a view has one
        if method in permissions.SAFE_METHODS:
            return True
        if not hasattr(view, method.lower()):
            # A method this endpoint does not have: let DRF answer 405 Method Not Allowed,
            # whoever asks (and without needing a queryset, which read-only views lack).
            return True
        if not request.user or not request.user.is_authenticated:
            return False  # DRF turns this into 401 with WWW-Authenticate: Token
        if not token_can_write(request.auth):
            return False
        self.message = "Your account lacks the permission for this change (Analyst role)."
        return super().has_permission(request, view)


def _current_rate(scope: str | None) -> str | None:
    """The rate settings give ``scope`` now (read per request, so that overrides apply)."""
    if scope is None:
        return None
    # djangorestframework-stubs type the rates as numbers; DRF's are strings ("100/min").
    return api_settings.DEFAULT_THROTTLE_RATES.get(scope)  # type: ignore[return-value]


class AnonThrottle(throttling.AnonRateThrottle):
    """Anonymous clients, per IP address; the rate is read per request (so overrides apply).

    The address is DRF's ``get_ident``: the socket's address unless ``NUM_PROXIES`` (from the
    environment, default 0) says how many proxies of ours append to X-Forwarded-For. A client
    cannot pick its own address by sending the header.
    """

    def get_rate(self) -> str | None:
        return _current_rate(self.scope)


class UserThrottle(throttling.UserRateThrottle):
    """Authenticated clients, per user; the rate is read at request time.

    Anonymous requests are AnonThrottle's alone: DRF's UserRateThrottle would count them
    again per IP address, two more cache round trips on every anonymous request.
    """

    def get_rate(self) -> str | None:
        return _current_rate(self.scope)

    def get_cache_key(self, request: Request, view: APIView) -> str | None:
        if not (request.user and request.user.is_authenticated):
            return None  # not throttled here
        return super().get_cache_key(request, view)


# --- lists ----------------------------------------------------------------------------------


class Pagination(PageNumberPagination):
    """``page`` and ``page_size`` (default 50, max 500); a bad value is a 400, not a default."""

    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE
    django_paginator_class = CachedCountPaginator  # counts cached by data version

    def get_page_size(self, request: Request) -> int:
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            assert self.page_size is not None  # settings.REST_FRAMEWORK["PAGE_SIZE"]
            return self.page_size
        try:
            size = int(raw)
        except ValueError:
            raise exceptions.ValidationError({"page_size": ["Enter a whole number."]}) from None
        if not 1 <= size <= self.max_page_size:
            raise exceptions.ValidationError(
                {"page_size": [f"Ensure this value is between 1 and {self.max_page_size}."]}
            )
        return size

    def get_page_number(self, request: Request, paginator: Any) -> int | str:
        raw = request.query_params.get(self.page_query_param, 1)
        if raw in self.last_page_strings:
            # ?page=last: the last page once the count is known (DRF's own behaviour).
            return paginator.num_pages if paginator is not None else raw
        try:
            number = int(raw)
        except (TypeError, ValueError):
            raise exceptions.ValidationError({"page": ["Enter a whole number."]}) from None
        if number < 1:
            raise exceptions.ValidationError({"page": ["Pages start at 1."]})
        return number


# Parameters every list understands besides its FilterSet's.
LIST_PARAMS = frozenset({"page", "page_size", "format"})


class StrictFilterBackend(DjangoFilterBackend):
    """django-filter's backend, plus: an unknown query parameter is a 400 naming it.

    A misspelt filter (``licencee=``) would otherwise return every deal and look like an answer.
    """

    def filter_queryset(self, request: Request, queryset: QuerySet, view: APIView) -> QuerySet:
        filterset = self.get_filterset(request, queryset, view)
        known = LIST_PARAMS | set(filterset.filters if filterset is not None else ())
        errors: dict[str, list[str]] = {
            name: [f"Unknown query parameter. Known: {', '.join(sorted(known))}."]
            for name in sorted(set(request.query_params) - known)
        }
        if filterset is not None and not filterset.is_valid():
            errors.update({name: list(messages) for name, messages in filterset.errors.items()})
        if errors:
            # Every problem at once, each under the parameter that caused it.
            raise exceptions.ValidationError(errors)
        return filterset.qs if filterset is not None else queryset


# --- errors ---------------------------------------------------------------------------------


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "The object is still referenced and cannot be deleted."
    default_code = "conflict"


class PayloadTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is too large."
    default_code = "payload_too_large"


class PreconditionFailed(exceptions.APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = "The object changed since you read it: read it again, then retry."
    default_code = "precondition_failed"


def _describe_protected(exc: ProtectedError | RestrictedError) -> str:
    counts: dict[Any, int] = {}
    for obj in exc.protected_objects if isinstance(exc, ProtectedError) else exc.restricted_objects:
        counts[obj._meta] = counts.get(obj._meta, 0) + 1
    what = ", ".join(
        f"{n} {meta.verbose_name if n == 1 else meta.verbose_name_plural}"
        for meta, n in sorted(counts.items(), key=lambda item: str(item[0].verbose_name))
    )
    return f"Cannot delete: still referenced by {what}. Remove or reassign those first."


def _throttled_authentication_failure(
    request: Request | None, view: APIView | None
) -> Exception | None:
    """Count a request whose credentials failed against the anonymous (per-address) limit.

    DRF authenticates before it throttles, so a bad token used to answer 401 without ever
    being counted: unlimited token guessing. Past the limit the answer is 429 instead.
    """
    throttle = AnonThrottle()
    if request is None or view is None or throttle.allow_request(request, view):
        return None
    return exceptions.Throttled(throttle.wait())


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """DRF's handler, plus: PROTECT/RESTRICT deletes as 409 Conflict with a readable message,
    an oversized body as a JSON 413, and failed authentication counted by the anonymous
    throttle (429 past its limit)."""
    from rest_framework.views import exception_handler as drf_exception_handler

    if isinstance(exc, ProtectedError | RestrictedError):
        exc = Conflict(_describe_protected(exc))
    if isinstance(exc, RequestDataTooBig):
        # Django's own answer is an HTML 400 page; API clients get JSON naming the limit.
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        exc = PayloadTooLarge(f"The request body is larger than the limit of {limit} bytes.")
    if isinstance(exc, exceptions.AuthenticationFailed | exceptions.NotAuthenticated):
        exc = _throttled_authentication_failure(context.get("request"), context.get("view")) or exc
    return drf_exception_handler(exc, context)
